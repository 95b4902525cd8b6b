import {runAction} from '@hephy-builder/core/action';
import {buildArchAction} from '@hephy-builder/core/steps/build-arch/action';

/** The build-arch step, as the runner (dist/build-arch/index.js) and `@github/local-action` start it. */
export async function run(): Promise<void> {
  await runAction(buildArchAction);
}
