import {runAction} from '@hephy-builder/core/action';
import {prepareDiffAction} from '@hephy-builder/core/steps/prepare-diff/action';

/** The prepare-diff step, as the runner (dist/prepare-diff/index.js) and `@github/local-action` start it. */
export async function run(): Promise<void> {
  await runAction(prepareDiffAction);
}
