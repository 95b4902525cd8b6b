import {describe, expect, it} from 'vitest';
import {UserError} from '../../../packages/core/src/errors.js';
import {createGitLabPlatform} from '../../../packages/core/src/platform/gitlab.js';

describe('GitLab job log', () => {
  it('names a config error file and line once', () => {
    let printed = '';
    const platform = createGitLabPlatform({}, (text) => (printed += text));
    const error = new UserError('`linux/arm65` is not a known platform', {
      location: {file: 'curl/build-config.yaml', line: 12, column: 5},
      field: 'platforms[1]',
    });
    platform.log.error(error.toString(), error.location);
    expect(printed).toContain('ERROR: curl/build-config.yaml:12:5: platforms[1]: `linux/arm65`');
    expect(printed.match(/curl\/build-config\.yaml/g)).toHaveLength(1);
  });

  it('still says where for a plain message with a location', () => {
    let printed = '';
    createGitLabPlatform({}, (text) => (printed += text)).log.warning('kaniko has no build-config.yaml', {
      file: 'rebuild-weekly.txt',
      line: 4,
    });
    expect(printed).toContain('WARNING: rebuild-weekly.txt:4: kaniko has no build-config.yaml');
  });
});
