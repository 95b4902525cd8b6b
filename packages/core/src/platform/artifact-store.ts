/**
 * Files handed from one job of a run to a later one (clone-upstream's `<dir>-source.tar.gz` to
 * every build-arch job). On GitHub they travel through the artifact service; on GitLab they
 * already sit in output-dir, which the job declares as `artifacts:` and later jobs receive.
 */
export interface ArtifactStore {
  /** Makes `files` (names relative to `dir`) available to later jobs of this run as `name`. */
  upload(name: string, dir: string, files: readonly string[]): Promise<void>;
  /** Brings the files of artifact `name` into `dir`; false when this run has no such artifact. */
  download(name: string, dir: string): Promise<boolean>;
}

/** GitLab and a terminal: the files are in output-dir already, so there is nothing to move. */
export function filesInPlace(): ArtifactStore {
  return {
    async upload() {
      // GitLab uploads output-dir as the job's artifacts; a terminal keeps the files where they are.
    },
    download: async () => true,
  };
}
