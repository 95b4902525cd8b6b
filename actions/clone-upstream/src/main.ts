import {runAction} from '@hephy-builder/core/action';
import {cloneUpstreamAction} from '@hephy-builder/core/steps/clone-upstream/action';

await runAction(cloneUpstreamAction);
