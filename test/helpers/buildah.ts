import {randomUUID} from 'node:crypto';
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

/**
 * Pushes `reference` as an index of one image per arch, each FROM scratch with a `/version` file
 * holding that arch's text: an external multi-arch base, as `alpine:3.20` is. An arch whose text
 * is the same as at an earlier push keeps its local image, and so its manifest digest: only the
 * entries whose text changed move.
 */
export async function pushVersionedBase(
  reference: string,
  versions: Record<string, string>,
  env: Record<string, string>,
): Promise<void> {
  const list = `base-list-${randomUUID()}`;
  await runBuildah(['manifest', 'create', list], env);
  for (const [arch, version] of Object.entries(versions)) {
    const local = `localhost/base-${arch}:${version}`;
    const present = await runBuildah(['images', '-q', local], env).catch(() => '');
    if (!present) {
      const context = tempDir('hephy-base-');
      writeFileSync(path.join(context, 'Dockerfile'), 'FROM scratch\nCOPY version /version\n');
      writeFileSync(path.join(context, 'version'), `${version}\n`);
      await runBuildah(
        ['build', '-q', '--isolation', 'chroot', '--platform', `linux/${arch}`, '-t', local, context],
        env,
      );
    }
    await runBuildah(['manifest', 'add', list, local], env);
  }
  await runBuildah(
    ['manifest', 'push', '-q', '--all', '--tls-verify=false', list, `docker://${reference}`],
    env,
  );
}
