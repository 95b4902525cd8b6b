import {execFileSync} from 'node:child_process';
import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
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

describe('the prescan over unchanged images opens nothing outside the checkout', () => {
  it('gives no Dockerfile for paths the validator refuses', () => {
    expect(localDockerfile('context_path: ../../../../dev\ndockerfile_path: zero\n')).toBeUndefined();
    expect(localDockerfile('context_path: /dev\ndockerfile_path: stdin\n')).toBeUndefined();
    expect(localDockerfile('dockerfile_path: "docker/../../x"\n')).toBeUndefined();
  });

  it('scans past /dev/zero, stdin, a FIFO and a symlinked config without reading them', () => {
    const root = tempDir();
    const configs: Record<string, string> = {
      zero: 'use_local_context: true\ncontext_path: ../../../../dev\ndockerfile_path: zero\n',
      stdin: 'use_local_context: true\ncontext_path: /dev\ndockerfile_path: stdin\n',
      fifo: 'use_local_context: true\ndockerfile_path: pipe\n',
      linked: 'use_local_context: true\ndockerfile_path: Containerfile\n',
      curl: 'use_local_context: true\n',
    };
    for (const [dir, text] of Object.entries(configs)) {
      mkdirSync(path.join(root, dir));
      writeFileSync(path.join(root, dir, 'build-config.yaml'), text);
    }
    execFileSync('mkfifo', [path.join(root, 'fifo', 'pipe')]);
    symlinkSync('/dev/zero', path.join(root, 'linked', 'Containerfile'));
    mkdirSync(path.join(root, 'env'));
    symlinkSync('/proc/self/environ', path.join(root, 'env', 'build-config.yaml'));
    const dirs = [...Object.keys(configs), 'env'];
    const graph = scanDependencies(root, dirs, indexDependencyArgs(dirs));
    expect(Object.fromEntries(graph)).toEqual({zero: [], stdin: [], fifo: [], linked: [], curl: []});
  });
});
