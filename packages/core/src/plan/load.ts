import path from 'node:path';
import {loadBuildConfig} from '../config/load.js';
import {archLabel, formatPlatform} from '../shared/platform-spec.js';
import type {BuildConfig} from '../config/types.js';
import {UserError, UserErrors} from '../errors.js';
import {readRepoFile, RepoFileError} from '../repo-file.js';
import {dockerfileDependencies, indexDependencyArgs, type DependencyEdge} from './dependencies.js';
import {listImageDirs} from './discover.js';
import {topologicalOrder} from './graph.js';
import type {PlannedImage} from './types.js';

export interface LoadPlanOptions {
  /** Every image directory under root, when the caller has listed them already. */
  imageDirs?: readonly string[];
}

/**
 * The images of `dirs` (a `targets:` entry becomes `<dir>-<name>`), each with the image
 * directories it is built on (its `depends_on` and its Dockerfile's `ARG <DEP>_TAG` or `ARG <DEP>_IMAGE`), in build
 * order. Every config is validated; every problem of every directory is thrown together, and an
 * unknown dependency or a cycle names the file and line that declared it.
 */
export async function loadPlannedImages(
  root: string,
  dirs: readonly string[],
  options: LoadPlanOptions = {},
): Promise<PlannedImage[]> {
  const configs = await loadConfigs(root, dirs);
  const imageDirs = new Set(options.imageDirs ?? listImageDirs(root));
  const dirByArg = indexDependencyArgs(imageDirs);
  const problems: UserError[] = [];
  const edges = configs.flatMap((config) => {
    const declared = declaredDependencies(config, imageDirs, problems);
    return [...declared, ...dockerfileEdges(root, config, dirByArg, problems)];
  });
  const order = orderDirs(
    configs.map((c) => c.dir),
    edges,
    problems,
  );
  if (problems.length > 0) throw new UserErrors(problems);
  const byDir = new Map(configs.map((config) => [config.dir, config]));
  const deps = dependenciesByDir(edges);
  const images = order.flatMap((dir) => expandImages(byDir.get(dir) as BuildConfig, deps.get(dir) ?? []));
  checkUniqueNames(images);
  return images;
}

/**
 * Two images with one name would push the same tags and `.tag` files, each overwriting the other:
 * a root named `tools` with a `tools/` directory, or `foo` with target `bar` beside a `foo-bar/`.
 */
function checkUniqueNames(images: readonly PlannedImage[]): void {
  const first = new Map<string, PlannedImage>();
  const problems: UserError[] = [];
  for (const image of images) {
    const other = first.get(image.image);
    if (!other) {
      first.set(image.image, image);
      continue;
    }
    problems.push(
      new UserError(
        `the image name \`${image.image}\` is also the name of an image of ${other.config.file}: their tags would overwrite each other; rename a directory or a target`,
        {location: {file: image.config.file}},
      ),
    );
  }
  if (problems.length > 0) throw new UserErrors(problems);
}

async function loadConfigs(root: string, dirs: readonly string[]): Promise<BuildConfig[]> {
  // All at once: each load waits on several small file operations, so hundreds overlap well.
  const settled = await Promise.allSettled([...new Set(dirs)].map((dir) => loadBuildConfig(root, dir)));
  const problems: UserError[] = [];
  const configs: BuildConfig[] = [];
  for (const result of settled) {
    if (result.status === 'fulfilled') configs.push(result.value);
    else if (result.reason instanceof UserErrors) problems.push(...result.reason.errors);
    else if (result.reason instanceof UserError) problems.push(result.reason);
    else throw result.reason;
  }
  if (problems.length > 0) throw new UserErrors(problems);
  return configs;
}

/** `depends_on` entries, each checked to be an image directory of this repository. */
function declaredDependencies(
  config: BuildConfig,
  imageDirs: ReadonlySet<string>,
  problems: UserError[],
): DependencyEdge[] {
  return config.dependsOn.flatMap((dep, index) => {
    const field = `depends_on[${index}]`;
    const at = config.positions[field] ?? config.positions.depends_on;
    const location = {file: config.file, ...(at ? {line: at.line, column: at.column} : {})};
    const name = dep.replace(/\/+$/, '');
    if (name === config.dir) {
      problems.push(
        new UserError(`"${dep}" is this image itself: an image cannot depend on itself`, {location, field}),
      );
      return [];
    }
    if (!imageDirs.has(name)) {
      const known = [...imageDirs].slice(0, 10).join(', ');
      problems.push(
        new UserError(
          `"${dep}" is not an image directory of this repository (a directory next to this one holding a build-config.yaml; there are: ${known}${imageDirs.size > 10 ? ', ...' : ''})`,
          {location, field},
        ),
      );
      return [];
    }
    return [{dir: config.dir, dependsOn: name, via: 'depends_on' as const, location}];
  });
}

