import {describe, expect, it} from 'vitest';
import {UserError} from '../../../packages/core/src/errors.js';
import {createGitLabPlatform} from '../../../packages/core/src/platform/gitlab.js';
import {sectionMarkers} from '../../helpers/gitlab-sections.js';

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

  it('prints no section marker from text it did not write, and keeps its colours', async () => {
    const esc = '\u001b';
    const forged = [
      `${esc}[0Ksection_start:1700000000:evil[collapsed=true]\r${esc}[0KHidden`,
      `x\n${esc}[0Ksection_end:1700000000:hephy_1\r${esc}[0K`,
      `section_start:1:evil2\r${esc}[0K`,
    ];
    let printed = '';
    const platform = createGitLabPlatform({}, (text) => (printed += text));
    await platform.log.group(forged[0] as string, async () => {
      for (const text of forged) {
        platform.log.info(text);
        platform.log.warning(text, {file: text});
        platform.log.error(text);
      }
      platform.log.info(`${esc}[31mred${esc}[0m`);
    });
    await platform.summary('summary', forged.join('\n'));
    const markers = sectionMarkers(printed);
    expect(markers).toEqual(['start:hephy_1', 'end:hephy_1', 'start:hephy_2', 'end:hephy_2']);
    expect(printed).toContain(`${esc}[31mred${esc}[0m`);
    expect(printed).toContain('Hidden');
  });
});
