import {describe, expect, it} from 'vitest';
import {topologicalOrder, withDependents} from '../../../packages/core/src/plan/graph.js';

const graph = (entries: Record<string, string[]>) => new Map(Object.entries(entries));

describe('topologicalOrder', () => {
  it('puts dependencies first and otherwise keeps the input order', () => {
    const result = topologicalOrder(
      graph({app: ['manifest-tool'], curl: [], 'manifest-tool': ['curl'], zed: []}),
    );
    expect(result).toEqual({ok: true, order: ['curl', 'manifest-tool', 'app', 'zed']});
  });

  it('ignores dependencies outside the graph and on itself', () => {
    expect(topologicalOrder(graph({a: ['elsewhere', 'a'], b: []}))).toEqual({ok: true, order: ['a', 'b']});
  });

  it('reports a cycle as the path that closes it', () => {
    const result = topologicalOrder(graph({a: ['b'], b: ['c'], c: ['a'], d: []}));
    expect(result).toEqual({ok: false, cycle: ['a', 'b', 'c', 'a']});
  });

  it('handles a long chain without recursion trouble', () => {
    const entries: Record<string, string[]> = {};
    for (let i = 0; i < 3000; i++) entries[`n${i}`] = i === 0 ? [] : [`n${i - 1}`];
    const result = topologicalOrder(new Map(Object.entries(entries).reverse()));
    expect(result.ok && result.order.slice(0, 3)).toEqual(['n0', 'n1', 'n2']);
  });
});

describe('withDependents', () => {
  it('adds direct and indirect dependents, not dependencies', () => {
    const g = graph({curl: [], 'manifest-tool': ['curl'], app: ['manifest-tool'], base: [], other: ['base']});
    expect([...withDependents(g, ['curl'])].sort()).toEqual(['app', 'curl', 'manifest-tool']);
    expect([...withDependents(g, ['manifest-tool'])].sort()).toEqual(['app', 'manifest-tool']);
  });
});
