import {mkdir, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {DIRS_FILE} from '../../plan/dirs.js';
import {needByArch, planDirs} from '../../plan/outputs.js';
import type {Plan} from '../../plan/types.js';

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
