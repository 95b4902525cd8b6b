import {runAction} from '@hephy-builder/core/action';
import {cloneUpstreamAction} from '@hephy-builder/core/steps/clone-upstream/action';

/** The clone-upstream step, as the runner (dist/clone-upstream/index.js) and `@github/local-action` start it. */
export async function run(): Promise<void> {
  await runAction(cloneUpstreamAction);
}
