// The inputs of each bundled step are declared once, in packages/core/src/inputs/<step>.ts. This
// module loads those tables without a build and renders from them the `inputs:` block of each
// actions/<step>/action.yml and each template's step inputs, and from the pipeline table
// (inputs/pipeline.ts) those of the root action.yml, the reusable workflow and pipeline.yml;
// gen-docs.mjs writes (or, with --check, compares) the files.
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import ts from 'typescript';
import {parse} from 'yaml';

/**
 * Transpiles the core's sources (types stripped, nothing checked: `npm run typecheck` does that)
 * into node_modules/.cache, keeping their paths so the `.js` specifiers resolve, and imports the
 * tables from there.
 */
export async function loadInputTables(root) {
  const src = path.join(root, 'packages', 'core', 'src');
  const out = path.join(root, 'node_modules', '.cache', 'hephy-gen');
  mkdirSync(out, {recursive: true});
  writeFileSync(path.join(out, 'package.json'), '{"type": "module"}\n');
  for (const file of readdirSync(src, {recursive: true})) {
    if (!file.endsWith('.ts')) continue;
    const {outputText} = ts.transpileModule(readFileSync(path.join(src, file), 'utf8'), {
      compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022},
    });
    const target = path.join(out, file.replace(/\.ts$/, '.js'));
    mkdirSync(path.dirname(target), {recursive: true});
    writeFileSync(target, outputText);
  }
  return import(pathToFileURL(path.join(out, 'inputs', 'index.js')).href);
}

/** Folded descriptions wrap at this column; a description that fits in LONG stays on one line. */
const WRAP = 97;
const LONG = 120;

/** A scalar as YAML reads it back as the same string: plain where that is safe, else quoted. */
function scalar(text) {
  if (text === '') return "''";
  const plain = !/^[-?:,[\]{}#&*!|>'"%@`\s]/.test(text) && !/: |\s#|:$|\s$/.test(text);
  if (plain && parse(`v: ${text}`)?.v === text) return text;
  if (!text.includes("'")) return `'${text}'`;
  return JSON.stringify(text);
}

/** Greedy wrap at WRAP columns, as `>-` folds it back into one line. */
function folded(text, indent) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > WRAP) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return `>-\n${lines.map((l) => indent + l).join('\n')}`;
}

function description(text, indent) {
  const single = scalar(text);
  const plainSafe = single === text || single === `'${text}'` || single === JSON.stringify(text);
  if (indent.length - 2 + 'description: '.length + single.length <= LONG || !plainSafe) return single;
  return folded(text, indent);
}

