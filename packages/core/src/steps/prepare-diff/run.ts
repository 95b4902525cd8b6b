import {existsSync} from 'node:fs';
import path from 'node:path';
import {shortToken, UserError, UserErrors} from '../../errors.js';
import {resolveCommit} from '../../git/commits.js';
import {diffNameStatus} from '../../git/diff.js';
import type {HistoryContext} from '../../git/deepen.js';
import type {Ports} from '../../ports.js';
import {chooseBase} from '../../plan/base.js';
import {changedImageDirs} from '../../plan/changes.js';
import {indexDependencyArgs} from '../../plan/dependencies.js';
import {listImageDirs} from '../../plan/discover.js';
import {globMatcher} from '../../plan/glob.js';
import {withDependents, type DependencyGraph} from '../../plan/graph.js';
import {loadPlannedImages} from '../../plan/load.js';
import {neededArchs} from '../../plan/outputs.js';
import {scanDependencies, scanDependenciesWithGit} from '../../plan/prescan.js';
import {DEFAULT_REBUILD_LIST, parseRebuildList} from '../../plan/rebuild-list.js';
import type {Plan} from '../../plan/types.js';
import {isInside, readRepoFile, RepoFileError} from '../../repo-file.js';
import type {PrepareDiffInputs} from './inputs.js';
import {resolveBase, type ResolvedBase} from './resolve-base.js';

export interface PrepareDiffResult {
  plan: Plan;
  /** Things worth a line in the summary (README-only changes, skipped list entries). */
  notes: string[];
}

/** Image directories picked, each with why. */
type Selection = Map<string, string[]>;

/**
 * Plans the builds: chooses what to compare (or all, or the rebuild list), finds the image
 * directories that changed with ONE diff, adds their dependents, validates every planned config
 * and orders the images by dependency. Writes nothing: the caller writes files and outputs.
 */
export async function runPrepareDiff(inputs: PrepareDiffInputs, ports: Ports): Promise<PrepareDiffResult> {
  const root = path.resolve(inputs.root);
  if (!existsSync(root)) throw new UserError(`${inputs.root} does not exist`, {field: 'input root'});
  const choice = chooseBase({mode: inputs.mode, base: inputs.base, event: inputs.event});
  const context: HistoryContext = {exec: ports.exec, cwd: root, log: ports.log};
  const resolved =
    choice.kind === 'all' || choice.kind === 'list'
      ? choice
      : await resolveBase(context, choice, await headCommit(context, inputs.head));
  const notes: string[] = [];
  const {selection, imageDirs, graph} = await select(resolved, {inputs, root, ports, notes});
  if (inputs.includeDependents && resolved.kind !== 'all') addDependents(selection, root, imageDirs, graph);
  const images = await loadPlannedImages(root, [...selection.keys()].sort(), {imageDirs});
  if (inputs.requireReadme) checkReadmes(root, [...selection.keys()]);
  for (const image of images) {
    const reasons = selection.get(image.dir) ?? [];
    const planned = image.dependsOn.filter((dep) => selection.has(dep));
    image.reasons =
      reasons.length > 0 ? [...reasons] : planned.map((dep) => `built on ${dep}, which is rebuilt`);
  }
  const plan: Plan = {
    version: 1,
    mode:
      resolved.kind === 'diff'
        ? 'changed'
        : resolved.kind === 'all' && resolved.drift
          ? 'drift'
          : resolved.kind,
    ...(resolved.kind === 'diff' ? {base: resolved.base, head: resolved.head} : {}),
    why: resolved.why,
    images,
    archs: neededArchs(images),
  };
  return {plan, notes};
}

async function headCommit(context: HistoryContext, head: string): Promise<string> {
  const sha = /^-/.test(head) ? undefined : await resolveCommit(context.exec, context.cwd, head);
  if (sha === undefined) {
    throw new UserError(
      `head "${head}" is not a commit of this clone: check out the commit to build, or set head to one`,
      {
        field: 'input head',
      },
    );
  }
  return sha;
}

interface SelectContext {
  inputs: PrepareDiffInputs;
  root: string;
  ports: Ports;
  notes: string[];
}

interface Selected {
  selection: Selection;
  /** Every image directory under root. */
  imageDirs: string[];
  /** Every image directory's dependencies, when scanned already. */
  graph?: DependencyGraph;
}

async function select(resolved: ResolvedBase, context: SelectContext): Promise<Selected> {
  if (resolved.kind === 'diff') return fromDiff(resolved, context);
  const imageDirs = listImageDirs(context.root);
  if (resolved.kind === 'list') return {selection: fromRebuildList(context, imageDirs), imageDirs};
  return {selection: new Map(imageDirs.map((dir) => [dir, [resolved.why.replace(/.*: /, '')]])), imageDirs};
}

