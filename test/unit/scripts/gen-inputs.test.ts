import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse, parseAllDocuments} from 'yaml';
import {
  declaredOn,
  GITLAB_JOB_INPUTS,
  passThrough,
  PIPELINE_INPUTS,
  pipelineInputsOn,
  RETAG_INPUTS,
  type InputTable,
} from '../../../packages/core/src/inputs/index.js';
import {
  actionInputs,
  pipelineWithInputs,
  rootActionWithInputs,
  spliceInputs,
  templateWithInputs,
  workflowWithInputs,
} from '../../../scripts/gen-inputs.mjs';
import {repoRoot} from '../../helpers/runner.js';

const ACTION = readFileSync(path.join(repoRoot, 'actions', 'retag', 'action.yml'), 'utf8');
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');
const ROOT_ACTION = read('action.yml');
const WORKFLOW = read('.github/workflows/hephy-builder.yml');
const PIPELINE = read('gitlab-components/templates/pipeline.yml');
const TEMPLATE = readFileSync(path.join(repoRoot, 'gitlab-components', 'templates', 'retag.yml'), 'utf8');

const {tags, ...withoutTags} = RETAG_INPUTS;
const WITH_DRY_RUN = {
  ...RETAG_INPUTS,
  'dry-run': {
    type: 'boolean',
    default: false,
    description: "true: report the tags retag would add, and add none (it's a test).",
    on: {gitlab: {description: 'true: report the tags, add none.'}},
  },
} as const satisfies InputTable;

function generated(table: InputTable) {
  const action = parse(spliceInputs(ACTION, actionInputs(table, declaredOn))) as {
    inputs: Record<string, {description: string; required: boolean; default?: string}>;
    outputs: unknown;
  };
  const text = templateWithInputs(TEMPLATE, table, declaredOn, GITLAB_JOB_INPUTS);
  const [header, body] = parseAllDocuments(text).map((doc) => doc.toJS() as unknown) as [
    {spec: {inputs: Record<string, unknown>}},
    Record<string, {variables: Record<string, string>}>,
  ];
  return {action, spec: header.spec.inputs, job: body['$[[ inputs.job-prefix ]]retag']!};
}

describe('the generated inputs', () => {
  it('reproduce the committed retag action and template from its table', () => {
    expect(spliceInputs(ACTION, actionInputs(RETAG_INPUTS, declaredOn))).toBe(ACTION);
    expect(templateWithInputs(TEMPLATE, RETAG_INPUTS, declaredOn, GITLAB_JOB_INPUTS)).toBe(TEMPLATE);
  });

  it('gain an input added to the table, on every surface, and keep the rest', () => {
    const {action, spec, job} = generated(WITH_DRY_RUN);
    expect(action.inputs['dry-run']).toEqual({
      description: "true: report the tags retag would add, and add none (it's a test).",
      required: false,
      default: 'false',
    });
    expect(action.outputs).toEqual(parse(ACTION).outputs);
    expect(spec['dry-run']).toEqual({
      type: 'boolean',
      description: 'true: report the tags, add none.',
      default: false,
    });
    expect(job.variables.INPUT_DRY_RUN).toBe('$[[ inputs.dry-run ]]');
    expect(job.variables.HEPHY_PLATFORM).toBe('gitlab');
    expect(tags).toBeDefined();
  });

  it('lose an input removed from the table', () => {
    const {action, spec, job} = generated(withoutTags);
    expect(action.inputs.tags).toBeUndefined();
    expect(spec.tags).toBeUndefined();
    expect(job.variables.INPUT_TAGS).toBeUndefined();
    expect(spec.stage).toBeDefined();
  });

  it('pass a step input the pipeline table picks on to the root action, the workflow and pipeline.yml', () => {
    const pipeline = {
      ...PIPELINE_INPUTS,
      'dry-run': passThrough(WITH_DRY_RUN, 'dry-run', {action: true, workflow: true, gitlab: true}),
    };
    const action = parse(
      rootActionWithInputs(ROOT_ACTION, pipelineInputsOn('action', pipeline), declaredOn),
    ) as {
      inputs: Record<string, unknown>;
      runs: unknown;
    };
    const workflow = parse(
      workflowWithInputs(WORKFLOW, pipelineInputsOn('workflow', pipeline), declaredOn),
    ) as {on: {workflow_call: {inputs: Record<string, unknown>; secrets: unknown}}};
    const text = pipelineWithInputs(
      PIPELINE,
      pipelineInputsOn('gitlab', pipeline),
      declaredOn,
      GITLAB_JOB_INPUTS,
    );
    const [header, body] = parseAllDocuments(text).map((doc) => doc.toJS() as unknown) as [
      {spec: {inputs: Record<string, unknown>}},
      unknown,
    ];
    const description = "true: report the tags retag would add, and add none (it's a test).";
    expect(action.inputs['dry-run']).toEqual({description, default: 'false'});
    expect(workflow.on.workflow_call.inputs['dry-run']).toEqual({
      description,
      type: 'boolean',
      default: false,
    });
    expect(header.spec.inputs['dry-run']).toEqual({
      type: 'boolean',
      description: 'true: report the tags, add none.',
      default: false,
    });
    // The rest of each file stays as written.
    expect(action.runs).toEqual((parse(ROOT_ACTION) as typeof action).runs);
    expect(workflow.on.workflow_call.secrets).toBeDefined();
    expect(header.spec.inputs.stage).toBeDefined();
    expect(body).toEqual(parseAllDocuments(PIPELINE)[1]!.toJS());
  });
});
