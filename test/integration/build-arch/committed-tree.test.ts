import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {committedTree} from '../../../packages/core/src/steps/build-arch/fingerprint.js';
import {createRepo} from '../../helpers/git.js';
import {recordingPorts} from '../../helpers/registry.js';

/** Real git: whether an image directory is committed as is, with the run's own output beside it. */
const exec = recordingPorts(process.env).exec;
const FILES = {
  'build-config.yaml': 'platforms: [linux/amd64]\n',
  Dockerfile: 'FROM scratch\n',
  'sub/app/build-config.yaml': 'platforms: [linux/amd64]\n',
  'sub/app/Dockerfile': 'FROM scratch\n',
};

function write(file: string, text = 'x\n'): void {
  mkdirSync(path.dirname(file), {recursive: true});
  writeFileSync(file, text);
}

describe('committedTree and the directories the run writes', () => {
  it('does not count the output directories inside an image at the root', async () => {
    const repo = createRepo(FILES);
    const tree = repo.git('rev-parse', 'HEAD:').trim();
    write(path.join(repo.dir, '.hephy', 'work', 'plan.json'));
    write(path.join(repo.dir, '.hephy', 'images', 'index.json'));
    const own = [path.join(repo.dir, '.hephy', 'work'), path.join(repo.dir, '.hephy', 'images')];
    expect(await committedTree(exec, repo.dir, '.')).toBeUndefined();
    expect(await committedTree(exec, repo.dir, '.', own)).toBe(tree);
    // Anything else uncommitted still counts, beside them or under .hephy.
    write(path.join(repo.dir, '.hephy', 'notes.txt'));
    expect(await committedTree(exec, repo.dir, '.', own)).toBeUndefined();
  });

  it('names the output directories from the repository top when the root is a subdirectory', async () => {
    const repo = createRepo(FILES);
    const root = path.join(repo.dir, 'sub');
    const tree = repo.git('rev-parse', 'HEAD:sub/app').trim();
    write(path.join(root, 'app', 'out', 'app-amd64.tag'));
    expect(await committedTree(exec, root, 'app', [path.join(root, 'app', 'out')])).toBe(tree);
    write(path.join(root, 'app', 'extra.txt'));
    expect(await committedTree(exec, root, 'app', [path.join(root, 'app', 'out')])).toBeUndefined();
  });

  it('still looks at an output directory that holds the image directory itself', async () => {
    const repo = createRepo(FILES);
    write(path.join(repo.dir, 'sub', 'app', 'new.txt'));
    expect(await committedTree(exec, repo.dir, 'sub/app', [path.join(repo.dir, 'sub')])).toBeUndefined();
    expect(await committedTree(exec, repo.dir, 'sub/app', [repo.dir])).toBeUndefined();
  });
});
