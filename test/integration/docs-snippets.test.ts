import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {repoRoot} from '../helpers/runner.js';

/** The project's home: what a user writes after `uses:` and `component:`. */
const HOME = 'kingdon-ci/hephy-builder';

const tracked = spawnSync('git', ['ls-files'], {cwd: repoRoot, encoding: 'utf8'})
  .stdout.split('\n')
  .filter(Boolean);
const docFiles = tracked.filter((f) => f.endsWith('.md') && !f.startsWith('test/'));

/** Every fenced yaml block of a Markdown file, as a user would copy it. */
function yamlBlocks(file: string): {file: string; line: number; text: string}[] {
  const lines = readFileSync(path.join(repoRoot, file), 'utf8').split('\n');
  const blocks: {file: string; line: number; text: string}[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*```ya?ml\s*$/.test(lines[i] ?? '')) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end] ?? '')) end++;
    blocks.push({file, line: start + 1, text: lines.slice(start, end).join('\n')});
    i = end;
  }
  return blocks;
}

type Found = {key: 'uses' | 'component'; value: string; with: Record<string, unknown>};

function walk(node: unknown, out: Found[]): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.uses === 'string')
      out.push({key: 'uses', value: o.uses, with: (o.with ?? {}) as Record<string, unknown>});
    if (typeof o.component === 'string')
      out.push({key: 'component', value: o.component, with: (o.inputs ?? {}) as Record<string, unknown>});
    Object.values(o).forEach((v) => walk(v, out));
  }
}

function inputsOf(file: string, kind: 'action' | 'workflow' | 'template'): string[] {
  const text = readFileSync(path.join(repoRoot, file), 'utf8');
  if (kind === 'template') {
    const spec = parse(text.split(/^---$/m)[0] ?? '') as {spec: {inputs: Record<string, unknown>}};
    return Object.keys(spec.spec.inputs);
  }
  const doc = parse(text) as {inputs?: object; on?: {workflow_call?: {inputs?: object}}};
  return Object.keys((kind === 'action' ? doc.inputs : doc.on?.workflow_call?.inputs) ?? {});
}

const snippets = [
  ...docFiles.flatMap(yamlBlocks),
  ...tracked
    .filter((f) => f.startsWith('examples/') && /\.ya?ml$/.test(f))
    .map((file) => ({file, line: 1, text: readFileSync(path.join(repoRoot, file), 'utf8')})),
];

describe('the snippets users copy name the project home and what exists in it', () => {
  const ours: (Found & {where: string})[] = [];
  for (const s of snippets) {
    let doc: unknown;
    try {
      doc = parse(s.text);
    } catch {
      continue; // prose examples that are not whole YAML documents are checked by eye
    }
    const found: Found[] = [];
    walk(doc, found);
    // A snippet that shows a mirror of the catalog says so on the line; it names another home on purpose.
    const mirrors = s.text.split('\n').filter((l) => /#.*\bmirror\b/.test(l));
    for (const f of found)
      if (mirrors.some((l) => l.includes(f.value))) continue;
      else if (/(^|\/)hephy-builder(\/|@)/.test(f.value) || f.value.includes('<owner>/hephy-builder'))
        ours.push({...f, where: `${s.file}:${s.line}`});
  }

  it('finds the quick-start snippets of README.md', () => {
    expect(ours.filter((f) => f.where.startsWith('README.md')).map((f) => f.key)).toEqual(
      expect.arrayContaining(['uses', 'component']),
    );
  });

  it('every uses: and component: names kingdon-ci/hephy-builder, a path that exists and its inputs', () => {
    for (const f of ours) {
      if (f.key === 'uses') {
        const m = /^([^/]+\/[^/@]+)(\/[^@]*)?@(.+)$/.exec(f.value);
        expect(m?.[1], `${f.where}: ${f.value}`).toBe(HOME);
        const sub = (m?.[2] ?? '').replace(/^\//, '');
        const isWorkflow = sub.startsWith('.github/workflows/');
        const file = isWorkflow ? sub : path.join(sub, 'action.yml');
        expect(existsSync(path.join(repoRoot, file)), `${f.where}: ${file}`).toBe(true);
        const inputs = inputsOf(file, isWorkflow ? 'workflow' : 'action');
        for (const name of Object.keys(f.with)) expect(inputs, `${f.where}: input ${name}`).toContain(name);
      } else {
        const m = /^\$CI_SERVER_FQDN\/(.+)\/([^/@]+)@(.+)$/.exec(f.value);
        expect(m?.[1], `${f.where}: ${f.value}`).toBe(HOME);
        const file = `gitlab-components/templates/${m?.[2] ?? ''}.yml`;
        expect(existsSync(path.join(repoRoot, file)), `${f.where}: ${file}`).toBe(true);
        const inputs = inputsOf(file, 'template');
        for (const name of Object.keys(f.with)) expect(inputs, `${f.where}: input ${name}`).toContain(name);
      }
    }
  });

  it('no tracked file names the old placeholder home', () => {
    const stale = tracked.filter(
      (f) =>
        !f.startsWith('dist/') &&
        f !== 'CHANGELOG.md' &&
        f !== 'test/integration/docs-snippets.test.ts' &&
        /hephy-builder\/hephy-builder|registry\.gitlab\.com\/hephy-builder\//.test(
          readFileSync(path.join(repoRoot, f), 'utf8'),
        ),
    );
    expect(stale).toEqual([]);
  });
});
