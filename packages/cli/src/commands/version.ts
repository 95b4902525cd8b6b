import {VERSION} from '@hephy-builder/core/version';
import type {Command} from '../command.js';

export const version: Command = {
  summary: 'Print the version of hephy-builder.',
  usage: 'hephy-builder version',
  options: {},
  async run({out}) {
    out(`hephy-builder ${VERSION}\n`);
    return 0;
  },
};
