import {runAction} from '@hephy-builder/core/action';
import {prepareDiffAction} from '@hephy-builder/core/steps/prepare-diff/action';

await runAction(prepareDiffAction);
