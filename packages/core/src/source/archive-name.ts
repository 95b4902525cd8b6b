/** The artifact clone-upstream writes for an image directory, in output-dir: `<dir>-source.tar.gz`. */
export function sourceArchiveName(dir: string): string {
  return `${dir}-source.tar.gz`;
}

/** The GitHub artifact that carries every source archive of a run from clone-upstream to build-arch. */
export const DEFAULT_SOURCES_ARTIFACT = 'hephy-sources';
