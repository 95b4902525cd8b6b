#!/usr/bin/env node
// The checks and decisions of a release (.github/workflows/release.yml, docs/releasing.md):
//
//   node scripts/release.mjs check vX.Y.Z [--notes FILE]
//     the tag is a semantic version, package.json and packages/core/src/version.ts say X.Y.Z,
//     and CHANGELOG.md has a `## X.Y.Z` section (written to FILE as the release notes); prints
//     version=, major= and prerelease= lines for GITHUB_OUTPUT. Exit 1 with every problem.
//   node scripts/release.mjs major vX.Y.Z
//     prints move=true when the major tag (v1) should point at this release: not a pre-release,
//     and no release of the same major above it (a patch of an older minor leaves v1 alone).
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `vMAJOR.MINOR.PATCH[-PRERELEASE]`: the GitHub tag; the GitLab catalog gets it without the `v`. */
export const RELEASE_TAG =
  /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/** The parts of a release tag, or undefined when it is not one. */
export function parseReleaseTag(tag) {
  const match = RELEASE_TAG.exec(tag);
  if (!match) return undefined;
  const [, major, minor, patch, prerelease] = match;
  return {
    tag,
    version: tag.slice(1),
    major: `v${major}`,
    numbers: [Number(major), Number(minor), Number(patch)],
    prerelease: prerelease !== undefined,
  };
}

/** The text under `## X.Y.Z` (or `## [X.Y.Z]`, with anything after it on the line) up to the next `## `. */
export function changelogSection(changelog, version) {
  const lines = changelog.split('\n');
  const heading = new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
  return body || undefined;
}

/** Every reason the tag cannot be released from these files ([] = it can). */
export function releaseProblems(tag, files) {
  const release = parseReleaseTag(tag);
  if (!release) return [`tag "${tag}" is not a release tag vMAJOR.MINOR.PATCH[-PRERELEASE] (like v1.2.3)`];
  const problems = [];
  if (files.packageVersion !== release.version)
    problems.push(`package.json has version ${files.packageVersion}, the tag says ${release.version}`);
  if (files.coreVersion !== release.version)
    problems.push(
      `packages/core/src/version.ts has VERSION ${files.coreVersion}, the tag says ${release.version}`,
    );
  if (!changelogSection(files.changelog, release.version))
    problems.push(`CHANGELOG.md has no "## ${release.version}" section with the release's changes`);
  return problems;
}

/** Whether `tag` is the highest non-pre-release of its major among `tags` (itself included). */
export function movesMajorTag(tag, tags) {
  const release = parseReleaseTag(tag);
  if (!release || release.prerelease) return false;
  return tags
    .map(parseReleaseTag)
    .filter((other) => other && !other.prerelease && other.major === release.major)
    .every((other) => compareNumbers(other.numbers, release.numbers) <= 0);
}

function compareNumbers(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function readFiles() {
  const read = (file) => readFileSync(path.join(root, file), 'utf8');
  return {
    packageVersion: JSON.parse(read('package.json')).version,
    coreVersion: /VERSION = '([^']*)'/.exec(read('packages/core/src/version.ts'))?.[1],
    changelog: read('CHANGELOG.md'),
  };
}

function main(argv) {
  const [command, tag = '', ...rest] = argv;
  if (command === 'check') {
    const files = readFiles();
    const problems = releaseProblems(tag, files);
    if (problems.length > 0) {
      for (const problem of problems) process.stderr.write(`release: ${problem}\n`);
      return 1;
    }
    const release = parseReleaseTag(tag);
    const notes = rest[0] === '--notes' ? rest[1] : undefined;
    if (notes) writeFileSync(notes, `${changelogSection(files.changelog, release.version)}\n`);
    process.stdout.write(
      `version=${release.version}\nmajor=${release.major}\nprerelease=${release.prerelease}\n`,
    );
    return 0;
  }
  if (command === 'major') {
    const release = parseReleaseTag(tag);
    if (!release) {
      process.stderr.write(`release: tag "${tag}" is not a release tag like v1.2.3\n`);
      return 1;
    }
    const tags = execFileSync('git', ['tag', '--list', `${release.major}.*`], {encoding: 'utf8'});
    const move = movesMajorTag(tag, [tag, ...tags.split('\n').filter(Boolean)]);
    process.stdout.write(`move=${move}\nmajor=${release.major}\n`);
    return 0;
  }
  process.stderr.write('usage: node scripts/release.mjs check|major vX.Y.Z [--notes FILE]\n');
  return 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
