import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';

export const CONFIG_FILE = 'build-config.yaml';

/** The image directory of a `build-config.yaml` at the root itself: a repository of one image. */
export const ROOT_IMAGE_DIR = '.';

/**
 * The image directories under `root`: its direct children that hold a `build-config.yaml`,
 * sorted by name, after `.` when the root holds one too. Hidden directories (`.git`, `.github`)
 * and symbolic links (an image twice) are never images. Synchronous on purpose: thousands of stat
 * calls finish sooner than as many promises.
 */
export function listImageDirs(root: string): string[] {
  const children = readdirSync(root, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .filter((name) => existsSync(path.join(root, name, CONFIG_FILE)))
    .sort();
  return existsSync(path.join(root, CONFIG_FILE)) ? [ROOT_IMAGE_DIR, ...children] : children;
}

/** Whether `dir` under `root` is an image directory now (a deleted or renamed one is not). */
export function isImageDir(root: string, dir: string): boolean {
  if (dir === ROOT_IMAGE_DIR) return existsSync(path.join(root, CONFIG_FILE));
  return !dir.startsWith('.') && !dir.includes('/') && existsSync(path.join(root, dir, CONFIG_FILE));
}
