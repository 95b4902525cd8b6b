import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {PlannedImage} from '../../../../packages/core/src/plan/types.js';
import {emulatedArchs, runsCommands} from '../../../../packages/cli/src/build/arch-support.js';
import {selectJobs} from '../../../../packages/cli/src/build/select-jobs.js';
import {tempDir} from '../../../helpers/tmp.js';

function image(
  name: string,
  archs: string[],
  dependsOn: string[] = [],
  manual = false,
  source: 'local' | 'upstream' = 'local',
): PlannedImage {
  return {
    image: name,
    dir: name,
    target: '',
    platforms: archs.map((a) => `linux/${a}`),
    archs,
    additionalTags: [],
    dependsOn,
    reasons: [],
    config: {manualBuild: manual, source: {kind: source}} as PlannedImage['config'],
  };
}

// The examples' shapes: busybox and toolbox run commands; hello and greeter only copy files.
const images = [
  image('busybox', ['amd64', 'arm64']),
  image('hello', ['amd64', 'arm64']),
  image('toolbox', ['amd64', 'arm64'], ['busybox']),
  image('greeter', ['amd64', 'arm64'], ['hello']),
  image('arm-only', ['arm64']),
];
const runs = new Set(['busybox', 'toolbox']);
const amd64Host = {host: 'amd64', emulated: new Set<string>()};

describe('selectJobs: which image x arch this machine builds', () => {
  it('makes an upstream image wait for the images its Dockerfile ARGs name (the plan could not read it)', () => {
    const app = image('app', ['amd64'], [], false, 'upstream');
    const {jobs} = selectJobs([...images, app], {
      requested: ['amd64'],
      support: amd64Host,
      runsCommands: () => false,
      upstreamArgs: (i) => (i === app ? new Set(['GREETER_TAG', 'VERSION']) : new Set()),
    });
    expect(jobs.find((j) => j.key === 'app/amd64')?.needs).toEqual(['greeter/amd64']);
  });

  it('builds the host arch, and other arches only for images that run no command', () => {
    const {jobs, skipped} = selectJobs(images, {support: amd64Host, runsCommands: (i) => runs.has(i.image)});
    expect(jobs.map((j) => j.key)).toEqual([
      'busybox/amd64',
      'hello/amd64',
      'hello/arm64',
      'toolbox/amd64',
      'greeter/amd64',
      'greeter/arm64',
      'arm-only/arm64',
    ]);
    expect(skipped).toEqual([
      {
        image: 'busybox',
        arch: 'arm64',
        reason: expect.stringMatching(/RUN steps.*no arm64 emulator.*qemu-user-static/),
      },
      {image: 'toolbox', arch: 'arm64', reason: expect.stringMatching(/RUN steps/)},
    ]);
  });

  it('skips an image for an arch when what it is built on is skipped there', () => {
    const {skipped} = selectJobs(images, {support: amd64Host, runsCommands: (i) => i.image === 'busybox'});
    expect(skipped.find((s) => s.image === 'toolbox')).toEqual({
      image: 'toolbox',
      arch: 'arm64',
      reason: 'built on busybox, which is not built for arm64 here',
    });
  });

  it('builds every arch with a registered emulator', () => {
    const {jobs, skipped} = selectJobs(images, {
      support: {host: 'amd64', emulated: new Set(['arm64'])},
      runsCommands: () => true,
    });
    expect(skipped).toEqual([]);
    expect(jobs).toHaveLength(9);
  });

  it('with --arch builds exactly those arches, RUN steps or not, and says what it left out', () => {
    const {jobs, skipped} = selectJobs(images, {
      requested: ['arm64'],
      support: amd64Host,
      runsCommands: () => true,
    });
    expect(jobs.map((j) => j.key)).toEqual([
      'busybox/arm64',
      'hello/arm64',
      'toolbox/arm64',
      'greeter/arm64',
      'arm-only/arm64',
    ]);
    expect(skipped.map((s) => `${s.image}/${s.arch}: ${s.reason}`)).toContain(
      'hello/amd64: not in --arch arm64',
    );
  });

  it('makes dependents wait for their dependency of the same arch only', () => {
    const {jobs} = selectJobs(images, {support: amd64Host, runsCommands: () => false});
    expect(jobs.find((j) => j.key === 'greeter/arm64')?.needs).toEqual(['hello/arm64']);
    expect(jobs.find((j) => j.key === 'toolbox/amd64')?.needs).toEqual(['busybox/amd64']);
  });

  it('builds nothing for a manual_build image (its images exist already)', () => {
    const {jobs, skipped} = selectJobs([image('vendor', ['amd64'], [], true)], {
      support: amd64Host,
      runsCommands: () => false,
    });
    expect([jobs, skipped]).toEqual([[], []]);
  });
});

describe('runsCommands: does building this Dockerfile (target) execute anything', () => {
  it('finds RUN in any form, and ignores comments and continuation lines', () => {
    expect(runsCommands('FROM scratch\nCOPY a /a\n')).toBe(false);
    expect(runsCommands('FROM scratch\nCOPY busybox /bin/busybox\nrun ["/bin/busybox", "--install"]\n')).toBe(
      true,
    );
    expect(runsCommands('FROM scratch\n# RUN not really\nLABEL a=b \\\n  RUN=1\n')).toBe(false);
  });

  it('counts the stages up to the target, not after it', () => {
    const text = 'FROM scratch AS slim\nCOPY a /a\n\nFROM slim AS full\nRUN echo\n';
    expect(runsCommands(text, 'slim')).toBe(false);
    expect(runsCommands(text, 'full')).toBe(true);
    expect(runsCommands(text)).toBe(true);
  });
});

describe('emulatedArchs: binfmt_misc', () => {
  function binfmt(entries: Record<string, string>): string {
    const dir = tempDir('hephy-binfmt-');
    for (const [name, text] of Object.entries(entries)) writeFileSync(path.join(dir, name), text);
    return dir;
  }

  it('reads the enabled qemu entries as arch labels', () => {
    const dir = binfmt({
      status: 'enabled\n',
      'qemu-aarch64': 'enabled\ninterpreter /usr/libexec/qemu-binfmt/aarch64-binfmt-P\n',
      'qemu-riscv64': 'disabled\n',
      'qemu-arm': 'enabled\n',
      register: '',
    });
    expect([...emulatedArchs(dir)].sort()).toEqual(['arm64', 'armv6', 'armv7']);
  });

  it('finds none when binfmt_misc is disabled or not mounted', () => {
    expect(emulatedArchs(binfmt({status: 'disabled\n', 'qemu-aarch64': 'enabled\n'}))).toEqual(new Set());
    const missing = path.join(tempDir('hephy-binfmt-'), 'nope');
    mkdirSync(path.dirname(missing), {recursive: true});
    expect(emulatedArchs(missing)).toEqual(new Set());
  });
});
