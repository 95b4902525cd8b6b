import path from 'node:path';
import type {Ports} from '../../../packages/core/src/ports.js';
import {recordingPorts} from '../../helpers/registry.js';

/**
 * Three amd64 images: ext FROM an external base (`base`, a reference in the test registry),
 * ontop built on ext (the seed's `ARG <DEP>_TAG`), plain on nothing.
 */
export function driftRepoFiles(base: string): Record<string, string> {
  return {
    'ext/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
    'ext/Dockerfile': `ARG BASE=${base}\nFROM \${BASE}\nCOPY ext.txt /ext.txt\n`,
    'ext/ext.txt': 'ext 1\n',
    'ontop/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
    'ontop/Dockerfile':
      'ARG ECR_REGISTRY\nARG EXT_TAG\nFROM ${ECR_REGISTRY}:${EXT_TAG}\nCOPY ontop.txt /ontop.txt\n',
    'ontop/ontop.txt': 'ontop\n',
    'plain/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
    'plain/Dockerfile': 'FROM scratch\nCOPY plain.txt /plain.txt\n',
    'plain/plain.txt': 'plain\n',
  };
}

/** Recording ports that also count the images buildah built (one `buildah build` each). */
export function buildCountingPorts(env: Record<string, string>): {
  ports: Ports;
  builds: () => number;
  logged: () => string;
} {
  const recording = recordingPorts(env);
  let builds = 0;
  const ports: Ports = {
    ...recording,
    exec: {
      run: (file, args, options) => {
        if (path.basename(file) === 'buildah' && args.includes('build')) builds++;
        return recording.exec.run(file, args, options);
      },
    },
  };
  return {ports, builds: () => builds, logged: () => recording.logged()};
}
