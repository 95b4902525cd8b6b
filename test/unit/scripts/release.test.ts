import {describe, expect, it} from 'vitest';
import {
  changelogSection,
  movesMajorTag,
  parseReleaseTag,
  releaseProblems,
} from '../../../scripts/release.mjs';

const CHANGELOG = [
  '# Changelog',
  '',
  '## Unreleased',
  '',
  '- next thing',
  '',
  '## 1.2.0 - 2026-12-01',
  '',
  '### Added',
  '- a feature',
  '',
  '## [1.1.0]',
  '- older',
  '',
].join('\n');

describe('scripts/release.mjs', () => {
  it.each([
    ['v1.2.3', {version: '1.2.3', major: 'v1', prerelease: false}],
    ['v0.10.0', {version: '0.10.0', major: 'v0', prerelease: false}],
    ['v2.0.0-rc.1', {version: '2.0.0-rc.1', major: 'v2', prerelease: true}],
  ])('reads the release tag %s', (tag, expected) => {
    expect(parseReleaseTag(tag)).toMatchObject(expected);
  });

  it.each(['1.2.3', 'v1.2', 'v01.2.3', 'v1.2.3.4', 'v1.2.3-', 'v1.2.3-rc..1', 'v1.2.3 ', 'v1.2.3\n'])(
    'refuses %j as a release tag',
    (tag) => {
      expect(parseReleaseTag(tag)).toBeUndefined();
      expect(
        releaseProblems(tag, {packageVersion: '1.2.3', coreVersion: '1.2.3', changelog: CHANGELOG}),
      ).toEqual([expect.stringContaining('is not a release tag')]);
    },
  );

  it("takes the release notes from the version's CHANGELOG section, up to the next one", () => {
    expect(changelogSection(CHANGELOG, '1.2.0')).toBe('### Added\n- a feature');
    expect(changelogSection(CHANGELOG, '1.1.0')).toBe('- older');
    expect(changelogSection(CHANGELOG, '1.2')).toBeUndefined();
    expect(changelogSection(CHANGELOG, '1.3.0')).toBeUndefined();
  });

  it('names every file that disagrees with the tag', () => {
    expect(
      releaseProblems('v1.2.0', {packageVersion: '1.2.0', coreVersion: '1.2.0', changelog: CHANGELOG}),
    ).toEqual([]);
    expect(
      releaseProblems('v1.3.0', {packageVersion: '1.2.0', coreVersion: '1.3.0', changelog: CHANGELOG}),
    ).toEqual([
      'package.json has version 1.2.0, the tag says 1.3.0',
      'CHANGELOG.md has no "## 1.3.0" section with the release\'s changes',
    ]);
    expect(
      releaseProblems('v1.2.0', {packageVersion: '1.2.0', coreVersion: undefined, changelog: CHANGELOG}),
    ).toEqual(['packages/core/src/version.ts has VERSION undefined, the tag says 1.2.0']);
  });

  it('moves the major tag only to the highest release of that major, never to a pre-release', () => {
    const tags = ['v1', 'v1.0.0', 'v1.2.0', 'v1.3.0-rc.1', 'v2.0.0'];
    expect(movesMajorTag('v1.2.1', [...tags, 'v1.2.1'])).toBe(true);
    expect(movesMajorTag('v1.1.5', [...tags, 'v1.1.5'])).toBe(false);
    expect(movesMajorTag('v1.4.0-rc.1', [...tags, 'v1.4.0-rc.1'])).toBe(false);
    expect(movesMajorTag('v1.10.0', [...tags, 'v1.9.0', 'v1.10.0'])).toBe(true);
    expect(movesMajorTag('v3.0.0', ['v3.0.0'])).toBe(true);
  });
});
