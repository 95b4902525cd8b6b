/** An OCI platform, `os/architecture[/variant]`. */
export interface PlatformSpec {
  os: string;
  architecture: string;
  variant?: string;
}

/**
 * The label of a platform inside tag names and file names (`need_<arch>.txt`, `<image>-<arch>.tag`):
 * the architecture, with the variant appended when it is not the architecture's default
 * (`linux/arm/v7` -> `armv7`, `linux/arm64/v8` -> `arm64`).
 */
export function archLabel(platform: PlatformSpec): string {
  const variant =
    platform.variant && !(platform.architecture === 'arm64' && platform.variant === 'v8')
      ? platform.variant
      : '';
  return `${platform.architecture}${variant}`;
}

export function formatPlatform(platform: PlatformSpec): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
