import {describe, expect, it} from 'vitest';
import {cloneUpstreamSummary} from '../../../../packages/core/src/steps/clone-upstream/run.js';
import {buildArchSummary} from '../../../../packages/core/src/steps/build-arch/run.js';

describe('summaries', () => {
  it('clone-upstream: one row per upstream, the commit shortened, credentials already masked', () => {
    const text = cloneUpstreamSummary({
      sources: [
        {
          dir: 'kaniko',
          repository: 'https://bot:***@github.com/chainguard-dev/kaniko',
          ref: 'v1.25.3',
          commit: 'a'.repeat(40),
          archive: 'kaniko-source.tar.gz',
          bytes: 1234,
        },
      ],
    });
    expect(text).toContain(
      '| kaniko | https://bot:***@github.com/chainguard-dev/kaniko | v1.25.3 | `aaaaaaaaaaaa` | 1234 |',
    );
    expect(cloneUpstreamSummary({sources: []})).toMatch(/No image/);
  });

  it('build-arch: image, arch, reference, digest, backend, seconds', () => {
    const text = buildArchSummary({
      arch: 'arm64',
      images: [
        {
          image: 'curl',
          arch: 'arm64',
          reference: 'r/i:curl-1-arm64',
          digest: 'sha256:x',
          backend: 'buildah',
          seconds: 2.25,
          status: 'pushed',
          dependencies: [],
        },
        {
          image: 'm',
          arch: 'arm64',
          reference: 'r/i:m-1-arm64',
          digest: '',
          backend: 'kaniko',
          seconds: 0,
          status: 'manual',
          dependencies: [],
        },
      ],
    });
    expect(text.split('\n')).toEqual([
      '| image | arch | reference | digest | backend | seconds |',
      '|---|---|---|---|---|---|',
      '| curl | arm64 | `r/i:curl-1-arm64` | `sha256:x` | buildah | 2.3 |',
      '| m | arm64 | manual |  | kaniko | 0.0 |',
    ]);
  });
});
