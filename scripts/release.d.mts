// Types of scripts/release.mjs, for the tests that import it.
export interface ReleaseTag {
  tag: string;
  version: string;
  major: string;
  numbers: [number, number, number];
  prerelease: boolean;
}
export const RELEASE_TAG: RegExp;
export function parseReleaseTag(tag: string): ReleaseTag | undefined;
export function changelogSection(changelog: string, version: string): string | undefined;
export function releaseProblems(
  tag: string,
  files: {packageVersion: string; coreVersion: string | undefined; changelog: string},
): string[];
export function movesMajorTag(tag: string, tags: readonly string[]): boolean;
