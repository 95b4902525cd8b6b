import {nearest} from './suggest.js';
import type {PlatformSpec} from '../shared/platform-spec.js';

/**
 * The platforms a config may name: the Linux platforms that the backends build and that
 * registries and runners commonly serve. Windows is left out on purpose: none of the backends
 * builds Windows images on a Linux runner.
 */
export const KNOWN_PLATFORMS = [
  'linux/amd64',
  'linux/arm64',
  'linux/arm64/v8',
  'linux/arm/v7',
  'linux/arm/v6',
  'linux/386',
  'linux/ppc64le',
  'linux/s390x',
  'linux/riscv64',
] as const;

/** What a config without `platforms` builds: the seed's pipeline built these two. */
export const DEFAULT_PLATFORMS: readonly PlatformSpec[] = [
  {os: 'linux', architecture: 'amd64'},
  {os: 'linux', architecture: 'arm64'},
];

/** `linux/arm/v7` -> `{os: 'linux', architecture: 'arm', variant: 'v7'}`; undefined unless known. */
export function parsePlatform(text: string): PlatformSpec | undefined {
  if (!(KNOWN_PLATFORMS as readonly string[]).includes(text)) return undefined;
  const [os = '', architecture = '', variant] = text.split('/');
  return variant === undefined ? {os, architecture} : {os, architecture, variant};
}

/** Other names of architectures (uname, Debian) and the platform OCI calls them. */
const ARCH_ALIASES: Record<string, string> = {
  x86_64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  armv8: 'arm64',
  arm: 'arm/v7',
  armhf: 'arm/v7',
  armv7: 'arm/v7',
  armv7l: 'arm/v7',
  armel: 'arm/v6',
  armv6: 'arm/v6',
  i386: '386',
  i686: '386',
  x86: '386',
};

/**
 * The known platform a mistyped one was probably meant to be: `linux/arm65` -> `linux/arm64`,
 * `linux/x86_64` -> `linux/amd64`, a bare `arm64` or `darwin/arm64` -> `linux/arm64` (images are Linux).
 */
export function suggestPlatform(text: string): string | undefined {
  const parts = text.trim().toLowerCase().split('/');
  const [os, arch = '', ...variant] = parts.length === 1 ? ['linux', ...parts] : parts;
  const architecture = ARCH_ALIASES[arch] ?? arch;
  const linux = [`linux/${[architecture, ...variant].join('/')}`, `linux/${architecture}`].find(
    parsePlatform,
  );
  if (linux) return linux;
  return nearest([os, arch, ...variant].join('/'), KNOWN_PLATFORMS);
}
