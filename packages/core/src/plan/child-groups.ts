/**
 * How the child pipeline's image directories are put into jobs: one job per directory, or, when
 * that would not fit GitLab's limits, groups of directories in dependency order.
 */
import type {BackendName} from '../config/types.js';
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
  /** The directory's `build_backend`; undefined: the `backend` input decides. */
  backend?: BackendName;
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
      ...(image.config.buildBackend ? {backend: image.config.buildBackend} : {}),
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
 * `jobKind` says which directories may share a job (those built in the same runner image): a
 * group holding several kinds is cut into one group per kind.
 */
export function* groupings(
  units: DirUnit[],
  jobKind: (unit: DirUnit) => string = () => '',
): Generator<Group[]> {
  const index = new Map(units.map((unit, i) => [unit.dir, i]));
  yield units.map((unit) => ({
    name: unit.dir,
    units: [unit],
    after: unit.dependsOn.map((dir) => index.get(dir) as number),
  }));
  const waves = dependencyWaves(units);
  const widest = Math.max(...waves.map((wave) => wave.length));
  for (let size = 2; size < widest * 2; size *= 2) {
    yield splitByKind(chunkWaves(waves, Math.min(size, widest)), jobKind, true);
  }
  for (let bands = Math.ceil(waves.length / 2); bands >= 1; bands = bands === 1 ? 0 : Math.ceil(bands / 2)) {
    yield splitByKind(bandWaves(waves, bands, units), jobKind, false);
  }
}

/**
 * Each group holding several kinds cut into one group per kind, named `<group>-<n>`. The
 * directories of one wave do not depend on each other, so its parts run side by side; a band of
 * several waves is cut into runs of consecutive directories (plan order), each after the run
 * before it, so a dependency inside the band stays ordered. Groups that came after the whole
 * group come after its parts (the last run of a band, which follows all the others).
 */
function splitByKind(groups: Group[], jobKind: (unit: DirUnit) => string, oneWave: boolean): Group[] {
  const partsOf = groups.map((group) => {
    const parts: DirUnit[][] = [];
    for (const unit of group.units) {
      const kind = jobKind(unit);
      const same = oneWave ? parts.find((part) => jobKind(part[0] as DirUnit) === kind) : parts.at(-1);
      if (same && jobKind(same[0] as DirUnit) === kind) same.push(unit);
      else parts.push([unit]);
    }
    return parts;
  });
  if (partsOf.every((parts) => parts.length === 1)) return groups;
  const first: number[] = [];
  let next = 0;
  for (const parts of partsOf) {
    first.push(next);
    next += parts.length;
  }
  const exits = (g: number): number[] => {
    const count = partsOf[g]?.length ?? 0;
    const start = first[g] as number;
    return oneWave ? Array.from({length: count}, (_, i) => start + i) : [start + count - 1];
  };
  return groups.flatMap((group, g) =>
    (partsOf[g] as DirUnit[][]).map((units, p, parts) => ({
      name: parts.length === 1 ? group.name : `${group.name}-${p + 1}`,
      units,
      after: p === 0 || oneWave ? group.after.flatMap(exits) : [(first[g] as number) + p - 1],
    })),
  );
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
