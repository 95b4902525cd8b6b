import {describe, expect, it} from 'vitest';
import {loadPlannedImages} from '../../../../packages/core/src/plan/load.js';
import {resolveTagScheme} from '../../../../packages/core/src/plan/names.js';
import type {Ports} from '../../../../packages/core/src/ports.js';
import {buildImage} from '../../../../packages/core/src/steps/build-arch/build-image.js';
import type {BuildArchInputs} from '../../../../packages/core/src/steps/build-arch/inputs.js';
import {createBuildRun} from '../../../../packages/core/src/steps/build-arch/run.js';
import {writeTagFile} from '../../../../packages/core/src/steps/build-arch/tag-file.js';
import {recordingPorts} from '../../../helpers/registry.js';
import {tempDir} from '../../../helpers/tmp.js';
import {writeTree} from '../../../integration/build-arch/monorepo.js';

const LOCAL = 'use_local_context: true\nplatforms: [linux/amd64]\n';

/** A fake exec (no buildah here): records each build's `--build-arg`s instead of running it. */
function fakeBuildPorts(): {ports: Ports & {logged: () => string}; buildArgs: string[][]} {
  const buildArgs: string[][] = [];
  const ports = recordingPorts();
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
    const inputs: BuildArchInputs = {
      arch: 'amd64',
      repository: 'reg.example.com/team/images',
      naming: 'tag-prefix',
      backend: 'buildah',
      date: '20250101',
      dirs: '',
      root,
      push: false,
      cache: 'false',
      insecureRegistries: [],
      outputDir,
      username: '',
      password: '',
      artifactName: 'hephy-sources',
    };
    const {ports, buildArgs} = fakeBuildPorts();
    const scheme = resolveTagScheme(inputs, {}, new Date());
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
