import {describe, expect, it} from 'vitest';
import {cloneRepo, createRepo} from '../../helpers/git.js';
import {runGitHubStep} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';
import {pushPayload, readOutputFile} from './fixture.js';

const LOCAL = 'use_local_context: true\nplatforms: [linux/amd64]\n';

/**
 * `app` is built on `curl` through the digest-pinned ARG only (`ARG CURL_IMAGE`, as the docs
 * recommend); `docs-site` names an ARG that is no image (`ARG HUGO_IMAGE`). `app` sorts before
 * `curl`, so only the dependency puts it after.
 */
function pinnedMonorepo() {
  return createRepo({
    'curl/build-config.yaml': LOCAL,
    'curl/Dockerfile': 'FROM alpine\n',
    'app/build-config.yaml': LOCAL,
    'app/Dockerfile': 'ARG CURL_IMAGE\nFROM ${CURL_IMAGE}\nCOPY . /app\n',
    'docs-site/build-config.yaml': LOCAL,
    'docs-site/Dockerfile': 'ARG HUGO_IMAGE=hugo:latest\nFROM ${HUGO_IMAGE}\n',
  });
}

function run(cwd: string, eventName: string, event: unknown) {
  const outputDir = tempDir('hephy-out-');
  return runGitHubStep('prepare-diff', {
    cwd,
    eventName,
    event,
    inputs: {'output-dir': outputDir},
    env: {GITHUB_REF_NAME: 'main'},
  }).then((result) => {
    expect(result.exitCode, `${result.stdout}\n${result.stderr}`).toBe(0);
    return {...result, outputDir};
  });
}

describe('prepare-diff: ARG <DEP>_IMAGE alone declares a dependency', () => {
  it('a change to curl rebuilds the image built on CURL_IMAGE, after curl', async () => {
    const repo = pinnedMonorepo();
    const before = repo.head();
    const after = repo.commit('curl', {'curl/Dockerfile': 'FROM alpine:3.21\n'});
    const result = await run(cloneRepo(repo).dir, 'push', pushPayload(before, after));
    expect(result.outputs.dirs).toBe('curl app');
    expect(readOutputFile(result.outputDir, 'dirs.txt')).toBe('curl\napp\n');
    const plan = JSON.parse(readOutputFile(result.outputDir, 'plan.json') as string) as {
      images: {image: string; dependsOn: string[]; reasons: string[]}[];
    };
    expect(plan.images.find((image) => image.image === 'app')).toMatchObject({
      dependsOn: ['curl'],
      reasons: ['built on curl, which is rebuilt'],
    });
  });

  it('every image: the one built on CURL_IMAGE comes after curl', async () => {
    const result = await run(pinnedMonorepo().dir, 'workflow_dispatch', {});
    expect(result.outputs.dirs).toBe('curl app docs-site');
  });
});
