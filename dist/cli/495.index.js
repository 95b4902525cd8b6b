export const id = 495;
export const ids = [495];
export const modules = {

/***/ 330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ git),
/* harmony export */   G: () => (/* binding */ gitSucceeds)
/* harmony export */ });
/**
 * Git's settings for every call of the core: paths printed as they are (no octal quoting of
 * non-ASCII names) and no pager.
 */
const GIT_CONFIG = ['-c', 'core.quotepath=off', '-c', 'core.pager=cat'];
/** Runs git in `cwd` and returns its standard output; a non-zero exit throws `ExecError`. */
async function git(exec, cwd, args, options = {}) {
    const result = await exec.run('git', [...GIT_CONFIG, ...args], { ...options, cwd });
    return result.stdout;
}
/** Runs git for a question it answers with its exit code (`merge-base --is-ancestor`, `cat-file -e`). */
async function gitSucceeds(exec, cwd, args) {
    const result = await exec.run('git', [...GIT_CONFIG, ...args], { cwd, allowFailure: true });
    return result.exitCode === 0;
}


/***/ }),

/***/ 4910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ PREPARE_DIFF_INPUTS)
/* harmony export */ });
/* harmony import */ var _plan_base_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3208);
/* harmony import */ var _plan_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9999);
/* harmony import */ var _image_set_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3251);
/* harmony import */ var _retag_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8600);




const { repository, naming, date, username, password } = _image_set_js__WEBPACK_IMPORTED_MODULE_1__/* .IMAGE_SET_INPUTS */ .Fh;
/**
 * The inputs that name the tags the run would move, for the plan's tag table: the later steps'
 * own, so that the plan names what build-arch, merge-manifest and retag will write.
 */
const PLAN_TAG_INPUTS = {
    repository: {
        ...repository,
        required: false,
        description: 'The registry repository the later steps push to: the plan then lists every tag the run would move, with the digest it points at now. Empty: no tag table.',
        on: {
            cli: { metavar: 'HOST/PATH|oci:DIR' },
            gitlab: {
                ...repository.on.gitlab,
                description: 'The registry repository the later jobs push to: the plan lists every tag the pipeline would move, with the digest it points at now. Empty: no tag table.',
            },
        },
    },
    naming,
    date: {
        ...date,
        description: 'The date in tags (YYYYMMDD) the later steps use, for the plan. Empty: today in UTC.',
    },
    tags: _retag_js__WEBPACK_IMPORTED_MODULE_2__/* .RETAG_INPUTS */ .U.tags,
    push: {
        type: 'boolean',
        default: true,
        description: 'Whether the later steps push (their push input). false: the plan says this run pushes nothing instead of listing tag moves.',
        on: {
            cli: { flag: 'no-push', negated: true },
            gitlab: {
                description: 'Whether the later jobs push (their push input). false: the plan says the pipeline pushes nothing instead of listing tag moves.',
            },
        },
    },
    'insecure-registries': _image_set_js__WEBPACK_IMPORTED_MODULE_1__/* .IMAGE_SET_INPUTS */ .Fh['insecure-registries'],
    username,
    password,
};
/** The inputs of prepare-diff, in the order its action.yml declares them. */
const PREPARE_DIFF_INPUTS = {
    base: {
        type: 'string',
        default: '',
        description: 'Commit, branch or tag to compare with (three dots: changes since head and base parted). Empty: chosen from the event (push before, pull request base, the default branch for a new branch). Wins over the event when set.',
        on: {
            cli: { metavar: 'REV' },
            gitlab: {
                description: 'Commit to compare against. Empty (auto): the merge request diff base, the pushed `before`, or the merge-base with the default branch.',
            },
        },
    },
    head: {
        type: 'string',
        default: 'HEAD',
        description: 'The commit whose changes are planned; the checked-out commit by default.',
        on: {
            cli: { metavar: 'REV' },
            gitlab: { description: 'Commit to compare. Empty: the commit being built (CI_COMMIT_SHA).', default: '' },
        },
    },
    mode: {
        type: 'choice',
        options: _plan_base_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN,
        default: 'auto',
        description: 'auto (from the event: changes on push and pull request, the rebuild list on schedule, every image on a manual run), changed (always a diff; needs a base), all (every image), list (the rebuild list), or drift (every image, for a schedule: build-arch reuses each one whose inputs and base images did not move, so only those are rebuilt).',
        on: {
            gitlab: {
                description: 'auto (changed images; the rebuild list on schedules), changed, all, list (the rebuild list), or drift (every image; build-arch rebuilds only those whose inputs or base images moved).',
                options: _plan_base_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN,
            },
        },
    },
    'rebuild-list': {
        type: 'string',
        default: '',
        description: 'File listing the image directories to rebuild on a schedule, one a line; # comments and blank lines are ignored; an entry without a build-config.yaml is skipped with a warning. A relative path is relative to root. Empty: rebuild-weekly.txt in root.',
        on: {
            cli: { metavar: 'FILE' },
            gitlab: {
                description: 'The file listing the image directories to rebuild on schedules and in list mode, relative to root (# comments and blank lines ignored).',
                default: 'rebuild-weekly.txt',
            },
        },
    },
    ignore: {
        type: 'string',
        default: 'README.md',
        parse: (text) => (0,_plan_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .parseGlobList */ .qv)(text),
        description: 'Globs, relative to an image directory, whose changes alone do not trigger a build (one a line or comma-separated; *, **, ?, [..], {a,b}). Replaces the default; `none` ignores nothing.',
        on: {
            cli: { metavar: 'GLOBS' },
            gitlab: {
                description: 'Globs (relative to an image directory; newline, comma or space separated) whose changes alone do not rebuild the image. Empty: the image README.md.',
                default: '',
            },
        },
    },
    'require-readme': {
        type: 'boolean',
        default: false,
        description: 'Fail when a planned image directory has no README.md.',
        on: { gitlab: { description: 'Fail when an image directory has no README.md.' } },
    },
    'include-dependents': {
        type: 'boolean',
        default: true,
        description: 'Also rebuild the images built on a rebuilt one (depends_on and Dockerfile ARG <DEP>_TAG).',
        on: {
            cli: { flag: 'no-dependents', negated: true },
            gitlab: { description: 'Also rebuild the images built on a changed image (depends_on, ARG <DEP>_TAG).' },
        },
    },
    root: {
        type: 'string',
        default: '.',
        description: 'The directory whose children are the image directories (itself one when it holds a build-config.yaml).',
        on: {
            cli: { metavar: 'DIR' },
            gitlab: {
                description: 'The directory whose direct children are the image directories (those with a build-config.yaml), and itself one when it holds a build-config.yaml.',
            },
        },
    },
    'output-dir': {
        type: 'string',
        default: '.',
        description: 'Where dirs.txt, need_<arch>.txt and plan.json are written (and hephy.env on GitLab).',
        on: {
            cli: { metavar: 'DIR' },
            gitlab: _image_set_js__WEBPACK_IMPORTED_MODULE_1__/* .GITLAB_OUTPUT_DIR */ .g6,
        },
    },
    ...PLAN_TAG_INPUTS,
    'api-token': {
        type: 'string',
        default: '',
        secret: true,
        description: "Token that posts the plan as one comment on the pull request, updated in place on every push (needs pull-requests: write). A fork's pull request, whose token cannot write, gets the plan in the job summary only. Masked.",
        on: {
            cli: false,
            github: { default: '${{ github.token }}' },
            gitlab: {
                description: 'Token (api scope, as a CI/CD variable reference like $PLAN_TOKEN) that posts the plan as one merge request note, updated in place. CI_JOB_TOKEN cannot write notes. Empty: the plan is in the job log only.',
            },
        },
    },
};


