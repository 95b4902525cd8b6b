import {describe, expect, it} from 'vitest';
import type {BuildConfig} from '../../../packages/core/src/config/types.js';
import {
  MAX_COMMENT_CHARS,
  PR_PLAN_MARKER,
  prPlanComment,
  prPlanMarkdown,
  type TagMovement,
} from '../../../packages/core/src/plan/pr-plan.js';
import type {Plan} from '../../../packages/core/src/plan/types.js';
import {elementNames, renderGfm, tableRows} from '../../helpers/markdown.js';

const plan: Plan = {
  version: 1,
  mode: 'changed',
  why: 'pull_request: changes since the merge-base with main',
  archs: ['amd64'],
  images: [
    {
      image: 'curl',
      dir: 'curl',
      target: '',
      platforms: ['linux/amd64'],
      archs: ['amd64'],
      additionalTags: ['latest'],
      dependsOn: [],
      reasons: ['added curl/</td><script>x</script>'],
      config: {manualBuild: false} as BuildConfig,
    },
  ],
};
const movement = (tag: string, now: TagMovement['now'], role: TagMovement['role']): TagMovement => ({
  image: 'curl',
  reference: `r.example/t:${tag}`,
  role,
  now,
});
const movements = [
  movement('curl-1-amd64', {state: 'present', digest: 'sha256:aa'}, {kind: 'arch', arch: 'amd64'}),
  movement('curl-1', {state: 'absent'}, {kind: 'index'}),
  movement(
    'curl-latest',
    {state: 'unknown', why: '401 <b>denied</b>'},
    {kind: 'extra', index: 'r.example/t:curl-1'},
  ),
];

describe('prPlanMarkdown', () => {
  it('lists every tag with the digest it points at now and what replaces it', () => {
    const rows = tableRows(renderGfm(prPlanMarkdown(plan, [], {movements, repository: 'r.example/t'})));
    expect(rows.slice(-3)).toEqual([
      ['curl', 'r.example/t:curl-1-amd64', 'sha256:aa', 'the amd64 image built by this run'],
      ['curl', 'r.example/t:curl-1', 'new', 'the multi-arch index of this run'],
      ['curl', 'r.example/t:curl-latest', 'unknown (401 <b>denied</b>)', 'the index r.example/t:curl-1'],
    ]);
  });

  it('renders no HTML of the repository’s or the registry’s words', () => {
    const html = renderGfm(prPlanComment(prPlanMarkdown(plan, [], {movements})));
    expect(elementNames(html)).not.toContain('script');
    expect(elementNames(html)).not.toContain('b');
  });

  it('says under the table that reuse is decided at build time (the plan cannot know it)', () => {
    for (const markdown of [prPlanMarkdown(plan, [], {movements}), prPlanMarkdown(plan, [], {})]) {
      expect(markdown.trimEnd().split('\n').at(-1)).toMatch(
        /^An image whose fingerprint is already in the registry is reused at build time .*, not built: see "Fingerprints and reuse" in docs\/backends\.md\.$/,
      );
    }
  });

  it('of a run that does not push: says so in the heading, and names the tags with no move', () => {
    const tags = movements.map(({image, reference, role}) => ({image, reference, role}));
    const markdown = prPlanMarkdown(plan, [], {push: false, repository: 'r.example/t', tags});
    const html = renderGfm(markdown);
    expect(html).toContain('<h4>Tags: this run pushes nothing</h4>');
    expect(markdown).toContain('without pushing them');
    // The images and their platforms are there as on a pushing run.
    expect(tableRows(html)).toContainEqual([
      '1',
      'curl',
      'curl',
      'linux/amd64',
      'added curl/</td><script>x</script>',
    ]);
    expect(tableRows(html).slice(-3)).toEqual([
      ['curl', 'r.example/t:curl-1-amd64', 'not pushed'],
      ['curl', 'r.example/t:curl-1', 'not pushed'],
      ['curl', 'r.example/t:curl-latest', 'not pushed'],
    ]);
    // No move, no digest, no reuse: nothing of a push is promised.
    expect(markdown).not.toMatch(/would move|after this run|sha256:|reused/);
    const bare = prPlanMarkdown(plan, [], {push: false});
    expect(bare).toContain('#### Tags: this run pushes nothing');
    expect(bare).not.toContain('No `repository` input');
  });

  it('without a repository says why no tags are listed; the comment starts with the marker', () => {
    expect(prPlanMarkdown(plan, [], {})).toContain('No `repository` input');
    expect(prPlanComment('x').split('\n')[0]).toBe(PR_PLAN_MARKER);
  });

  it('too long for a comment, points at the job summary instead (GitHub refuses more than 65536)', () => {
    const long = 'x'.repeat(MAX_COMMENT_CHARS);
    const comment = prPlanComment(long, 'https://github.com/o/r/actions/runs/1');
    expect(comment.length).toBeLessThan(500);
    expect(comment).toContain('[the job summary](https://github.com/o/r/actions/runs/1)');
    expect(prPlanComment(long, 'javascript:alert(1)')).not.toContain('](');
  });
});
