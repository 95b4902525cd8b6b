/**
 * The fanned-out GitHub workflow's job graph: every (image directory, arch) its own job, in
 * dependency levels. A workflow cannot grow jobs at run time, so .github/workflows/hephy-builder.yml
 * has WORKFLOW_LEVELS levels of SHARDS_PER_LEVEL matrix jobs each (generated from these constants
 * by scripts/gen-docs.mjs), and one job per arch for whatever lies deeper.
 */
import {dependencyWaves} from './graph.js';
import {dirUnits, type DirUnit} from './child-groups.js';
import type {Plan} from './types.js';

/** Level jobs written into the workflow; images deeper than this go to the remainder job. */
export const WORKFLOW_LEVELS = 4;
/** The jobs one GitHub matrix may generate. */
export const MATRIX_LIMIT = 256;
/** Matrix jobs per level: 5 × 256 holds 600 images × 2 arches, each its own job. */
export const SHARDS_PER_LEVEL = 5;

/** One matrix job: `dirs` (one directory, or several in plan order past the shards' room) for `arch`. */
export interface LevelEntry {
  /** Unique in the run: the job uploads its `.tag` files as the artifact `hephy-tags-<id>`. */
  id: number;
  arch: string;
  /** Comma separated (GitLab's dotenv takes no spaces), in build order. */
  dirs: string;
  /** The artifacts holding the `.tag` files of the planned images these are built on; '' none. */
  after: string;
}

export interface Matrix {
  include: LevelEntry[];
}

export interface FanOut {
  /** Shard jobs used per level (0: the level is empty). */
  shards: number[];
  /** Matrix entries (jobs) per level, over all its shards. */
  jobs: number[];
  /** `matrices[level][shard]`, `shards[level]` of them per level. */
  matrices: Matrix[][];
  /** Directories deeper than WORKFLOW_LEVELS, built in plan order in one job per arch. */
  deeper: number;
  remainder: Matrix;
}

export interface FanOutLimits {
  levels: number;
  shards: number;
  matrix: number;
}

const GITHUB_LIMITS: FanOutLimits = {levels: WORKFLOW_LEVELS, shards: SHARDS_PER_LEVEL, matrix: MATRIX_LIMIT};

/** A level's (directory, arch) pairs: the units that are built here, each arch of each. */
type Pair = {arch: string; dirs: string[]};

/**
 * The plan's job graph. Level 1 holds the directories built on nothing in the plan; level n those
 * built on level n-1 (and nothing deeper), same arch. A level with more pairs than its shards hold
 * puts several directories of one arch into each job, in plan order.
 */
export function fanOut(plan: Plan, limits: FanOutLimits = GITHUB_LIMITS): FanOut {
  // A manual_build directory is not built, so nothing waits for it.
  const built = dirUnits(plan).filter((unit) => !unit.manual);
  const names = new Set(built.map((unit) => unit.dir));
  // An upstream image's Dockerfile is not cloned yet, so the `ARG <DEP>_TAG` it may build on
  // are unknown here: it waits for every directory before it in plan order (dependencies come
  // first), never racing an image it is built on in another job.
  const units = built.map((unit, index) => ({
    ...unit,
    dependsOn: unit.upstream
      ? built.slice(0, index).map((before) => before.dir)
      : unit.dependsOn.filter((dir) => names.has(dir)),
  }));
  const waves = dependencyWaves(units);
  const jobOf = new Map<string, number>();
  let nextId = 0;
  const entries = (pairs: Pair[]): LevelEntry[] => {
    const made = pairs.map((pair) => ({
      id: nextId++,
      arch: pair.arch,
      dirs: pair.dirs.join(','),
      after: afterPattern(pair, units, jobOf),
    }));
    for (const entry of made)
      for (const dir of entry.dirs.split(',')) jobOf.set(key(dir, entry.arch), entry.id);
    return made;
  };
  const matrices = waves
    .slice(0, limits.levels)
    .map((wave) => shard(entries(levelPairs(wave, limits.shards * limits.matrix)), limits.matrix));
  const deep = new Set(waves.slice(limits.levels).flat());
  const ordered = units.filter((unit) => deep.has(unit));
  const remainder = entries(archsOf(ordered).map((arch) => ({arch, dirs: dirsFor(ordered, arch)})));
  return {
    shards: Array.from({length: limits.levels}, (_, level) => matrices[level]?.length ?? 0),
    jobs: Array.from({length: limits.levels}, (_, level) =>
      (matrices[level] ?? []).reduce((sum, matrix) => sum + matrix.include.length, 0),
    ),
    matrices,
    deeper: ordered.length,
    remainder: {include: remainder},
  };
}

/** The `levels` output: the fan-out as compact JSON (GitHub caps a job's outputs at 1 MB). */
export function levelsOutput(plan: Plan): string {
  return JSON.stringify(fanOut(plan));
}

const key = (dir: string, arch: string) => `${arch}\n${dir}`;

function archsOf(units: readonly DirUnit[]): string[] {
  return [...new Set(units.flatMap((unit) => unit.archs))].sort();
}

function dirsFor(units: readonly DirUnit[], arch: string): string[] {
  return units.filter((unit) => unit.archs.includes(arch)).map((unit) => unit.dir);
}

/** One pair per directory and arch; past `room`, each arch's directories in runs of equal length. */
function levelPairs(wave: readonly DirUnit[], room: number): Pair[] {
  const pairs = wave.flatMap((unit) => unit.archs.map((arch) => ({arch, dirs: [unit.dir]})));
  if (pairs.length <= room) return pairs;
  const perJob = Math.ceil(pairs.length / room);
  return archsOf(wave).flatMap((arch) => {
    const dirs = dirsFor(wave, arch);
    return Array.from({length: Math.ceil(dirs.length / perJob)}, (_, i) => ({
      arch,
      dirs: dirs.slice(i * perJob, (i + 1) * perJob),
    }));
  });
}

/** Entries in as few matrices of at most `limit` as hold them, of nearly equal size. */
function shard(entries: LevelEntry[], limit: number): Matrix[] {
  const count = Math.ceil(entries.length / limit);
  const size = Math.ceil(entries.length / count);
  return Array.from({length: count}, (_, i) => ({include: entries.slice(i * size, (i + 1) * size)}));
}

/**
 * An artifact pattern for actions/download-artifact naming the `.tag` artifacts of the jobs this
 * pair's directories are built on, on its arch (a dependency in the pair itself is built first in
 * the same job). One name stands alone: minimatch reads `{x}` as the literal text.
 */
function afterPattern(pair: Pair, units: readonly DirUnit[], jobOf: ReadonlyMap<string, number>): string {
  const own = new Set(pair.dirs);
  const ids = new Set<number>();
  for (const unit of units.filter((u) => own.has(u.dir))) {
    for (const dep of unit.dependsOn) {
      const id = own.has(dep) ? undefined : jobOf.get(key(dep, pair.arch));
      if (id !== undefined) ids.add(id);
    }
  }
  const sorted = [...ids].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  return sorted.length === 1 ? `hephy-tags-${sorted[0]}` : `hephy-tags-{${sorted.join(',')}}`;
}
