export const id = 268;
export const ids = [268];
export const modules = {

/***/ 3893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   PA: () => (/* binding */ KNOWN_PLATFORMS),
/* harmony export */   eZ: () => (/* binding */ suggestPlatform),
/* harmony export */   pu: () => (/* binding */ DEFAULT_PLATFORMS)
/* harmony export */ });
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7190);

/**
 * The platforms a config may name: the Linux platforms that the backends build and that
 * registries and runners commonly serve. Windows is left out on purpose: none of the backends
 * builds Windows images on a Linux runner.
 */
const KNOWN_PLATFORMS = [
    'linux/amd64',
    'linux/arm64',
    'linux/arm64/v8',
    'linux/arm/v7',
    'linux/arm/v6',
    'linux/386',
    'linux/ppc64le',
    'linux/s390x',
    'linux/riscv64',
];
/** What a config without `platforms` builds: the seed's pipeline built these two. */
const DEFAULT_PLATFORMS = [
    { os: 'linux', architecture: 'amd64' },
    { os: 'linux', architecture: 'arm64' },
];
/** `linux/arm/v7` -> `{os: 'linux', architecture: 'arm', variant: 'v7'}`; undefined unless known. */
function parsePlatform(text) {
    if (!KNOWN_PLATFORMS.includes(text))
        return undefined;
    const [os = '', architecture = '', variant] = text.split('/');
    return variant === undefined ? { os, architecture } : { os, architecture, variant };
}
/** Other names of architectures (uname, Debian) and the platform OCI calls them. */
const ARCH_ALIASES = {
    x86_64: 'amd64',
    'x86-64': 'amd64',
    aarch64: 'arm64',
    armv8: 'arm64',
    arm: 'arm/v7',
    armhf: 'arm/v7',
    armv7: 'arm/v7',
    armv7l: 'arm/v7',
    armel: 'arm/v6',
    armv6: 'arm/v6',
    i386: '386',
    i686: '386',
    x86: '386',
};
/**
 * The known platform a mistyped one was probably meant to be: `linux/arm65` -> `linux/arm64`,
 * `linux/x86_64` -> `linux/amd64`, a bare `arm64` or `darwin/arm64` -> `linux/arm64` (images are Linux).
 */
function suggestPlatform(text) {
    const parts = text.trim().toLowerCase().split('/');
    const [os, arch = '', ...variant] = parts.length === 1 ? ['linux', ...parts] : parts;
    const architecture = ARCH_ALIASES[arch] ?? arch;
    const linux = [`linux/${[architecture, ...variant].join('/')}`, `linux/${architecture}`].find(parsePlatform);
    if (linux)
        return linux;
    return (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .nearest */ .pA)([os, arch, ...variant].join('/'), KNOWN_PLATFORMS);
}


/***/ }),

/***/ 7190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   pA: () => (/* binding */ nearest)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * "Did you mean" for typos in keys and values. Optimal string alignment distance (Levenshtein
 * plus adjacent transposition), so `platfroms` is one edit from `platforms`.
 */
function editDistance(a, b) {
    const rows = [];
    for (let i = 0; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            if (i === 0) {
                row.push(j);
                continue;
            }
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
            }
            row.push(best);
        }
        rows.push(row);
    }
    return rows[a.length]?.[b.length] ?? 0;
}
/** Case and `-`/`_` do not count as typos: `Build-Args` is `build_args`. */
function normalise(word) {
    return word.toLowerCase().replace(/-/g, '_');
}
/**
 * The candidate nearest to `word`, if it is near enough to be a typo (at most a third of its
 * length, at least one edit), or the one candidate `word` abbreviates (`tags` ->
 * `additional_tags`, `dockerfile` -> `dockerfile_path`).
 */
function nearest(word, candidates) {
    const wanted = normalise(word);
    const limit = Math.max(1, Math.floor(wanted.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const known = normalise(candidate);
        // The distance is at least the difference in length: a value of megabytes is no typo of
        // `true`, and its distance table would take seconds to fill.
        if (Math.abs(wanted.length - known.length) > limit)
            continue;
        const distance = editDistance(wanted, known);
        if (distance < bestDistance)
            [best, bestDistance] = [candidate, distance];
    }
    if (best !== undefined && bestDistance <= limit)
        return best;
    const abbreviated = candidates.filter((c) => {
        const known = normalise(c);
        return known.startsWith(`${wanted}_`) || known.endsWith(`_${wanted}`);
    });
    return abbreviated.length === 1 ? abbreviated[0] : undefined;
}
/** ` (did you mean `x`?)`, or '' when nothing is near. */
function didYouMean(word, candidates) {
    const match = nearest(word, candidates);
    return match === undefined ? '' : ` (did you mean \`${match}\`?)`;
}


/***/ }),