/***/ }),

/***/ 8600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ RETAG_INPUTS)
/* harmony export */ });
/* harmony import */ var _image_set_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3251);

/** The inputs of retag, in the order its action.yml declares them. */
const RETAG_INPUTS = {
    ..._image_set_js__WEBPACK_IMPORTED_MODULE_0__/* .IMAGE_SET_INPUTS */ .Fh,
    ..._image_set_js__WEBPACK_IMPORTED_MODULE_0__/* .INDEX_ARCHS_INPUTS */ .J5,
    tags: {
        type: 'list',
        default: [],
        description: "Extra tags for every image, beyond each config's additional_tags (space, comma or newline separated). ${VAR} is taken from the environment, e.g. build-${GITHUB_RUN_NUMBER}.",
        on: {
            cli: { flag: 'tag', multiple: true, metavar: 'TAG' },
            gitlab: {
                description: 'Extra tags for every image, beyond each config additional_tags (comma or space separated).',
            },
        },
    },
};


/***/ }),

/***/ 3208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   bf: () => (/* binding */ chooseBase),
/* harmony export */   xo: () => (/* binding */ newBranch)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _shared_event_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6875);


const MODES = ['auto', 'changed', 'all', 'list', 'drift'];
function chooseBase({ mode, base, event }) {
    if (mode === 'all')
        return { kind: 'all', why: 'mode all: every image' };
    if (mode === 'drift')
        return {
            kind: 'all',
            drift: true,
            why: 'mode drift: every image, each reused unless its inputs or a base image moved',
        };
    if (mode === 'list')
        return { kind: 'list', why: 'mode list: the rebuild list' };
    if (base !== '')
        return { kind: 'compare', rev: base, explicit: true, why: `changes since the base input ${base}` };
    switch (event.kind) {
        case 'pull_request':
            return choosePullRequestBase(event);
        case 'push':
            return choosePushBase(event);
        case 'schedule':
            if (mode === 'auto')
                return { kind: 'list', why: `${event.name}: the rebuild list` };
            break;
        case 'manual':
            if (mode === 'auto')
                return { kind: 'all', why: `${event.name} (manual run): every image` };
            break;
        case 'other':
            if (mode === 'auto')
                return { kind: 'all', why: `${event.name || 'this run'} has no base to compare with: every image` };
            break;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`mode changed needs a base to compare with, and a ${event.name || 'local'} run has none: set the base input, or use mode auto, all, list or drift`, { field: 'input mode' });
}
function choosePullRequestBase(event) {
    const what = `${event.name}: changes since the merge-base with ${event.baseRef ?? 'the target branch'}`;
    if (event.baseSha && !_shared_event_js__WEBPACK_IMPORTED_MODULE_1__/* .ZERO_SHA */ .g.test(event.baseSha)) {
        return {
            kind: 'compare',
            rev: event.baseSha,
            explicit: false,
            why: what,
            ...(event.baseRef ? { branch: event.baseRef } : {}),
        };
    }
    if (event.baseRef) {
        return {
            kind: 'compare',
            rev: `refs/remotes/origin/${event.baseRef}`,
            branch: event.baseRef,
            explicit: false,
            why: what,
        };
    }
    return newBranch(event, `${event.name} without a target branch`);
}
function choosePushBase(event) {
    if (!event.before || _shared_event_js__WEBPACK_IMPORTED_MODULE_1__/* .ZERO_SHA */ .g.test(event.before))
        return newBranch(event, `${event.name} of a new branch`);
    if (event.forced)
        return newBranch(event, `force ${event.name}`);
    return {
        kind: 'push',
        before: event.before,
        why: `${event.name}: changes since ${event.before.slice(0, 12)}`,
        ...(event.defaultBranch ? { defaultBranch: event.defaultBranch } : {}),
        ...(event.refName ? { refName: event.refName } : {}),
    };
}
/**
 * A branch with no usable `before`: what it changed since it left the default branch. The
 * default branch itself (its first push) and a repository whose default branch is unknown have
 * nothing to compare with, so every image is built.
 */
function newBranch(event, what) {
    if (!event.defaultBranch)
        return { kind: 'all', why: `${what}, default branch unknown: every image` };
    if (event.refName === event.defaultBranch) {
        return { kind: 'all', why: `${what} on the default branch ${event.defaultBranch}: every image` };
    }
    return {
        kind: 'branch-point',
        defaultBranch: event.defaultBranch,
        why: `${what}: changes since it left ${event.defaultBranch}`,
    };
}


/***/ }),

/***/ 9999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   qv: () => (/* binding */ parseGlobList)
/* harmony export */ });
/* unused harmony export globToRegExp */
/**
 * A small glob matcher for the `ignore` input, with the rules users know from paths-filter and
 * .gitignore-style tools: `*` and `?` stay within one path segment, `**` spans segments
 * (`docs/**`, `**\/*.md`), `[abc]`/`[!abc]` are classes, `{a,b}` are alternatives, and dotfiles
 * match like any other name. Patterns are matched against the whole path.
 */
