import {runAction} from '@hephy-builder/core/action';
import {mergeManifestAction} from '@hephy-builder/core/steps/merge-manifest/action';

/** The merge-manifest step, as the runner (dist/merge-manifest/index.js) and `@github/local-action` start it. */
export async function run(): Promise<void> {
  await runAction(mergeManifestAction);
}
