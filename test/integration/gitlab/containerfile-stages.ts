/**
 * The runner images cannot be built here (no daemon, no network to base images), so the tests
 * read the Containerfile as a builder would: instructions with their continuation lines joined,
 * in stages from one FROM to the next.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {repoRoot} from '../../helpers/runner.js';

export interface Instruction {
  op: string;
  args: string;
}

/** A build stage: `FROM <base> AS <name>` and its instructions up to the next FROM. */
export interface Stage {
  base: string;
  name: string;
  body: Instruction[];
}

function instructions(text: string): Instruction[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [op = '', ...rest] = line.split(/\s+/);
      return {op: op.toUpperCase(), args: rest.join(' ')};
    });
}

export const containerfile = instructions(readFileSync(path.join(repoRoot, 'Containerfile'), 'utf8'));

export const stages: Stage[] = [];
for (const instruction of containerfile) {
  if (instruction.op === 'FROM') {
    const [base = '', , name = ''] = instruction.args.split(/\s+/);
    stages.push({base, name, body: []});
  } else stages.at(-1)?.body.push(instruction);
}

export function stage(name: string): Stage {
  const found = stages.find((s) => s.name === name);
  if (!found) throw new Error(`Containerfile has no stage ${name}`);
  return found;
}

/** The arguments of a stage's instructions of one kind (`RUN`, `COPY`, `ENV`, ...). */
export function inStage(s: Stage, op: string): string[] {
  return s.body.filter((i) => i.op === op).map((i) => i.args);
}
