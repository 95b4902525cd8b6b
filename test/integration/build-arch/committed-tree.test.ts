import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  checkoutStates,
  contentBeyondTree,
} from '../../../packages/core/src/steps/build-arch/checkout-state.js';
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

describe('contentBeyondTree: a clean status whose checkout the tree does not decide', () => {
  it('names a submodule (an uninitialised one is an empty directory git status is quiet about)', async () => {
    const repo = createRepo(FILES);
    const commit = repo.git('rev-parse', 'HEAD').trim();
    repo.git('update-index', '--add', '--cacheinfo', `160000,${commit},sub/app/vendor`);
    repo.git('commit', '-q', '-m', 'a submodule');
    // As a clone without --recurse-submodules leaves it: an empty directory.
    mkdirSync(path.join(repo.dir, 'sub/app/vendor'));
    expect(repo.git('status', '--porcelain', '--ignored', '--untracked-files=all', '--', 'sub/app')).toBe('');
    expect(await committedTree(exec, repo.dir, 'sub/app')).toMatch(/^[0-9a-f]{40}$/);
    expect(await contentBeyondTree(exec, repo.dir, 'sub/app')).toBe('sub/app/vendor is a submodule');
  });

  it('names a Git LFS file (its pointer is in the tree, its content or pointer in the checkout)', async () => {
    const repo = createRepo({
      ...FILES,
      'sub/app/.gitattributes': '*.bin filter=lfs diff=lfs merge=lfs -text\n',
      'sub/app/model.bin': 'version https://git-lfs.github.com/spec/v1\noid sha256:00\nsize 1\n',
    });
    expect(await contentBeyondTree(exec, repo.dir, 'sub/app')).toBe('sub/app/model.bin is a Git LFS file');
    expect(await contentBeyondTree(exec, repo.dir, '.')).toBe('sub/app/model.bin is a Git LFS file');
  });

  it('finds nothing in a directory of plain files', async () => {
    const repo = createRepo(FILES);
    expect(await contentBeyondTree(exec, repo.dir, 'sub/app')).toBeUndefined();
  });
});

describe('checkoutStates', () => {
  it('asks git about a directory once per run, however many images (targets:) it holds', async () => {
    const repo = createRepo(FILES);
    const calls: string[] = [];
    const counting = {
      run: (file: string, args: readonly string[], options?: Parameters<typeof exec.run>[2]) => {
        calls.push(args.find((a) => ['status', 'rev-parse', 'ls-files', 'check-attr'].includes(a)) ?? '');
        return exec.run(file, args, options);
      },
    };
    const stateOf = checkoutStates(counting, repo.dir);
    const [one, two] = await Promise.all([stateOf('sub/app'), stateOf('sub/app')]);
    expect(one).toEqual({tree: repo.git('rev-parse', 'HEAD:sub/app').trim()});
    expect(two).toBe(one);
    expect(calls.sort()).toEqual(['check-attr', 'ls-files', 'rev-parse', 'status']);
    write(path.join(repo.dir, 'sub', 'app', 'new.txt'));
    expect(await checkoutStates(exec, repo.dir)('sub/app')).toEqual({why: 'sub/app is not committed as is'});
  });
});
