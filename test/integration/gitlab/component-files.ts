import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parseAllDocuments} from 'yaml';
import {repoRoot} from '../../helpers/runner.js';

export const templatesDir = path.join(repoRoot, 'gitlab-components', 'templates');
export const STEPS = ['prepare-diff', 'clone-upstream', 'build-arch', 'merge-manifest', 'retag'] as const;

export interface InputSpec {
  type?: 'string' | 'boolean' | 'number' | 'array';
  description?: string;
  default?: unknown;
  options?: unknown[];
  regex?: string;
}

export interface ComponentFile {
  name: string;
  header: {spec: {component?: string[]; inputs: Record<string, InputSpec>}};
  body: Record<string, unknown>;
  text: string;
}

export function componentNames(): string[] {
  return readdirSync(templatesDir)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => f.replace(/\.yml$/, ''))
    .sort();
}

/** A component file as GitLab reads it: the `spec:` header and the jobs, two YAML documents. */
export function readComponent(name: string): ComponentFile {
  const text = readFileSync(path.join(templatesDir, `${name}.yml`), 'utf8');
  const docs = parseAllDocuments(text);
  if (docs.length !== 2)
    throw new Error(`${name}.yml: expected a spec header and a body, found ${docs.length} documents`);
  for (const doc of docs) if (doc.errors.length) throw new Error(`${name}.yml: ${doc.errors[0]?.message}`);
  const [header, body] = docs.map((d) => d.toJS() as unknown) as [
    ComponentFile['header'],
    Record<string, unknown>,
  ];
  return {name, header, body, text};
}

const BLOCK = /\$\[\[\s*(inputs|component)\.([\w-]+)\s*\]\]/g;

/**
 * GitLab's interpolation of `$[[ inputs.x ]]` / `$[[ component.x ]]`: a value that is one whole
 * block keeps its type (an array stays an array), inside a longer string it becomes text. Keys
 * are interpolated too. Returns the body and the names of the inputs it used.
 */
export function interpolate(
  body: unknown,
  inputs: Record<string, unknown>,
  component: Record<string, string | null>,
  used: Set<string> = new Set(),
): unknown {
  const lookup = (kind: string, name: string): unknown => {
    if (kind === 'component') {
      if (!(name in component)) throw new Error(`unknown component.${name}`);
      return component[name];
    }
    used.add(name);
    if (!(name in inputs)) throw new Error(`input ${name} is used but not declared`);
    return inputs[name];
  };
  const text = (value: string): unknown => {
    const whole = /^\$\[\[\s*(inputs|component)\.([\w-]+)\s*\]\]$/.exec(value);
    if (whole) return lookup(whole[1] as string, whole[2] as string);
    return value.replace(BLOCK, (_, kind: string, name: string) => {
      const v = lookup(kind, name);
      return Array.isArray(v) ? v.join(',') : v === null ? '' : String(v);
    });
  };
  if (typeof body === 'string') return text(body);
  if (Array.isArray(body)) return body.map((item) => interpolate(item, inputs, component, used));
  if (body && typeof body === 'object') {
    return Object.fromEntries(
      Object.entries(body).map(([k, v]) => [String(text(k)), interpolate(v, inputs, component, used)]),
    );
  }
  return body;
}

export function defaults(file: ComponentFile): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(file.header.spec.inputs).map(([name, spec]) => [name, spec.default]),
  );
}
