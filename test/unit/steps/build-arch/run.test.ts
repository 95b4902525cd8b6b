import {describe, expect, it} from 'vitest';
import {UserErrors} from '../../../../packages/core/src/errors.js';
import {loadPlannedImages} from '../../../../packages/core/src/plan/load.js';
import {imageTagScheme} from '../../../../packages/core/src/steps/common/registry.js';
import type {Ports} from '../../../../packages/core/src/ports.js';
import {buildImage} from '../../../../packages/core/src/steps/build-arch/build-image.js';
import type {BuildArchInputs} from '../../../../packages/core/src/steps/build-arch/inputs.js';
import {createBuildRun, runBuildArch} from '../../../../packages/core/src/steps/build-arch/run.js';
import {writeTagFile} from '../../../../packages/core/src/steps/common/handoff.js';
import {recordingPorts} from '../../../helpers/registry.js';
import {tempDir} from '../../../helpers/tmp.js';
import {writeTree} from '../../../integration/build-arch/monorepo.js';
import {buildArchInputs} from '../../../helpers/registry-inputs.js';

const LOCAL = 'use_local_context: true\nplatforms: [linux/amd64]\n';

function buildInputs(
  root: string,
  outputDir: string,
  overrides: Partial<BuildArchInputs> = {},
): BuildArchInputs {
  return buildArchInputs({
    repository: 'reg.example.com/team/images',
    root,
    outputDir,
    push: false,
    cache: 'false',
    ...overrides,
  });
}

/** A fake exec (no buildah here): records each build's `--build-arg`s instead of running it. */
function fakeBuildPorts(env: Record<string, string> = {}): {
  ports: Ports & {logged: () => string};
  buildArgs: string[][];
} {
  const buildArgs: string[][] = [];
  const ports = recordingPorts(env);
  ports.exec = {
    run: async (_file, args) => {
      buildArgs.push(args.flatMap((arg, i) => (args[i - 1] === '--build-arg' ? [arg] : [])));
      return {exitCode: 0, stdout: '', stderr: ''};
    },
  };
  ports.fetch = async (input) => {
    throw new Error(`no registry call expected: ${String(input)}`);
  };
  return {ports, buildArgs};
}

describe('build-arch dependency args come from the plan (fake exec)', () => {
  it("never takes a targets: image's own directory ARG for a dependency, and fills its dependents'", async () => {
    const root = writeTree({
      'base/build-config.yaml': `${LOCAL}targets:\n  - {name: slim, target: slim}\n`,
      // BASE_TAG here is base's own upstream version, as `ARG CURL_TAG` in curl is in the seed.
      'base/Dockerfile': 'ARG BASE_TAG=1.0\nFROM scratch AS slim\n',
      'app/build-config.yaml': `${LOCAL}depends_on: [base]\nbuild_args: ["ECR_REGISTRY=\${ECR_REGISTRY}"]\n`,
      'app/Dockerfile': 'ARG ECR_REGISTRY\nARG BASE_SLIM_TAG\nFROM ${ECR_REGISTRY}:${BASE_SLIM_TAG}\n',
    });
    const planned = await loadPlannedImages(root, ['base', 'app']);
    expect(planned.map((i) => [i.image, i.dependsOn])).toEqual([
      ['base-slim', []],
      ['app', ['base']],
    ]);
    const outputDir = tempDir();
    const inputs = buildInputs(root, outputDir);
    const {ports, buildArgs} = fakeBuildPorts();
    const scheme = imageTagScheme(inputs, {}, new Date());
    const run = createBuildRun({
      inputs,
      ports,
      scheme,
      planned,
      scratch: tempDir(),
      ensureSources: async () => {},
    });

    expect((await buildImage(planned[0]!, run)).dependencies).toEqual([]);
    await writeTagFile(outputDir, 'base-slim', 'amd64', {
      tag: 'base-slim-20250101-amd64',
      digest: `sha256:${'a'.repeat(64)}`,
    });
    expect((await buildImage(planned[1]!, run)).dependencies.map((d) => d.image)).toEqual(['base-slim']);

    expect(buildArgs).toEqual([
      [],
      ['ECR_REGISTRY=reg.example.com/team/images', 'BASE_SLIM_TAG=base-slim-20250101-amd64'],
    ]);
    expect(ports.logged()).not.toContain('warning');
  });
});

