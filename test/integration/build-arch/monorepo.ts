import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {tempDir} from '../../helpers/tmp.js';

/** Writes files (path -> content) under a new temp dir and returns it. */
export function writeTree(files: Record<string, string>, root = tempDir('hephy-mono-')): string {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

/**
 * The seed-shaped monorepo: a local image on a base with a shell (RUN steps, a build arg), an
 * image built on it (ARG CURL_TAG), a FROM scratch image for amd64 and arm64, a directory with
 * two targets (declaring its own ARG MULTI_TAG), and an image from an upstream repository.
 */
export function seedShapedMonorepo(base: string, upstreamUrl: string): Record<string, string> {
  return {
    'curl/build-config.yaml': [
      'use_local_context: true',
      'dockerfile_path: Dockerfile',
      'build_args: ["GREETING=${HEPHY_TEST_GREETING}", "LITERAL=$(not run) ; `nor this`"]',
      'platforms: [linux/amd64]',
      'additional_tags: [latest]',
      '',
    ].join('\n'),
    'curl/Dockerfile': [
      `FROM ${base}`,
      'ARG GREETING',
      'ARG LITERAL',
      'RUN echo "curl $GREETING" > /curl.txt && echo "$LITERAL" > /literal.txt',
      '',
    ].join('\n'),
    'tool/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64]\n',
    'tool/Dockerfile': [
      'ARG ECR_REGISTRY',
      'ARG CURL_TAG',
      'FROM ${ECR_REGISTRY}:${CURL_TAG}',
      'RUN cat /curl.txt > /tool.txt',
      '',
    ].join('\n'),
    'static/build-config.yaml': 'use_local_context: true\nplatforms: [linux/amd64, linux/arm64]\n',
    'static/Dockerfile': 'FROM scratch\nCOPY hello.txt /hello.txt\n',
    'static/hello.txt': 'hello\n',
    'armonly/build-config.yaml': 'use_local_context: true\nplatforms: [linux/arm64]\n',
    'armonly/Dockerfile': 'FROM scratch\nCOPY . /app/\n',
    'armonly/app.txt': 'arm\n',
    'multi/build-config.yaml': [
      'use_local_context: true',
      'platforms: [linux/amd64]',
      'targets:',
      '  - {name: alpha, target: alpha}',
      '  - {name: beta, target: beta, additional_tags: [beta-latest]}',
      '',
    ].join('\n'),
    // Its own directory's ARG (a version, as in the seed's curl): not a dependency of its targets.
    'multi/Dockerfile':
      'ARG MULTI_TAG=1\nFROM scratch AS alpha\nCOPY a.txt /a.txt\n\nFROM scratch AS beta\nCOPY b.txt /b.txt\n',
    'multi/a.txt': 'a\n',
    'multi/b.txt': 'b\n',
    'app/build-config.yaml': `upstream_repo: ${upstreamUrl}\nupstream_ref: v1.0.0\nplatforms: [linux/amd64]\n`,
  };
}
