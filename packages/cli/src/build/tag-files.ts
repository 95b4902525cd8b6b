import {readdir, rm} from 'node:fs/promises';
import path from 'node:path';

/**
 * Removes the `.tag` files a previous run left in output-dir. build-arch takes a dependency's
 * `.tag` file as "built in this run" and merge-manifest takes every one it finds, so a stale one
 * would build on, or merge, an image of another run. (In CI every job starts with an empty
 * output-dir; here it persists between runs.)
 */
export async function removeTagFiles(outputDir: string): Promise<void> {
  const names = await readdir(outputDir).catch(() => [] as string[]);
  const stale = names.filter((name) => name.endsWith('.tag'));
  await Promise.all(stale.map((name) => rm(path.join(outputDir, name), {force: true})));
}