function globToRegExp(pattern) {
    return new RegExp(`^${translate(pattern)}$`);
}
function translate(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '*') {
            if (pattern[i + 1] === '*') {
                const segmentStart = i === 0 || pattern[i - 1] === '/';
                i++;
                if (segmentStart && pattern[i + 1] === '/') {
                    i++;
                    out += '(?:.*/)?'; // `**/` = any number of whole directories, none included
                }
                else {
                    out += '.*';
                }
            }
            else {
                out += '[^/]*';
            }
        }
        else if (char === '?') {
            out += '[^/]';
        }
        else if (char === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end === -1) {
                out += '\\[';
                continue;
            }
            const body = pattern
                .slice(i + 1, end)
                .replace(/^!/, '^')
                .replace(/\\/g, '\\\\');
            out += `[${body}]`;
            i = end;
        }
        else if (char === '{') {
            const end = closingBrace(pattern, i);
            if (end === -1) {
                out += '\\{';
                continue;
            }
            out += `(?:${splitAlternatives(pattern.slice(i + 1, end))
                .map(translate)
                .join('|')})`;
            i = end;
        }
        else {
            out += char.replace(/[.+^${}()|\\\]]/g, '\\$&');
        }
    }
    return out;
}
function closingBrace(pattern, open) {
    let depth = 0;
    for (let i = open; i < pattern.length; i++) {
        if (pattern[i] === '{')
            depth++;
        else if (pattern[i] === '}' && --depth === 0)
            return i;
    }
    return -1;
}
/** `a,{b,c},d` -> [`a`, `{b,c}`, `d`]: commas of nested braces stay put. */
function splitAlternatives(body) {
    const parts = [];
    let depth = 0;
    let current = '';
    for (const char of body) {
        if (char === ',' && depth === 0) {
            parts.push(current);
            current = '';
            continue;
        }
        if (char === '{')
            depth++;
        if (char === '}')
            depth--;
        current += char;
    }
    parts.push(current);
    return parts;
}
/** Compiles several globs into one test. */
function globMatcher(patterns) {
    if (patterns.length === 0)
        return () => false;
    const regex = new RegExp(patterns.map((p) => `^${translate(p)}$`).join('|'));
    return (path) => regex.test(path);
}
/**
 * Globs one a line, or separated by spaces or commas outside braces (`*.{md,txt}` stays whole).
 * `#` lines are comments; `none` (or an empty JSON list) ignores nothing.
 */
function parseGlobList(raw) {
    const text = raw.trim();
    if (text === 'none' || text === '[]')
        return [];
    if (text.startsWith('[')) {
        try {
            const parsed = JSON.parse(text);
            if (Array.isArray(parsed))
                return parsed.map(String).filter((s) => s !== '');
        }
        catch {
            // Not JSON after all: a glob may start with `[`.
        }
    }
    const globs = [];
    for (const line of text.split(/\r?\n/)) {
        if (line.trimStart().startsWith('#'))
            continue;
        let depth = 0;
        let current = '';
        for (const char of line) {
            if (char === '{')
                depth++;
            if (char === '}')
                depth = Math.max(0, depth - 1);
            if (depth === 0 && (char === ',' || char === ' ' || char === '\t')) {
                if (current)
                    globs.push(current);
                current = '';
            }
            else {
                current += char;
            }
        }
        if (current)
            globs.push(current);
    }
    return globs;
}


/***/ }),

/***/ 6875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ ZERO_SHA)
/* harmony export */ });
const ZERO_SHA = /^0+$/;


/***/ }),

/***/ 9360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ wantedTags)
/* harmony export */ });
/* harmony import */ var _config_variables_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1605);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _plan_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2373);
/* harmony import */ var _shared_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1098);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(908);





/** Where a config's tag was written: `additional_tags[i]` or `targets[j].additional_tags[i]`. */
function tagLocation(image, tag) {
    const { config } = image;
    const candidates = [
        ...config.additionalTags.map((t, i) => [t, `additional_tags[${i}]`]),
        ...config.targets.flatMap((target, j) => image.image === `${config.name}-${target.name}`
            ? target.additionalTags.map((t, i) => [t, `targets[${j}].additional_tags[${i}]`])
            : []),
    ];
    const field = candidates.find(([t]) => t === tag)?.[1] ?? 'additional_tags';
    const at = config.positions[field];
    return { location: { file: config.file, ...(at ? { line: at.line, column: at.column } : {}) }, field };
}
/**
 * Every extra tag of every image: the config's `additional_tags` (and its target's) and the
 * `tags` input, `${VAR}` expanded, each checked to make a valid tag. Problems are collected so
 * that a run with one bad tag fails before the first write, naming every bad line.
 */
function wantedTags(images, extra, scheme, env) {
    const problems = [];
    const wanted = new Map();
    for (const image of images) {
        const written = [
            ...image.additionalTags.map((tag) => ({ tag, ...tagLocation(image, tag) })),
            ...extra.map((tag) => ({ tag, location: undefined, field: 'input tags' })),
        ];
        for (const { tag, location, field } of written) {
            // Unlike a build arg, an unset variable is an error: an empty tag part is never meant.
            // A tag is public: it never reads a secret (`${CI_JOB_TOKEN}` would be pushed as a name).
            const secret = (0,_config_variables_js__WEBPACK_IMPORTED_MODULE_0__/* .variableNames */ .zo)(tag).filter(_config_variables_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretName */ .eh);
            const missing = [];
            const value = secret.length ? '' : (0,_config_variables_js__WEBPACK_IMPORTED_MODULE_0__/* .expandVariables */ .i7)(tag, env, (name) => missing.push(name));
            const ref = (0,_plan_names_js__WEBPACK_IMPORTED_MODULE_2__/* .extraTagRef */ .C_)(scheme, image.image, value);
            const problem = secret.length
                ? `"${tag}" uses ${secret.map((m) => `\${${m}}`).join(', ')}, which looks like a secret (a step input, a runner variable, or a name with TOKEN, PASSWORD, SECRET, KEY, AUTH, ...): a tag never reads one`
                : missing.length
                    ? `"${tag}" uses ${missing.map((m) => `\${${m}}`).join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not set in the environment`
                    : !_shared_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG_PATTERN */ .A0.test(value) || !_shared_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG_PATTERN */ .A0.test(ref.tag)
                        ? `"${tag}" becomes the tag "${ref.tag}", which is not a valid tag (at most 128 of A-Z a-z 0-9 _ . -, not starting with . or -)`
                        : undefined;
            if (problem) {
                problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(problem, { ...(location ? { location } : {}), field }));
                continue;
            }
            const reference = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .FH)(ref);
            wanted.set(reference, { image: image.image, written: tag, reference, ref });
        }
    }
    if (problems.length > 0)
        throw problems.length === 1 ? problems[0] : new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserErrors */ .tQ(problems);
    return [...wanted.values()];
}


/***/ }),

/***/ 4479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ runPrepareDiff)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/git/git.ts
var git = __webpack_require__(330);
;// CONCATENATED MODULE: ./packages/core/src/git/commits.ts

