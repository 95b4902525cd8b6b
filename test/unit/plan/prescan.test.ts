import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {indexDependencyArgs} from '../../../packages/core/src/plan/dependencies.js';
import {localDockerfile, scanDependencies} from '../../../packages/core/src/plan/prescan.js';
import {tempDir} from '../../helpers/tmp.js';

describe('localDockerfile', () => {
  it('reads plain, quoted and commented paths, and none for an upstream source', () => {
    expect(localDockerfile('use_local_context: true\n')).toBe('Dockerfile');
    expect(localDockerfile('context_path: "docker"  # here\ndockerfile_path: \'Containerfile\'\n')).toBe(
      'docker/Containerfile',
    );
    expect(localDockerfile('upstream_repo: https://example.com/x\n')).toBeUndefined();
  });
});

describe('scanDependencies', () => {
  it('finds depends_on (flow and block) ARG <DEP>_TAG at custom Dockerfile paths and ARG <DEP>_IMAGE', () => {
    const root = tempDir();
    const files: Record<string, string> = {
      'curl/build-config.yaml': 'use_local_context: true\n',
      'a/build-config.yaml': 'use_local_context: true\ndepends_on: [curl, "b"]\n',
      'b/build-config.yaml': 'use_local_context: true\ndepends_on:\n  - curl\n',
      'c/build-config.yaml':
        'use_local_context: true\ncontext_path: docker\ndockerfile_path: Containerfile\n',
      'c/docker/Containerfile': 'ARG A_TAG\nFROM x\n',
      'd/build-config.yaml': 'use_local_context: true\n',
      'd/Dockerfile': 'ARG C_IMAGE\nFROM ${C_IMAGE}\n',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), {recursive: true});
      writeFileSync(path.join(root, name), text);
    }
    const dirs = ['a', 'b', 'c', 'curl', 'd'];
    const graph = scanDependencies(root, dirs, indexDependencyArgs(dirs));
    expect(Object.fromEntries(graph)).toEqual({a: ['curl', 'b'], b: ['curl'], c: ['a'], curl: [], d: ['c']});
  });
});