/** The local Dockerfile's `ARG <DEP>_TAG` and `ARG <DEP>_IMAGE` lines (an upstream source's Dockerfile is not here yet). */
function dockerfileEdges(
  root: string,
  config: BuildConfig,
  dirByArg: ReadonlyMap<string, string>,
  problems: UserError[],
): DependencyEdge[] {
  const relative = dockerfilePath(config);
  if (relative === undefined) return [];
  let text: string;
  try {
    const file = path.join(config.dir, config.contextPath, config.dockerfilePath);
    text = readRepoFile(root, file, {shown: relative});
  } catch (error) {
    if (!(error instanceof RepoFileError)) throw error;
    // ko and spin images have no Dockerfile; a missing one is the config validator's to report.
    if (error.problem !== 'missing') {
      const location = {file: config.file, ...config.positions.dockerfile_path};
      problems.push(new UserError(`${relative}: ${error.message}`, {location, field: 'dockerfile_path'}));
    }
    return [];
  }
  return dockerfileDependencies(config.dir, text, relative, dirByArg);
}

/** The Dockerfile as the user knows it (`curl/Dockerfile`), or undefined for an upstream source. */
export function dockerfilePath(config: BuildConfig): string | undefined {
  if (config.source.kind !== 'local') return undefined;
  return path.posix.join(path.posix.dirname(config.file), config.contextPath, config.dockerfilePath);
}

/** The directories in build order; a cycle is reported with every declaration that forms it. */
function orderDirs(
  dirs: readonly string[],
  edges: readonly DependencyEdge[],
  problems: UserError[],
): string[] {
  const graph = new Map<string, string[]>(dirs.map((dir) => [dir, []]));
  for (const edge of edges) graph.get(edge.dir)?.push(edge.dependsOn);
  const result = topologicalOrder(graph);
  if (result.ok) return result.order;
  const links = result.cycle.slice(1).map((to, i) => {
    const from = result.cycle[i] as string;
    const edge = edges.find((e) => e.dir === from && e.dependsOn === to) as DependencyEdge;
    const {file, line, column} = edge.location;
    const where = `${file}${line ? `:${line}` : ''}${line && column ? `:${column}` : ''}`;
    return `${from} -> ${to} (${where}: ${edge.via === 'ARG' ? `ARG ${edge.arg ?? to}` : 'depends_on'})`;
  });
  const first = edges.find(
    (e) => e.dir === result.cycle[0] && e.dependsOn === result.cycle[1],
  ) as DependencyEdge;
  problems.push(
    new UserError(`dependency cycle: ${result.cycle.join(' -> ')}; remove one of: ${links.join('; ')}`, {
      location: first.location,
    }),
  );
  return [];
}

function dependenciesByDir(edges: readonly DependencyEdge[]): Map<string, string[]> {
  const deps = new Map<string, string[]>();
  for (const edge of edges) {
    const list = deps.get(edge.dir) ?? [];
    if (!list.includes(edge.dependsOn)) list.push(edge.dependsOn);
    deps.set(edge.dir, list);
  }
  return deps;
}

/** One image per directory, or one per `targets:` entry (`<dir>-<name>`). */
export function expandImages(config: BuildConfig, dependsOn: string[]): PlannedImage[] {
  const platforms = config.platforms.length > 0 ? config.platforms : (config.ko?.platforms ?? []);
  const common = {
    dir: config.dir,
    platforms: platforms.map(formatPlatform),
    archs: [...new Set(platforms.map(archLabel))],
    dependsOn,
    reasons: [],
    config,
  };
  if (config.targets.length === 0) {
    return [
      {...common, image: config.name, target: config.target, additionalTags: [...config.additionalTags]},
    ];
  }
  return config.targets.map((target) => ({
    ...common,
    image: `${config.name}-${target.name}`,
    target: target.target,
    additionalTags: [...new Set([...config.additionalTags, ...target.additionalTags])],
    reasons: [],
  }));
}
