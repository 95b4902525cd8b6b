import {access, constants} from 'node:fs/promises';
import path from 'node:path';
import {BACKENDS, type BackendName} from '../config/types.js';
import {UserError} from '../errors.js';
import type {Env} from '../ports.js';
import {buildah} from './buildah.js';
import {buildkit} from './buildkit.js';
import {buildx} from './buildx.js';
import {KANIKO_EXECUTOR, kaniko} from './kaniko.js';
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
  return async (program) => {
    const candidates = program.includes('/')
      ? [program]
      : (env.PATH ?? '')
          .split(path.delimiter)
          .filter(Boolean)
          .map((dir) => path.join(dir, program));
    for (const candidate of candidates) {
      try {
        await access(candidate, constants.X_OK);
        return true;
      } catch {
        // Not here; try the next directory.
      }
    }
    return false;
  };
}

/**
 * The backend for one image: its config's `build_backend` wins; otherwise the step's `backend`
 * input; `auto` picks kaniko inside a kaniko image, else buildah, else docker buildx.
 */
export async function selectBackend(
  configured: BackendName | undefined,
  input: BackendInput,
  probe: ProgramProbe,
): Promise<Backend> {
  if (configured) return byName[configured];
  if (input !== 'auto') return byName[input];
  if (await probe(KANIKO_EXECUTOR)) return kaniko;
  if (await probe('buildah')) return buildah;
  if (await probe('docker')) return buildx;
  throw new UserError(
    `backend auto found none of ${KANIKO_EXECUTOR}, buildah or docker on PATH: install one, or set the backend input`,
    {field: 'input backend'},
  );
}
