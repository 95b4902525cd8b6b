import {type ArtifactStore, filesInPlace} from './artifact-store.js';
import type {Platform} from './platform.js';

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