/***/ 6722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q8: () => (/* binding */ MATRIX_LIMIT)
/* harmony export */ });
/* unused harmony exports WORKFLOW_LEVELS, SHARDS_PER_LEVEL, fanOut, levelsOutput */
/**
 * The fanned-out GitHub workflow's job graph: every (image directory, arch) its own job, in
 * dependency levels. A workflow cannot grow jobs at run time, so .github/workflows/hephy-builder.yml
 * has WORKFLOW_LEVELS levels of SHARDS_PER_LEVEL matrix jobs each (generated from these constants
 * by scripts/gen-docs.mjs), and one job per arch for whatever lies deeper.
 */


/** Level jobs written into the workflow; images deeper than this go to the remainder job. */
const WORKFLOW_LEVELS = 4;
/** The jobs one GitHub matrix may generate. */
const MATRIX_LIMIT = 256;
/** Matrix jobs per level: 5 × 256 holds 600 images × 2 arches, each its own job. */
const SHARDS_PER_LEVEL = 5;
const GITHUB_LIMITS = { levels: WORKFLOW_LEVELS, shards: SHARDS_PER_LEVEL, matrix: MATRIX_LIMIT };
/**
 * The plan's job graph. Level 1 holds the directories built on nothing in the plan; level n those
 * built on level n-1 (and nothing deeper), same arch. A level with more pairs than its shards hold
 * puts several directories of one arch into each job, in plan order.
 */
function fanOut(plan, limits = GITHUB_LIMITS) {
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
    const jobOf = new Map();
    let nextId = 0;
    const entries = (pairs) => {
        const made = pairs.map((pair) => ({
            id: nextId++,
            arch: pair.arch,
            dirs: pair.dirs.join(','),
            after: afterPattern(pair, units, jobOf),
        }));
        for (const entry of made)
            for (const dir of entry.dirs.split(','))
                jobOf.set(key(dir, entry.arch), entry.id);
        return made;
    };
    const matrices = waves
        .slice(0, limits.levels)
        .map((wave) => shard(entries(levelPairs(wave, limits.shards * limits.matrix)), limits.matrix));
    const deep = new Set(waves.slice(limits.levels).flat());
    const ordered = units.filter((unit) => deep.has(unit));
    const remainder = entries(archsOf(ordered).map((arch) => ({ arch, dirs: dirsFor(ordered, arch) })));
    return {
        shards: Array.from({ length: limits.levels }, (_, level) => matrices[level]?.length ?? 0),
        jobs: Array.from({ length: limits.levels }, (_, level) => (matrices[level] ?? []).reduce((sum, matrix) => sum + matrix.include.length, 0)),
        matrices,
        deeper: ordered.length,
        remainder: { include: remainder },
    };
}
/** The `levels` output: the fan-out as compact JSON (GitHub caps a job's outputs at 1 MB). */
function levelsOutput(plan) {
    return JSON.stringify(fanOut(plan));
}
const key = (dir, arch) => `${arch}\n${dir}`;
function archsOf(units) {
    return [...new Set(units.flatMap((unit) => unit.archs))].sort();
}
function dirsFor(units, arch) {
    return units.filter((unit) => unit.archs.includes(arch)).map((unit) => unit.dir);
}
/** One pair per directory and arch; past `room`, each arch's directories in runs of equal length. */
function levelPairs(wave, room) {
    const pairs = wave.flatMap((unit) => unit.archs.map((arch) => ({ arch, dirs: [unit.dir] })));
    if (pairs.length <= room)
        return pairs;
    const perJob = Math.ceil(pairs.length / room);
    return archsOf(wave).flatMap((arch) => {
        const dirs = dirsFor(wave, arch);
        return Array.from({ length: Math.ceil(dirs.length / perJob) }, (_, i) => ({
            arch,
            dirs: dirs.slice(i * perJob, (i + 1) * perJob),
        }));
    });
}
/** Entries in as few matrices of at most `limit` as hold them, of nearly equal size. */
function shard(entries, limit) {
    const count = Math.ceil(entries.length / limit);
    const size = Math.ceil(entries.length / count);
    return Array.from({ length: count }, (_, i) => ({ include: entries.slice(i * size, (i + 1) * size) }));
}
/**
 * An artifact pattern for actions/download-artifact naming the `.tag` artifacts of the jobs this
 * pair's directories are built on, on its arch (a dependency in the pair itself is built first in
 * the same job). One name stands alone: minimatch reads `{x}` as the literal text.
 */
