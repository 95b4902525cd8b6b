import {copyFileSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {runProcess} from './process.js';
import {tempDir} from './tmp.js';

/**
 * An environment in which `buildah` keeps its images in a fresh vfs store under a temp dir
 * (CONTAINERS_STORAGE_CONF), so tests share no state with each other or with the machine.
 */
export function buildahStorageEnv(): Record<string, string> {
  const dir = tempDir('hephy-buildah-');
  const conf = path.join(dir, 'storage.conf');
  writeFileSync(
    conf,
    [
      '[storage]',
      'driver = "vfs"',
      `graphroot = "${path.join(dir, 'root')}"`,
      `runroot = "${path.join(dir, 'run')}"`,
      '',
    ].join('\n'),
  );
  return {CONTAINERS_STORAGE_CONF: conf, BUILDAH_ISOLATION: 'chroot'};
}

export async function runBuildah(args: string[], env: Record<string, string>): Promise<string> {
  const result = await runProcess('buildah', args, {env: {...process.env, ...env}});
  if (result.status !== 0)
    throw new Error(`buildah ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  return result.stdout.trim();
}

/**
 * A base image with a shell, built by the test from Debian's busybox-static: `/bin/busybox`
 * copied into a FROM scratch image, its applets linked, pushed to `reference` (plain HTTP).
 * Images built on it can have RUN steps on amd64.
 */
export async function pushBusyboxBase(reference: string, env: Record<string, string>): Promise<void> {
  const context = tempDir('hephy-busybox-');
  copyFileSync('/bin/busybox', path.join(context, 'busybox'));
  mkdirSync(path.join(context, 'tmp'));
  writeFileSync(
    path.join(context, 'Dockerfile'),
    ['FROM scratch', 'COPY busybox /bin/busybox', 'RUN ["/bin/busybox", "--install", "-s", "/bin"]', ''].join(
      '\n',
    ),
  );
  await runBuildah(
    [
      '--storage-driver',
      'vfs',
      'build',
      '--isolation',
      'chroot',
      '--platform',
      'linux/amd64',
      '-t',
      reference,
      context,
    ],
    env,
  );
  await runBuildah(
    ['--storage-driver', 'vfs', 'push', '--tls-verify=false', reference, `docker://${reference}`],
    env,
  );
}