async function fromDiff(
  resolved: Extract<ResolvedBase, {kind: 'diff'}>,
  context: SelectContext,
): Promise<Selected> {
  const {exec} = context.ports;
  const diffing = diffNameStatus(exec, context.root, resolved.base, resolved.head);
  // While git computes the diff, a second git scans every image's dependencies (to find the
  // dependents of what changed) and we list the images: the three overlap instead of adding up.
  let listed: string[] | undefined;
  const listImages = () => (listed ??= listImageDirs(context.root));
  const scanning = context.inputs.includeDependents
    ? scanDependenciesWithGit(exec, context.root, listImages)
    : Promise.resolve(undefined);
  const imageDirs = listImages();
  const [changes, graph] = await Promise.all([diffing, scanning]);
  const images = new Set(imageDirs);
  const {changed, ignoredOnly} = changedImageDirs(changes, {
    isImageDir: (dir) => images.has(dir),
    ignored: globMatcher(context.inputs.ignore),
  });
  context.ports.log.info(`${changes.length} files changed; ${changed.size} image directories picked`);
  if (ignoredOnly.length > 0) {
    context.notes.push(
      `Not rebuilt, only ignored files changed (${context.inputs.ignore.join(', ')}): ${ignoredOnly.join(', ')}`,
    );
  }
  return {selection: changed, imageDirs, ...(graph ? {graph} : {})};
}

function fromRebuildList(context: SelectContext, imageDirs: readonly string[]): Selection {
  const {inputs, root} = context;
  // Relative to root, like the directories it lists: the default and an explicit
  // `rebuild-weekly.txt` are the same file whatever root is.
  const listed = inputs.rebuildList || DEFAULT_REBUILD_LIST;
  const file = path.resolve(root, listed);
  const shown = path.isAbsolute(listed) ? listed : path.join(inputs.root, listed);
  const text = readRebuildList(file, shown);
  const images = new Set(imageDirs);
  const selection: Selection = new Map();
  for (const entry of parseRebuildList(text)) {
    if (!images.has(entry.dir)) {
      const message = `${shortToken(entry.dir)} has no build-config.yaml under ${inputs.root}: skipped`;
      context.ports.log.warning(message, {file: shown, line: entry.line});
      context.notes.push(`${shown}:${entry.line}: ${message}`);
      continue;
    }
    selection.set(entry.dir, [`listed in ${path.basename(shown)}`]);
  }
  return selection;
}

/**
 * The rebuild list's text. A list in the checkout (the directory the step runs in) is a file of
 * the repository and read as one (readRepoFile: no symlink out, no .git, a regular file, capped);
 * a list elsewhere is one the workflow owner named by its absolute path, read with the same checks
 * in its own directory.
 */
function readRebuildList(file: string, shown: string): string {
  const checkout = path.resolve('.');
  const [base, relative] = isInside(checkout, file)
    ? [checkout, path.relative(checkout, file)]
    : [path.dirname(file), path.basename(file)];
  try {
    return readRepoFile(base, relative, {shown});
  } catch (error) {
    if (!(error instanceof RepoFileError)) throw error;
    const message =
      error.problem === 'missing'
        ? `the rebuild list ${shown} does not exist: create it (one image directory a line) or set rebuild-list`
        : `the rebuild list ${shown}: ${error.message}`;
    throw new UserError(message, {field: 'input rebuild-list'});
  }
}

/** Adds every image built on a selected one, found by a cheap scan of the other images. */
function addDependents(
  selection: Selection,
  root: string,
  imageDirs: readonly string[],
  scanned?: DependencyGraph,
): void {
  if (selection.size === 0) return;
  const graph =
    scanned ??
    scanDependencies(
      root,
      imageDirs.filter((dir) => !selection.has(dir)),
      indexDependencyArgs(imageDirs),
    );
  for (const dir of withDependents(graph, selection.keys())) {
    if (!selection.has(dir)) selection.set(dir, []);
  }
}

function checkReadmes(root: string, dirs: readonly string[]): void {
  const missing = dirs.filter((dir) => !existsSync(path.join(root, dir, 'README.md')));
  if (missing.length === 0) return;
  throw new UserErrors(
    missing.map(
      (dir) =>
        new UserError(
          `${dir} has no README.md, and require-readme is on: add ${dir}/README.md saying what the image is for`,
          {
            location: {file: `${dir}/build-config.yaml`},
            field: 'input require-readme',
          },
        ),
    ),
  );
}
