import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {createRepo, type TestRepo} from '../../helpers/git.js';

const LOCAL = (platforms: string, extra = '') =>
  `use_local_context: true\ndockerfile_path: Dockerfile\ncontext_path: .\nplatforms: ${platforms}\nadditional_tags: [latest]\n${extra}`;

/**
 * A small image monorepo like the seed's: curl, manifest-tool built on curl (`ARG CURL_TAG`),
 * app built on manifest-tool (`depends_on`), pi for linux/arm/v7 only, lonely with no README,
 * and files outside any image directory.
 */
export function imageMonorepo(): TestRepo {
  return createRepo({
    'README.md': '# images\n',
    '.github/workflows/ci.yml': 'on: push\n',
    'rebuild-weekly.txt': '# weekly\n\ncurl\nkaniko   # has no build-config.yaml\n',
    'curl/build-config.yaml': LOCAL('[linux/amd64, linux/arm64]'),
    'curl/Dockerfile': 'FROM alpine\nRUN echo curl\n',
    'curl/README.md': '# curl\n',
    'manifest-tool/build-config.yaml': LOCAL('[linux/amd64, linux/arm64]'),
    'manifest-tool/Dockerfile': 'ARG ECR_REGISTRY\nARG CURL_TAG\nFROM ${ECR_REGISTRY}:${CURL_TAG}\n',
    'manifest-tool/README.md': '# manifest-tool\n',
    'app/build-config.yaml': LOCAL('[linux/amd64]', 'depends_on:\n  - manifest-tool\n'),
    'app/Dockerfile': 'FROM scratch\n',
    'app/README.md': '# app\n',
    'pi/build-config.yaml': LOCAL('[linux/arm/v7]'),
    'pi/Dockerfile': 'FROM scratch\n',
    'pi/README.md': '# pi\n',
    'lonely/build-config.yaml': LOCAL('[linux/amd64]'),
    'lonely/Dockerfile': 'FROM scratch\n',
    'kaniko/disabled-build-config.yaml': 'upstream_repo: https://github.com/chainguard-dev/kaniko\n',
  });
}

/** A push event payload as GitHub sends it. */
export function pushPayload(before: string, after: string, extra: Record<string, unknown> = {}) {
  return {before, after, ref: 'refs/heads/main', repository: {default_branch: 'main'}, ...extra};
}

export const ZERO = '0'.repeat(40);

export function readOutputFile(dir: string, name: string): string | undefined {
  const file = path.join(dir, name);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
