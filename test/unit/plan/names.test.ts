import {describe, expect, it} from 'vitest';
import {extraTagRef, formatRef, indexRef, resolveTagScheme} from '../../../packages/core/src/plan/names.js';

const options = {repository: 'reg.example.com/team/images/', naming: 'tag-prefix' as const, date: '20251015'};
const now = new Date('2025-10-15T12:00:00Z');
const names = (event: Parameters<typeof resolveTagScheme>[1]) => {
  const scheme = resolveTagScheme(options, event, now);
  return [formatRef(indexRef(scheme, 'curl')), formatRef(extraTagRef(scheme, 'curl', 'latest'))];
};

describe('resolveTagScheme', () => {
  it('gives a branch other than the default one its own names', () => {
    expect(names({kind: 'push', refName: 'Feature/X', refType: 'branch', defaultBranch: 'main'})).toEqual([
      'reg.example.com/team/images:curl-20251015-feature-x',
      'reg.example.com/team/images:curl-latest-feature-x',
    ]);
  });

  it('gives the default branch plain names', () => {
    expect(names({kind: 'push', refName: 'main', refType: 'branch', defaultBranch: 'main'})).toEqual([
      'reg.example.com/team/images:curl-20251015',
      'reg.example.com/team/images:curl-latest',
    ]);
  });

  it('gives a tag push plain names, not the tag as a branch', () => {
    expect(names({kind: 'push', refName: 'v1.2.3', refType: 'tag', defaultBranch: 'main'})).toEqual([
      'reg.example.com/team/images:curl-20251015',
      'reg.example.com/team/images:curl-latest',
    ]);
  });

  it("names a pull request after its head branch, even one named like the default branch (a fork's main)", () => {
    expect(names({kind: 'pull_request', refName: 'fix-1', refType: 'branch', defaultBranch: 'main'})).toEqual(
      ['reg.example.com/team/images:curl-20251015-fix-1', 'reg.example.com/team/images:curl-latest-fix-1'],
    );
    expect(names({kind: 'pull_request', refName: 'main', defaultBranch: 'main'})[0]).toBe(
      'reg.example.com/team/images:curl-20251015-main',
    );
  });

  it('gives plain names where the default branch is unknown (a local run), dated today by default', () => {
    expect(names({refName: 'feature'})[0]).toBe('reg.example.com/team/images:curl-20251015');
    expect(resolveTagScheme({...options, date: ''}, {}, now).date).toBe('20251015');
  });
});
