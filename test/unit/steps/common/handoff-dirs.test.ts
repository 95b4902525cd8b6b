import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {resolveDirsInput} from '../../../../packages/core/src/steps/common/handoff.js';
import {tempDir} from '../../../helpers/tmp.js';

describe('resolveDirsInput', () => {
  const out = tempDir('hephy-dirs-');
  writeFileSync(path.join(out, 'dirs.txt'), 'curl\nmanifest-tool\n');
  writeFileSync(path.join(out, 'mine.txt'), '# mine\napp\n\ncurl/\n');

  it('reads <output-dir>/dirs.txt when empty', async () => {
    expect(await resolveDirsInput('', out)).toEqual(['curl', 'manifest-tool']);
  });

  it('reads a file given by path', async () => {
    expect(await resolveDirsInput(path.join(out, 'mine.txt'), out)).toEqual(['app', 'curl']);
  });

  it('splits a list on whitespace and commas', async () => {
    expect(await resolveDirsInput('curl, app\nmanifest-tool curl', out)).toEqual([
      'curl',
      'app',
      'manifest-tool',
    ]);
  });

  it('says what to do when dirs.txt is missing', async () => {
    await expect(resolveDirsInput('', tempDir())).rejects.toThrow(
      /dirs\.txt does not exist: run prepare-diff first/,
    );
  });
});
