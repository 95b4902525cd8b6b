import type {Platform} from './platform.js';

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

/**
 * The artifact store of the platform this step runs on. Only clone-upstream and build-arch call
 * this, so only their bundles carry the GitHub artifact client (an HTTP and Azure storage stack
 * that would otherwise cost every step's start-up); it is loaded on first use even there.
 *
 * An empty artifact name turns the service off: in one job (the root composite action) the
 * archives are on disk already, and a composite action's `run:` steps get no
 * ACTIONS_RUNTIME_TOKEN to reach the service with (actions/runner#3046).
 */
export async function openArtifactStore(
  platform: Pick<Platform, 'name' | 'log' | 'env'>,
  artifactName: string,
): Promise<ArtifactStore> {
  if (platform.name !== 'github' || artifactName === '') return filesInPlace();
  const {createGitHubArtifacts, loadArtifactClient} = await import('./artifacts-github.js');
  return createGitHubArtifacts(platform.log, () => loadArtifactClient(platform.env));
}