function afterPattern(pair, units, jobOf) {
    const own = new Set(pair.dirs);
    const ids = new Set();
    for (const unit of units.filter((u) => own.has(u.dir))) {
        for (const dep of unit.dependsOn) {
            const id = own.has(dep) ? undefined : jobOf.get(key(dep, pair.arch));
            if (id !== undefined)
                ids.add(id);
        }
    }
    const sorted = [...ids].sort((a, b) => a - b);
    if (sorted.length === 0)
        return '';
    return sorted.length === 1 ? `hephy-tags-${sorted[0]}` : `hephy-tags-{${sorted.join(',')}}`;
}


/***/ }),

/***/ 9175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ buildMatrix),
/* harmony export */   P9: () => (/* binding */ neededArchs),
/* harmony export */   gP: () => (/* binding */ needByArch),
/* harmony export */   w_: () => (/* binding */ planDirs)
/* harmony export */ });
/* unused harmony exports ALWAYS_REPORTED_ARCHS, builtImages, planOutputs */
/* harmony import */ var _shared_platform_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(618);
/* harmony import */ var _config_platform_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3893);
/* harmony import */ var _levels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6722);



/** Architectures every plan reports on, needed or not: the seed's two runner pools. */
const ALWAYS_REPORTED_ARCHS = ['amd64', 'arm64'];
/** The image directories of a plan, each once, in build order (what `dirs.txt` holds). */
function planDirs(plan) {
    return [...new Set(plan.images.map((image) => image.dir))];
}
/** The images that are built here (a `manual_build` image's per-arch images already exist). */
function builtImages(images) {
    return images.filter((image) => !image.config.manualBuild);
}
/** Arch labels some built image needs, sorted. */
function neededArchs(images) {
    return [...new Set(builtImages(images).flatMap((image) => image.archs))].sort();
}
/** `need_<arch>`: amd64 and arm64 always, and every other arch a planned image names. */
function needByArch(plan) {
    const seen = new Set(plan.images.flatMap((image) => image.archs));
    const archs = [...new Set([...ALWAYS_REPORTED_ARCHS, ...[...seen].sort()])];
    return new Map(archs.map((arch) => [arch, plan.archs.includes(arch)]));
}
/** One job per image and platform, for `strategy.matrix` (GitHub) or `parallel:matrix` (GitLab). */
function buildMatrix(images) {
    const include = builtImages(images).flatMap((image) => image.platforms.map((platform) => {
        const spec = (0,_config_platform_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePlatform */ .FL)(platform);
        return { dir: image.dir, image: image.image, arch: spec ? (0,_shared_platform_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .archLabel */ .l)(spec) : platform, platform };
    }));
    return { include };
}
/** The step outputs (action.yml names them). Values have no spaces except `dirs`, so GitLab's dotenv can carry them. */
function planOutputs(plan) {
    const dirs = planDirs(plan);
    const outputs = {
        dirs: dirs.join(' '),
        'dirs-json': JSON.stringify(dirs),
        matrix: JSON.stringify(buildMatrix(plan.images)),
        archs: JSON.stringify(plan.archs),
        levels: levelsOutput(plan),
    };
    for (const [arch, needed] of needByArch(plan))
        outputs[`need-${arch}`] = String(needed);
    outputs['has-builds'] = String(dirs.length > 0);
    return outputs;
}


/***/ }),

/***/ 7268:
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
// EXTERNAL MODULE: ./packages/core/src/shared/event.ts
var shared_event = __webpack_require__(6875);
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
                headSha: payload.after && !shared_event/* ZERO_SHA */.g.test(payload.after) ? payload.after : env.GITHUB_SHA,
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


/***/ }),

/***/ 6875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ ZERO_SHA)
/* harmony export */ });
const ZERO_SHA = /^0+$/;


/***/ }),

/***/ 618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ formatPlatform),
/* harmony export */   l: () => (/* binding */ archLabel)
/* harmony export */ });
/**
 * The label of a platform inside tag names and file names (`need_<arch>.txt`, `<image>-<arch>.tag`):
 * the architecture, with the variant appended when it is not the architecture's default
 * (`linux/arm/v7` -> `armv7`, `linux/arm64/v8` -> `arm64`).
 */
function archLabel(platform) {
    const variant = platform.variant && !(platform.architecture === 'arm64' && platform.variant === 'v8')
        ? platform.variant
        : '';
    return `${platform.architecture}${variant}`;
}
function formatPlatform(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}


/***/ })

};
