import path from 'node:path';
import type {Env} from '../ports.js';
import {parseDigestFile, referenceHost} from './digest.js';
import {dockerConfigEnv, labelPairs, repeat} from './shared-args.js';
import type {Backend, BuildRequest} from './types.js';
import {matchVersion} from './version.js';

/**
 * kaniko's directory: `KANIKO_DIR`, else `/kaniko` where its images keep the executor. kaniko
 * itself takes the executor's own directory unless `KANIKO_DIR` or `--kaniko-dir` names another,
 * and then moves the whole directory there first (cmd/executor/cmd/root.go:137-148,
 * pkg/config/init.go:33-46), hephy-builder's own files with it. So hephy-builder reads
 * `KANIKO_DIR` as where kaniko is, and runs the executor without it: no move, ever.
 */
export function kanikoDir(env: Env): string {
  return path.resolve(env.KANIKO_DIR || '/kaniko');
}

export function kanikoExecutor(env: Env): string {
  return path.join(kanikoDir(env), 'executor');
}

/** The executor inside the kaniko images (osscontainertools/kaniko, martizih/kaniko). */
export const KANIKO_EXECUTOR = kanikoExecutor({});

/**
 * kaniko builds and pushes in one process, in its own image, on that image's root filesystem:
 * it unpacks each stage's base image over `/` and, between stages (and, with `--cleanup`, at
 * the end) deletes every path that is not under the kaniko dir, a mount point or an
 * `--ignore-path` (pkg/util/fs_util.go:254-282 DeleteFilesystem, :68-85 the ignore list,
 * :581-616 mount points). Flags are osscontainertools/kaniko's (v1.28.3, cmd/executor/cmd/root.go).
 * `--digest-file` receives the manifest digest, computed locally before the push, which is why
 * build-arch HEADs the pushed tag afterwards.
 */
export const kaniko: Backend = {
  name: 'kaniko',
  commands(request) {
    return [
      {
        file: kanikoExecutor(request.env),
        args: kanikoArgs(request),
        ...kanikoEnv(request),
      },
    ];
  },
  digestSource: (request) => ({file: digestFile(request)}),
  parseDigest: parseDigestFile,
  // `executor version` prints `Kaniko version :  v1.28.3` (Println of two operands: two spaces),
  // `unset` when no version was linked in (osscontainertools/kaniko cmd/executor/cmd/version.go:30-36,
  // pkg/version/version.go:20, Makefile:16-20,35 @6bcc9344). The same executor and environment as
  // the build; `version` skips the executor's setup, the kaniko dir move included (root.go:122).
  versionCommand: (env) => ({file: kanikoExecutor(env), args: ['version'], unsetEnv: ['KANIKO_DIR']}),
  parseVersion: (stdout) => matchVersion(stdout, /^Kaniko version :\s+(\S+)/),
};

function digestFile(request: BuildRequest): string {
  return path.join(request.workDir, 'digest');
}

export function kanikoArgs(request: BuildRequest): string[] {
  const host = referenceHost(request.destination);
  return [
    `--context=dir://${request.context}`,
    `--dockerfile=${request.dockerfile}`,
    `--destination=${request.destination}`,
    `--custom-platform=${request.platform}`,
    ...repeat('--build-arg', request.buildArgs),
    ...(request.target ? [`--target=${request.target}`] : []),
    ...repeat('--label', labelPairs(request.labels)),
    // With --no-push kaniko still pushes cache layers (pkg/executor/build.go:757 and :1203 test
    // only --no-push-cache): a dry run reads the cache and writes nothing.
    ...(request.cacheRepository ? ['--cache=true', `--cache-repo=${request.cacheRepository}`] : []),
    ...(request.cacheRepository && !request.push ? ['--no-push-cache'] : []),
    `--digest-file=${digestFile(request)}`,
    ...(request.push ? [] : ['--no-push']),
    // Pushing is checked by the push itself; the permission probe costs an upload session.
    '--skip-push-permission-check',
    ...(request.insecure ? [`--insecure-registry=${host}`, `--skip-tls-verify-registry=${host}`] : []),
    // The next image of the run starts from a clean filesystem, not from this one's last stage.
    '--cleanup',
    ...ignorePaths(request).map((dir) => `--ignore-path=${dir}`),
  ];
}

/**
 * What hephy-builder reads or writes after kaniko has started (the checkout, output-dir, the
 * scratch directory with the auth file, digest file and upstream contexts, the context), as
 * `--ignore-path`s: kaniko neither deletes nor snapshots them (cmd/executor/cmd/root.go:191-196).
 * A path inside another listed path, or inside the kaniko dir, needs no entry of its own.
 */
export function ignorePaths(request: BuildRequest): string[] {
  const home = kanikoDir(request.env);
  const candidates = [
    ...(request.keep ?? []),
    request.workDir,
    request.context,
    ...(request.authFile ? [path.dirname(request.authFile)] : []),
  ].map((p) => path.resolve(p));
  const covered = (p: string, by: string) => p === by || p.startsWith(`${by}/`);
  return [...new Set(candidates)].filter(
    (p) => !covered(p, home) && !candidates.some((other) => other !== p && covered(p, other)),
  );
}

/**
 * Credentials come from the auth file hephy-builder wrote (`DOCKER_CONFIG`). docker/cli lets a
 * `DOCKER_AUTH_CONFIG` entry win over the file for the same registry
 * (vendor/github.com/docker/cli/cli/config/configfile/file.go:321-351, memorystore/store.go:48-59;
 * kaniko only warns, cmd/executor/cmd/root.go:211-217), so with an auth file kaniko runs without
 * the job's variable. (Not rewritten instead: the logged command would show its credentials.)
 */
function kanikoEnv(request: BuildRequest): {env: Record<string, string>; unsetEnv: string[]} {
  return {
    env: dockerConfigEnv(request.authFile),
    unsetEnv: ['KANIKO_DIR', ...(request.authFile ? ['DOCKER_AUTH_CONFIG'] : [])],
  };
}
