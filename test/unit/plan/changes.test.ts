import {describe, expect, it} from 'vitest';
import type {FileChange} from '../../../packages/core/src/git/diff.js';
import {changedImageDirs} from '../../../packages/core/src/plan/changes.js';
import {globMatcher} from '../../../packages/core/src/plan/glob.js';

const images = new Set(['curl', 'manifest-tool', 'renamed', 'app']);
const filter = {isImageDir: (dir: string) => images.has(dir), ignored: globMatcher(['README.md'])};

describe('changedImageDirs', () => {
  it('picks the image directories of changed files, with the files as reasons', () => {
    const changes: FileChange[] = [
      {status: 'M', path: 'curl/Dockerfile'},
      {status: 'A', path: 'curl/files/x'},
      {status: 'M', path: '.github/workflows/ci.yml'},
      {status: 'M', path: 'README.md'},
      {status: 'M', path: 'docs/guide.md'},
    ];
    const result = changedImageDirs(changes, filter);
    expect([...result.changed]).toEqual([['curl', ['modified curl/Dockerfile', 'added curl/files/x']]]);
  });

  it('gives every change outside the other image directories to the root, when the root is an image', () => {
    const withRoot = {...filter, isImageDir: (dir: string) => dir === '.' || images.has(dir)};
    const changes: FileChange[] = [
      {status: 'M', path: 'curl/Dockerfile'},
      {status: 'M', path: 'Containerfile'},
      {status: 'A', path: 'docs/guide.md'},
      {status: 'M', path: 'README.md'},
    ];
    const result = changedImageDirs(changes, withRoot);
    expect([...result.changed]).toEqual([
      ['curl', ['modified curl/Dockerfile']],
      ['.', ['modified Containerfile', 'added docs/guide.md']],
    ]);
    // The root's README.md alone is ignored like any image's.
    expect(changedImageDirs([{status: 'M', path: 'README.md'}], withRoot).ignoredOnly).toEqual(['.']);
  });

  it('does nothing for README-only changes, and says so', () => {
    const result = changedImageDirs(
      [
        {status: 'M', path: 'app/README.md'},
        {status: 'M', path: 'curl/docs/README.md'},
      ],
      filter,
    );
    expect([...result.changed.keys()]).toEqual(['curl']);
    expect(result.ignoredOnly).toEqual(['app']);
  });

  it('drops deleted images and counts a rename at its new path', () => {
    const changes: FileChange[] = [
      {status: 'D', path: 'gone/Dockerfile'},
      {status: 'D', path: 'gone/build-config.yaml'},
      {status: 'R', from: 'old-name/Dockerfile', path: 'renamed/Dockerfile'},
    ];
    const result = changedImageDirs(changes, filter);
    expect([...result.changed]).toEqual([['renamed', ['renamed old-name/Dockerfile -> renamed/Dockerfile']]]);
  });

  it('also rebuilds an image a file was moved out of', () => {
    const result = changedImageDirs([{status: 'R', from: 'curl/shared.sh', path: 'app/shared.sh'}], filter);
    expect([...result.changed.keys()]).toEqual(['app', 'curl']);
  });
});
