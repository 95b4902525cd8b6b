import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll} from 'vitest';

/** A fresh temporary directory, removed after the test file finishes. */
export function tempDir(prefix = 'hephy-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, {recursive: true, force: true}));
  return dir;
}
