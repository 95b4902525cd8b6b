import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import type {Exec, ExecOptions, ExecResult} from '@hephy-builder/core';
import type {RegistryClient} from '@hephy-builder/core/registry/client';
import {TAG_PATTERN} from '@hephy-builder/core/shared/reference';
import {importIntoLayout, localReference, pullIntoStorage, stagingLayout} from './oci-local.js';

/**
 * An adapter around the buildah backend's commands for building several arches in ONE buildah
 * storage, and into an OCI layout (the CLI's default target). Other programs pass through.
 *
 * - `build --tag oci:<dir>:<tag>` builds under a local name (oci-local.ts), and build args naming
 *   `oci:` images become their local names, pulled from the layout first when not built here.
 * - `push <dest> docker://oci:<dir>:<tag>` pushes into a private layout, then imports it into the
 *   shared one in this process.
 */
export function buildahExec(exec: Exec, client: RegistryClient, scratch: string): Exec {
  /** The local name each `oci:` destination was built under, for its push. */
  const built = new Map<string, string>();
  return {
    async run(file: string, args: readonly string[], options?: ExecOptions): Promise<ExecResult> {
      if (path.basename(file) !== 'buildah') return exec.run(file, args, options);
      const command = args.find((arg) => arg === 'build' || arg === 'bud' || arg === 'push');
      if (command === 'push' && args.at(-1)?.startsWith('docker://oci:')) {
        const destination = (args.at(-1) as string).slice('docker://'.length);
        const dir = stagingLayout(scratch, destination);
        await mkdir(path.dirname(dir), {recursive: true});
        const staging = `oci:${dir}:${destination.slice(destination.lastIndexOf(':') + 1)}`;
        const local = built.get(destination);
        if (!local) throw new Error(`${destination} is pushed but was not built by this job`);
        const result = await exec.run(file, [...args.slice(0, -2), local, staging], options);
        await importIntoLayout(client, staging, destination);
        return result;
      }
      if (command !== 'build' && command !== 'bud') return exec.run(file, args, options);
      const storage = args.slice(0, args.indexOf(command));
      const platform = args[args.indexOf('--platform') + 1] ?? `linux/amd64`;
      for (const reference of layoutImagesUsed(args)) {
        await pullIntoStorage(exec, storage, client, reference, platform, options?.env);
      }
      const tag = args[args.indexOf('--tag') + 1] ?? '';
      const local = localReference(tag, platform);
      if (local) built.set(tag, local);
      return exec.run(file, localBuildArgs(args, platform), options);
    },
  };
}

/** The build argv for one storage and local names (see buildahExec). */
export function localBuildArgs(args: readonly string[], platform: string): string[] {
  const result: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const flag = args[i - 1];
    if (flag === '--tag') result.push(localReference(arg, platform) ?? arg);
    else if (flag === '--build-arg') result.push(localBuildArg(arg, platform));
    else result.push(arg);
  }
  return result;
}

function localBuildArg(arg: string, platform: string): string {
  const eq = arg.indexOf('=');
  const local = eq > 0 ? localReference(arg.slice(eq + 1), platform) : undefined;
  return local ? `${arg.slice(0, eq + 1)}${local}` : arg;
}

/**
 * The `oci:` images a build will start FROM: `<DEP>_IMAGE=oci:<dir>:<tag>@...` args, and for
 * `REGISTRY=oci:<dir>` with `<DEP>_TAG=<tag>` (the seed's `FROM ${REGISTRY}:${DEP_TAG}`), each
 * `oci:<dir>:<tag>`.
 */
export function layoutImagesUsed(args: readonly string[]): string[] {
  const values = args
    .filter((_arg, i) => args[i - 1] === '--build-arg')
    .map((arg) => [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] as const);
  const images = values.filter(([, v]) => /^oci:.*:/.test(v)).map(([, v]) => v.replace(/@.*$/, ''));
  const layouts = values.filter(([, v]) => v.startsWith('oci:') && !/^oci:.*:/.test(v)).map(([, v]) => v);
  const tags = values.filter(([k, v]) => k.endsWith('_TAG') && TAG_PATTERN.test(v)).map(([, v]) => v);
  return [...new Set([...images, ...layouts.flatMap((dir) => tags.map((tag) => `${dir}:${tag}`))])];
}