/** A default as a runner hands it in: a string (a list joined by commas, a boolean spelled out). */
function githubDefault(value) {
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

/** The `inputs:` block of an action.yml, from a step's table. */
export function actionInputs(table, declaredOn) {
  return githubInputs(table, declaredOn, {indent: '', required: 'always'});
}

/**
 * GitHub `inputs:` entries at an indent: an action's (`required:` on each, or with `required:
 * 'when-true'` only where it is, as the root action writes them) or, with `typed`, a reusable
 * workflow's (`type:` string or boolean, no `required:` unless it is).
 */
export function githubInputs(table, declaredOn, {indent, typed = false, required = 'when-true'}) {
  const lines = [`${indent}inputs:`];
  for (const [name, entry] of Object.entries(table)) {
    if (entry.on?.github === false) continue;
    const spec = declaredOn(entry, 'github');
    lines.push(`${indent}  ${name}:`);
    lines.push(`${indent}    description: ${description(spec.description, `${indent}      `)}`);
    if (typed) lines.push(`${indent}    type: ${entry.type === 'boolean' ? 'boolean' : 'string'}`);
    if (spec.required || required === 'always') {
      lines.push(`${indent}    required: ${spec.required ? 'true' : 'false'}`);
    }
    if (spec.required) continue;
    const value = githubDefault(spec.default);
    lines.push(`${indent}    default: ${typed && typeof spec.default === 'boolean' ? value : scalar(value)}`);
  }
  return lines.join('\n') + '\n';
}

/** Replaces the top-level `inputs:` block of a YAML text (up to the next top-level key). */
export function spliceInputs(text, block) {
  return spliceBlock(text, 'inputs', '', block);
}

/**
 * Replaces the block of the first `<indent><key>:` line of a YAML text, up to the next key at
 * that indent or less, with `block`.
 */
export function spliceBlock(text, key, indent, block) {
  const from = text.search(new RegExp(`^${indent}${key}:`, 'm'));
  if (from < 0) throw new Error(`no ${indent.length ? 'indented ' : 'top-level '}${key}: key`);
  const body = text.indexOf('\n', from) + 1;
  const next = text.slice(body).search(new RegExp(`^ {0,${indent.length}}[A-Za-z_][\\w-]*:`, 'm'));
  const to = next < 0 ? text.length : body + next;
  return text.slice(0, from) + block + text.slice(to);
}

const quoted = (text) => `'${String(text).replace(/'/g, "''")}'`;

/** One `spec:inputs` entry of a GitLab template, as the templates write them. */
function gitlabEntry(name, entry, declaredOn) {
  const spec = declaredOn(entry, 'gitlab');
  const own = entry.on?.gitlab || {};
  const lines = [`    ${name}:`];
  if (entry.type === 'boolean' || entry.type === 'number') lines.push(`      type: ${entry.type}`);
  lines.push(`      description: ${quoted(spec.description)}`);
  if (own.regex) lines.push(`      regex: ${quoted(own.regex)}`);
  if (own.options) lines.push(`      options: [${own.options.map(quoted).join(', ')}]`);
  if (!(spec.required && own.default === undefined)) {
    const value = spec.default;
    lines.push(
      `      default: ${typeof value === 'boolean' || typeof value === 'number' ? value : quoted(Array.isArray(value) ? value.join(',') : value)}`,
    );
  }
  return lines.join('\n') + '\n';
}

const variable = (name) => `INPUT_${name.toUpperCase().replace(/-/g, '_')}: '$[[ inputs.${name} ]]'`;

/**
 * A template's header (up to `---`) with each `spec:inputs` entry of a table input written from
 * the table (in place; a new one at the end; one no longer in the table removed). The job's own
 * inputs (`jobInputs`) stay as written. pipeline.yml gets only this: its
 * job's variables stay hand-written (the credentials pass with `expand: false`).
 */
export function specWithInputs(header, table, declaredOn, jobInputs) {
  const names = Object.keys(table).filter((name) => table[name].on?.gitlab !== false);
  const entries = [...header.matchAll(/^ {4}([a-z0-9-]+):\n(?: {6}.*\n)*/gm)];
  for (const match of entries.reverse()) {
    const name = match[1];
    if (jobInputs.includes(name)) continue;
    const entry =
      !Object.hasOwn(table, name) || table[name].on?.gitlab === false
        ? ''
        : gitlabEntry(name, table[name], declaredOn);
    header = header.slice(0, match.index) + entry + header.slice(match.index + match[0].length);
  }
  for (const name of names) {
    if (!new RegExp(`^ {4}${name}:$`, 'm').test(header)) header += gitlabEntry(name, table[name], declaredOn);
  }
  return header;
}

/**
 * A GitLab template with the step's inputs written from its table: each `spec:inputs` entry of a
 * table input (in place; a new one at the end; one no longer in the table removed), and the job's
 * `INPUT_<NAME>` variables that pass them to the step. The job's own inputs (`jobInputs`: stage,
 * image, runner tags, OIDC) stay as written.
 */
export function templateWithInputs(text, table, declaredOn, jobInputs) {
  const names = Object.keys(table).filter((name) => table[name].on?.gitlab !== false);
  const split = text.indexOf('\n---\n');
  if (split < 0) throw new Error('a GitLab template is a spec: header, ---, then its jobs: no --- found');
  const header = specWithInputs(text.slice(0, split + 1), table, declaredOn, jobInputs);
  let body = text.slice(split + 1);
  const lines = body.split('\n');
  const kept = lines.filter((line) => {
    const passed = /^ +INPUT_[A-Z0-9_]+: '\$\[\[ inputs\.([a-z0-9-]+) \]\]'$/.exec(line);
    return !passed || (names.includes(passed[1]) && line.trim() === variable(passed[1]));
  });
  const last = kept.findLastIndex((line) => /^ +INPUT_/.test(line));
  const indent = /^ */.exec(kept[last] ?? '    ')[0];
  const missing = names.filter((name) => !kept.some((line) => line.trim() === variable(name)));
  kept.splice(last + 1, 0, ...missing.map((name) => indent + variable(name)));
  body = kept.join('\n');
  return header + body;
}

/** The root action.yml with its `inputs:` written from the pipeline table (`pipelineInputsOn('action')`). */
export function rootActionWithInputs(text, table, declaredOn) {
  return spliceInputs(text, githubInputs(table, declaredOn, {indent: ''}));
}

/** The reusable workflow with its `on.workflow_call.inputs` written from the pipeline table. */
export function workflowWithInputs(text, table, declaredOn) {
  return spliceBlock(text, 'inputs', '    ', githubInputs(table, declaredOn, {indent: '    ', typed: true}));
}

/**
 * pipeline.yml with its `spec:inputs` written from the pipeline table; the job's own inputs stay
 * as written, except the ones the pipeline table declares (amd64-runner-tag).
 */
export function pipelineWithInputs(text, table, declaredOn, jobInputs) {
  const own = jobInputs.filter((name) => !Object.hasOwn(table, name));
  const split = text.indexOf('\n---\n') + 1;
  return specWithInputs(text.slice(0, split), table, declaredOn, own) + text.slice(split);
}
