import {execFileSync} from 'node:child_process';
import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {loadBuildConfig} from '../../../packages/core/src/config/load.js';
import {UserErrors} from '../../../packages/core/src/errors.js';
import {tempDir} from '../../helpers/tmp.js';

/** Writes an image directory `<root>/<dir>` with these files and returns the root. */
function imageDir(root: string, dir: string, files: Record<string, string>): string {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, dir, name)), {recursive: true});
    writeFileSync(path.join(root, dir, name), content);
  }
  return root;
}

async function loadProblems(root: string, dir: string): Promise<string[]> {
  try {
    await loadBuildConfig(root, dir);
    return [];
  } catch (error) {
    if (!(error instanceof UserErrors)) throw error;
    return error.errors.map((e) => e.toString());
  }
}

describe('loadBuildConfig', () => {
  test('a local image with its Dockerfile loads', async () => {
    const root = imageDir(tempDir(), 'curl', {
      'build-config.yaml': 'use_local_context: true\n',
      Dockerfile: 'FROM scratch\n',
    });
    const config = await loadBuildConfig(root, 'curl');
    expect(config).toMatchObject({file: 'curl/build-config.yaml', dir: 'curl', source: {kind: 'local'}});
  });

  test('a missing config file', async () => {
    expect(await loadProblems(tempDir(), 'nothing')).toEqual([
      'nothing/build-config.yaml: the file does not exist',
    ]);
  });

  test.each(['My Image', 'UPPER', '-lead', 'a..b'])(
    'the directory name `%s` cannot be part of a tag',
    async (dir) => {
      const root = imageDir(tempDir(), dir, {
        'build-config.yaml': 'use_local_context: true\n',
        Dockerfile: 'FROM scratch\n',
      });
      const [problem, ...rest] = await loadProblems(root, dir);
      expect(problem).toMatch(
        new RegExp(
          `^${dir.replace(/\./g, '\\.')}/build-config\\.yaml: the directory name \`${dir.replace(/\./g, '\\.')}\` cannot be part of an image name or tag: rename`,
        ),
      );
      expect(rest).toEqual([]);
    },
  );

  test('the rename suggestion for `My Image` is `my-image`', async () => {
    const root = imageDir(tempDir(), 'My Image', {
      'build-config.yaml': 'use_local_context: true\n',
      Dockerfile: 'FROM scratch\n',
    });
    expect((await loadProblems(root, 'My Image'))[0]).toContain('e.g. `my-image`');
  });

  test.each(['curl', 'manifest-tool', 'a.b', 'a_b', 'a__b', 'x--y', '7zip'])(
    'the directory name `%s` is fine',
    async (dir) => {
      const root = imageDir(tempDir(), dir, {
        'build-config.yaml': 'use_local_context: true\n',
        Dockerfile: 'FROM scratch\n',
      });
      expect(await loadProblems(root, dir)).toEqual([]);
    },
  );

  test('a bad directory name and bad fields are reported together', async () => {
    const root = imageDir(tempDir(), 'UPPER', {
      'build-config.yaml': 'use_local_context: true\nplatfroms: []\n',
    });
    expect(await loadProblems(root, 'UPPER')).toEqual([
      expect.stringContaining('UPPER/build-config.yaml: the directory name `UPPER`'),
      'UPPER/build-config.yaml:2:1: platfroms: unknown key `platfroms` (did you mean `platforms`?)',
    ]);
  });

  test('a context_path that is a symlink out of the directory', async () => {
    const root = imageDir(tempDir(), 'app', {
      'build-config.yaml': 'use_local_context: true\ncontext_path: src\n',
    });
    mkdirSync(path.join(root, 'outside'));
    writeFileSync(path.join(root, 'outside', 'Dockerfile'), 'FROM scratch\n');
    symlinkSync('../outside', path.join(root, 'app', 'src'));
    const [problem, ...rest] = await loadProblems(root, 'app');
    expect(problem).toMatch(
      /^app\/build-config\.yaml:2:1: context_path: `src` leads out of the image directory through a symlink$/,
    );
    // The error names the field, never where the link points.
    expect(problem).not.toContain(root);
    expect(rest).toEqual([]);
  });

  test('a Dockerfile that is a symlink out of the directory', async () => {
    const root = imageDir(tempDir(), 'app', {'build-config.yaml': 'use_local_context: true\n'});
    writeFileSync(path.join(root, 'secret'), 'FROM scratch\n');
    symlinkSync(path.join(root, 'secret'), path.join(root, 'app', 'Dockerfile'));
    expect(await loadProblems(root, 'app')).toEqual([
      expect.stringMatching(
        /^app\/build-config\.yaml: dockerfile_path: `Dockerfile` leads out of the image directory through a symlink/,
      ),
    ]);
  });

  test('a symlink that stays inside the directory is fine', async () => {
    const root = imageDir(tempDir(), 'app', {
      'build-config.yaml': 'use_local_context: true\ndockerfile_path: Containerfile\n',
      'docker/Dockerfile': 'FROM scratch\n',
    });
    symlinkSync('docker/Dockerfile', path.join(root, 'app', 'Containerfile'));
    expect(await loadProblems(root, 'app')).toEqual([]);
  });

  test('an image directory that is a symlink out of the repository', async () => {
    const outside = imageDir(tempDir(), 'real', {
      'build-config.yaml': 'use_local_context: true\n',
      Dockerfile: 'FROM scratch\n',
    });
    const root = tempDir();
    symlinkSync(path.join(outside, 'real'), path.join(root, 'app'));
    expect((await loadProblems(root, 'app'))[0]).toMatch(
      /^app\/build-config\.yaml: the file leads out of the repository through a symbolic link/,
    );
  });

  test('a missing Dockerfile or context, and a context that is a file', async () => {
    const root = imageDir(tempDir(), 'app', {
      'build-config.yaml': 'use_local_context: true\ndockerfile_path: build/Dockerfile\n',
    });
    expect(await loadProblems(root, 'app')).toEqual([
      'app/build-config.yaml:2:1: dockerfile_path: `build/Dockerfile` does not exist in the image directory',
    ]);
    imageDir(root, 'ctx', {
      'build-config.yaml': 'use_local_context: true\ncontext_path: src\n',
      src: 'a file',
    });
    expect(await loadProblems(root, 'ctx')).toEqual([
      'ctx/build-config.yaml:2:1: context_path: `src` is not a directory',
    ]);
    imageDir(root, 'gone', {'build-config.yaml': 'use_local_context: true\ncontext_path: src\n'});
    expect(await loadProblems(root, 'gone')).toEqual([
      'gone/build-config.yaml:2:1: context_path: `src` does not exist in the image directory',
    ]);
  });

  test('ko, spin and upstream images need no Dockerfile on disk', async () => {
    const root = tempDir();
    imageDir(root, 'ko', {'build-config.yaml': 'build_backend: ko\nko_config: {import_path: ./cmd}\n'});
    imageDir(root, 'up', {
      'build-config.yaml': 'upstream_repo: https://github.com/o/r\nupstream_ref: main\n',
    });
    expect(await loadProblems(root, 'ko')).toEqual([]);
    expect(await loadProblems(root, 'up')).toEqual([]);
  });

  test("a config that is a symlink to the checkout's .git/config is refused, its token never shown", async () => {
    const root = imageDir(tempDir(), '.git', {
      config: '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic SECRET-c0ffee\n',
    });
    mkdirSync(path.join(root, 'curl'));
    symlinkSync('../.git/config', path.join(root, 'curl', 'build-config.yaml'));
    const problems = await loadProblems(root, 'curl');
    expect(problems).toEqual([
      "curl/build-config.yaml: the file leads into the repository's .git directory through a symbolic link: .git is never read",
    ]);
  });

  test('a config that is a symlink to the environment or out of the checkout is refused unread', async () => {
    const root = tempDir();
    for (const [dir, target] of [
      ['env', '/proc/self/environ'],
      ['zero', '/dev/zero'],
    ]) {
      mkdirSync(path.join(root, dir as string));
      symlinkSync(target as string, path.join(root, dir as string, 'build-config.yaml'));
      expect(await loadProblems(root, dir as string)).toEqual([
        `${dir}/build-config.yaml: the file leads out of the repository through a symbolic link: only files inside the checkout are read`,
      ]);
    }
  });

  test('a Dockerfile that is a FIFO is not a regular file', async () => {
    const root = imageDir(tempDir(), 'app', {'build-config.yaml': 'use_local_context: true\n'});
    execFileSync('mkfifo', [path.join(root, 'app', 'Dockerfile')]);
    expect(await loadProblems(root, 'app')).toEqual([
      'app/build-config.yaml: dockerfile_path: `Dockerfile` is not a regular file',
    ]);
  });

  test('a wrong value of megabytes is named by its first characters only', async () => {
    const huge = 'x'.repeat(1_000_000);
    const root = imageDir(tempDir(), 'app', {'build-config.yaml': `use_local_context: "${huge}"\n`});
    const problems = await loadProblems(root, 'app');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^app\/build-config\.yaml:1:20: use_local_context: must be `true` or `false`, not the string "x{200}\.\.\. \(1000000 characters\)"$/,
    );
  });
});
