import {runAction} from '@hephy-builder/core/action';

await runAction(async (platform) => platform.log.info(`hello ${platform.input('mode')}`));
