#!/usr/bin/env node
// Generates the docs that must never drift from their sources:
//   actions/<step>/action.yml inputs from packages/core/src/inputs/<step>.ts (see gen-inputs.mjs)
//   gitlab-components/templates/<step>.yml step inputs and INPUT_* variables, from the same tables
//   action.yml, .github/workflows/hephy-builder.yml and templates/pipeline.yml inputs, from the
//     pipeline table (packages/core/src/inputs/pipeline.ts)
//   .github/workflows/hephy-builder.yml build jobs, from packages/core/src/plan/levels.ts (gen-workflow.mjs)
//   actions/<step>/README.md        from actions/<step>/action.yml
//   README.md configuration table   from schema/build-config.schema.json
//   gitlab-components/README.md     input tables from each template's spec: inputs
// `node scripts/gen-docs.mjs --check` changes nothing and exits 1 when a file is out of date.
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parse, parseAllDocuments} from 'yaml';
import {
  actionInputs,
  loadInputTables,
  pipelineWithInputs,
  rootActionWithInputs,
  spliceInputs,
  templateWithInputs,
  workflowWithInputs,
} from './gen-inputs.mjs';
import {workflowWithBuildJobs} from './gen-workflow.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const stale = [];

function emit(file, text) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current === text) return;
  if (check) stale.push(path.relative(root, file));
  else writeFileSync(file, text);
}

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

function actionReadme(step, action) {
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  const example = inputs
    .filter(([, spec]) => spec.required)
    .map(([name]) => `          ${name}: ...`)
    .join('\n');
  return `<!-- Generated from action.yml by scripts/gen-docs.mjs: edit action.yml, then run npm run docs. -->
# ${action.name}

${action.description}

\`\`\`yaml
      - uses: kingdon-ci/hephy-builder/actions/${step}@v1${example ? `\n        with:\n${example}` : ''}
\`\`\`

## Inputs

| name | description | default |
|---|---|---|
${inputs.map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)}${spec.required ? ' (required)' : ''} | ${spec.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``} |`).join('\n')}

## Outputs

| name | description |
|---|---|
${outputs.map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`).join('\n')}

On GitLab the same step is the \`${step}\` component (see gitlab-components/README.md); its inputs
are the same, and its outputs are in the dotenv report \`hephy.env\` as \`HEPHY_<NAME>\`.
`;
}

const {STEP_INPUTS, GITLAB_JOB_INPUTS, declaredOn, pipelineInputsOn} = await loadInputTables(root);
for (const step of readdirSync(path.join(root, 'actions'))) {
  const file = path.join(root, 'actions', step, 'action.yml');
  if (!existsSync(file)) continue;
  const table = STEP_INPUTS[step];
  if (!table) throw new Error(`actions/${step}: no input table in packages/core/src/inputs/index.ts`);
  const text = spliceInputs(readFileSync(file, 'utf8'), actionInputs(table, declaredOn));
  emit(file, text);
  emit(path.join(root, 'actions', step, 'README.md'), actionReadme(step, parse(text)));
}

function typeOf(spec) {
  if (spec.enum) return spec.enum.map((v) => `\`${v}\``).join(' \\| ');
  if (spec.type === 'array') return `list of ${spec.items?.type ?? 'object'}`;
  return Array.isArray(spec.type) ? spec.type.join(' \\| ') : (spec.type ?? 'object');
}

function configReference(schema) {
  const rows = Object.entries(schema.properties ?? {}).map(
    ([key, spec]) =>
      `| \`${key}\` | ${typeOf(spec)} | ${spec.default === undefined ? '' : `\`${cell(JSON.stringify(spec.default))}\``} | ${cell(spec.description)} |`,
  );
  return `| key | type | default | what it does |\n|---|---|---|---|\n${rows.join('\n')}\n`;
}

const schemaFile = path.join(root, 'schema', 'build-config.schema.json');
const readmeFile = path.join(root, 'README.md');
const start = '<!-- config-reference:start (generated from schema/build-config.schema.json) -->\n';
const end = '<!-- config-reference:end -->';
if (existsSync(schemaFile)) {
  const readme = readFileSync(readmeFile, 'utf8');
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from >= 0 && to > from) {
    const table = configReference(JSON.parse(readFileSync(schemaFile, 'utf8')));
    emit(readmeFile, readme.slice(0, from + start.length) + table + readme.slice(to));
  }
}

// gitlab-components/README.md: each component's input table, from its template's `spec: inputs`.
function componentInputs(template) {
  const spec = parseAllDocuments(template)[0]?.toJSON()?.spec?.inputs ?? {};
  const value = (v) => (v === '' ? '""' : `\`${Array.isArray(v) ? JSON.stringify(v) : v}\``);
  const rows = Object.entries(spec).map(([name, input]) => {
    const options = input.options ? ` One of: ${input.options.map((o) => `\`${o}\``).join(', ')}.` : '';
    const fallback = input.default === undefined ? '(required)' : value(input.default);
    return `| \`${name}\` | ${input.type ?? 'string'} | ${cell(fallback)} | ${cell(input.description)}${options} |`;
  });
  return `| input | type | default | description |\n|---|---|---|---|\n${rows.join('\n')}\n`;
}

for (const [step, table] of Object.entries(STEP_INPUTS)) {
  const file = path.join(root, 'gitlab-components', 'templates', `${step}.yml`);
  emit(file, templateWithInputs(readFileSync(file, 'utf8'), table, declaredOn, GITLAB_JOB_INPUTS));
}

// The whole-pipeline entries: only their inputs are generated, the rest is written by hand.
const rootAction = path.join(root, 'action.yml');
emit(
  rootAction,
  rootActionWithInputs(readFileSync(rootAction, 'utf8'), pipelineInputsOn('action'), declaredOn),
);
const workflow = path.join(root, '.github', 'workflows', 'hephy-builder.yml');
const fanOut = await import(new URL('../node_modules/.cache/hephy-gen/plan/levels.js', import.meta.url).href);
emit(
  workflow,
  workflowWithBuildJobs(
    workflowWithInputs(readFileSync(workflow, 'utf8'), pipelineInputsOn('workflow'), declaredOn),
    {levels: fanOut.WORKFLOW_LEVELS, shards: fanOut.SHARDS_PER_LEVEL},
  ),
);
const pipeline = path.join(root, 'gitlab-components', 'templates', 'pipeline.yml');
const pipelineTable = pipelineInputsOn('gitlab');
emit(
  pipeline,
  pipelineWithInputs(readFileSync(pipeline, 'utf8'), pipelineTable, declaredOn, GITLAB_JOB_INPUTS),
);

const componentsReadme = path.join(root, 'gitlab-components', 'README.md');
if (existsSync(componentsReadme)) {
  let text = readFileSync(componentsReadme, 'utf8');
  for (const file of readdirSync(path.join(root, 'gitlab-components', 'templates'))) {
    const name = file.replace(/\.yml$/, '');
    const open = `<!-- inputs:${name}:start (generated from templates/${file}) -->\n`;
    const close = `<!-- inputs:${name}:end -->`;
    const from = text.indexOf(open);
    const to = text.indexOf(close);
    if (from < 0 || to < from) continue;
    const table = componentInputs(
      readFileSync(path.join(root, 'gitlab-components', 'templates', file), 'utf8'),
    );
    text = text.slice(0, from + open.length) + table + text.slice(to);
  }
  emit(componentsReadme, text);
}

if (stale.length > 0) {
  console.error(`out of date (run npm run docs): ${stale.join(', ')}`);
  process.exit(1);
}
