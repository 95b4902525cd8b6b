import {describe, expect, it} from 'vitest';
import {UserError} from '../../../packages/core/src/errors.js';
import {chooseBase, type BaseChoice, type Mode} from '../../../packages/core/src/plan/base.js';
import type {CiEvent} from '../../../packages/core/src/shared/event.js';

const BEFORE = '1'.repeat(40);
const BASE = '2'.repeat(40);
const ZERO = '0'.repeat(40);
const common = {defaultBranch: 'main', headSha: '3'.repeat(40)};

const push: CiEvent = {...common, kind: 'push', name: 'push', refName: 'main', before: BEFORE};
const newBranch: CiEvent = {...common, kind: 'push', name: 'push', refName: 'feature', before: ZERO};
const firstPush: CiEvent = {...common, kind: 'push', name: 'push', refName: 'main', before: ZERO};
const forced: CiEvent = {...push, refName: 'feature', forced: true};
const pr: CiEvent = {
  ...common,
  kind: 'pull_request',
  name: 'pull_request',
  baseSha: BASE,
  baseRef: 'main',
  refName: 'feature',
};
const mrNoSha: CiEvent = {...common, kind: 'pull_request', name: 'merge_request_event', baseRef: 'main'};
const schedule: CiEvent = {...common, kind: 'schedule', name: 'schedule', refName: 'main'};
const manual: CiEvent = {...common, kind: 'manual', name: 'workflow_dispatch', refName: 'main'};
const local: CiEvent = {kind: 'other', name: 'local'};
const noDefault: CiEvent = {kind: 'push', name: 'push', refName: 'feature', before: ZERO};

const table: [string, Mode, string, CiEvent, Partial<BaseChoice>][] = [
  ['push compares with before', 'auto', '', push, {kind: 'push', before: BEFORE}],
  [
    'a new branch compares with the default branch',
    'auto',
    '',
    newBranch,
    {kind: 'branch-point', defaultBranch: 'main'},
  ],
  ['the first push of the default branch builds all', 'auto', '', firstPush, {kind: 'all'}],
  ['a new branch without a known default branch builds all', 'auto', '', noDefault, {kind: 'all'}],
  ['a force push is a new branch', 'auto', '', forced, {kind: 'branch-point', defaultBranch: 'main'}],
  [
    'a pull request compares with base.sha',
    'auto',
    '',
    pr,
    {kind: 'compare', rev: BASE, branch: 'main', explicit: false},
  ],
  [
    'a merge request without diff base uses the target branch',
    'auto',
    '',
    mrNoSha,
    {kind: 'compare', rev: 'refs/remotes/origin/main', branch: 'main'},
  ],
  ['a schedule rebuilds the list', 'auto', '', schedule, {kind: 'list'}],
  ['a manual run builds all', 'auto', '', manual, {kind: 'all'}],
  ['a local run builds all', 'auto', '', local, {kind: 'all'}],
  ['an explicit base wins over a push', 'auto', 'v1.0', push, {kind: 'compare', rev: 'v1.0', explicit: true}],
  [
    'an explicit base wins over a schedule',
    'auto',
    'v1.0',
    schedule,
    {kind: 'compare', rev: 'v1.0', explicit: true},
  ],
  [
    'an explicit base wins over a manual run',
    'changed',
    'main',
    manual,
    {kind: 'compare', rev: 'main', explicit: true},
  ],
  ['mode all wins over everything', 'all', 'v1.0', pr, {kind: 'all'}],
  ['mode list wins over everything', 'list', '', push, {kind: 'list'}],
  ['mode drift plans every image on a schedule', 'drift', '', schedule, {kind: 'all', drift: true}],
  ['mode drift wins over a base and a pull request', 'drift', 'v1.0', pr, {kind: 'all', drift: true}],
  ['mode changed on a push compares with before', 'changed', '', push, {kind: 'push', before: BEFORE}],
];

describe('chooseBase', () => {
  it.each(table)('%s', (_name, mode, base, event, expected) => {
    expect(chooseBase({mode, base, event})).toMatchObject(expected);
  });

  it.each([schedule, manual, local])('mode changed without a base on $name is a clear error', (event) => {
    expect(() => chooseBase({mode: 'changed', base: '', event})).toThrow(UserError);
    expect(() => chooseBase({mode: 'changed', base: '', event})).toThrow(
      /mode changed needs a base.*set the base input/,
    );
  });

  it('says why in words', () => {
    expect(chooseBase({mode: 'auto', base: '', event: newBranch}).why).toMatch(/new branch.*left main/);
  });
});
