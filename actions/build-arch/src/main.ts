import {runAction} from '@hephy-builder/core/action';
import {buildArchAction} from '@hephy-builder/core/steps/build-arch/action';

await runAction(buildArchAction);
