import {runAction} from '@hephy-builder/core/action';
import {mergeManifestAction} from '@hephy-builder/core/steps/merge-manifest/action';

await runAction(mergeManifestAction);
