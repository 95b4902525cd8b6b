import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {UserError} from '../../../../packages/core/src/errors.js';
import {readTagFile, tagFileName, writeTagFile} from '../../../../packages/core/src/steps/common/handoff.js';
import {tempDir} from '../../../helpers/tmp.js';

describe('<image>-<arch>.tag files', () => {
  it('read back what was written: the tag, then the digest', async () => {
    const dir = tempDir();
    const digest = `sha256:${'a'.repeat(64)}`;
    await writeTagFile(dir, 'curl', 'amd64', {tag: 'curl-20251015-amd64', digest});
    expect(await readTagFile(dir, 'curl', 'amd64')).toEqual({tag: 'curl-20251015-amd64', digest});
  });

  it('are absent when this run did not build the image for that arch', async () => {
    expect(await readTagFile(tempDir(), 'curl', 'arm64')).toBeUndefined();
  });

  it('that cannot be read are an error naming the file, not a silent fall back to <dep>-latest', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, tagFileName('curl', 'amd64')));
    await expect(readTagFile(dir, 'curl', 'amd64')).rejects.toThrow(UserError);
    await expect(readTagFile(dir, 'curl', 'amd64')).rejects.toThrow(
      /curl-amd64\.tag cannot be read \(EISDIR\)/,
    );
  });
});
