import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {BuildConfig} from '../../../../packages/core/src/config/types.js';
import {readGitHubEvent} from '../../../../packages/core/src/platform/github.js';
import {readGitLabEvent} from '../../../../packages/core/src/platform/gitlab.js';
import {ociLabels} from '../../../../packages/core/src/steps/build-arch/labels.js';
import {tempDir} from '../../../helpers/tmp.js';

describe('ociLabels', () => {
  const local = {source: {kind: 'local'}} as BuildConfig;
  const upstream = {
    source: {kind: 'upstream', repo: 'https://x/y', ref: 'v1.2.3', submodules: false},
  } as BuildConfig;
  const now = new Date('2025-10-15T08:09:10.123Z');

  it("labels a local image with the event's repository and commit", () => {
    expect(
      ociLabels(local, {event: {sourceUrl: 'https://github.com/o/r', headSha: 'abc'}, now, date: '20251015'}),
    ).toEqual({
      'org.opencontainers.image.created': '2025-10-15T08:09:10Z',
      'org.opencontainers.image.version': '20251015',
      'org.opencontainers.image.source': 'https://github.com/o/r',
      'org.opencontainers.image.revision': 'abc',
    });
  });

  it("names a pull request's head commit, not GitHub's merge commit (as merge-manifest does)", async () => {
    const payload = path.join(tempDir(), 'event.json');
    await writeFile(payload, JSON.stringify({pull_request: {head: {sha: 'head1'}, base: {sha: 'base1'}}}));
    const event = await readGitHubEvent({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: payload,
      GITHUB_SHA: 'merge0',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_SERVER_URL: 'https://ghe.example.com',
      GITHUB_HEAD_REF: 'feature',
    });
    expect(ociLabels(local, {event, now, date: 'd'})).toMatchObject({
      'org.opencontainers.image.source': 'https://ghe.example.com/o/r',
      'org.opencontainers.image.revision': 'head1',
    });
  });

  it('labels a GitLab job with its project URL and commit', () => {
    const event = readGitLabEvent({CI_PROJECT_URL: 'https://gitlab.com/g/p', CI_COMMIT_SHA: 'def'});
    expect(ociLabels(local, {event, now, date: 'd'})).toMatchObject({
      'org.opencontainers.image.source': 'https://gitlab.com/g/p',
      'org.opencontainers.image.revision': 'def',
    });
  });

  it('leaves source and revision out when the event does not know them (a local run)', () => {
    const labels = ociLabels(local, {event: {}, now, date: 'd'});
    expect(Object.keys(labels).sort()).toEqual([
      'org.opencontainers.image.created',
      'org.opencontainers.image.version',
    ]);
  });

  it('labels an upstream image with the upstream repository, commit and ref', () => {
    expect(
      ociLabels(upstream, {
        event: {sourceUrl: 'https://github.com/o/r', headSha: 'abc'},
        now,
        date: 'd',
        upstream: {repository: 'https://x/y', commit: 'c0ffee'},
      }),
    ).toMatchObject({
      'org.opencontainers.image.source': 'https://x/y',
      'org.opencontainers.image.revision': 'c0ffee',
      'org.opencontainers.image.version': 'v1.2.3',
    });
  });
});
