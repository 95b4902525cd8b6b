import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';

export const CONFIG_FILE = 'build-config.yaml';

/**
 * The image directories under `root`: its direct children that hold a `build-config.yaml`,
 * sorted by name. Hidden directories (`.git`, `.github`) and symbolic links (an image twice) are
 * never images. Synchronous on purpose: thousands of stat calls finish sooner than as many promises.
 */
export function listImageDirs(root: string): string[] {
  return readdirSync(root, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .filter((name) => existsSync(path.join(root, name, CONFIG_FILE)))
    .sort();
}

/** Whether `dir` under `root` is an image directory now (a deleted or renamed one is not). */
export function isImageDir(root: string, dir: string): boolean {
  return !dir.startsWith('.') && !dir.includes('/') && existsSync(path.join(root, dir, CONFIG_FILE));
}
