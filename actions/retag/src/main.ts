import {runAction} from '@hephy-builder/core/action';
import {retagAction} from '@hephy-builder/core/steps/retag/action';

await runAction(retagAction);
