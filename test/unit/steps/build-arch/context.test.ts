import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseBuildConfig} from '../../../../packages/core/src/config/parse.js';
import {UserError} from '../../../../packages/core/src/errors.js';
import {contextResolver, readDockerfile} from '../../../../packages/core/src/steps/build-arch/context.js';
import {tempDir} from '../../../helpers/tmp.js';

const SECRET = 'SECRET-c0ffee';

/** A checkout with `app/build-config.yaml` and an app/Dockerfile made by `makeDockerfile`. */
async function dockerfileProblem(makeDockerfile: (file: string) => void): Promise<string> {
  const root = tempDir();
  mkdirSync(path.join(root, 'app'));
  makeDockerfile(path.join(root, 'app', 'Dockerfile'));
  const config = parseBuildConfig('use_local_context: true\ndockerfile_path: Dockerfile\n', {
    file: 'app/build-config.yaml',
    dir: 'app',
  });
  const resolve = contextResolver({root, outputDir: root, scratch: tempDir(), ensureSources: async () => {}});
  const context = await resolve(config);
  const error = await readDockerfile(config, context).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).toString();
}

describe('build-arch reads the Dockerfile the one safe way', () => {
  it('reads a regular Dockerfile', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'app'));
    writeFileSync(path.join(root, 'app', 'Dockerfile'), 'FROM scratch\n');
    const config = parseBuildConfig('use_local_context: true\n', {file: 'app/build-config.yaml', dir: 'app'});
    const resolve = contextResolver({
      root,
      outputDir: root,
      scratch: tempDir(),
      ensureSources: async () => {},
    });
    expect(await readDockerfile(config, await resolve(config))).toBe('FROM scratch\n');
  });

  it('refuses a Dockerfile that became a symlink out of the image directory, quoting nothing of it', async () => {
    const secret = path.join(tempDir(), 'secret');
    writeFileSync(secret, `${SECRET}\n`);
    const problem = await dockerfileProblem((file) => symlinkSync(secret, file));
    expect(problem).toBe(
      'app/build-config.yaml:2:1: dockerfile_path: Dockerfile in app: the file leads out of the repository through a symbolic link: only files inside the checkout are read',
    );
  });

  it('refuses a Dockerfile over 4 MiB', async () => {
    const problem = await dockerfileProblem((file) =>
      writeFileSync(file, `FROM scratch\n# ${SECRET}\n`.repeat(200_000)),
    );
    expect(problem).toMatch(
      /^app\/build-config\.yaml:2:1: dockerfile_path: Dockerfile in app: the file is larger than 4 MiB/,
    );
    expect(problem).not.toContain(SECRET);
  });
});
