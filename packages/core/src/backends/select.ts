import {realpath} from 'node:fs/promises';
import path from 'node:path';
import {BACKENDS, type BackendName} from '../config/types.js';
import {UserError} from '../errors.js';
import {findProgram} from '../exec.js';
import type {Env, SourceLocation} from '../ports.js';
import {buildah} from './buildah.js';
import {buildkit} from './buildkit.js';
import {buildx} from './buildx.js';
import {kaniko, kanikoDir, kanikoExecutor} from './kaniko.js';
import {ko} from './ko.js';
import {spin} from './spin.js';
import type {Backend} from './types.js';

export const BACKEND_INPUTS = ['auto', ...BACKENDS] as const;
export type BackendInput = (typeof BACKEND_INPUTS)[number];

const byName: Record<BackendName, Backend> = {kaniko, buildah, buildkit, buildx, ko, spin};

export function backendByName(name: BackendName): Backend {
  return byName[name];
}

/** Whether a program can be started: an absolute path that is executable, or a name on PATH. */
export type ProgramProbe = (program: string) => Promise<boolean>;

export function pathProbe(env: Env): ProgramProbe {
  return async (program) => (await findProgram(program, env.PATH ?? '')) !== undefined;
}

/** The machine a build runs on, as far as the choice of backend goes. */
export interface BuildHost {
  probe: ProgramProbe;
  /** `KANIKO_DIR`, `BUILDKIT_HOST`. */
  env: Env;
  /** The files this process runs from: the node binary and the step's bundle (or the CLI's). */
  ownFiles: readonly string[];
}

/** This process's host: its PATH, and the node binary and script it was started with. */
export function thisHost(env: Env): BuildHost {
  return {
    probe: pathProbe(env),
    env,
    ownFiles: [process.execPath, ...(process.argv[1] ? [process.argv[1]] : [])],
  };
}

/** The program a backend starts, and where it comes from on each platform. */
function requiredTool(name: BackendName, env: Env): {program: string; provides: string} {
  switch (name) {
    case 'kaniko':
      return {
        program: kanikoExecutor(env),
        provides:
          "GitLab: run the job in hephy-builder's kaniko runner image; GitHub: kaniko has no runner there, use buildah (preinstalled on ubuntu runners) or buildx",
      };
    case 'buildah':
      return {
        program: 'buildah',
        provides:
          "GitHub: preinstalled on the ubuntu runners (else `sudo apt-get install buildah`); GitLab: hephy-builder's buildah runner image",
      };
    case 'buildx':
      return {
        program: 'docker',
        provides:
          'GitHub: preinstalled on the ubuntu runners (docker/setup-buildx-action elsewhere); GitLab: an image with the docker CLI and a docker:dind service',
      };
    case 'buildkit':
      // buildkit.ts: buildctl talks to BUILDKIT_HOST; without one the daemonless script starts buildkitd.
      return env.BUILDKIT_HOST
        ? {
            program: 'buildctl',
            provides:
              'GitHub: moby/buildkit release archive on PATH; GitLab: an image with buildctl (moby/buildkit)',
          }
        : {
            program: 'buildctl-daemonless.sh',
            provides:
              "GitLab: hephy-builder's BuildKit runner image (moby/buildkit:rootless with buildctl and buildkitd); GitHub: moby/buildkit release archive and rootlesskit, or set BUILDKIT_HOST",
          };
    case 'ko':
      return {
        program: 'ko',
        provides: 'GitHub: ko-build/setup-ko; GitLab: an image with ko (ghcr.io/ko-build/ko)',
      };
    case 'spin':
      return {
        program: 'spin',
        provides:
          'GitHub: fermyon/actions/spin/setup; GitLab: an image with the spin CLI (ghcr.io/fermyon/spin)',
      };
  }
}

/**
 * Why kaniko cannot build here, or undefined when it can. kaniko treats `/` as the image being
 * built: it unpacks every stage's base image over it and, between stages, deletes everything not
 * under its directory, a mount point or an `--ignore-path` (kaniko pkg/util/fs_util.go:254-282).
 * The directories hephy-builder works in are passed as `--ignore-path`s (kaniko.ts); the node
 * binary and the bundle cannot be (their libraries and the base image's share `/usr`, `/lib`), so
 * kaniko is safe only when they live under the kaniko dir: kaniko's own image with hephy-builder
 * installed in it. Anywhere else kaniko would overwrite and delete the machine's files.
 */
export async function kanikoUnsafe(host: BuildHost): Promise<string | undefined> {
  const home = kanikoDir(host.env);
  const executor = kanikoExecutor(host.env);
  if (!(await host.probe(executor)))
    return `there is no kaniko executor at ${executor} (KANIKO_DIR names the kaniko directory, default /kaniko)`;
  // Through symlinks: /usr/local/bin/node may link to /kaniko/hephy-builder/bin/node.
  const real = (file: string) => realpath(file).catch(() => path.resolve(file));
  const realHome = await real(home);
  const outside: string[] = [];
  for (const file of host.ownFiles) if (!(await real(file)).startsWith(`${realHome}/`)) outside.push(file);
  if (outside.length > 0)
    return `hephy-builder runs from ${outside.join(' and ')}, outside ${home}: kaniko builds on this machine's own root filesystem, where it would unpack base images over these files and delete them between stages. Run kaniko jobs in hephy-builder's kaniko runner image (everything under ${home}), or choose buildah, buildkit or buildx`;
  return undefined;
}

/**
 * The backend for one image: its config's `build_backend` wins; otherwise the step's `backend`
 * input; `auto` picks kaniko inside a kaniko image with hephy-builder in it, else buildah, else
 * docker buildx. The chosen backend's program must be installed: a clear error now, before any
 * build, rather than a failed start halfway through the run.
 */
export async function selectBackend(
  configured: BackendName | undefined,
  input: BackendInput,
  host: BuildHost,
  configFile?: string,
): Promise<Backend> {
  const where: {location?: SourceLocation; field: string} = configured
    ? {...(configFile ? {location: {file: configFile}} : {}), field: 'build_backend'}
    : {field: 'input backend'};
  const name = configured ?? (input === 'auto' ? await autoBackend(host) : input);
  if (name === 'kaniko') {
    const reason = await kanikoUnsafe(host);
    if (reason) throw new UserError(`backend kaniko cannot run here: ${reason}`, where);
    return kaniko;
  }
  const tool = requiredTool(name, host.env);
  if (!(await host.probe(tool.program))) {
    throw new UserError(
      `backend ${name} needs ${tool.program}, which is not installed or not on PATH (${tool.provides})`,
      where,
    );
  }
  return byName[name];
}

async function autoBackend(host: BuildHost): Promise<BackendName> {
  if (!(await kanikoUnsafe(host))) return 'kaniko';
  if (await host.probe('buildah')) return 'buildah';
  if (await host.probe('docker')) return 'buildx';
  throw new UserError(
    `backend auto found neither buildah nor docker on PATH, nor hephy-builder inside a kaniko image (${kanikoDir(host.env)}): install buildah, or set the backend input`,
    {field: 'input backend'},
  );
}