/** The commit `rev` names (a SHA, branch, tag, `HEAD~2`), or undefined when this clone lacks it. */
async function resolveCommit(exec, cwd, rev) {
    const result = await exec.run('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], {
        cwd,
        allowFailure: true,
    });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
}
/** The best common ancestor of `a` and `b`, or undefined when the history here has none. */
async function mergeBase(exec, cwd, a, b) {
    const result = await exec.run('git', ['merge-base', a, b], { cwd, allowFailure: true });
    return result.exitCode === 0 ? result.stdout.trim() || undefined : undefined;
}
/** Whether `ancestor` is in the history of `descendant` as far as this clone knows it. */
function isAncestor(exec, cwd, ancestor, descendant) {
    return (0,git/* gitSucceeds */.G)(exec, cwd, ['merge-base', '--is-ancestor', ancestor, descendant]);
}
/** Whether this clone is shallow (made with `--depth`): history beyond its boundary is not here. */
async function isShallow(exec, cwd) {
    return (await (0,git/* git */.$)(exec, cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}
/** Whether the remote `name` is configured. */
async function hasRemote(exec, cwd, name) {
    return (0,git/* gitSucceeds */.G)(exec, cwd, ['remote', 'get-url', name]);
}

;// CONCATENATED MODULE: ./packages/core/src/git/diff.ts

/**
 * Parses `git diff --name-status -z`: `STATUS\0path\0`, or `R100\0old\0new\0` for a rename or
 * copy. NUL-separated, so names with tabs, newlines or non-ASCII characters arrive intact.
 */
function parseNameStatus(output) {
    const fields = output.split('\0');
    const changes = [];
    for (let i = 0; i < fields.length;) {
        const code = fields[i++];
        if (code === '')
            continue;
        const status = code[0];
        if (status === 'R' || status === 'C') {
            const from = fields[i++];
            changes.push({ status, path: fields[i++], from });
        }
        else {
            changes.push({ status, path: fields[i++] });
        }
    }
    return changes;
}
/**
 * Every file that differs between `base` and `head`, in ONE git call for the whole repository
 * however many image directories there are. Renames are detected (a moved file counts at its
 * new path). `--relative` makes paths relative to `cwd` and drops changes outside it, so an
 * images root below the repository's top works the same. No external diff or textconv drivers.
 */
async function diffNameStatus(exec, cwd, base, head) {
    const output = await (0,git/* git */.$)(exec, cwd, [
        'diff',
        '--name-status',
        '-z',
        '--find-renames',
        '--relative',
        '--no-ext-diff',
        '--no-textconv',
        '--ignore-submodules=dirty',
        base,
        head,
        '--',
    ]);
    return parseNameStatus(output);
}

// EXTERNAL MODULE: ./packages/core/src/plan/base.ts
var base = __webpack_require__(3208);
;// CONCATENATED MODULE: ./packages/core/src/plan/changes.ts
const VERBS = {
    A: 'added',
    M: 'modified',
    D: 'deleted',
    R: 'renamed',
    C: 'copied',
    T: 'type changed',
    U: 'unmerged',
    X: 'changed',
};
/**
 * Which image directories a diff touches. A file counts for the image directory it is in; a
 * rename counts at its new path, and also for the directory it left when that is still an image
 * (its build context lost a file). Files outside image directories, in a deleted image directory,
 * or matching the ignore globs change nothing, unless the root itself is an image (`.`): then
 * every file outside the other image directories is its.
 */
function changedImageDirs(changes, filter) {
    const changed = new Map();
    const ignoredDirs = new Set();
    const isImage = memo(filter.isImageDir);
    const note = (file, reason) => {
        const slash = file.indexOf('/');
        const child = slash > 0 ? file.slice(0, slash) : '';
        const dir = child && isImage(child) ? child : isImage('.') ? '.' : '';
        if (!dir)
            return;
        if (filter.ignored(dir === '.' ? file : file.slice(slash + 1))) {
            ignoredDirs.add(dir);
            return;
        }
        const reasons = changed.get(dir);
        if (reasons)
            reasons.push(reason);
        else
            changed.set(dir, [reason]);
    };
    for (const change of changes) {
        if (change.from !== undefined) {
            note(change.path, `${VERBS[change.status]} ${change.from} -> ${change.path}`);
            if (change.status === 'R' && dirOf(change.from) !== dirOf(change.path)) {
                note(change.from, `moved out: ${change.from} -> ${change.path}`);
            }
        }
        else {
            note(change.path, `${VERBS[change.status]} ${change.path}`);
        }
    }
    return { changed, ignoredOnly: [...ignoredDirs].filter((dir) => !changed.has(dir)).sort() };
}
function dirOf(file) {
    return file.slice(0, Math.max(0, file.indexOf('/')));
}
function memo(fn) {
    const cache = new Map();
    return (dir) => {
        let answer = cache.get(dir);
        if (answer === undefined)
            cache.set(dir, (answer = fn(dir)));
        return answer;
    };
}

// EXTERNAL MODULE: ./packages/core/src/plan/dependencies.ts
var dependencies = __webpack_require__(5208);
// EXTERNAL MODULE: ./packages/core/src/plan/discover.ts
var discover = __webpack_require__(4794);
// EXTERNAL MODULE: ./packages/core/src/plan/glob.ts
var glob = __webpack_require__(9999);
// EXTERNAL MODULE: ./packages/core/src/plan/graph.ts
var plan_graph = __webpack_require__(1017);
// EXTERNAL MODULE: ./packages/core/src/plan/load.ts
var load = __webpack_require__(265);
// EXTERNAL MODULE: ./packages/core/src/plan/outputs.ts
var outputs = __webpack_require__(9175);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/config/rules.ts
var rules = __webpack_require__(8387);
;// CONCATENATED MODULE: ./packages/core/src/git/grep.ts
/**
 * The lines of tracked files under `cwd` containing any of the strings (`fixed`, much the
 * faster) or matching any of the extended regular expressions, in one git process
 * (multi-threaded, and running while the caller does other work). Undefined when git cannot
 * answer (not a repository), so the caller can read the files itself.
 */
async function grepLines(exec, cwd, patterns, pathspecs, syntax = 'extended') {
    const args = [
        'grep',
        '-z',
        '-n',
        '-I',
        '--no-color',
        syntax === 'fixed' ? '-F' : '-E',
        ...patterns.flatMap((p) => ['-e', p]),
        '--',
        ...pathspecs,
    ];
    const result = await exec.run('git', args, { cwd, allowFailure: true });
    if (result.exitCode === 1 && result.stderr.trim() === '')
        return [];
    if (result.exitCode !== 0)
        return undefined;
    return parseGrepOutput(result.stdout);
}
/** `git grep -z -n` output: `file\0line\0text\n` per hit. */
function parseGrepOutput(output) {
    const hits = [];
    let at = 0;
    while (at < output.length) {
        const fileEnd = output.indexOf('\0', at);
        const lineEnd = output.indexOf('\0', fileEnd + 1);
        if (fileEnd === -1 || lineEnd === -1)
            break;
        let textEnd = output.indexOf('\n', lineEnd + 1);
        if (textEnd === -1)
            textEnd = output.length;
        hits.push({
            file: output.slice(at, fileEnd),
            line: Number(output.slice(fileEnd + 1, lineEnd)),
            text: output.slice(lineEnd + 1, textEnd),
        });
        at = textEnd + 1;
    }
    return hits;
}

// EXTERNAL MODULE: ./packages/core/src/repo-file.ts
var repo_file = __webpack_require__(9860);
;// CONCATENATED MODULE: ./packages/core/src/plan/prescan.ts







/**
 * Strings every line the scan needs contains. git finds fixed strings in thousands of files
 * faster than it matches the patterns below (24 ms against 39 ms for 4,000 files); the patterns
 * then sort the few lines it returns.
 */
const GREP_STRINGS = ['_TAG', '_IMAGE', 'depends_on', 'dockerfile_path', 'context_path', 'upstream_repo'];
/** What the git scan looks for: Dockerfile `ARG X_TAG`/`ARG X_IMAGE` lines and the config keys that matter. */
const WANTED_LINES = [
    /^\s*[Aa][Rr][Gg]\s.*_(TAG|IMAGE)/,
    /^(depends_on|dockerfile_path|context_path|upstream_repo)\s*:/,
];
/**
 * `scanDependencies` through one `git grep` over the configs and Dockerfiles: git reads the
 * thousands of files in its own process, in parallel with the diff, and hands back the few
 * lines that matter. Files the grep cannot cover (a Dockerfile at another path, a block-style
 * `depends_on`) are read here. Undefined when git cannot answer.
 */
async function scanDependenciesWithGit(exec, root, listDirs) {
    // git starts before the directories are listed, so that the listing overlaps with it.
    // The root's own config and Dockerfile too: the root may be an image itself.
    const pathspecs = [`*/${discover/* CONFIG_FILE */.g2}`, '*/Dockerfile', discover/* CONFIG_FILE */.g2, 'Dockerfile'];
    const found = await grepLines(exec, root, GREP_STRINGS, pathspecs, 'fixed');
    if (found === undefined)
        return undefined;
    const hits = found.filter((hit) => WANTED_LINES.some((pattern) => pattern.test(hit.text)));
    const dirs = listDirs();
    const dirByArg = (0,dependencies/* indexDependencyArgs */.Dm)(dirs);
    const byFile = new Map();
    for (const hit of hits) {
        const list = byFile.get(hit.file);
        if (list)
            list.push(hit);
        else
            byFile.set(hit.file, [hit]);
    }
    const graph = new Map();
    for (const dir of dirs) {
        const configLines = byFile.get(inDir(dir, discover/* CONFIG_FILE */.g2)) ?? [];
        const configText = configLines.map((hit) => hit.text).join('\n');
        const needsFile = configLines.some((hit) => /^depends_on\s*:\s*(#.*)?$/.test(hit.text));
        const text = needsFile ? readOrEmpty(root, inDir(dir, discover/* CONFIG_FILE */.g2)) : configText;
        const deps = new Set(declaredDeps(text));
        const dockerfile = localDockerfile(configText);
        if (dockerfile !== undefined) {
            const dockerText = external_node_path_default().normalize(dockerfile) === 'Dockerfile'
                ? (byFile.get(inDir(dir, 'Dockerfile')) ?? []).map((hit) => hit.text).join('\n')
                : readOrEmpty(root, inDir(dir, dockerfile));
            for (const edge of (0,dependencies/* dockerfileDependencies */._f)(dir, dockerText, '', dirByArg))
                deps.add(edge.dependsOn);
        }
        deps.delete(dir);
        if (deps.size > 0)
            graph.set(dir, [...deps]);
    }
    return graph;
}
/** A file of an image directory as git names it (the root image's files have no directory). */
function inDir(dir, file) {
    return dir === '.' ? file : `${dir}/${file}`;
}
/**
 * The dependencies of many image directories, cheaply, to find the dependents of the few that
 * changed without validating thousands of configs. A text scan: YAML is parsed only for the
 * rare config that has `depends_on` or a path the scan cannot read plainly. Whatever it finds is
 * validated afterwards by `loadPlannedImages`, which parses every image that is planned.
 */
function scanDependencies(root, dirs, dirByArg) {
    const graph = new Map();
    for (const dir of dirs) {
        const text = readOrUndefined(root, inDir(dir, discover/* CONFIG_FILE */.g2));
        if (text === undefined)
            continue;
        const deps = new Set(declaredDeps(text));
        const dockerfile = localDockerfile(text);
        if (dockerfile !== undefined) {
            for (const edge of (0,dependencies/* dockerfileDependencies */._f)(dir, readOrEmpty(root, inDir(dir, dockerfile)), '', dirByArg)) {
                deps.add(edge.dependsOn);
            }
        }
        deps.delete(dir);
        graph.set(dir, [...deps]);
    }
    return graph;
}
function declaredDeps(text) {
    if (!text.includes('depends_on'))
        return [];
    // The usual flow form, `depends_on: [curl, base]`, without the YAML parser.
    const flow = /^depends_on[ \t]*:[ \t]*\[([^\]\n]*)\][ \t]*(#.*)?$/m.exec(text);
    if (flow) {
        return flow[1]
            .split(',')
            .map((dep) => dep
            .trim()
            .replace(/^["']|["']$/g, '')
            .replace(/\/+$/, ''))
            .filter((dep) => dep !== '');
    }
    try {
        const list = (0,dist/* parse */.qg)(text)?.depends_on;
        return Array.isArray(list) ? list.map((dep) => String(dep).replace(/\/+$/, '')) : [];
    }
    catch {
        return []; // An invalid config is reported when it is planned, not here.
    }
}
/**
 * The Dockerfile's path inside the image directory, or undefined for an upstream source or for
 * paths the validator refuses (absolute, `../`): this scan runs over unchanged images whose
 * configs are never validated, so it must not follow such a path anywhere (`/dev/zero`, a FIFO).
 */
function localDockerfile(text) {
    if (/^upstream_repo[ \t]*:/m.test(text))
        return undefined;
    const context = topLevelScalar(text, 'context_path') ?? '.';
    const dockerfile = topLevelScalar(text, 'dockerfile_path') ?? 'Dockerfile';
    if ([context, dockerfile].some((part) => (0,rules/* pathFormProblem */.vy)(part) !== undefined))
        return undefined;
    const joined = external_node_path_default().posix.join(context, dockerfile);
    return (0,rules/* climbsOut */.Jg)(joined) ? undefined : joined;
}
/**
 * A top-level `key: value` written plainly (`dockerfile_path: Dockerfile`, quoted or not, with a
 * trailing comment or not); anything fancier is read with the YAML parser.
 */
const SCALAR_LINES = new Map(['context_path', 'dockerfile_path'].map((key) => [
    key,
    new RegExp(`^${key}[ \\t]*:[ \\t]*(?:"([^"\\\\]*)"|'([^']*)'|([^\\s#'"][^#\\n]*?))?[ \\t]*(?:#.*)?$`, 'm'),
]));
function topLevelScalar(text, key) {
    if (!text.includes(key))
        return undefined;
    const match = SCALAR_LINES.get(key).exec(text);
    if (match)
        return match[1] ?? match[2] ?? match[3] ?? undefined;
    try {
        const value = (0,dist/* parse */.qg)(text)?.[key];
        return typeof value === 'string' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * A file of an image directory through readRepoFile (inside the root, a regular file, capped), or
 * undefined: a file this scan cannot read is reported when its image is planned, not here.
 */
function readOrUndefined(root, file) {
    try {
        return (0,repo_file/* readRepoFile */.v6)(root, file);
    }
    catch (error) {
        if (!(error instanceof repo_file/* RepoFileError */.lD))
            throw error;
        return undefined;
    }
}
function readOrEmpty(root, file) {
    return readOrUndefined(root, file) ?? '';
}

;// CONCATENATED MODULE: ./packages/core/src/plan/rebuild-list.ts
/** The default rebuild list, at the images root (the seed's `rebuild-weekly.txt`). */
const DEFAULT_REBUILD_LIST = 'rebuild-weekly.txt';
/**
 * A rebuild list: one image directory a line; `#` starts a comment (whole-line or trailing),
 * blank lines are ignored, a trailing `/` is dropped, repeats count once.
 */
function parseRebuildList(text) {
    const seen = new Set();
    const entries = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const dir = raw.split('#')[0].trim().replace(/\/+$/, '');
        if (dir === '' || seen.has(dir))
            return;
        seen.add(dir);
        entries.push({ dir, line: index + 1 });
    });
    return entries;
}

;// CONCATENATED MODULE: ./packages/core/src/git/deepen.ts



/** Where history comes from when this clone lacks it. */
const REMOTE = 'origin';
/** First `--deepen`, doubled each round (tj-actions/changed-files starts at 25 as well). */
const FIRST_DEEPEN = 25;
/** Rounds of doubling before giving up on deepening and fetching the whole history. */
const DEEPEN_ROUNDS = 5;
/** A full commit id: SHA-1, or SHA-256 in a sha256 repository. */
const FULL_COMMIT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/**
 * Fetches one commit by its SHA (only its own tree in a shallow clone; history comes from
 * `deepenUntil`). Returns whether the commit is here afterwards.
 */
async function fetchCommit(context, sha) {
    if (!FULL_COMMIT_ID.test(sha) || !(await hasRemote(context.exec, context.cwd, REMOTE)))
        return false;
    const depth = (await isShallow(context.exec, context.cwd)) ? ['--depth=1'] : [];
    const result = await context.exec.run('git', ['fetch', '--quiet', '--no-tags', ...depth, REMOTE, sha], {
        cwd: context.cwd,
        allowFailure: true,
    });
    if (result.exitCode !== 0)
        context.log.debug(`could not fetch ${sha} from ${REMOTE}: ${result.stderr.trim()}`);
    return result.exitCode === 0;
}
/**
 * Fetches a branch of the remote into `refs/remotes/origin/<branch>` (one commit deep in a
 * shallow clone) and returns its commit, or undefined when the remote has no such branch.
 */
async function fetchBranch(context, branch) {
    if (!isSafeRefName(branch) || !(await hasRemote(context.exec, context.cwd, REMOTE)))
        return undefined;
    const tracking = `refs/remotes/${REMOTE}/${branch}`;
    const depth = (await isShallow(context.exec, context.cwd)) ? ['--depth=1'] : [];
    const result = await context.exec.run('git', ['fetch', '--quiet', '--no-tags', ...depth, REMOTE, `+refs/heads/${branch}:${tracking}`], { cwd: context.cwd, allowFailure: true });
    if (result.exitCode !== 0) {
        context.log.debug(`could not fetch branch ${branch} from ${REMOTE}: ${result.stderr.trim()}`);
        return undefined;
    }
    return resolveCommit(context.exec, context.cwd, tracking);
}
/** A ref name we may pass to git: no option-like start, no spaces or control characters, no `..`. */
function isSafeRefName(name) {
    if (name === '' || name.startsWith('-') || name.includes('..') || name.includes('@{'))
        return false;
    // git check-ref-format's forbidden characters, and any control character.
    return ![...name].some((char) => char <= ' ' || char === '\x7f' || '~^:?*[\\'.includes(char));
}
/**
 * Answers `question` against this clone's history, deepening a shallow clone until it can:
 * `--deepen` by 25, 50, 100, ... commits for a bounded number of rounds, then `--unshallow`.
 * `wants` are the commits whose history is needed (fetched by SHA, so no other branch comes
 * along). Returns undefined when even the whole history has no answer.
 */
async function deepenUntil(context, wants, question) {
    let answer = await question();
    if (answer !== undefined || !(await isShallow(context.exec, context.cwd)))
        return answer;
    if (!(await hasRemote(context.exec, context.cwd, REMOTE))) {
        throw new errors/* UserError */.yo(`this clone is shallow and has no remote "${REMOTE}" to fetch more history from: clone with the full history (actions/checkout: fetch-depth: 0; GitLab: GIT_DEPTH: 0)`);
    }
    for (let round = 0, depth = FIRST_DEEPEN; round < DEEPEN_ROUNDS; round++, depth *= 2) {
        context.log.info(`shallow clone: fetching ${depth} more commits of history`);
        await fetchHistory(context, [`--deepen=${depth}`], wants);
        answer = await question();
        if (answer !== undefined || !(await isShallow(context.exec, context.cwd)))
            return answer;
    }
    context.log.info('shallow clone: fetching the whole history');
    await fetchHistory(context, ['--unshallow'], wants);
    return question();
}
async function fetchHistory(context, how, wants) {
    const shas = wants.filter((want) => FULL_COMMIT_ID.test(want));
    const args = ['fetch', '--quiet', '--no-tags', ...how, REMOTE];
    const result = await context.exec.run('git', [...args, ...shas], { cwd: context.cwd, allowFailure: true });
    // A server that refuses wants by SHA still deepens along the remote's configured branches.
    if (result.exitCode !== 0)
        await (0,git/* git */.$)(context.exec, context.cwd, args);
}

;// CONCATENATED MODULE: ./packages/core/src/steps/prepare-diff/resolve-base.ts




/** Turns the choice into commits, fetching what a shallow or single-branch clone lacks. */
async function resolveBase(context, choice, head) {
    switch (choice.kind) {
        case 'all':
        case 'list':
            return choice;
        case 'compare':
            return compareWith(context, choice, head);
        case 'push':
            return sincePush(context, choice, head);
        case 'branch-point':
            return sinceBranchPoint(context, choice, head);
    }
}
/** Three dots: what head changed since it and `rev` parted (the pull request view). */
async function compareWith(context, choice, head) {
    const base = await findCommit(context, choice.rev, choice.branch);
    if (base === undefined) {
        const where = choice.explicit ? 'the base input' : `the ${choice.why.split(':')[0]} event's base`;
        throw new errors/* UserError */.yo(`base "${choice.rev}" does not exist: it is neither a commit, branch nor tag of this clone nor of its remote origin; check ${where} (a SHA, a branch or a tag)`, { field: choice.explicit ? 'input base' : undefined });
    }
    const point = await deepenUntil(context, [head, base], () => mergeBase(context.exec, context.cwd, base, head));
    if (point === undefined) {
        context.log.warning(`${choice.rev} and ${head.slice(0, 12)} share no history: comparing their trees directly`);
        return { kind: 'diff', base, head, why: choice.why };
    }
    return { kind: 'diff', base: point, head, why: choice.why };
}
/** A push compares with `before`, unless `before` is not in head's history: then it was a force push. */
async function sincePush(context, choice, head) {
    const before = (await findCommit(context, choice.before)) ?? choice.before;
    // `merge-base --is-ancestor` also fails while `before` is not here: deepening may bring it.
    const reached = await deepenUntil(context, [head, before], async () => (await isAncestor(context.exec, context.cwd, before, head)) ? before : undefined);
    if (reached !== undefined)
        return { kind: 'diff', base: reached, head, why: choice.why };
    context.log.info(`${choice.before.slice(0, 12)} is not in the history of ${head.slice(0, 12)}: a force push, treated as a new branch`);
    const fallback = (0,base/* newBranch */.xo)({ defaultBranch: choice.defaultBranch, refName: choice.refName }, 'force push');
    return resolveBase(context, fallback, head);
}
/** A new branch: what it changed since it left the default branch; every image when that cannot be known. */
async function sinceBranchPoint(context, choice, head) {
    const tip = (await fetchBranch(context, choice.defaultBranch)) ??
        (await resolveCommit(context.exec, context.cwd, `refs/remotes/origin/${choice.defaultBranch}`)) ??
        (await resolveCommit(context.exec, context.cwd, `refs/heads/${choice.defaultBranch}`));
    if (tip === undefined) {
        return {
            kind: 'all',
            why: `${choice.why.split(':')[0]}: the default branch ${choice.defaultBranch} cannot be fetched: every image`,
        };
    }
    const point = await deepenUntil(context, [head, tip], () => mergeBase(context.exec, context.cwd, tip, head));
    if (point === undefined) {
        return {
            kind: 'all',
            why: `${choice.why.split(':')[0]}: no history shared with ${choice.defaultBranch}: every image`,
        };
    }
    return { kind: 'diff', base: point, head, why: choice.why };
}
/**
 * `rev` as a commit of this clone, fetching it from origin when missing: by SHA, as a branch
 * (into `refs/remotes/origin/`), or as a tag.
 */
async function findCommit(context, rev, branch) {
    // `HEAD~2` and `v1.0^` are fine to resolve; nothing that git could take for an option is.
    if (rev.startsWith('-') || /[\s\0]/.test(rev))
        return undefined;
    const here = await resolveCommit(context.exec, context.cwd, rev);
    if (here !== undefined)
        return here;
    if (await fetchCommit(context, rev))
        return resolveCommit(context.exec, context.cwd, rev);
    // A full commit id the remote does not have (a push before a force push) names no branch or
    // tag either: asking for those would be two more fetches that cannot succeed.
    if (branch === undefined && FULL_COMMIT_ID.test(rev))
        return undefined;
    const name = branch ?? rev.replace(/^refs\/(heads|remotes\/origin)\//, '');
    if (!isSafeRefName(name))
        return undefined;
    const fetched = await fetchBranch(context, name);
    // The branch's tip is the answer when the branch was asked for; a SHA must be in what came.
    if (fetched !== undefined)
        return branch === undefined ? fetched : resolveCommit(context.exec, context.cwd, rev);
    return fetchTag(context, name);
}
async function fetchTag(context, tag) {
    const depth = (await isShallow(context.exec, context.cwd)) ? ['--depth=1'] : [];
    const result = await context.exec.run('git', ['fetch', '--quiet', '--no-tags', ...depth, REMOTE, `+refs/tags/${tag}:refs/tags/${tag}`], { cwd: context.cwd, allowFailure: true });
    return result.exitCode === 0 ? resolveCommit(context.exec, context.cwd, `refs/tags/${tag}`) : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/steps/prepare-diff/run.ts

















/**
 * Plans the builds: chooses what to compare (or all, or the rebuild list), finds the image
 * directories that changed with ONE diff, adds their dependents, validates every planned config
 * and orders the images by dependency. Writes nothing: the caller writes files and outputs.
 */
async function runPrepareDiff(inputs, ports) {
    const root = external_node_path_default().resolve(inputs.root);
    if (!(0,external_node_fs_.existsSync)(root))
        throw new errors/* UserError */.yo(`${inputs.root} does not exist`, { field: 'input root' });
    const choice = (0,base/* chooseBase */.bf)({ mode: inputs.mode, base: inputs.base, event: inputs.event });
    const context = { exec: ports.exec, cwd: root, log: ports.log };
    const resolved = choice.kind === 'all' || choice.kind === 'list'
        ? choice
        : await resolveBase(context, choice, await headCommit(context, inputs.head));
    const notes = [];
    const { selection, imageDirs, graph } = await run_select(resolved, { inputs, root, ports, notes });
    if (inputs.includeDependents && resolved.kind !== 'all')
        addDependents(selection, root, imageDirs, graph);
    const images = await (0,load/* loadPlannedImages */.Nv)(root, [...selection.keys()].sort(), { imageDirs });
    if (inputs.requireReadme)
        checkReadmes(root, [...selection.keys()]);
    for (const image of images) {
        const reasons = selection.get(image.dir) ?? [];
        const planned = image.dependsOn.filter((dep) => selection.has(dep));
        image.reasons =
            reasons.length > 0 ? [...reasons] : planned.map((dep) => `built on ${dep}, which is rebuilt`);
    }
    const plan = {
        version: 1,
        mode: resolved.kind === 'diff'
            ? 'changed'
            : resolved.kind === 'all' && resolved.drift
                ? 'drift'
                : resolved.kind,
        ...(resolved.kind === 'diff' ? { base: resolved.base, head: resolved.head } : {}),
        why: resolved.why,
        images,
        archs: (0,outputs/* neededArchs */.P9)(images),
    };
    return { plan, notes };
}
async function headCommit(context, head) {
    const sha = /^-/.test(head) ? undefined : await resolveCommit(context.exec, context.cwd, head);
    if (sha === undefined) {
        throw new errors/* UserError */.yo(`head "${head}" is not a commit of this clone: check out the commit to build, or set head to one`, {
            field: 'input head',
        });
    }
    return sha;
}
async function run_select(resolved, context) {
    if (resolved.kind === 'diff')
        return fromDiff(resolved, context);
    const imageDirs = (0,discover/* listImageDirs */.q1)(context.root);
    if (resolved.kind === 'list')
        return { selection: fromRebuildList(context, imageDirs), imageDirs };
    return { selection: new Map(imageDirs.map((dir) => [dir, [resolved.why.replace(/.*: /, '')]])), imageDirs };
}
async function fromDiff(resolved, context) {
    const { exec } = context.ports;
    const diffing = diffNameStatus(exec, context.root, resolved.base, resolved.head);
    // While git computes the diff, a second git scans every image's dependencies (to find the
    // dependents of what changed) and we list the images: the three overlap instead of adding up.
    let listed;
    const listImages = () => (listed ??= (0,discover/* listImageDirs */.q1)(context.root));
    const scanning = context.inputs.includeDependents
        ? scanDependenciesWithGit(exec, context.root, listImages)
        : Promise.resolve(undefined);
    const imageDirs = listImages();
    const [changes, graph] = await Promise.all([diffing, scanning]);
    const images = new Set(imageDirs);
    const { changed, ignoredOnly } = changedImageDirs(changes, {
        isImageDir: (dir) => images.has(dir),
        ignored: (0,glob/* globMatcher */.fU)(context.inputs.ignore),
    });
    context.ports.log.info(`${changes.length} files changed; ${changed.size} image directories picked`);
    if (ignoredOnly.length > 0) {
        context.notes.push(`Not rebuilt, only ignored files changed (${context.inputs.ignore.join(', ')}): ${ignoredOnly.join(', ')}`);
    }
    return { selection: changed, imageDirs, ...(graph ? { graph } : {}) };
}
function fromRebuildList(context, imageDirs) {
    const { inputs, root } = context;
    // Relative to root, like the directories it lists: the default and an explicit
    // `rebuild-weekly.txt` are the same file whatever root is.
    const listed = inputs.rebuildList || DEFAULT_REBUILD_LIST;
    const file = external_node_path_default().resolve(root, listed);
    const shown = external_node_path_default().isAbsolute(listed) ? listed : external_node_path_default().join(inputs.root, listed);
    const text = readRebuildList(file, shown);
    const images = new Set(imageDirs);
    const selection = new Map();
    for (const entry of parseRebuildList(text)) {
        if (!images.has(entry.dir)) {
            const message = `${(0,errors/* shortToken */.Io)(entry.dir)} has no build-config.yaml under ${inputs.root}: skipped`;
            context.ports.log.warning(message, { file: shown, line: entry.line });
            context.notes.push(`${shown}:${entry.line}: ${message}`);
            continue;
        }
        selection.set(entry.dir, [`listed in ${external_node_path_default().basename(shown)}`]);
    }
    return selection;
}
/**
 * The rebuild list's text. A list in the checkout (the directory the step runs in) is a file of
 * the repository and read as one (readRepoFile: no symlink out, no .git, a regular file, capped);
 * a list elsewhere is one the workflow owner named by its absolute path, read with the same checks
 * in its own directory.
 */
function readRebuildList(file, shown) {
    const checkout = external_node_path_default().resolve('.');
    const [base, relative] = (0,repo_file/* isInside */.FK)(checkout, file)
        ? [checkout, external_node_path_default().relative(checkout, file)]
        : [external_node_path_default().dirname(file), external_node_path_default().basename(file)];
    try {
        return (0,repo_file/* readRepoFile */.v6)(base, relative, { shown });
    }
    catch (error) {
        if (!(error instanceof repo_file/* RepoFileError */.lD))
            throw error;
        const message = error.problem === 'missing'
            ? `the rebuild list ${shown} does not exist: create it (one image directory a line) or set rebuild-list`
            : `the rebuild list ${shown}: ${error.message}`;
        throw new errors/* UserError */.yo(message, { field: 'input rebuild-list' });
    }
}
/** Adds every image built on a selected one, found by a cheap scan of the other images. */
function addDependents(selection, root, imageDirs, scanned) {
    if (selection.size === 0)
        return;
    const graph = scanned ??
        scanDependencies(root, imageDirs.filter((dir) => !selection.has(dir)), (0,dependencies/* indexDependencyArgs */.Dm)(imageDirs));
    for (const dir of (0,plan_graph/* withDependents */.hO)(graph, selection.keys())) {
        if (!selection.has(dir))
            selection.set(dir, []);
    }
}
function checkReadmes(root, dirs) {
    const missing = dirs.filter((dir) => !(0,external_node_fs_.existsSync)(external_node_path_default().join(root, dir, 'README.md')));
    if (missing.length === 0)
        return;
    throw new errors/* UserErrors */.tQ(missing.map((dir) => new errors/* UserError */.yo(`${dir} has no README.md, and require-readme is on: add ${dir}/README.md saying what the image is for`, {
        location: { file: `${dir}/build-config.yaml` },
        field: 'input require-readme',
    })));
}


/***/ })

};
