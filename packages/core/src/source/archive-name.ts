/**
 * The artifact clone-upstream writes for an image directory, in output-dir: `<dir>-source.tar.gz`
 * (`_root-source.tar.gz` for the root itself: no directory can be named `_root`, and a name
 * starting with `.` would be hidden from artifact globs).
 */
export function sourceArchiveName(dir: string): string {
  return `${dir === '.' ? '_root' : dir}-source.tar.gz`;
}

/** The GitHub artifact that carries every source archive of a run from clone-upstream to build-arch. */
export const DEFAULT_SOURCES_ARTIFACT = 'hephy-sources';
