/**
 * How the child pipeline's image directories are put into jobs: one job per directory, or, when
 * that would not fit GitLab's limits, groups of directories in dependency order.
 */
import {dependencyWaves} from './graph.js';
import type {Plan} from './types.js';

/** An image directory as the child pipeline sees it: targets of one directory build together. */
export interface DirUnit {
  dir: string;
  archs: string[];
  /** Directories of this plan that it is built on. */
  dependsOn: string[];
  upstream: boolean;
  manual: boolean;
}

/** Directories that share jobs; `after` are the indexes of the groups built before this one. */
export interface Group {
  name: string;
  units: DirUnit[];
  after: number[];
}

/** The plan's image directories in plan (dependency) order, with the planned directories each is built on. */
export function dirUnits(plan: Plan): DirUnit[] {
  // dependsOn holds image directories (a directory with targets: has several images).
  const planned = new Set(plan.images.map((image) => image.dir));
  const units = new Map<string, DirUnit>();
  for (const image of plan.images) {
    const unit = units.get(image.dir) ?? {
      dir: image.dir,
      archs: [],
      dependsOn: [],
      upstream: image.config.source.kind === 'upstream',
      manual: image.config.manualBuild,
    };
    for (const arch of image.archs) if (!unit.archs.includes(arch)) unit.archs.push(arch);
    for (const dep of image.dependsOn) {
      if (planned.has(dep) && dep !== image.dir && !unit.dependsOn.includes(dep)) unit.dependsOn.push(dep);
    }
    units.set(image.dir, unit);
  }
  return [...units.values()];
}

/**
 * The groupings to try, finest first: one group per directory; then dependency waves cut into
 * ever larger chunks; then runs of consecutive waves, down to one group holding everything. A
 * group is built after every group before it in the wave order, which orders every dependency
 * however deep, and build-arch builds a group's directories in plan (dependency) order.
 */
export function* groupings(units: DirUnit[]): Generator<Group[]> {
  const index = new Map(units.map((unit, i) => [unit.dir, i]));
  yield units.map((unit) => ({
    name: unit.dir,
    units: [unit],
    after: unit.dependsOn.map((dir) => index.get(dir) as number),
  }));
  const waves = dependencyWaves(units);
  const widest = Math.max(...waves.map((wave) => wave.length));
  for (let size = 2; size < widest * 2; size *= 2) yield chunkWaves(waves, Math.min(size, widest));
  for (let bands = Math.ceil(waves.length / 2); bands >= 1; bands = bands === 1 ? 0 : Math.ceil(bands / 2)) {
    yield bandWaves(waves, bands, units);
  }
}

function chunkWaves(waves: DirUnit[][], size: number): Group[] {
  const groups: Group[] = [];
  let previous: number[] = [];
  waves.forEach((wave, w) => {
    const current: number[] = [];
    for (let start = 0; start < wave.length; start += size) {
      current.push(groups.length);
      const part = wave.length > size ? `-${start / size + 1}` : '';
      groups.push({name: `wave-${w + 1}${part}`, units: wave.slice(start, start + size), after: previous});
    }
    previous = current;
  });
  return groups;
}

/** `count` groups of consecutive waves, each holding its directories in plan order. */
function bandWaves(waves: DirUnit[][], count: number, units: DirUnit[]): Group[] {
  const perBand = Math.ceil(waves.length / count);
  const groups: Group[] = [];
  for (let start = 0; start < waves.length; start += perBand) {
    const members = new Set(waves.slice(start, start + perBand).flat());
    const name = count === 1 ? 'all' : `waves-${start + 1}-${Math.min(start + perBand, waves.length)}`;
    groups.push({
      name,
      units: units.filter((unit) => members.has(unit)),
      after: groups.length ? [groups.length - 1] : [],
    });
  }
  return groups;
}
