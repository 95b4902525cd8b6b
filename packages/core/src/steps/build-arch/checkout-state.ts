import {git} from '../../git/git.js';
import type {Exec} from '../../ports.js';
import {committedTree} from './fingerprint.js';

/**
 * Why the files of `dir` in the checkout may differ from what its committed tree says even when
 * `git status` is clean, or undefined when they cannot: a submodule (its tree holds only the
 * commit id; whether and how it is checked out is the runner's choice, and an uninitialised one
 * is an empty directory `git status` does not report) or a Git LFS file (the tree holds its
 * pointer; the checkout holds the pointer or the content, depending on the runner's `lfs`
 * setting). Either way the tree id does not decide the build context, so no fingerprint.
 */
export async function contentBeyondTree(exec: Exec, root: string, dir: string): Promise<string | undefined> {
  const listed = await git(exec, root, ['--literal-pathspecs', 'ls-files', '-s', '-z', '--', dir]);
  const entries = listed.split('\0').filter(Boolean);
  const submodule = entries.find((entry) => entry.startsWith('160000 '));
  if (submodule) return `${submodule.slice(submodule.indexOf('\t') + 1)} is a submodule`;
  const files = entries.map((entry) => entry.slice(entry.indexOf('\t') + 1));
  if (files.length === 0) return undefined;
  const attributes = await git(exec, root, ['check-attr', '-z', '--stdin', 'filter'], {
    input: `${files.join('\0')}\0`,
  });
  // `<path>\0filter\0<value>\0` per file.
  const fields = attributes.split('\0');
  for (let i = 0; i + 2 < fields.length; i += 3) {
    if (fields[i + 2] === 'lfs') return `${fields[i]} is a Git LFS file`;
  }
  return undefined;
}

/** The committed tree of an image directory, or why its checkout is not exactly that tree. */
export type CheckoutState = {tree: string} | {tree?: undefined; why: string};

/**
 * The checkout state of each image directory, asked once per run: the images of one
 * directory's `targets:` share it. The git questions of a directory are asked at once: they are
 * the most of a reused image's cost.
 */
export function checkoutStates(
  exec: Exec,
  root: string,
  ownOutput: readonly string[] = [],
): (dir: string) => Promise<CheckoutState> {
  const asked = new Map<string, Promise<CheckoutState>>();
  return (dir) => {
    let state = asked.get(dir);
    if (!state) {
      state = Promise.all([
        committedTree(exec, root, dir, ownOutput),
        contentBeyondTree(exec, root, dir).catch(() => 'its files could not be listed'),
      ]).then(([tree, beyond]): CheckoutState => {
        if (!tree) return {why: `${dir} is not committed as is`};
        return beyond ? {why: `${dir}: ${beyond}`} : {tree};
      });
      asked.set(dir, state);
    }
    return state;
  };
}
