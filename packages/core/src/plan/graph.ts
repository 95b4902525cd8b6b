/**
 * Build order over a dependency graph: dependencies first, otherwise the input order, so the same
 * repository always gives the same order.
 */

/** `node` depends on each of `deps` (edges to nodes outside `nodes` are ignored). */
export type DependencyGraph = ReadonlyMap<string, readonly string[]>;

export type TopologicalResult = {ok: true; order: string[]} | {ok: false; cycle: string[]};

/**
 * Depth first, in input order: each node comes right after the last of its dependencies, and
 * otherwise where the input put it. Linear in nodes plus edges.
 */
export function topologicalOrder(graph: DependencyGraph): TopologicalResult {
  const state = new Map<string, 'visiting' | 'done'>();
  const order: string[] = [];
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    const seen = state.get(node);
    if (seen === 'done') return undefined;
    if (seen === 'visiting') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'visiting');
    stack.push(node);
    for (const dep of graph.get(node) ?? []) {
      if (dep === node || !graph.has(dep)) continue;
      const cycle = visit(dep);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    order.push(node);
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return {ok: false, cycle};
  }
  return {ok: true, order};
}

/**
 * `selected` plus every node that depends on one of them, directly or not. `graph` must hold
 * every node of the repository, not only the selected ones.
 */
export function withDependents(graph: DependencyGraph, selected: Iterable<string>): Set<string> {
  const dependents = new Map<string, string[]>();
  for (const [node, deps] of graph) {
    for (const dep of deps) {
      if (dep === node) continue;
      let list = dependents.get(dep);
      if (!list) dependents.set(dep, (list = []));
      list.push(node);
    }
  }
  const result = new Set(selected);
  const queue = [...result];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    for (const dependent of dependents.get(node) ?? []) {
      if (!result.has(dependent)) {
        result.add(dependent);
        queue.push(dependent);
      }
    }
  }
  return result;
}

/**
 * Nodes by depth: wave 0 depends on nothing listed, wave n on something in wave n-1 (and nothing
 * deeper). `nodes` must come dependencies first (plan order), so that every dependency's depth is
 * known when it is needed; a dependency not among `nodes` is ignored.
 */
export function dependencyWaves<T extends {dir: string; dependsOn: readonly string[]}>(
  nodes: readonly T[],
): T[][] {
  const depth = new Map<string, number>();
  const waves: T[][] = [];
  for (const node of nodes) {
    const level = Math.max(-1, ...node.dependsOn.map((dir) => depth.get(dir) ?? -1)) + 1;
    depth.set(node.dir, level);
    (waves[level] ??= []).push(node);
  }
  return waves;
}
