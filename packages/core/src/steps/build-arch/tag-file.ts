import {readFile, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {UserError} from '../../errors.js';

/** `<image>-<arch>.tag` in output-dir: what build-arch pushed, for dependents and merge-manifest. */
export function tagFileName(image: string, arch: string): string {
  return `${image}-${arch}.tag`;
}

export interface TagFile {
  /** The pushed tag (`curl-20251015-amd64`). */
  tag: string;
  /** Its manifest digest as the registry reports it. */
  digest: string;
}

/** Writes the tag file whole or not at all (a half-written one would name a wrong digest). */
export async function writeTagFile(
  outputDir: string,
  image: string,
  arch: string,
  content: TagFile,
): Promise<string> {
  const file = path.join(outputDir, tagFileName(image, arch));
  await writeFile(`${file}.partial`, `${content.tag}\n${content.digest}\n`);
  await rename(`${file}.partial`, file);
  return file;
}

/** Reads a tag file; undefined when there is none. */
export async function readTagFile(
  outputDir: string,
  image: string,
  arch: string,
): Promise<TagFile | undefined> {
  const file = path.join(outputDir, tagFileName(image, arch));
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    // Only a missing file means "not built in this run"; an unreadable one must not silently
    // turn a dependency into <dep>-latest.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(
      `${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      {
        cause: error,
      },
    );
  }
  const [tag = '', digest = ''] = text.split(/\r?\n/).map((line) => line.trim());
  return tag ? {tag, digest} : undefined;
}
