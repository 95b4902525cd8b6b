export const id = 936;
export const ids = [936];
export const modules = {

/***/ 1936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubPlatform: () => (/* binding */ createGitHubPlatform),
  githubRunnerArch: () => (/* binding */ githubRunnerArch),
  readGitHubEvent: () => (/* binding */ readGitHubEvent)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./packages/core/src/shared/event.ts
const ZERO_SHA = /^0+$/;

// EXTERNAL MODULE: ./packages/core/src/plan/levels.ts
var levels = __webpack_require__(6722);
// EXTERNAL MODULE: ./packages/core/src/plan/outputs.ts
var outputs = __webpack_require__(9175);
;// CONCATENATED MODULE: ./packages/core/src/platform/github-advice.ts


/** What a GitHub user should know about a plan before a workflow feeds its `matrix` to a job. */
function githubPlanAdvice(plan) {
    const jobs = (0,outputs/* buildMatrix */.Kn)(plan.images).include.length;
    if (jobs <= levels/* MATRIX_LIMIT */.q8)
        return [];
    return [
        `the matrix output has ${jobs} entries, more than the ${levels/* MATRIX_LIMIT */.q8} jobs a GitHub matrix allows: feed your matrix jobs the levels output instead (cut into shards of at most ${levels/* MATRIX_LIMIT */.q8}, as the reusable workflow does), or build per architecture with dirs`,
    ];
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/core/src/platform/github-inert-text.ts

/**
 * Whether the runner could read `line` as a workflow command: `::name::` after leading
 * whitespace, or the older `##[name]` anywhere in the line (actions/runner ActionCommand.cs
 * tries both on every line of a step's stdout and stderr). Any `::` counts, which is cautious.
 */
function mayRunCommand(line) {
    return line.includes('::') || line.includes('##[');
}
/**
 * Text we did not write (tool output, and messages holding names, args or values from the
 * repository) made inert for the runner, for `core.info`, which prints its text as it is: the
 * annotations, groups and masks of @actions/core escape their data onto one line, but a line of
 * plain log can still be read as a command. It splits lines where the runner does (\n, \r, \r\n);
 * every run of lines it could read as commands is printed as it is between
 * `::stop-commands::<token>` and `::<token>::`, with a fresh random token that the text cannot
 * know, so nothing in it can annotate, mask, group, or stop our own commands. @actions/core has
 * no call for this pair (the runner's documented way to print untrusted text), hence these lines.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions#stopping-and-starting-workflow-commands
 */
function inertText(text, newToken = external_node_crypto_.randomUUID) {
    const lines = text.split(/\r\n|\r|\n/);
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        if (!mayRunCommand(lines[i])) {
            out.push(lines[i]);
            continue;
        }
        const token = newToken();
        out.push(`::stop-commands::${token}`);
        for (; i < lines.length && mayRunCommand(lines[i]); i++)
            out.push(lines[i]);
        out.push(`::${token}::`);
        i--;
    }
    return out.join('\n');
}

// EXTERNAL MODULE: ./packages/core/src/platform/platform.ts
var platform = __webpack_require__(7110);
// EXTERNAL MODULE: ./packages/core/src/platform/secrets.ts
var secrets = __webpack_require__(8512);
;// CONCATENATED MODULE: ./packages/core/src/platform/github.ts







/**
 * The GitHub Actions runner, spoken to through @actions/core: inputs, outputs, masks,
 * annotations, groups, the job summary and failure. @actions/core works on this process's
 * environment and stdout, so `env` is `process.env` outside tests (a test stubs both). On top of
 * it, every text is masked by our own masker before it is printed or written (the runner masks
 * only once told, and only what it was told), and plain log lines are made inert.
 */
function createGitHubPlatform(env = process.env) {
    const masker = new secrets/* SecretMasker */.M();
    const log = {
        // Tool output and messages with the repository's words: never a workflow command. The
        // annotations and groups are @actions/core's, which escape their data onto one line.
        info: (message) => core/* info */.pq(inertText(masker.mask(message))),
        warning: (message, location) => core/* warning */.$e(masker.mask(message), annotation(location)),
        error: (message, location) => core/* error */.z3(masker.mask(message), annotation(location)),
        debug: (message) => core/* debug */.Yz(masker.mask(message)),
        group: (title, fn) => core/* group */.Os(masker.mask(title), fn),
        addSecret: (secret) => {
            masker.add(secret);
            core/* setSecret */.Pq(secret);
        },
        mask: (text) => masker.mask(text),
    };
    return {
        name: 'github',
        log,
        env,
        // GitHub's spelling first (INPUT_OUTPUT-DIR), then the one a job variable can hold.
        input: (name) => core/* getInput */.V4(name) || core/* getInput */.V4(name.replace(/-/g, '_')),
        async setOutputs(outputs) {
            for (const [name, value] of Object.entries(outputs))
                core/* setOutput */.uH(name, masker.mask(value));
        },
        async summary(title, markdown) {
            if (!env.GITHUB_STEP_SUMMARY) {
                log.debug('GITHUB_STEP_SUMMARY is not set; no job summary written');
                return;
            }
            await core/* summary */.z.addRaw(`### ${title}\n\n${masker.mask(markdown)}\n`).write();
        },
        event: () => readGitHubEvent(env),
        planAdvice: githubPlanAdvice,
        // GitHub hands a job no registry login; the workflow passes one in as inputs.
        registryLogin: () => undefined,
        runnerArch: () => githubRunnerArch(env),
        publishPlan: () => (0,platform/* refuseChildPipeline */.Ft)('github', env),
        runPushes: (push) => push,
        credentialInput: (raw) => raw,
        fail(message, location) {
            // core.setFailed takes no location: our annotation, then the exit code it would set
            // (core.ExitCode.Failure, which @github/local-action's stand-in for @actions/core lacks).
            log.error(message, location);
            process.exitCode = 1;
        },
    };
}
/** Our location as @actions/core's annotation properties (file, line, col). */
function annotation(location) {
    return location ? { file: location.file, startLine: location.line, startColumn: location.column } : {};
}
const RUNNER_ARCHS = {
    X64: 'amd64',
    ARM64: 'arm64',
    ARM: 'armv7',
    X86: '386',
};
/** The runner's CPU from `RUNNER_ARCH` (X64, ARM64, ARM, X86), else Node's `process.arch`. */
function githubRunnerArch(env, nodeArch = process.arch) {
    return RUNNER_ARCHS[env.RUNNER_ARCH ?? ''] ?? (0,platform/* nodeArchLabel */.ho)(nodeArch);
}
/** Reads `GITHUB_EVENT_NAME` and the payload at `GITHUB_EVENT_PATH` into a `CiEvent`. */
async function readGitHubEvent(env) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch (error) {
            throw new Error(`cannot read the event payload at GITHUB_EVENT_PATH=${env.GITHUB_EVENT_PATH}: ${String(error)}`, { cause: error });
        }
    }
    const refType = githubRefType(env);
    const common = {
        name,
        headSha: env.GITHUB_SHA,
        refName: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME,
        ...(refType ? { refType } : {}),
        defaultBranch: payload.repository?.default_branch,
        ...(env.GITHUB_REPOSITORY
            ? { sourceUrl: `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}` }
            : {}),
    };
    switch (name) {
        case 'push':
            return {
                ...common,
                kind: 'push',
                headSha: payload.after && !ZERO_SHA.test(payload.after) ? payload.after : env.GITHUB_SHA,
                before: payload.before,
                forced: payload.forced === true,
            };
        case 'pull_request':
        case 'pull_request_target':
            return {
                ...common,
                kind: 'pull_request',
                headSha: payload.pull_request?.head?.sha ?? env.GITHUB_SHA,
                baseSha: payload.pull_request?.base?.sha,
                baseRef: payload.pull_request?.base?.ref ?? env.GITHUB_BASE_REF,
                ...(payload.pull_request?.number !== undefined ? { number: payload.pull_request.number } : {}),
            };
        case 'merge_group':
            return {
                ...common,
                kind: 'pull_request',
                headSha: payload.merge_group?.head_sha ?? env.GITHUB_SHA,
                baseSha: payload.merge_group?.base_sha,
                baseRef: payload.merge_group?.base_ref?.replace(/^refs\/heads\//, ''),
            };
        case 'schedule':
            return { ...common, kind: 'schedule' };
        case 'workflow_dispatch':
        case 'repository_dispatch':
            return { ...common, kind: 'manual' };
        default:
            return { ...common, kind: 'other' };
    }
}
/** `GITHUB_REF_TYPE`, or what `GITHUB_REF` says (a pull request's `refs/pull/N/merge` is a branch build). */
function githubRefType(env) {
    if (env.GITHUB_REF_TYPE === 'tag' || env.GITHUB_REF_TYPE === 'branch')
        return env.GITHUB_REF_TYPE;
    if (env.GITHUB_REF?.startsWith('refs/tags/'))
        return 'tag';
    if (env.GITHUB_REF?.startsWith('refs/heads/') || env.GITHUB_REF?.startsWith('refs/pull/'))
        return 'branch';
    return undefined;
}


/***/ })

};