describe('build-arch: what ${VAR} in build_args may read', () => {
  it('refuses a secret or an unlisted variable before building anything, naming file, line and field', async () => {
    const root = writeTree({
      'ok/build-config.yaml': `${LOCAL}build_args: ["VERSION=\${VERSION}"]\n`,
      'ok/Dockerfile': 'FROM scratch\nARG VERSION\n',
      'evil/build-config.yaml': `${LOCAL}build_args:\n  - "PW=\${INPUT_PASSWORD}"\n  - "T=\${CI_JOB_TOKEN}-\${HOME}"\n`,
      'evil/Dockerfile': 'FROM scratch\nARG PW\nARG T\nLABEL pw=$PW t=$T\n',
    });
    const outputDir = tempDir();
    writeTree({'dirs.txt': 'ok\nevil\n'}, outputDir);
    const {ports, buildArgs} = fakeBuildPorts({
      INPUT_PASSWORD: 'hunter2-registry-pw',
      CI_JOB_TOKEN: 'glcbt-job-token-1',
      HOME: '/home/runner',
      VERSION: '1.2',
    });
    const inputs = buildInputs(root, outputDir, {buildArgEnv: ['VERSION']});
    const error = await runBuildArch(inputs, ports).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserErrors);
    const lines = (error as UserErrors).errors.map(String);
    expect(lines).toEqual([
      'evil/build-config.yaml:4:5: build_args[0]: ${INPUT_PASSWORD} looks like a secret (a step input, a runner variable, or a name with TOKEN, PASSWORD, SECRET, KEY, AUTH, ...): a build arg never reads one, since its value ends up in the pushed image',
      'evil/build-config.yaml:5:5: build_args[1]: ${CI_JOB_TOKEN} looks like a secret (a step input, a runner variable, or a name with TOKEN, PASSWORD, SECRET, KEY, AUTH, ...): a build arg never reads one, since its value ends up in the pushed image',
      'evil/build-config.yaml:5:5: build_args[1]: ${HOME} is neither a value hephy-builder provides for this image (ECR_REGISTRY, REGISTRY) nor named in the build-arg-env input',
    ]);
    expect(buildArgs).toEqual([]);
    expect(`${lines.join('\n')}\n${ports.logged()}`).not.toMatch(/hunter2|glcbt|\/home\/runner/);
  });

  it('reads the variables build-arg-env names and the values hephy-builder provides, nothing else', async () => {
    const root = writeTree({
      'base/build-config.yaml': LOCAL,
      'base/Dockerfile': 'FROM scratch\n',
      'app/build-config.yaml': `${LOCAL}depends_on: [base]\nbuild_args: ["VERSION=\${VERSION}", "REG=\${ECR_REGISTRY}", "FROM_TAG=\${BASE_TAG}"]\n`,
      // BASE_TAG is not declared: its value reaches FROM_TAG, and no BASE_TAG arg is added.
      'app/Dockerfile': 'ARG VERSION\nARG REG\nARG FROM_TAG\nFROM scratch\n',
    });
    const outputDir = tempDir();
    await writeTagFile(outputDir, 'base', 'amd64', {
      tag: 'base-20250101-amd64',
      digest: `sha256:${'b'.repeat(64)}`,
    });
    // ECR_REGISTRY in the environment is not listed, so the provided repository is used.
    const {ports, buildArgs} = fakeBuildPorts({VERSION: '1.2', ECR_REGISTRY: 'elsewhere.example.com/x'});
    const inputs = buildInputs(root, outputDir, {buildArgEnv: ['VERSION']});
    const planned = await loadPlannedImages(root, ['base', 'app']);
    const run = createBuildRun({
      inputs,
      ports,
      scheme: imageTagScheme(inputs, {}, new Date()),
      planned,
      scratch: tempDir(),
      ensureSources: async () => {},
    });
    await buildImage(planned[1]!, run);
    expect(buildArgs).toEqual([
      ['VERSION=1.2', 'REG=reg.example.com/team/images', 'FROM_TAG=base-20250101-amd64'],
    ]);
  });
});
