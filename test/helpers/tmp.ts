import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cleanUp} from './cleanup.js';

/** A fresh temporary directory, removed after the test (or the file) that made it. */
export function tempDir(prefix = 'hephy-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cleanUp(() => rmSync(dir, {recursive: true, force: true}));
  return dir;
}
