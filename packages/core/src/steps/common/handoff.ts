import {readFile, stat, mkdir, rename, writeFile, access, constants} from 'node:fs/promises';
import {UserError} from '../../errors.js';
import {needByArch, planDirs} from '../../plan/outputs.js';
import type {Plan} from '../../plan/types.js';
import path from 'node:path';

/** The file prepare-diff writes and every later step reads by default. */
export const DIRS_FILE = 'dirs.txt';

/**
 * The `dirs` input of the steps after prepare-diff: '' means `<outputDir>/dirs.txt`; a path to
 * an existing file means its lines; anything else is a list separated by whitespace or commas.
 * Lines starting with `#` are comments. Order is kept (it is the build order) and repeats dropped.
 */
export async function resolveDirsInput(value: string, outputDir: string): Promise<string[]> {
  const trimmed = value.trim();
  if (trimmed === '') {
    const file = path.join(outputDir, DIRS_FILE);
    if (!(await isFile(file))) {
      throw new UserError(`${file} does not exist: run prepare-diff first or set the dirs input`, {
        field: 'input dirs',
      });
    }
    return parseDirsText(await readFile(file, 'utf8'));
  }
  if (!/[\s,]/.test(trimmed) && (await isFile(trimmed)))
    return parseDirsText(await readFile(trimmed, 'utf8'));
  return parseDirsText(trimmed);
}

/** Directories from text: one per line or separated by spaces or commas; `#` lines are comments. */
function parseDirsText(text: string): string[] {
  const dirs = text
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith('#'))
    .flatMap((line) => line.split(/[\s,]+/))
    .map((dir) => dir.replace(/\/+$/, ''))
    .filter((dir) => dir !== '');
  return [...new Set(dirs)];
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

export const PLAN_FILE = 'plan.json';

/**
 * `dirs.txt` (build order), `need_<arch>.txt` and `plan.json` in `outputDir`, the files the
 * later steps (and the seed's scripts) read. Each is written under a temporary name and renamed,
 * so a reader never sees half a file.
 */
export async function writePlanFiles(outputDir: string, plan: Plan): Promise<string[]> {
  const dirs = planDirs(plan);
  const files = new Map<string, string>([[DIRS_FILE, dirs.map((dir) => `${dir}\n`).join('')]]);
  for (const [arch, needed] of needByArch(plan)) files.set(`need_${arch}.txt`, `${needed}\n`);
  files.set(PLAN_FILE, `${JSON.stringify(plan, null, 2)}\n`);
  await mkdir(outputDir, {recursive: true});
  for (const [name, content] of files) {
    const target = path.join(outputDir, name);
    await writeFile(`${target}.tmp`, content);
    await rename(`${target}.tmp`, target);
  }
  return [...files.keys()];
}

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

/**
 * The artifact clone-upstream writes for an image directory, in output-dir: `<dir>-source.tar.gz`
 * (`_root-source.tar.gz` for the root itself: no directory can be named `_root`, and a name
 * starting with `.` would be hidden from artifact globs).
 */
export function sourceArchiveName(dir: string): string {
  return `${dir === '.' ? '_root' : dir}-source.tar.gz`;
}

/**
 * Makes `output-dir` (and its parents) before a step does anything it cannot undo: a build that
 * pushed an image and then found nowhere to write its `.tag` file leaves the next steps blind.
 */
export async function ensureOutputDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, {recursive: true});
    await access(dir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserError(
      `output-dir ${dir} cannot be created or written (${code}): set output-dir to a writable directory`,
      {field: 'input output-dir', cause: error},
    );
  }
}
