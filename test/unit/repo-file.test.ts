import {execFileSync} from 'node:child_process';
import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  MAX_REPO_FILE_BYTES,
  readRepoFile,
  RepoFileError,
  type RepoFileProblem,
} from '../../packages/core/src/repo-file.js';
import {tempDir} from '../helpers/tmp.js';

const SECRET = 'SECRET-c0ffee';

/** A checkout with a .git/config holding a token, and a file outside it holding a secret. */
function checkout(): {root: string; outsideFile: string} {
  const root = tempDir();
  mkdirSync(path.join(root, '.git'));
  writeFileSync(
    path.join(root, '.git', 'config'),
    `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`,
  );
  const outsideFile = path.join(tempDir(), 'secret.txt');
  writeFileSync(outsideFile, `${SECRET}\n`);
  return {root, outsideFile};
}

/** What readRepoFile refused, with its message as the user sees it. */
function refusal(root: string, file: string, maxBytes?: number): {problem: RepoFileProblem; text: string} {
  try {
    readRepoFile(root, file, maxBytes === undefined ? {} : {maxBytes});
  } catch (error) {
    if (!(error instanceof RepoFileError)) throw error;
    return {problem: error.problem, text: error.toString()};
  }
  throw new Error(`${file} was read`);
}

describe('readRepoFile', () => {
  it('reads a regular file, also through a symlink that stays inside the checkout', () => {
    const {root} = checkout();
    mkdirSync(path.join(root, 'common'));
    writeFileSync(path.join(root, 'common', 'Dockerfile'), 'FROM scratch\n');
    mkdirSync(path.join(root, 'app'));
    symlinkSync('../common/Dockerfile', path.join(root, 'app', 'Dockerfile'));
    expect(readRepoFile(root, 'common/Dockerfile')).toBe('FROM scratch\n');
    expect(readRepoFile(root, 'app/Dockerfile')).toBe('FROM scratch\n');
  });

  it.each([
    ['a file outside the checkout', (outside: string) => outside],
    ['/proc/self/environ', () => '/proc/self/environ'],
    ['/dev/zero', () => '/dev/zero'],
    [
      'a FIFO outside the checkout (like stdin)',
      (outside: string) => {
        const fifo = path.join(path.dirname(outside), 'fifo');
        execFileSync('mkfifo', [fifo]);
        return fifo;
      },
    ],
  ])('refuses a symlink to %s without reading it, naming the path', (_, target) => {
    const {root, outsideFile} = checkout();
    symlinkSync(target(outsideFile), path.join(root, 'build-config.yaml'));
    const {problem, text} = refusal(root, 'build-config.yaml');
    expect(problem).toBe('outside');
    expect(text).toBe(
      'build-config.yaml: the file leads out of the repository through a symbolic link: only files inside the checkout are read',
    );
  });

  it("refuses the checkout's .git/config through a symlink, and never quotes its token", () => {
    const {root} = checkout();
    mkdirSync(path.join(root, 'curl'));
    symlinkSync('../.git/config', path.join(root, 'curl', 'build-config.yaml'));
    const {problem, text} = refusal(root, 'curl/build-config.yaml');
    expect(problem).toBe('git');
    expect(text).toMatch(/^curl\/build-config\.yaml: the file leads into the repository's \.git directory/);
    expect(text).not.toContain(SECRET);
    expect(refusal(root, '.git/config').problem).toBe('git');
  });

  it('refuses paths that leave the root before touching the disk', () => {
    const {root} = checkout();
    expect(refusal(root, '../../../../dev/zero').problem).toBe('outside');
    expect(refusal(root, '/etc/passwd').problem).toBe('outside');
    expect(refusal(root, 'a/../../x').problem).toBe('outside');
  });

  it('refuses a FIFO and a directory without blocking', () => {
    const {root} = checkout();
    execFileSync('mkfifo', [path.join(root, 'Dockerfile')]);
    mkdirSync(path.join(root, 'dir'));
    expect(refusal(root, 'Dockerfile').problem).toBe('not-file');
    expect(refusal(root, 'dir').problem).toBe('not-file');
  });

  it('refuses a file over the cap, and a file that grows past it while it is read', () => {
    const {root} = checkout();
    writeFileSync(path.join(root, 'big'), `${SECRET}\n`.repeat(10));
    const big = refusal(root, 'big', 64);
    expect(big.problem).toBe('too-large');
    expect(big.text).not.toContain(SECRET);
    // /proc files say they are empty and then give their text: the cap holds while reading.
    expect(refusal('/proc/self', 'status', 64).problem).toBe('too-large');
    expect(readRepoFile('/proc/self', 'status').length).toBeGreaterThan(64);
    expect(MAX_REPO_FILE_BYTES).toBe(4 * 1024 * 1024);
  });

  it('names a missing file', () => {
    const {root} = checkout();
    expect(refusal(root, 'curl/build-config.yaml')).toEqual({
      problem: 'missing',
      text: 'curl/build-config.yaml: the file does not exist',
    });
  });
});
