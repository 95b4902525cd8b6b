import {runAction} from '@hephy-builder/core/action';
import {retagAction} from '@hephy-builder/core/steps/retag/action';

/** The retag step, as the runner (dist/retag/index.js) and `@github/local-action` start it. */
export async function run(): Promise<void> {
  await runAction(retagAction);
}
