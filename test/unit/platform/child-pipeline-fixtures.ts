/** Plans and options the child pipeline tests render from. */
import {parse} from 'yaml';
import type {BackendName, BuildConfig} from '../../../packages/core/src/config/types.js';
import {
  type ChildPipelineOptions,
  renderGitLabChildPipeline,
} from '../../../packages/core/src/platform/gitlab-pipeline.js';
import type {Plan, PlannedImage} from '../../../packages/core/src/plan/types.js';

export interface ImageSpec {
  dir?: string;
  archs?: string[];
  dependsOn?: string[];
  upstream?: boolean;
  manual?: boolean;
  /** build_backend */
  backend?: BackendName;
}

export function planned(image: string, spec: ImageSpec = {}): PlannedImage {
  const dir = spec.dir ?? image;
  const archs = spec.archs ?? ['amd64', 'arm64'];
  const config = {
    file: `${dir}/build-config.yaml`,
    dir,
    name: dir,
    source: spec.upstream
      ? {kind: 'upstream', repo: 'https://example.com/x.git', ref: 'v1', submodules: false}
      : {kind: 'local'},
    dockerfilePath: 'Dockerfile',
    contextPath: '.',
    target: '',
    targets: [],
    buildArgs: [],
    platforms: archs.map((a) => ({os: 'linux', architecture: a})),
    additionalTags: ['latest'],
    manualBuild: spec.manual ?? false,
    manualImages: {},
    dependsOn: spec.dependsOn ?? [],
    cache: false,
    ...(spec.backend ? {buildBackend: spec.backend} : {}),
    positions: {},
  } as BuildConfig;
  return {
    image,
    dir,
    target: '',
    platforms: archs.map((a) => `linux/${a}`),
    archs,
    additionalTags: ['latest'],
    dependsOn: spec.dependsOn ?? [],
    reasons: ['changed'],
    config,
  };
}

export function plan(images: PlannedImage[]): Plan {
  return {version: 1, mode: 'changed', images, archs: [...new Set(images.flatMap((i) => i.archs))].sort()};
}

export const options: ChildPipelineOptions = {
  image: 'registry.gitlab.com/kingdon-ci/hephy-builder/runner:0.1.0',
  distDir: '/opt/hephy-builder/dist',
  backendImages: {},
  outputDir: '.',
  runnerTags: {amd64: 'saas-linux-small-amd64', arm64: 'saas-linux-small-arm64'},
  inputs: {repository: 'registry.example.com/team/images', naming: 'tag-prefix', date: '20251015'},
  buildInputs: {backend: 'buildah', cache: ''},
  retagInputs: {tags: ''},
  push: true,
  awsRoleArn: '',
  oidcAudience: '',
  maxJobs: 200,
};

export type Job = {
  tags?: string[];
  needs?: {job: string; artifacts: boolean}[];
  variables?: Record<string, string>;
  script: string[];
  stage?: string;
  when?: string;
  image: string;
};

export function render(p: Plan, extra: Partial<ChildPipelineOptions> = {}) {
  const text = renderGitLabChildPipeline(p, {...options, ...extra});
  const doc = parse(text) as Record<string, unknown>;
  const jobs = Object.fromEntries(
    Object.entries(doc).filter(([name]) => !['stages', 'variables'].includes(name)),
  ) as Record<string, Job>;
  return {text, doc, jobs};
}

export const needsOf = (job: Job | undefined) => (job?.needs ?? []).map((n) => n.job);
