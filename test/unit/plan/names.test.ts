import {describe, expect, it} from 'vitest';
import {
  branchSuffix,
  cacheTag,
  extraTagRef,
  indexRef,
  archRef,
  resolveTagScheme,
} from '../../../packages/core/src/plan/names.js';
import {TAG_PATTERN} from '../../../packages/core/src/shared/reference.js';
import {
  formatReference,
  parseReference,
  parseRepository,
} from '../../../packages/core/src/registry/reference.js';

const options = {
  repository: parseRepository('reg.example.com/team/images/'),
  naming: 'tag-prefix' as const,
  date: '20251015',
};
const now = new Date('2025-10-15T12:00:00Z');
const names = (event: Parameters<typeof resolveTagScheme>[1]) => {
  const scheme = resolveTagScheme(options, event, now);
  return [formatReference(indexRef(scheme, 'curl')), formatReference(extraTagRef(scheme, 'curl', 'latest'))];
};

describe('resolveTagScheme', () => {
  it('gives a branch other than the default one its own names', () => {
    expect(names({kind: 'push', refName: 'Feature/X', refType: 'branch', defaultBranch: 'main'})).toEqual([
      'reg.example.com/team/images:curl-20251015-feature-x_02cc1910f5df',
      'reg.example.com/team/images:curl-latest-feature-x_02cc1910f5df',
    ]);
    expect(names({kind: 'push', refName: 'fix-1', refType: 'branch', defaultBranch: 'main'})[1]).toBe(
      'reg.example.com/team/images:curl-latest-fix-1',
    );
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

  it("never gives a branch whose name sanitises to nothing the default branch's names", () => {
    for (const refName of ['_', 'ü', '---', '']) {
      const [index, latest] = names({kind: 'push', refName, refType: 'branch', defaultBranch: 'main'});
      expect(index).toMatch(/^reg\.example\.com\/team\/images:curl-20251015-_[0-9a-f]{12}$/);
      expect(latest).toMatch(/^reg\.example\.com\/team\/images:curl-latest-_[0-9a-f]{12}$/);
    }
  });
});

describe('branchSuffix', () => {
  const branches = [
    '_',
    'ü',
    '---',
    '',
    'feature/x',
    'feature-x',
    'feature_x',
    'Feature-X',
    'feature-x_217d2bf51f16',
    `${'a'.repeat(40)}-one`,
    `${'a'.repeat(40)}-two`,
    `${'b'.repeat(40)}`,
    `${'b'.repeat(41)}`,
  ];

  it('gives every branch a non-empty suffix of its own that is a valid tag part', () => {
    const suffixes = branches.map(branchSuffix);
    expect(new Set(suffixes).size).toBe(branches.length);
    for (const suffix of suffixes) {
      expect(suffix).not.toBe('');
      // No longer than before hashes were added, so no tag that fitted grows past 128.
      expect(suffix.length).toBeLessThanOrEqual(40);
      expect(TAG_PATTERN.test(`curl-latest-${suffix}`)).toBe(true);
    }
  });

  it('is stable, and keeps a name that needs no sanitising as it is', () => {
    expect(branches.map(branchSuffix)).toEqual(branches.map(branchSuffix));
    expect(branchSuffix('feature-x')).toBe('feature-x');
    expect(branchSuffix('feature/x')).toMatch(/^feature-x_[0-9a-f]{12}$/);
    expect(branchSuffix('feature_x')).toMatch(/^feature-x_[0-9a-f]{12}$/);
  });
});

describe('names are references in the parsed repository', () => {
  const scheme = (repository: string, naming: 'tag-prefix' | 'repository') =>
    resolveTagScheme({repository: parseRepository(repository), naming, date: '20250101'}, {}, now);

  it.each([
    ['team/images', {kind: 'registry', host: 'index.docker.io', repository: 'team/images'}],
    [
      'registry.example.com:5000/team/images',
      {kind: 'registry', host: 'registry.example.com:5000', repository: 'team/images'},
    ],
    ['[::1]:5000/team/images', {kind: 'registry', host: '[::1]:5000', repository: 'team/images'}],
    ['oci:.hephy/images', {kind: 'layout', dir: '.hephy/images'}],
  ])('%s, tag-prefix: one repository, the image in the tag', (repository, base) => {
    expect(archRef(scheme(repository, 'tag-prefix'), 'curl', 'amd64')).toEqual({
      ...base,
      tag: 'curl-20250101-amd64',
    });
    expect(indexRef(scheme(repository, 'tag-prefix'), 'curl')).toEqual({...base, tag: 'curl-20250101'});
  });

  it.each([
    ['team', {kind: 'registry', host: 'index.docker.io', repository: 'team/curl'}],
    [
      'registry.example.com:5000/team',
      {kind: 'registry', host: 'registry.example.com:5000', repository: 'team/curl'},
    ],
    ['[::1]:5000/team', {kind: 'registry', host: '[::1]:5000', repository: 'team/curl'}],
    ['oci:.hephy/images', {kind: 'layout', dir: '.hephy/images/curl'}],
  ])('%s, repository: the image a repository under it', (repository, base) => {
    const names = scheme(repository, 'repository');
    expect(extraTagRef(names, 'curl', 'latest')).toEqual({...base, tag: 'latest'});
    // The formatted name is the one every request and every .tag file uses.
    expect(parseReference(formatReference(archRef(names, 'curl', 'amd64')))).toEqual({
      ...base,
      tag: '20250101-amd64',
    });
  });
});

describe('cacheTag', () => {
  const scheme = (naming: 'tag-prefix' | 'repository', date: string, refName?: string) =>
    resolveTagScheme(
      {repository: parseRepository('reg.example.com/team/images'), naming, date},
      refName ? {kind: 'push', refName, refType: 'branch', defaultBranch: 'main'} : {},
      now,
    );

  it.each(['tag-prefix', 'repository'] as const)(
    '%s: the same tag on every date, one per image and arch',
    (naming) => {
      const day1 = cacheTag(scheme(naming, '20251015'), 'curl', 'amd64');
      expect(cacheTag(scheme(naming, '20251016'), 'curl', 'amd64')).toBe(day1);
      expect(day1).toBe(naming === 'tag-prefix' ? 'curl-amd64' : 'amd64');
      expect(cacheTag(scheme(naming, '20251015'), 'curl', 'arm64')).not.toBe(day1);
      expect(day1).toMatch(TAG_PATTERN);
    },
  );

  it('gives a branch its own cache, so it never writes the default branch’s', () => {
    expect(cacheTag(scheme('tag-prefix', '20251015', 'feature-x'), 'curl', 'amd64')).toBe(
      'curl-feature-x-amd64',
    );
    expect(cacheTag(scheme('repository', '20251016', 'feature-x'), 'curl', 'amd64')).toBe('feature-x-amd64');
  });
});
