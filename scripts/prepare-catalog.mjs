#!/usr/bin/env node
// Prepares the tree of the GitLab CI/CD catalog project that publishes hephy-builder's components:
//   templates/<component>.yml   from gitlab-components/templates/
//   README.md                   gitlab-components/README.md, its examples pinned to this version
//   .gitlab-ci.yml              tags the runner image with each commit's SHA (for includes by SHA,
//                               where GitLab gives the components no version) and creates the
//                               catalog release on a version tag (the `release:` keyword)
//
//   node scripts/prepare-catalog.mjs --version 1.2.3 --out ../catalog [--image-repository REPO]
//
// --out may be a checkout of the catalog project: only the three entries above are replaced.
// The release path is described in docs/gitlab.md ("Releases").
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_IMAGE_REPOSITORY = 'registry.gitlab.com/kingdon-ci/hephy-builder/runner';
// The catalog accepts semantic versions only (GitLab 16.10+).
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/;

function fail(message) {
  process.stderr.write(`prepare-catalog: ${message}\n`);
  process.exit(2);
}

function options() {
  const {values} = parseArgs({
    options: {version: {type: 'string'}, out: {type: 'string'}, 'image-repository': {type: 'string'}},
  });
  if (!values.version || !SEMVER.test(values.version)) {
    fail(`--version must be a semantic version such as 1.2.3 (got ${JSON.stringify(values.version ?? '')})`);
  }
  if (!values.out) fail('--out <directory> is required');
  const imageRepository = values['image-repository'] ?? DEFAULT_IMAGE_REPOSITORY;
  if (!/^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._-]+)+$/.test(imageRepository)) {
    fail(`--image-repository is not a repository reference: ${imageRepository}`);
  }
  return {version: values.version, out: path.resolve(values.out), imageRepository};
}

function templates(imageRepository) {
  const dir = path.join(root, 'gitlab-components', 'templates');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml'))
    .map((name) => {
      const text = readFileSync(path.join(dir, name), 'utf8');
      if (!text.includes(DEFAULT_IMAGE_REPOSITORY)) fail(`${name} does not default image-repository`);
      return {name, text: text.replaceAll(DEFAULT_IMAGE_REPOSITORY, imageRepository)};
    });
}

function readme(version, imageRepository) {
  const text = readFileSync(path.join(root, 'gitlab-components', 'README.md'), 'utf8');
  return text
    .replace(/@1\.0\.0\b/g, `@${version}`)
    .replace(/:1\.0\.0\b/g, `:${version}`)
    .replaceAll(DEFAULT_IMAGE_REPOSITORY, imageRepository);
}

function pipeline(version, imageRepository) {
  return `# Written by hephy-builder's scripts/prepare-catalog.mjs for ${version}; do not edit here.
variables:
  HEPHY_VERSION: "${version}"
  HEPHY_RUNNER: "${imageRepository}"

# Includes by SHA (and this project's own pipelines) run the runner images tagged with the commit:
# the runner, and the kaniko and BuildKit images the child pipeline names after it.
tag-runner-image:
  stage: build
  image: {name: "${imageRepository}:${version}", entrypoint: [""]}
  script:
    - skopeo login --username "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY" <<< "$CI_REGISTRY_PASSWORD"
    - for image in "$HEPHY_RUNNER" "$HEPHY_RUNNER-kaniko" "$HEPHY_RUNNER-buildkit"; do skopeo copy --all --preserve-digests "docker://$image:$HEPHY_VERSION" "docker://$image:$CI_COMMIT_SHA"; done

# The components as a user includes them, at this commit: the pipeline's jobs must be there.
test-components:
  stage: test
  trigger:
    include:
      - local: .gitlab/component-test.yml
    strategy: depend
  rules:
    - if: $CI_COMMIT_TAG == null

create-release:
  stage: deploy
  image: registry.gitlab.com/gitlab-org/cli:latest
  script: echo "Releasing hephy-builder components $CI_COMMIT_TAG"
  rules:
    - if: $CI_COMMIT_TAG == $HEPHY_VERSION
  release:
    tag_name: $CI_COMMIT_TAG
    description: "hephy-builder $CI_COMMIT_TAG: components and runner image ${imageRepository}:$CI_COMMIT_TAG"
`;
}

function componentTest() {
  return `include:
  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/pipeline@$CI_COMMIT_SHA
    inputs:
      push: false
      mode: all
`;
}

function write(out, files) {
  mkdirSync(out, {recursive: true});
  const foreign = readdirSync(out).filter(
    (e) => !['.git', 'templates', 'README.md', '.gitlab-ci.yml', '.gitlab'].includes(e),
  );
  if (foreign.length > 0 && !existsSync(path.join(out, '.git'))) {
    fail(
      `${out} holds other files (${foreign.slice(0, 3).join(', ')}): give an empty directory or a checkout of the catalog project`,
    );
  }
  rmSync(path.join(out, 'templates'), {recursive: true, force: true});
  mkdirSync(path.join(out, 'templates'));
  mkdirSync(path.join(out, '.gitlab'), {recursive: true});
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(out, file), text);
}

const {version, out, imageRepository} = options();
const files = {
  'README.md': readme(version, imageRepository),
  '.gitlab-ci.yml': pipeline(version, imageRepository),
  '.gitlab/component-test.yml': componentTest(),
};
for (const {name, text} of templates(imageRepository)) files[`templates/${name}`] = text;
write(out, files);
process.stdout.write(
  `prepared the catalog tree for ${version} in ${out}: ${Object.keys(files).length} files\n`,
);
