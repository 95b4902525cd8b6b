import {errorMessage} from '@hephy-builder/core';

/** Known failures of a build and what to do about them, matched on the error and its log. */
const HINTS: readonly {pattern: RegExp; hint: (arch: string, match: RegExpExecArray) => string}[] = [
  {
    pattern: /exec format error/i,
    hint: (arch) =>
      `a RUN step needs a ${arch} CPU: build on a ${arch} machine, register qemu-user-static for ${arch} (binfmt_misc), or leave --arch out so that images with RUN steps are skipped for ${arch}`,
  },
  {
    pattern: /could not start (\S+):/,
    hint: (_arch, m) =>
      `install ${m[1]} (Debian/Ubuntu: apt-get install ${m[1]}), or choose another --backend`,
  },
  {
    pattern: /server gave HTTP response to HTTPS client/i,
    hint: () => 'the registry speaks plain HTTP: pass --insecure-registry HOST:PORT',
  },
  {
    pattern: /connection refused|no such host|dial tcp|ECONNREFUSED|ENOTFOUND/,
    hint: () =>
      'the registry cannot be reached: is it running, and is --repository right? (no --repository writes to the OCI layout .hephy/images)',
  },
  {
    pattern: /unauthorized|authentication required|denied|\b401\b|\b403\b/i,
    hint: () =>
      'the registry refused the credentials: log in (docker login HOST, or a credential helper in ~/.docker/config.json) and run again',
  },
  {
    pattern: /no space left on device/i,
    hint: () =>
      "the disk is full: buildah's vfs storage keeps every layer; free it with buildah rmi --prune (or buildah rmi --all)",
  },
];

/** One line saying what to do about a failed build, when the failure is a known one. */
export function nextStep(error: unknown, arch: string, log = ''): string | undefined {
  const text = `${errorMessage(error)}\n${log}`;
  for (const {pattern, hint} of HINTS) {
    const match = pattern.exec(text);
    if (match) return hint(arch, match);
  }
  return undefined;
}
