import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8283:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7704);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7704:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./packages/core/src/exec.ts







/**
 * The one place a process is started. Arguments are an argv array handed to the kernel (no
 * shell), output is captured and masked, and the command line is logged at debug level with its
 * secrets masked; nothing else is printed (GitLab cannot mask a value found at run time). A
 * process gets `env` (the ports' environment) unless the call names its own: what a test or the
 * CLI hands the ports is what git and the credential helpers see, not this process's environment.
 *
 * Started with node:child_process, not @actions/exec: that one ends a child's stdin without
 * listening for its errors, so a child that exits before reading its input (a Docker credential
 * helper that gives up at once) threw EPIPE out of the whole step; and without input it left
 * stdin an open pipe, so a child that reads stdin waited forever.
 */
function createExec(log, env) {
    return {
        async run(file, args, options = {}) {
            log.debug(`exec: ${log.mask([file, ...args].join(' '))}`);
            const childEnv = (options.env ?? env);
            // Node looks a bare name up on the PATH of the env it is given, but reports a missing
            // program only as ENOENT: the name is resolved here to say what is missing and where.
            const program = await findProgram(file, childEnv.PATH ?? '', options.cwd);
            if (!program) {
                throw new errors/* ExternalError */.yA(`could not start ${file}: not found (is ${file} installed and on PATH?)`);
            }
            const { onLine } = options;
            let result;
            try {
                result = await runChild(program, args, {
                    cwd: options.cwd,
                    env: childEnv,
                    input: options.input,
                    onLine: onLine && ((line, stream) => onLine(log.mask(line), stream)),
                });
            }
            catch (error) {
                throw new errors/* ExternalError */.yA(`could not start ${file}: ${errorText(error)}`, { cause: error });
            }
            const stderr = log.mask(result.stderr);
            if (result.exitCode !== 0 && !options.allowFailure) {
                throw new errors/* ExecError */.cI(file, args.map((a) => log.mask(a)), result.exitCode, stderr);
            }
            return { exitCode: result.exitCode, stdout: result.stdout, stderr };
        },
    };
}
/**
 * How long output may stay open after the child exits: a process it left behind (a daemon it
 * started) can hold the pipes open for good; what the child wrote is in by then.
 */
const closeGrace = 10_000;
/** Runs `program` to its end; rejects only when it cannot be started. */
function runChild(program, args, options) {
    return new Promise((resolve, reject) => {
        const hasInput = options.input !== undefined;
        // Without input the child's stdin is /dev/null: a child that reads it sees its end at once.
        const child = (0,external_node_child_process_namespaceObject.spawn)(program, [...args], {
            cwd: options.cwd,
            env: options.env,
            stdio: [hasInput ? 'pipe' : 'ignore', 'pipe', 'pipe'],
        });
        const out = collect(child.stdout, 'stdout', options.onLine);
        const err = collect(child.stderr, 'stderr', options.onLine);
        let settled = false;
        let grace;
        const finish = (code, signal) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(grace);
            // A process killed by a signal has no exit code: 128 + the signal's number, as a shell says.
            const exitCode = code ?? 128 + (signal ? (external_node_os_namespaceObject.constants.signals[signal] ?? 0) : 0);
            resolve({ exitCode, stdout: out.end(), stderr: err.end() });
        };
        child.on('error', (error) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(grace);
            reject(error);
        });
        child.on('exit', (code, signal) => {
            grace = setTimeout(() => finish(code, signal), closeGrace);
            grace.unref();
        });
        child.on('close', finish);
        if (hasInput) {
            // A child may exit without reading its input (most credential helpers do when they know no
            // such server): the write then fails with EPIPE, and the exit code tells what happened.
            child.stdin?.on('error', () => { });
            child.stdin?.end(options.input);
        }
    });
}
/**
 * Gathers a stream's text, handing on each line as it comes; `end` hands on the last one (without
 * a newline) too, and stops reading (a process left behind may still hold the pipe).
 */
function collect(stream, name, onLine) {
    // One decoder a stream: a character split between two chunks arrives whole.
    const decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    let text = '';
    let pending = '';
    const lines = (chunk) => {
        text += chunk;
        if (!onLine)
            return;
        pending += chunk;
        let newline = pending.indexOf('\n');
        while (newline >= 0) {
            onLine(pending.slice(0, newline), name);
            pending = pending.slice(newline + 1);
            newline = pending.indexOf('\n');
        }
    };
    stream?.on('data', (chunk) => lines(decoder.write(chunk)));
    let ended = false;
    return {
        end() {
            if (!ended) {
                ended = true;
                stream?.destroy();
                lines(decoder.end());
                if (onLine && pending)
                    onLine(pending, name);
            }
            return text;
        },
    };
}
/** `file` as a path to an executable: as given when it names a directory, else found on `PATH`. */
async function findProgram(file, pathList, cwd) {
    const candidates = file.includes('/')
        ? [external_node_path_default().resolve(cwd ?? '.', file)]
        : pathList
            .split((external_node_path_default()).delimiter)
            .filter(Boolean)
            .map((dir) => external_node_path_default().join(dir, file));
    for (const candidate of candidates) {
        try {
            await (0,promises_.access)(candidate, external_node_fs_namespaceObject.constants.X_OK);
            return candidate;
        }
        catch {
            // Not here; try the next directory.
        }
    }
    return undefined;
}
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./packages/core/src/inputs/read.ts
var read = __nccwpck_require__(2239);
;// CONCATENATED MODULE: ./packages/core/src/shared/reference.ts
/** An OCI tag: `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}` (distribution spec). */
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/** `sha256:<hex>`, the only algorithm we write and the one every registry accepts. */
const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
function isDigest(value) {
    return DIGEST_PATTERN.test(value);
}

;// CONCATENATED MODULE: ./packages/core/src/config/rules.ts
/**
 * The shapes of the strings a build-config.yaml holds: tags, ARG names, git remotes and refs,
 * image references, relative paths. Plain predicates; parse.ts turns a `false` into an error.
 */


/** An OCI repository path component: `curl`, `manifest-tool`, `a.b`, `a__b`; never upper case. */
const NAME_COMPONENT_PATTERN = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** A Dockerfile ARG (and environment variable) name. */
const ARG_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `${VAR}`, expanded from the environment at build time (never by a shell). */
const PLACEHOLDER = /\$\{([^}]*)\}/g;
/** The first malformed `${...}` in `text` (`${}`, `${1X}`, an unclosed `${`), if any. */
function badPlaceholder(text) {
    for (const match of text.matchAll(PLACEHOLDER)) {
        if (!ARG_NAME_PATTERN.test(match[1] ?? ''))
            return match[0];
    }
    const rest = text.replace(PLACEHOLDER, '');
    const unclosed = rest.indexOf('${');
    return unclosed === -1 ? undefined : rest.slice(unclosed);
}
/**
 * `text` with each `${VAR}` replaced by a short valid sample, so that a tag or reference that
 * will be complete only at build time can be checked now.
 */
function withSamplePlaceholders(text) {
    return text.replace(PLACEHOLDER, 'x');
}
function isTag(text) {
    return TAG_PATTERN.test(withSamplePlaceholders(text));
}
/**
 * A git remote: `https://host/path`, `ssh://`, `git://`, `file://` URLs, or scp-style
 * `user@host:path`. Never an option (`-u...`) and never whitespace, which would reach git's argv.
 */
function isGitRemote(text) {
    if (/\s/.test(text) || text.startsWith('-'))
        return false;
    if (/^(?:https?|ssh|git|git\+ssh|ssh\+git):\/\/[^/]+\/.+/.test(text))
        return true;
    if (/^file:\/\/\/?.+/.test(text))
        return true;
    return /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:(?!\/\/).+/.test(text);
}
/**
 * The credentials in a git remote, and the remote with them masked: everything between `://`
 * and the last `@` of the host part (so a password holding `@` is masked whole), and the
 * `user:password@` of a scheme-less remote. An ssh login (`ssh://git@host`, `git@host:path`) is
 * not a secret; on http(s) a lone user part is (tokens travel as `https://<token>@host`).
 */
function remoteCredential(url) {
    const match = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)?([^/?#]*)@/.exec(url);
    if (!match)
        return { display: url };
    const [whole, scheme = '', userinfo] = match;
    const colon = userinfo.indexOf(':');
    const login = colon < 0 && (scheme === '' || !/^https?:/i.test(scheme));
    if (login || userinfo === '')
        return { display: url };
    const secret = colon < 0 ? userinfo : userinfo.slice(colon + 1);
    return { secret: secret || userinfo, display: `${scheme}***@${url.slice(whole.length)}` };
}
/**
 * A branch, tag or commit as git's check-ref-format allows it, and not an option: no spaces,
 * `..`, `~^:?*[\`, `@{`, leading `-` or `/`, trailing `/`, `.` or `.lock`.
 */
function isGitRef(text) {
    if (text === '' || text === '@' || text.startsWith('-') || text.startsWith('/'))
        return false;
    if ([...text].some((c) => c < ' ' || c === '\x7f'))
        return false;
    if (/[\s~^:?*[\\]|\.\.|@\{|\/\/|\/\./.test(text))
        return false;
    return !/(?:\/|\.|\.lock)$/.test(text) && !text.startsWith('.');
}
const DOMAIN = String.raw `(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::[0-9]+)?/)?`;
const COMPONENT = String.raw `[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*`;
const REFERENCE_PATTERN = new RegExp(String.raw `^${DOMAIN}${COMPONENT}(?:/${COMPONENT})*(?::[A-Za-z0-9_][A-Za-z0-9._-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,})?$`);
/** An image reference as docker pull takes it: `[host[:port]/]path[:tag][@digest]`; `${VAR}` allowed. */
function isImageReference(text) {
    return REFERENCE_PATTERN.test(withSamplePlaceholders(text));
}
/** Why a path cannot be a path inside the image directory at all: empty, NUL, or absolute. */
function pathFormProblem(text) {
    if (text === '')
        return 'must not be empty (write `.` for the directory itself)';
    if (text.includes('\0'))
        return 'must not contain a NUL character';
    if (external_node_path_default().posix.isAbsolute(text) || /^[A-Za-z]:[\\/]/.test(text) || text.startsWith('\\')) {
        return `must be relative to the image directory, not absolute (\`${text}\`)`;
    }
    return undefined;
}
/** True when a relative path climbs out of its directory with `..` (`../x`, `a/../../x`). */
function climbsOut(text) {
    const normal = external_node_path_default().posix.normalize(text);
    return normal === '..' || normal.startsWith('../');
}
/** Why a path from the config may not be used, or undefined when it stays inside its directory. */
function relativePathProblem(text) {
    const formProblem = pathFormProblem(text);
    if (formProblem)
        return formProblem;
    return climbsOut(text) ? `must stay inside the image directory; \`${text}\` leads out of it` : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/config/variables.ts


/**
 * `${NAME}` exactly as config validation accepts it (rules.ts `badPlaceholder`): no `${X:-y}`,
 * no bare `$X`, so what the config check lets through is what gets expanded.
 */
const VARIABLE = new RegExp(String.raw `\$\{(${ARG_NAME_PATTERN.source.slice(1, -1)})\}`, 'g');
/**
 * `text` with each `${NAME}` replaced from `env`, by our code and never a shell, so `$(cmd)`,
 * backticks and `;` stay literal text. An unset or empty variable becomes '' and is reported to
 * `onMissing`: the caller decides whether that is a warning or an error.
 */
function expandVariables(text, env, onMissing) {
    return text.replace(VARIABLE, (_match, name) => {
        const value = env[name];
        if (value !== undefined && value !== '')
            return value;
        onMissing(name);
        return '';
    });
}
/** The `${NAME}`s in `text`, in order. */
function variableNames(text) {
    return [...text.matchAll(VARIABLE)].map((match) => match[1]);
}
/**
 * Names of variables that hold secrets on a runner: the step's own inputs (`INPUT_PASSWORD`),
 * the runner's (`ACTIONS_RUNTIME_TOKEN`, `ACTIONS_ID_TOKEN_REQUEST_URL`), and anything called a
 * token, password, secret, credential, private key, auth, key, JWT or cookie
 * (`CI_JOB_TOKEN`, `CI_REGISTRY_PASSWORD`, `AWS_SECRET_ACCESS_KEY`, `DOCKER_AUTH_CONFIG`).
 * A config's `${NAME}` may never read one, even when the workflow owner lists it.
 */
const SECRET_NAME = /^(?:INPUT|ACTIONS)_|TOKEN|PASSW(?:OR)?D|SECRET|CREDENTIAL|PRIVATE|JWT|COOKIE|(?:^|_)AUTH|(?:^|_)KEY(?:_|$)/i;
function isSecretName(name) {
    return SECRET_NAME.test(name);
}
/**
 * The `build-arg-env` input: the environment variables a config's `${NAME}` may read, besides
 * the values hephy-builder provides. Each must be a variable name, and none may look like a
 * secret: a build arg's value ends up in the image (its history, or a `LABEL` that uses it).
 */
function parseBuildArgEnv(names) {
    const bad = names.filter((name) => !ARG_NAME_PATTERN.test(name));
    if (bad.length > 0) {
        throw new errors/* UserError */.yo(`${bad.join(', ')}: not a variable name (letters, digits and _)`, {
            field: 'input build-arg-env',
        });
    }
    const secret = names.filter(isSecretName);
    if (secret.length > 0) {
        throw new errors/* UserError */.yo(`${secret.join(', ')} ${secret.length > 1 ? 'look' : 'looks'} like a secret (a step input, a runner variable, or a name with TOKEN, PASSWORD, SECRET, KEY, AUTH, ...): a build arg never reads one, since its value ends up in the pushed image`, { field: 'input build-arg-env' });
    }
    return [...new Set(names)];
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/core/src/plan/names.ts
/**
 * The names of images and tags (README.md "Names of images and tags"). Every step that pushes,
 * reads or tags an image computes its reference here and nowhere else.
 */

const NAMINGS = ['tag-prefix', 'repository'];
function place(scheme, image, suffix) {
    const { tag: _tag, digest: _digest, ...repository } = scheme.repository;
    if (scheme.naming === 'tag-prefix')
        return { ...repository, tag: `${image}-${suffix}` };
    return repository.kind === 'layout'
        ? { ...repository, dir: `${repository.dir}/${image}`, tag: suffix }
        : { ...repository, repository: `${repository.repository}/${image}`, tag: suffix };
}
/** One architecture's image: `curl-20251015-amd64` (or `<repository>/curl:20251015-amd64`). */
function archRef(scheme, image, arch) {
    return place(scheme, image, `${scheme.date}-${arch}`);
}
/**
 * The registry cache tag of one image and arch, in the cache repository next to the images:
 * `curl-amd64` (`naming: repository`: `amd64` in `<repository>/curl/cache`). No date, so every
 * day's build of the same image and arch reuses one cache; off the default branch it is
 * `<branch>-<arch>`, so a branch (a pull request's Dockerfile) never writes the default branch's cache.
 */
function cacheTag(scheme, image, arch) {
    return place(scheme, image, scheme.branch ? `${scheme.branch}-${arch}` : arch).tag;
}
/** The multi-arch index: `curl-20251015`. */
function indexRef(scheme, image) {
    return place(scheme, image, scheme.date);
}
/** An additional tag: `curl-latest`, or `curl-latest-<branch>` off the default branch. */
function extraTagRef(scheme, image, tag) {
    return place(scheme, image, scheme.branch ? `${tag}-${scheme.branch}` : tag);
}
/** `YYYYMMDD` in UTC, the default `date`. */
function utcDate(now) {
    return now.toISOString().slice(0, 10).replace(/-/g, '');
}
/** A branch name as a tag fragment: lower case, runs of other characters as `-`, at most 40 long. */
function branchSlug(branch) {
    return branch
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40)
        .replace(/-+$/, '');
}
/**
 * The suffix of a branch's names, at most 40 long: the branch name itself when it already is its
 * own slug (`fix-1`), else the slug cut to 27, `_` and the first 12 hex digits of the SHA-256 of
 * the raw name (`feature/x` gives `feature-x_<hash>`, `_` gives `_<hash>`). Never empty, so no
 * branch gets the default branch's plain names; and never shared: a slug has no `_`, so a name
 * that needed changing cannot collide with one that did not, and two that did differ in the hash.
 */
function branchSuffix(branch) {
    const slug = branchSlug(branch);
    if (slug !== '' && slug === branch)
        return slug;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(branch).digest('hex').slice(0, 12);
    return `${slug.slice(0, 27).replace(/-+$/, '')}_${hash}`;
}
/**
 * The scheme for this run. Off the default branch (a push to `feature/x`, a pull request) the
 * date becomes `<date>-<branch>` and extra tags get `-<branch>`, so the default branch's tags
 * never move; on the default branch, on tags, and where the default branch is unknown (a local
 * run), names are plain. A pull request always counts as off the default branch: its head may
 * be a fork's branch of the same name, and it must not move the default branch's tags.
 */
function resolveTagScheme(options, event, now) {
    const date = options.date || utcDate(now);
    const branch = offDefaultBranch(event) ? branchSuffix(event.refName ?? '') : '';
    return {
        repository: options.repository,
        naming: options.naming,
        date: branch ? `${date}-${branch}` : date,
        ...(branch ? { branch } : {}),
    };
}
function offDefaultBranch(event) {
    if (event.refName === undefined || event.refType === 'tag')
        return false;
    if (event.kind === 'pull_request')
        return true;
    return event.defaultBranch !== undefined && event.refName !== event.defaultBranch;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./packages/core/src/plan/graph.ts
/**
 * Build order over a dependency graph: dependencies first, otherwise the input order, so the same
 * repository always gives the same order.
 */
/**
 * Depth first, in input order: each node comes right after the last of its dependencies, and
 * otherwise where the input put it. Linear in nodes plus edges.
 */
function topologicalOrder(graph) {
    const state = new Map();
    const order = [];
    const stack = [];
    const visit = (node) => {
        const seen = state.get(node);
        if (seen === 'done')
            return undefined;
        if (seen === 'visiting')
            return [...stack.slice(stack.indexOf(node)), node];
        state.set(node, 'visiting');
        stack.push(node);
        for (const dep of graph.get(node) ?? []) {
            if (dep === node || !graph.has(dep))
                continue;
            const cycle = visit(dep);
            if (cycle)
                return cycle;
        }
        stack.pop();
        state.set(node, 'done');
        order.push(node);
        return undefined;
    };
    for (const node of graph.keys()) {
        const cycle = visit(node);
        if (cycle)
            return { ok: false, cycle };
    }
    return { ok: true, order };
}
/**
 * `selected` plus every node that depends on one of them, directly or not. `graph` must hold
 * every node of the repository, not only the selected ones.
 */
function withDependents(graph, selected) {
    const dependents = new Map();
    for (const [node, deps] of graph) {
        for (const dep of deps) {
            if (dep === node)
                continue;
            let list = dependents.get(dep);
            if (!list)
                dependents.set(dep, (list = []));
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
function dependencyWaves(nodes) {
    const depth = new Map();
    const waves = [];
    for (const node of nodes) {
        const level = Math.max(-1, ...node.dependsOn.map((dir) => depth.get(dir) ?? -1)) + 1;
        depth.set(node.dir, level);
        (waves[level] ??= []).push(node);
    }
    return waves;
}

;// CONCATENATED MODULE: ./packages/core/src/plan/child-groups.ts

/** The plan's image directories in plan (dependency) order, with the planned directories each is built on. */
function dirUnits(plan) {
    // dependsOn holds image directories (a directory with targets: has several images).
    const planned = new Set(plan.images.map((image) => image.dir));
    const units = new Map();
    for (const image of plan.images) {
        const unit = units.get(image.dir) ?? {
            dir: image.dir,
            archs: [],
            dependsOn: [],
            upstream: image.config.source.kind === 'upstream',
            manual: image.config.manualBuild,
            ...(image.config.buildBackend ? { backend: image.config.buildBackend } : {}),
        };
        for (const arch of image.archs)
            if (!unit.archs.includes(arch))
                unit.archs.push(arch);
        for (const dep of image.dependsOn) {
            if (planned.has(dep) && dep !== image.dir && !unit.dependsOn.includes(dep))
                unit.dependsOn.push(dep);
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
function* groupings(units, jobKind = () => '') {
    const index = new Map(units.map((unit, i) => [unit.dir, i]));
    yield units.map((unit) => ({
        name: unit.dir,
        units: [unit],
        after: unit.dependsOn.map((dir) => index.get(dir)),
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
function splitByKind(groups, jobKind, oneWave) {
    const partsOf = groups.map((group) => {
        const parts = [];
        for (const unit of group.units) {
            const kind = jobKind(unit);
            const same = oneWave ? parts.find((part) => jobKind(part[0]) === kind) : parts.at(-1);
            if (same && jobKind(same[0]) === kind)
                same.push(unit);
            else
                parts.push([unit]);
        }
        return parts;
    });
    if (partsOf.every((parts) => parts.length === 1))
        return groups;
    const first = [];
    let next = 0;
    for (const parts of partsOf) {
        first.push(next);
        next += parts.length;
    }
    const exits = (g) => {
        const count = partsOf[g]?.length ?? 0;
        const start = first[g];
        return oneWave ? Array.from({ length: count }, (_, i) => start + i) : [start + count - 1];
    };
    return groups.flatMap((group, g) => partsOf[g].map((units, p, parts) => ({
        name: parts.length === 1 ? group.name : `${group.name}-${p + 1}`,
        units,
        after: p === 0 || oneWave ? group.after.flatMap(exits) : [first[g] + p - 1],
    })));
}
function chunkWaves(waves, size) {
    const groups = [];
    let previous = [];
    waves.forEach((wave, w) => {
        const current = [];
        for (let start = 0; start < wave.length; start += size) {
            current.push(groups.length);
            const part = wave.length > size ? `-${start / size + 1}` : '';
            groups.push({ name: `wave-${w + 1}${part}`, units: wave.slice(start, start + size), after: previous });
        }
        previous = current;
    });
    return groups;
}
/** `count` groups of consecutive waves, each holding its directories in plan order. */
function bandWaves(waves, count, units) {
    const perBand = Math.ceil(waves.length / count);
    const groups = [];
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

;// CONCATENATED MODULE: ./packages/core/src/platform/gitlab-runner-images.ts
/**
 * Which runner image a child pipeline's build job runs in: the one made for the backend of the
 * images it builds (the Containerfile's targets, docs/backends.md "Runner images"), and how the
 * job starts a step there.
 */


/** Where the kaniko runner image keeps Node and the bundles: under /kaniko, which kaniko leaves alone. */
const KANIKO_RUNNER_HOME = '/kaniko/hephy-builder';
const KANIKO_RUNNER_NODE = `${KANIKO_RUNNER_HOME}/bin/node`;
const KANIKO_RUNNER_DIST_DIR = `${KANIKO_RUNNER_HOME}/dist`;
/** Backends whose released runner image is `<runner image repository>-<backend>`, same tag. */
const RELEASED = {
    kaniko: (image) => ({ image, node: KANIKO_RUNNER_NODE, distDir: KANIKO_RUNNER_DIST_DIR }),
    buildkit: (image, distDir) => ({ image, node: 'node', distDir }),
};
/** The backends with a runner image input (`<backend>-image`); buildah builds in the default image. */
const BACKENDS_WITH_IMAGE = ['kaniko', 'buildkit', 'buildx', 'ko', 'spin'];
/** The pipeline input naming the runner image of `backend`'s build jobs. */
function backendImageInput(backend) {
    return `${backend}-image`;
}
/**
 * The runner image of each backend whose builds do not run in the default one: kaniko and
 * BuildKit always (their input, else the released image next to the default one), buildx, ko
 * and spin only when their input names one. A backend without an entry builds in the default
 * image (buildah and auto, which never picks kaniko there). Images given by input have the
 * bundles at `dist-dir` and `node` on the PATH; the released kaniko image has them under /kaniko.
 */
function readBackendImages(input, runnerImage, distDir) {
    const images = {};
    for (const backend of BACKENDS_WITH_IMAGE) {
        const given = input(backendImageInput(backend));
        const released = RELEASED[backend];
        if (given && released)
            images[backend] = released(given, distDir);
        else if (given)
            images[backend] = { image: given, node: 'node', distDir };
        else if (released && runnerImage)
            images[backend] = released(releasedBeside(runnerImage, backend), distDir);
    }
    return images;
}
/**
 * `registry.gitlab.com/kingdon-ci/hephy-builder/runner:1.2.0` -> `...runner-kaniko:1.2.0`: the
 * release names the backend images after the default one. An image pinned by digest has no such
 * neighbour; the input must then name it, which the renderer asks for only if a job needs it.
 */
function releasedBeside(runnerImage, backend) {
    if (runnerImage.includes('@'))
        return '';
    const colon = runnerImage.lastIndexOf(':');
    const hasTag = colon > runnerImage.lastIndexOf('/');
    const name = hasTag ? runnerImage.slice(0, colon) : runnerImage;
    return `${name}-${backend}${hasTag ? runnerImage.slice(colon) : ''}`;
}
/**
 * The runner image a build of `backend` runs in (`auto` and every backend without an image of
 * its own: the default one). An image left unknown (a default image pinned by digest) is an
 * error naming the input that would fix it.
 */
function runnerImageOf(backend, images, fallback) {
    const own = images[backend];
    if (!own)
        return fallback;
    if (!own.image) {
        const input = backendImageInput(backend);
        throw new errors/* UserError */.yo(`the runner image is pinned by digest (${fallback.image}), so the ${backend} runner image cannot be named after it: set the ${input} input`, { field: `input ${input}` });
    }
    return own;
}
/** The job script line that runs `step`'s bundle in `runner`. */
function stepCommand(step, runner) {
    return `${shellQuote(runner.node)} ${shellQuote(external_node_path_default().posix.join(runner.distDir, step, 'index.js'))}`;
}
function shellQuote(value) {
    return /^[\w./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./packages/core/src/platform/gitlab-aws-oidc.ts
/**
 * Writes the OIDC token of `id_tokens` where the AWS SDK of the `ecr-login` credential helper
 * reads it, and points the Docker config at that helper for the repository's registry. The same
 * line is in every template; it does nothing unless `AWS_ROLE_ARN` is set.
 */
const AWS_OIDC_SETUP = 'if [ -n "${AWS_ROLE_ARN:-}" ]; then export AWS_WEB_IDENTITY_TOKEN_FILE="${TMPDIR:-/tmp}/hephy-oidc-token" DOCKER_CONFIG="${TMPDIR:-/tmp}/hephy-docker"; printf %s "$HEPHY_OIDC_TOKEN" > "$AWS_WEB_IDENTITY_TOKEN_FILE"; mkdir -p "$DOCKER_CONFIG"; printf \'{"credHelpers":{"%s":"ecr-login"}}\' "${INPUT_REPOSITORY%%/*}" > "$DOCKER_CONFIG/config.json"; fi';
/** A child job's OIDC token for AWS (`id_tokens`) and the ecr-login set-up; nothing without a role. */
function awsOidc(roleArn, audience) {
    if (!roleArn)
        return {};
    return {
        id_tokens: { HEPHY_OIDC_TOKEN: { aud: audience } },
        before_script: [AWS_OIDC_SETUP],
    };
}

// EXTERNAL MODULE: ./packages/core/src/platform/platform.ts
var platform_platform = __nccwpck_require__(7110);
;// CONCATENATED MODULE: ./packages/core/src/platform/gitlab-pipeline.ts
/**
 * The child pipeline that GitLab's `trigger: include: artifact:` runs after prepare-diff: one
 * build job per image directory and arch on that arch's runner, `needs:` edges to the jobs of the
 * images it is built on (same arch), then a merge and a retag job per directory. The YAML is
 * self-contained (no `include:`), so it runs the same on GitLab.com, on a self-managed instance
 * without the catalog, and under gitlab-ci-local; and it carries no secret, only the names of the
 * CI/CD variables that hold one.
 */







/** GitLab.com's limits (CI/CD limits docs): needs per job, generated-config artifact size. */
const GITLAB_MAX_NEEDS = 50;
const GITLAB_MAX_CHILD_BYTES = 5 * 1024 * 1024;
/**
 * Jobs in one child pipeline before directories are grouped: the bound GitLab puts on a
 * `parallel:matrix`, and well inside every instance's pipeline size limit.
 */
const DEFAULT_MAX_CHILD_JOBS = 200;
const DEFAULT_DIST_DIR = '/opt/hephy-builder/dist';
const STEP_JOB_PREFIX = 'hephy';
/**
 * On every job: the bundles then run as GitLab jobs wherever the child pipeline runs, even where
 * GITLAB_CI is not "true" (gitlab-ci-local, which also passes no `--variable` into a child).
 */
const ON_GITLAB = { [platform_platform/* PLATFORM_VARIABLE */.lX]: 'gitlab' };
/** The child pipeline's YAML for `plan`: the per-directory jobs, or grouped jobs when they would not fit. */
function renderGitLabChildPipeline(plan, options) {
    const units = dirUnits(plan);
    if (units.length === 0)
        return toYaml(plan, noopPipeline(options));
    // Directories built in different runner images never share a build job.
    const jobKind = (unit) => (unit.manual ? options.image : buildImage(unit, options).image);
    for (const groups of groupings(units, jobKind)) {
        const jobs = pipelineJobs(groups, options);
        if (Object.keys(jobs).length > options.maxJobs || maxNeeds(jobs) > GITLAB_MAX_NEEDS)
            continue;
        const text = toYaml(plan, {
            stages: ['build', 'merge', 'retag'],
            variables: globalVariables(plan, options),
            ...jobs,
        });
        if (Buffer.byteLength(text) > GITLAB_MAX_CHILD_BYTES)
            continue;
        return text;
    }
    throw new errors/* UserError */.yo(`${units.length} image directories do not fit one child pipeline within ${options.maxJobs} jobs, ` +
        `${GITLAB_MAX_NEEDS} needs per job and 5 MB: raise the max-child-jobs input, or split the build with the rebuild list`, { field: 'input max-child-jobs' });
}
function pipelineJobs(groups, options) {
    const jobs = {};
    const upstream = groups.flatMap((group) => group.units.filter((unit) => unit.upstream).map((u) => u.dir));
    const clone = `${STEP_JOB_PREFIX}:clone-upstream`;
    if (upstream.length > 0)
        jobs[clone] = cloneJob(upstream, options);
    const buildName = (g, arch) => `${STEP_JOB_PREFIX}:build:${groups[g]?.name}:${arch}`;
    const builds = groups.map((group) => buildableArchs(group));
    groups.forEach((group, g) => {
        for (const arch of builds[g] ?? []) {
            const needs = [
                ...(group.units.some((unit) => unit.upstream && !unit.manual) ? [clone] : []),
                ...builtBefore(groups, builds, g, arch).map((h) => buildName(h, arch)),
            ];
            jobs[buildName(g, arch)] = buildJob(group, arch, needs, options);
        }
        if (!options.push)
            return;
        const merge = `${STEP_JOB_PREFIX}:merge:${group.name}`;
        jobs[merge] = stepJob('merge-manifest', 'merge', group, (builds[g] ?? []).map((a) => buildName(g, a)), options);
        jobs[`${STEP_JOB_PREFIX}:retag:${group.name}`] = stepJob('retag', 'retag', group, [merge], options);
    });
    return jobs;
}
/** The archs a group has something to build for (manual images are only merged). */
function buildableArchs(group) {
    const archs = [];
    for (const unit of group.units) {
        if (unit.manual)
            continue;
        for (const arch of unit.archs)
            if (!archs.includes(arch))
                archs.push(arch);
    }
    return archs;
}
/**
 * The groups whose build job for `arch` must finish first: those in `after` that build `arch`;
 * through one that does not, the ones it comes after, so an order is never lost on the way.
 */
function builtBefore(groups, builds, g, arch) {
    const found = new Set();
    const seen = new Set();
    const visit = (h) => {
        if (seen.has(h))
            return;
        seen.add(h);
        if (builds[h]?.includes(arch))
            found.add(h);
        else
            for (const next of groups[h]?.after ?? [])
                visit(next);
    };
    for (const h of groups[g]?.after ?? [])
        visit(h);
    return [...found].sort((a, b) => a - b);
}
function cloneJob(dirs, options) {
    return {
        ...runnerOf('amd64', options),
        stage: 'build',
        needs: [],
        variables: { ...ON_GITLAB, INPUT_DIRS: dirs.join(' ') },
        script: [stepScript('clone-upstream', options)],
        artifacts: artifacts(options, ['*-source.tar.gz']),
    };
}
/** The runner image a directory builds in: its backend's (`build_backend`, else the backend input). */
function buildImage(unit, options) {
    const backend = unit.backend ?? options.buildInputs.backend ?? '';
    return runnerImageOf(backend, options.backendImages, defaultImage(options));
}
function defaultImage(options) {
    return { image: options.image, node: 'node', distDir: options.distDir };
}
function buildJob(group, arch, needs, options) {
    const dirs = group.units.filter((unit) => !unit.manual && unit.archs.includes(arch)).map((u) => u.dir);
    // Every directory a group builds builds in the same image (groupings splits by it).
    const runner = buildImage(group.units.find((unit) => !unit.manual), options);
    return {
        ...runnerOf(arch, options),
        image: runner.image,
        stage: 'build',
        needs: needs.map((job) => ({ job, artifacts: true })),
        ...AFTER_FAILURES,
        variables: {
            ...ON_GITLAB,
            ...inputVariables(options.buildInputs),
            INPUT_ARCH: arch,
            ...planPart(group, dirs),
            INPUT_PUSH: String(options.push),
        },
        ...awsOidc(options.awsRoleArn, options.oidcAudience),
        script: [stepCommand('build-arch', runner)],
        // The .tag files of the jobs it needed are in the output dir too: passing them on lets a
        // later wave find every dependency's digest through one `needs:` edge.
        artifacts: artifacts(options, ['*.tag']),
    };
}
/**
 * dirs is the whole plan (a global variable), only the job's own: an image on a failed one is
 * skipped, never built on an older `<dep>-latest`. Not for an upstream image: its `ARG <DEP>_TAG`
 * are known only once cloned, so its job has no `needs:` on them and builds on `<dep>-latest`.
 */
function planPart(group, dirs) {
    const upstream = group.units.some((unit) => unit.upstream && !unit.manual);
    return upstream ? { INPUT_DIRS: dirs.join(' ') } : { INPUT_ONLY: dirs.join(' ') };
}
function stepJob(step, stage, group, needs, options) {
    return {
        ...runnerOf('amd64', options),
        stage,
        needs: needs.map((job) => ({ job, artifacts: true })),
        ...AFTER_FAILURES,
        variables: {
            ...ON_GITLAB,
            ...(step === 'retag' ? inputVariables(options.retagInputs) : {}),
            // The index links back to this project, as the action's default links to the repository.
            ...(step === 'merge-manifest' ? { INPUT_SOURCE_URL: '$CI_PROJECT_URL' } : {}),
            INPUT_DIRS: group.units.map((unit) => unit.dir).join(' '),
        },
        ...awsOidc(options.awsRoleArn, options.oidcAudience),
        script: [stepScript(step, options)],
        artifacts: artifacts(options, step === 'merge-manifest' ? ['*.tag'] : []),
    };
}
/**
 * Build, merge and retag jobs run after a failed job they need too, as the GitHub workflow's
 * `!cancelled()`: each step then does what it can and names what it could not (docs/gitlab.md).
 */
const AFTER_FAILURES = { when: 'always' };
function noopPipeline(options) {
    return {
        [`${STEP_JOB_PREFIX}:nothing-to-build`]: {
            ...runnerOf('amd64', options),
            variables: { ...ON_GITLAB },
            script: ['echo "hephy-builder: no image directory changed, nothing to build"'],
        },
    };
}
function runnerOf(arch, options) {
    const tag = options.runnerTags[arch] ?? options.runnerTags.amd64 ?? '';
    return { image: options.image, ...(tag ? { tags: [tag] } : {}) };
}
function stepScript(step, options) {
    return stepCommand(step, defaultImage(options));
}
function artifacts(options, globs) {
    const inOutput = (name) => external_node_path_default().posix.join(options.outputDir, name);
    return {
        ...(globs.length > 0 ? { paths: globs.map(inOutput) } : {}),
        reports: { dotenv: inOutput('hephy.env') },
        expire_in: '1 week',
        when: 'always',
    };
}
function globalVariables(plan, options) {
    return {
        ...inputVariables(options.inputs),
        // The whole plan, for every build job's `only` (a job's own dirs override it where they must).
        INPUT_DIRS: [...new Set(plan.images.map((image) => image.dir))].join(' '),
        INPUT_OUTPUT_DIR: options.outputDir,
        ...(options.awsRoleArn ? { AWS_ROLE_ARN: options.awsRoleArn } : {}),
    };
}
/** `{'insecure-registries': 'x'}` -> `{INPUT_INSECURE_REGISTRIES: 'x'}`, leaving out blanks. */
function inputVariables(inputs) {
    return Object.fromEntries(Object.entries(inputs)
        .filter(([, value]) => value !== '')
        .map(([name, value]) => [`INPUT_${name.toUpperCase().replace(/-/g, '_')}`, value]));
}
function maxNeeds(jobs) {
    return Math.max(0, ...Object.values(jobs).map((job) => (Array.isArray(job.needs) ? job.needs.length : 0)));
}
/**
 * GitLab reads the file as YAML 1.1, where `yes`, `off`, `null`, `1_000`, `0b101` or `1:20` are
 * not strings. Every string value is double-quoted and so are the job names (they hold directory
 * names); the remaining keys are ours, and YAML 1.1 rules quote any of them that would change type.
 */
function toYaml(plan, document) {
    const header = [
        '# Generated by hephy-builder prepare-diff; GitLab runs it as a child pipeline.',
        `# ${plan.images.length} image(s) in ${new Set(plan.images.map((i) => i.dir)).size} directories; archs: ${plan.archs.join(', ') || 'none'}.`,
    ];
    const yaml = new dist/* Document */.yo(document, { version: '1.1', aliasDuplicateObjects: false });
    if ((0,dist/* isMap */.jh)(yaml.contents)) {
        for (const { key } of yaml.contents.items) {
            if ((0,dist/* isScalar */.jn)(key) && String(key.value).startsWith(`${STEP_JOB_PREFIX}:`))
                key.type = 'QUOTE_DOUBLE';
        }
    }
    const text = yaml.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
    return `${header.join('\n')}\n${text}`;
}

;// CONCATENATED MODULE: ./packages/core/src/platform/gitlab-pipeline-inputs.ts
/**
 * What the child pipeline is rendered from: the inputs of pipeline.yml's prepare-diff job, read
 * and checked; and the hook that writes the file where the trigger job includes it from.
 */








/** `$NAME` or `${NAME}`: how a credential must reach the child pipeline (never the value itself). */
const VARIABLE_REFERENCE = /^\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)$/;
/** The variable a pipeline credential input names (`$REGISTRY_PASSWORD`, `${REGISTRY_PASSWORD}`), if it names one. */
function credentialVariable(raw) {
    return VARIABLE_REFERENCE.test(raw) ? raw.replace(/^\$\{?|\}$/g, '') : undefined;
}
/**
 * The renderer's options from the prepare-diff job of pipeline.yml: the pipeline's inputs, which
 * that job receives as `INPUT_*` variables. `username`/`password` arrive unexpanded
 * (`expand: false`) and must name a CI/CD variable, so no secret is written into the artifact.
 */
async function readChildPipelineOptions(platform, now) {
    const input = (name, fallback = '') => platform.input(name) || fallback;
    const event = await platform.event();
    const image = input('image', platform.env.HEPHY_RUNNER_IMAGE ?? platform.env.CI_JOB_IMAGE ?? '');
    const distDir = input('dist-dir', DEFAULT_DIST_DIR);
    return {
        image,
        distDir,
        backendImages: readBackendImages(input, image, distDir),
        outputDir: input('output-dir', '.'),
        runnerTags: readRunnerTags(input),
        inputs: {
            root: input('root'),
            repository: input('repository', platform.env.CI_REGISTRY_IMAGE ?? ''),
            naming: input('naming'),
            date: input('date', utcDate(now)),
            'insecure-registries': input('insecure-registries'),
            username: credentialReference('username', input('username')),
            password: credentialReference('password', input('password')),
        },
        buildInputs: {
            backend: input('backend'),
            cache: input('cache'),
            reuse: input('reuse'),
            // Checked here too, so a secret's name stops the pipeline before any child job starts.
            'build-arg-env': parseBuildArgEnv((0,read/* parseListInput */.UF)(input('build-arg-env'))).join(','),
        },
        retagInputs: { tags: input('tags') },
        push: pipelinePushes(input, event),
        awsRoleArn: input('aws-role-arn'),
        oidcAudience: input('oidc-audience', platform.env.CI_SERVER_URL ?? ''),
        maxJobs: readMaxJobs(input('max-child-jobs')),
    };
}
/** Whether pipeline.yml's pipeline pushes: its `push`, and from a merge request only with push-on-merge-requests. */
function pipelinePushes(input, event) {
    const push = (0,read/* parseBooleanInput */.S8)('push', input('push'), true);
    const onMergeRequests = (0,read/* parseBooleanInput */.S8)('push-on-merge-requests', input('push-on-merge-requests'), false);
    return push && (event.kind !== 'pull_request' || onMergeRequests);
}
function readRunnerTags(input) {
    const tags = { amd64: input('amd64-runner-tag'), arm64: input('arm64-runner-tag') };
    for (const entry of (0,read/* parseListInput */.UF)(input('runner-tags'))) {
        const [arch, tag] = entry.split('=', 2);
        if (!arch || tag === undefined) {
            throw new errors/* UserError */.yo(`"${entry}" is not <arch>=<runner tag>, e.g. armv7=my-arm-runner`, {
                field: 'input runner-tags',
            });
        }
        tags[arch] = tag;
    }
    return tags;
}
function readMaxJobs(raw) {
    if (raw === '')
        return DEFAULT_MAX_CHILD_JOBS;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 4) {
        throw new errors/* UserError */.yo(`"${raw}" is not a whole number of at least 4`, { field: 'input max-child-jobs' });
    }
    return value;
}
function credentialReference(name, raw) {
    if (raw === '' || VARIABLE_REFERENCE.test(raw))
        return raw;
    throw new errors/* UserError */.yo(`the ${name} input of the pipeline must name a CI/CD variable (e.g. $REGISTRY_PASSWORD), not hold the value: ` +
        'the child pipeline is a job artifact, and a value written into it would be readable by anyone who can read the pipeline', { field: `input ${name}` });
}
/**
 * prepare-diff's hook (GitLab, `child-pipeline` input set): renders the plan and writes it to
 * `file`. Everything is checked before the file is written, so bad input leaves no file.
 */
async function writeChildPipeline(file, plan, platform, ports) {
    const options = await readChildPipelineOptions(platform, ports.now());
    if (!options.image) {
        throw new errors/* UserError */.yo('no runner image for the child pipeline: set the image input', {
            field: 'input image',
        });
    }
    const yaml = renderGitLabChildPipeline(plan, options);
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    await (0,promises_.writeFile)(file, yaml);
    ports.log.info(`child pipeline: ${file} (${Buffer.byteLength(yaml)} bytes)`);
}

// EXTERNAL MODULE: ./packages/core/src/platform/secrets.ts
var secrets = __nccwpck_require__(8512);
;// CONCATENATED MODULE: ./packages/core/src/platform/gitlab.ts






/** The file GitLab reads as `artifacts:reports:dotenv`. */
const DOTENV_FILE = 'hephy.env';
/** GitLab's default limits for a dotenv report (artifacts_reports docs; admin-configurable). */
const DOTENV_MAX_BYTES = 5 * 1024;
const DOTENV_MAX_VARIABLES = 20;
/**
 * A GitLab CI job: outputs as a dotenv report, collapsible sections for groups and summaries.
 * GitLab cannot mask a value found at run time, so our own masker is the only protection.
 */
function createGitLabPlatform(env, write = (t) => process.stdout.write(t)) {
    const masker = new secrets/* SecretMasker */.M();
    const debugOn = env.CI_DEBUG_TRACE === 'true' || env.HEPHY_DEBUG === 'true';
    let sections = 0;
    // A UserError's message starts with its file:line already; say where only when it does not.
    const where = (location, message) => location && !message.startsWith(location.file)
        ? `${location.file}${location.line ? `:${location.line}` : ''}: `
        : '';
    // Every text we print passes through here; only sectionStart/sectionEnd write a marker.
    const shown = (text) => withoutSectionMarkers(masker.mask(text));
    const log = {
        info: (message) => write(`${shown(message)}\n`),
        warning: (message, location) => write(`\u001b[33mWARNING: ${shown(where(location, message) + message)}\u001b[0m\n`),
        error: (message, location) => write(`\u001b[31mERROR: ${shown(where(location, message) + message)}\u001b[0m\n`),
        debug: (message) => {
            if (debugOn)
                write(`DEBUG: ${shown(message)}\n`);
        },
        async group(title, fn) {
            const id = `hephy_${++sections}`;
            write(sectionStart(id, shown(title)));
            try {
                return await fn();
            }
            finally {
                write(sectionEnd(id));
            }
        },
        addSecret: (secret) => masker.add(secret),
        mask: (text) => masker.mask(text),
    };
    const platform = {
        name: 'gitlab',
        log,
        env,
        input: (name) => (0,read/* readInput */.R5)(env, name),
        async setOutputs(outputs, outputDir) {
            const { text, skipped } = toDotenv(outputs, masker);
            for (const name of skipped) {
                log.debug(`output ${name} is not in ${DOTENV_FILE} (too long or has spaces); read it from its file`);
            }
            await (0,promises_.mkdir)(outputDir, { recursive: true });
            await (0,promises_.writeFile)(external_node_path_default().join(outputDir, DOTENV_FILE), text);
        },
        async summary(title, markdown) {
            await log.group(title, async () => write(`${shown(markdown)}\n`));
        },
        event: async () => readGitLabEvent(env),
        registryLogin() {
            const { CI_REGISTRY: host, CI_REGISTRY_USER: username, CI_REGISTRY_PASSWORD: password } = env;
            if (!host || !username || !password)
                return undefined;
            log.addSecret(password);
            return { host, username, password };
        },
        // The runner's tag chose the machine; GitLab says nothing more about its CPU than Node does.
        runnerArch: () => (0,platform_platform/* nodeArchLabel */.ho)(),
        async publishPlan(plan, ports) {
            const file = platform.input('child-pipeline');
            if (file)
                await writeChildPipeline(file, plan, platform, ports);
        },
        // pipeline.yml's prepare-diff (the one with a child pipeline) pushes as its child pipeline
        // does; a prepare-diff component of one's own pushes as its `push` says.
        runPushes: (push, event) => push && (!platform.input('child-pipeline') || pipelinePushes(platform.input, event)),
        credentialInput(raw) {
            const name = credentialVariable(raw);
            return name === undefined ? raw : (env[name] ?? '');
        },
        fail(message, location) {
            log.error(message, location);
            process.exitCode = 1;
        },
    };
    return platform;
}
/**
 * GitLab reads `section_start:<time>:<name>[options]\r\e[0K` (and `section_end:`) as a log
 * section wherever it appears (Gitlab::Regex.build_trace_section_regex); the escape character
 * is in every form of it. Text we did not write keeps its colours (`\e[...m`) and loses every
 * other escape sequence, so tool output and names cannot open, close or hide a section.
 */
function withoutSectionMarkers(text) {
    // eslint-disable-next-line no-control-regex -- the escape character is what this removes
    return text.replace(/\u001b(?!\[[0-9;]*m)/g, '');
}
function sectionStart(id, title) {
    return `\u001b[0Ksection_start:${Math.floor(Date.now() / 1000)}:${id}[collapsed=true]\r\u001b[0K${title}\n`;
}
function sectionEnd(id) {
    return `\u001b[0Ksection_end:${Math.floor(Date.now() / 1000)}:${id}\r\u001b[0K\n`;
}
/** `need-amd64` -> `HEPHY_NEED_AMD64`: dotenv keys allow letters, digits and `_` only. */
function dotenvKey(output) {
    return `HEPHY_${output.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
/**
 * A dotenv report within GitLab's rules: no spaces or newlines in values, at most 20 variables
 * and 5 KB. Outputs that do not fit are left out (every one of them is also a file in output-dir).
 */
function toDotenv(outputs, masker) {
    const lines = [];
    const skipped = [];
    let bytes = 0;
    for (const [name, raw] of Object.entries(outputs)) {
        const value = masker.mask(raw);
        const line = `${dotenvKey(name)}=${value}\n`;
        if (/\s/.test(value) || bytes + line.length > DOTENV_MAX_BYTES || lines.length >= DOTENV_MAX_VARIABLES) {
            skipped.push(name);
            continue;
        }
        lines.push(line);
        bytes += line.length;
    }
    return { text: lines.join(''), skipped };
}
/** Reads GitLab's predefined `CI_*` variables into a `CiEvent`. */
function readGitLabEvent(env) {
    const source = env.CI_PIPELINE_SOURCE ?? '';
    const tag = env.CI_COMMIT_TAG || undefined;
    const refName = tag ?? env.CI_COMMIT_BRANCH ?? env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ?? env.CI_COMMIT_REF_NAME;
    const common = {
        name: source,
        headSha: env.CI_COMMIT_SHA,
        refName,
        ...(tag ? { refType: 'tag' } : refName !== undefined ? { refType: 'branch' } : {}),
        defaultBranch: env.CI_DEFAULT_BRANCH,
        ...(env.CI_PROJECT_URL ? { sourceUrl: env.CI_PROJECT_URL } : {}),
    };
    // A merge request's child pipeline says `parent_pipeline` but keeps the merge request's
    // variables: its builds are the merge request's, off the default branch (gitlab-org/gitlab#388018).
    const ofMergeRequest = source === 'parent_pipeline' && env.CI_MERGE_REQUEST_IID !== undefined;
    switch (ofMergeRequest ? 'merge_request_event' : source) {
        case 'push':
            return { ...common, kind: 'push', before: env.CI_COMMIT_BEFORE_SHA };
        case 'merge_request_event':
        case 'external_pull_request_event':
            return {
                ...common,
                kind: 'pull_request',
                baseSha: env.CI_MERGE_REQUEST_DIFF_BASE_SHA ?? env.CI_EXTERNAL_PULL_REQUEST_TARGET_BRANCH_SHA,
                baseRef: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME ?? env.CI_EXTERNAL_PULL_REQUEST_TARGET_BRANCH_NAME,
                ...(env.CI_MERGE_REQUEST_IID ? { number: Number(env.CI_MERGE_REQUEST_IID) } : {}),
            };
        case 'schedule':
            return { ...common, kind: 'schedule' };
        case 'web':
        case 'api':
        case 'trigger':
        case 'pipeline':
        case 'parent_pipeline':
            return { ...common, kind: 'manual' };
        default:
            return { ...common, kind: 'other' };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/platform/local.ts



/**
 * A terminal (the hephy-builder command, or a step run by hand). Logs go to standard error so
 * that standard output stays free for results and `--json`.
 */
function createLocalPlatform(env, write = (t) => process.stderr.write(t)) {
    const masker = new secrets/* SecretMasker */.M();
    const debugOn = env.HEPHY_DEBUG === 'true';
    const log = {
        info: (message) => write(`${masker.mask(message)}\n`),
        warning: (message, location) => write(`warning: ${location ? `${location.file}${location.line ? `:${location.line}` : ''}: ` : ''}${masker.mask(message)}\n`),
        error: (message, location) => write(`error: ${location ? `${location.file}${location.line ? `:${location.line}` : ''}: ` : ''}${masker.mask(message)}\n`),
        debug: (message) => {
            if (debugOn)
                write(`debug: ${masker.mask(message)}\n`);
        },
        async group(title, fn) {
            write(`== ${masker.mask(title)}\n`);
            return fn();
        },
        addSecret: (secret) => masker.add(secret),
        mask: (text) => masker.mask(text),
    };
    return {
        name: 'local',
        log,
        env,
        input: (name) => (0,read/* readInput */.R5)(env, name),
        async setOutputs() {
            // A terminal has no step outputs; the files in output-dir carry the results.
        },
        async summary(title, markdown) {
            write(`\n${title}\n${masker.mask(markdown)}\n`);
        },
        event: async () => ({ kind: 'other', name: 'local' }),
        registryLogin: () => undefined,
        runnerArch: () => (0,platform_platform/* nodeArchLabel */.ho)(),
        publishPlan: () => (0,platform_platform/* refuseChildPipeline */.Ft)('local', env),
        runPushes: (push) => push,
        credentialInput: (raw) => raw,
        fail(message) {
            log.error(message);
            process.exitCode = 1;
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/platform/index.ts




/**
 * The adapter for wherever this process runs, chosen from the environment. The GitHub adapter is
 * loaded only on GitHub: @actions/core brings an HTTP client (for OIDC tokens) whose loading a
 * GitLab job or a terminal need not pay (bench/README.md, start-up).
 */
async function createPlatform(env) {
    switch ((0,platform_platform/* detectPlatform */.li)(env)) {
        case 'github':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(936)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1936))).createGitHubPlatform(env);
        case 'gitlab':
            return createGitLabPlatform(env);
        case 'local':
            return createLocalPlatform(env);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/action.ts




/** The real ports for a process: its environment, Node's fetch, the wall clock. */
function createPorts(platform, env = process.env) {
    return {
        exec: createExec(platform.log, env),
        log: platform.log,
        env,
        now: () => new Date(),
        fetch: globalThis.fetch,
    };
}
/**
 * The one wrapper every bundle's entry calls. It is the only code that turns an error into a
 * failed step, so that libraries throw and a thrown string cannot leave a step green.
 */
async function runAction(action, env = process.env) {
    let platform;
    try {
        platform = await createPlatform(env);
    }
    catch (error) {
        // HEPHY_PLATFORM names no platform: report it plainly, as a terminal would.
        reportFailure(createLocalPlatform(env), error);
        return;
    }
    try {
        await action(platform, createPorts(platform, env));
    }
    catch (error) {
        reportFailure(platform, error);
    }
}
/**
 * One annotation per problem, on its file and line, so every bad field shows in the diff view.
 * A user's mistake and an outside failure (a process, a registry) are their message; only a bug
 * says so and leaves its stack trace in the debug log.
 */
function reportFailure(platform, error) {
    const problems = error instanceof errors/* UserErrors */.tQ ? error.errors : [error];
    for (const problem of problems) {
        const location = problem instanceof errors/* UserError */.yo ? problem.location : undefined;
        const message = (0,errors/* errorMessage */.gJ)(problem);
        platform.fail(platform.log.mask((0,errors/* isBug */.X9)(problem) ? `${message} (${errors/* BUG_NOTE */.Sl})` : message), location);
    }
    if ((0,errors/* isBug */.X9)(error) && error instanceof Error && error.stack) {
        platform.log.debug(platform.log.mask(error.stack));
    }
}

;// CONCATENATED MODULE: ./packages/core/src/steps/common/partial.ts

/**
 * A step that did what it could for the images it could, and not for some others: one problem
 * per image left out, and the result of the rest, so that the step's outputs and summary list
 * what was done before the step fails.
 */
class StepIncomplete extends errors/* UserErrors */.tQ {
    result;
    constructor(problems, result) {
        super(problems);
        this.result = result;
        this.name = 'StepIncomplete';
    }
}
/**
 * Runs a step and reports its result, also when the step finished only part of its work
 * (then the report is written before the step fails).
 */
async function reportingPartial(run, report) {
    let result;
    try {
        result = await run();
    }
    catch (error) {
        if (error instanceof StepIncomplete)
            await report(error.result);
        throw error;
    }
    await report(result);
}
/**
 * The arches each image's index must hold: every arch of its config, or, when the run names the
 * arches it built on purpose (`index-archs`), those of them the config asks for. The config's
 * other arches are left out, and the log says so once per image (never silently).
 */
function indexArchsOf(indexArchs, log) {
    if (indexArchs.length === 0)
        return (image) => image.archs;
    const told = new Set();
    return (image) => {
        const left = image.archs.filter((arch) => !indexArchs.includes(arch));
        if (left.length > 0 && !told.has(image.image)) {
            told.add(image.image);
            log.info(`${image.image}: ${left.join(', ')} not built in this run (index-archs): left out of its index`);
        }
        return image.archs.filter((arch) => indexArchs.includes(arch));
    };
}

;// CONCATENATED MODULE: ./packages/core/src/inputs/image-set.ts

/** GitLab's one description of `output-dir`: every template passes files through the same one. */
const GITLAB_OUTPUT_DIR = {
    description: 'Directory, relative to the project directory, where the steps pass files to each other (dirs.txt, plan.json, *.tag) and write hephy.env.',
};
/** `root` as the steps after prepare-diff read it. */
const ROOT_INPUT = {
    type: 'string',
    default: '.',
    description: 'The directory holding the image directories (itself one when it holds a build-config.yaml).',
    on: {
        cli: { metavar: 'DIR' },
        gitlab: {
            description: 'The directory whose direct children are the image directories (those with a build-config.yaml), and itself one when it holds a build-config.yaml.',
        },
    },
};
/** `dirs`: the hand-off from prepare-diff to every later step. */
const DIRS_INPUT = {
    type: 'string',
    default: '',
    description: 'The image directories (space, comma or newline separated), or a file listing them. Empty: dirs.txt in output-dir, as prepare-diff writes it.',
    on: {
        cli: { metavar: 'DIRS' },
        gitlab: {
            description: 'The image directories, in build order (space or comma separated). Empty: `<output-dir>/dirs.txt` from prepare-diff.',
        },
    },
};
/**
 * The inputs of every step that names, finds and pushes a set of images (build-arch,
 * merge-manifest, retag); a step's table spreads them, changing a description where it must.
 */
const IMAGE_SET_INPUTS = {
    repository: {
        type: 'string',
        default: '',
        required: true,
        description: 'The registry repository, like registry.example.com/team/images, or oci:<dir> for an OCI image layout directory.',
        on: {
            // The CLI needs no server: an OCI image layout in the working directory.
            cli: { default: 'oci:.hephy/images', metavar: 'HOST/PATH|oci:DIR' },
            gitlab: {
                description: 'The registry repository the images are pushed to (tag-prefix naming: the one repository; repository naming: the prefix).',
                default: '$CI_REGISTRY_IMAGE',
            },
        },
    },
    naming: {
        type: 'choice',
        options: NAMINGS,
        default: 'tag-prefix',
        description: 'tag-prefix (one repository: <repository>:<image>-<date>) or repository (<repository>/<image>:<date>). Must match build-arch.',
        on: {
            gitlab: {
                description: 'tag-prefix (`<repository>:<image>-<date>`) or repository (`<repository>/<image>:<date>`).',
                options: NAMINGS,
            },
        },
    },
    date: {
        type: 'string',
        default: '',
        description: 'The date in tags (YYYYMMDD), as build-arch used it. Empty: today in UTC.',
        on: {
            cli: { metavar: 'YYYYMMDD' },
            gitlab: {
                description: 'The date stamp of the tags (YYYYMMDD). Empty: today in UTC (pipeline.yml pins one date for all its jobs).',
                regex: '^([0-9]{8})?$',
            },
        },
    },
    dirs: DIRS_INPUT,
    root: ROOT_INPUT,
    'insecure-registries': {
        type: 'list',
        default: [],
        description: 'Registry hosts reached over plain HTTP (loopback hosts always are).',
        on: {
            cli: { flag: 'insecure-registry', multiple: true, metavar: 'HOST' },
            gitlab: {
                description: 'Registries (host[:port]) reached over plain HTTP, comma or space separated; loopback hosts always are.',
            },
        },
    },
    username: {
        type: 'string',
        default: '',
        description: "Registry user for the repository's host (else Docker's config, or GitLab's CI_REGISTRY_USER).",
        on: {
            cli: { metavar: 'USER' },
            gitlab: {
                description: 'Registry user, as a CI/CD variable reference (for example $REGISTRY_USER). Empty: CI_REGISTRY_USER for CI_REGISTRY, then the Docker config.',
            },
        },
    },
    password: {
        type: 'string',
        default: '',
        secret: true,
        description: 'Registry password or token for username. Masked.',
        on: {
            // Never in argv, where other users of the machine can read it.
            cli: {
                flag: 'password-stdin',
                stdin: true,
                description: 'Read the registry password for username from standard input.',
            },
            gitlab: {
                description: 'Registry password, as a CI/CD variable reference (for example $REGISTRY_PASSWORD); never the value itself.',
            },
        },
    },
    'output-dir': {
        type: 'string',
        default: '.',
        description: 'Where dirs.txt and the <image>-<arch>.tag files are read and outputs written.',
        on: { cli: { metavar: 'DIR' }, gitlab: GITLAB_OUTPUT_DIR },
    },
};
/**
 * The arches a run built on purpose, for merge-manifest and retag. The one-job action builds
 * only its runner's arch (`archs: native`): its indexes hold that arch, which is not a failure.
 */
const INDEX_ARCHS_INPUTS = {
    'index-archs': {
        type: 'list',
        default: [],
        description: "The architectures this run built on purpose. Each index must hold every one of them its image's config asks for; the config's other architectures are left out of it, and the log says so. Empty: every architecture of the config.",
        on: { cli: false, gitlab: false },
    },
};

;// CONCATENATED MODULE: ./packages/core/src/inputs/retag.ts

/** The inputs of retag, in the order its action.yml declares them. */
const RETAG_INPUTS = {
    ...IMAGE_SET_INPUTS,
    ...INDEX_ARCHS_INPUTS,
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

;// CONCATENATED MODULE: ./packages/core/src/inputs/table.ts

/** `output-dir` → `outputDir`: the key an input's value has in `InputValues`. */
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, char) => char.toUpperCase());
}
/**
 * Reads every input of a table through a reader, with the table's defaults and types. Secret
 * inputs are read (and handed to `addSecret`) first.
 */
function readInputs(table, reader, { addSecret = () => { }, surface } = {}) {
    const entries = Object.entries(table).map(([name, spec]) => [
        name,
        surface ? declaredOn(spec, surface) : spec,
    ]);
    for (const [name, spec] of entries) {
        if (!spec.secret)
            continue;
        const value = reader.string(name);
        if (value)
            addSecret(value);
    }
    const values = {};
    for (const [name, spec] of entries) {
        const value = readOne(name, spec, reader);
        values[camelCase(name)] = spec.parse ? spec.parse(value) : value;
    }
    return values;
}
function readOne(name, spec, reader) {
    switch (spec.type) {
        case 'boolean':
            return reader.boolean(name, spec.default === true);
        case 'list':
            return reader.list(name, Array.isArray(spec.default) ? spec.default : []);
        case 'choice':
            return reader.choice(name, spec.options ?? [], String(spec.default));
        case 'string':
            return spec.blankIsOff
                ? reader.stringOrOff(name, String(spec.default))
                : reader.string(name, String(spec.default));
    }
}
/** The table's inputs that exist on a surface, in table order. */
function inputsOn(table, surface) {
    return Object.entries(table)
        .filter(([, spec]) => spec.on?.[surface] !== false)
        .map(([name]) => name);
}
/** An input as a surface declares it: the table's entry with that surface's differences applied. */
function declaredOn(spec, surface) {
    const own = spec.on?.[surface];
    return { ...spec, ...(own || {}) };
}
/** Every input of a table at its default (a surface's, when given): what a run with none set reads. */
function inputDefaults(table, surface) {
    return readInputs(table, inputReader(() => ''), surface ? { surface } : {});
}

;// CONCATENATED MODULE: ./packages/core/src/registry/reference.ts



const DOCKER_HUB_HOST = 'index.docker.io';
/** The key Docker writes for Hub into config.json and passes to credential helpers. */
const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/';
/** distribution-spec `<name>` components. */
const NAME_COMPONENT = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*$/;
/** Parses `host[:port]/path[:tag][@digest]` or `oci:<dir>[:tag][@digest]`. */
function parseReference(text) {
    const input = text.trim();
    const at = input.lastIndexOf('@');
    const digest = at >= 0 ? input.slice(at + 1) : undefined;
    const rest = at >= 0 ? input.slice(0, at) : input;
    if (digest !== undefined && !isDigest(digest)) {
        throw new errors/* UserError */.yo(`"${text}" has an invalid digest "${digest}" (expected sha256:<64 hex digits>)`);
    }
    const { name, tag } = splitTag(rest);
    if (tag !== undefined && !TAG_PATTERN.test(tag)) {
        throw new errors/* UserError */.yo(`"${text}" has an invalid tag "${tag}" (tags are [A-Za-z0-9_][A-Za-z0-9._-]{0,127})`);
    }
    const extra = { ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
    if (name.startsWith('oci:')) {
        const dir = name.slice(4);
        if (!dir)
            throw new errors/* UserError */.yo(`"${text}" names no directory after oci:`);
        return { kind: 'layout', dir, ...extra };
    }
    return { kind: 'registry', ...splitHost(name, text), ...extra };
}
function splitTag(text) {
    const colon = text.lastIndexOf(':');
    // A colon before the last slash is a port (or the `oci:` prefix), not a tag.
    if (colon < 0 || colon < text.lastIndexOf('/') || text.slice(0, colon) === 'oci')
        return { name: text };
    return { name: text.slice(0, colon), tag: text.slice(colon + 1) };
}
/**
 * A repository to push to, as the `repository` input names it: `host[:port]/path` or
 * `oci:<dir>`, without tag or digest. Docker's rule decides the host (a first component with a
 * `.` or `:`, or `localhost`; else Docker Hub), the same rule every request and every
 * credential look-up of the run then follows. The path is kept as written (no `library/`): with
 * `naming: repository` it is a prefix (`team` -> `index.docker.io/team/<image>`).
 */
function parseRepository(text) {
    const name = text.trim().replace(/\/+$/, '');
    const ref = parseReference(name);
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw new errors/* UserError */.yo(`"${text}" names a tag or digest: give the repository only (like registry.example.com/team/images); the tags are computed`);
    }
    if (ref.kind === 'layout')
        return ref;
    const { host, path } = splitHostPath(name);
    return { kind: 'registry', host, repository: path };
}
/** `host/path` (or `oci:<dir>`) without tag or digest: the name the tags are added to. */
function repositoryName(ref) {
    return ref.kind === 'layout' ? `oci:${ref.dir}` : `${ref.host}/${ref.repository}`;
}
/** Docker's rule (distribution/reference `splitDockerDomain`): which part of a name is the registry host. */
function splitHostPath(name) {
    const slash = name.indexOf('/');
    const first = slash < 0 ? '' : name.slice(0, slash);
    const isHost = first.includes('.') || first.includes(':') || first === 'localhost';
    const host = isHost ? first.toLowerCase() : DOCKER_HUB_HOST;
    const path = isHost ? name.slice(slash + 1) : name;
    return { host: host === 'docker.io' || host === 'registry-1.docker.io' ? DOCKER_HUB_HOST : host, path };
}
function splitHost(name, original) {
    const { host, path } = splitHostPath(name);
    let repository = path;
    if (host === DOCKER_HUB_HOST && !repository.includes('/'))
        repository = `library/${repository}`;
    if (!repository || !repository.split('/').every((part) => NAME_COMPONENT.test(part))) {
        throw new errors/* UserError */.yo(`"${original}" is not a valid image reference: the repository path must be lower case letters, digits and separators (. _ __ -), like registry.example.com/team/images`);
    }
    return { host, repository };
}
function formatReference(ref) {
    return `${repositoryName(ref)}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
/** The same repository (or layout) with another tag or digest. */
function withTarget(ref, target) {
    const { tag: _tag, digest: _digest, ...base } = ref;
    return { ...base, ...target };
}
/** The tag or digest a manifest request addresses: the digest wins when both are given. */
function manifestTarget(ref) {
    const target = ref.digest ?? ref.tag;
    if (target === undefined)
        throw new errors/* UserError */.yo(`"${formatReference(ref)}" names neither a tag nor a digest`);
    return target;
}
function sameRepository(a, b) {
    if (a.kind === 'layout')
        return b.kind === 'layout' && a.dir === b.dir;
    return b.kind === 'registry' && a.host === b.host && a.repository === b.repository;
}
/** Hosts we reach over plain HTTP: loopback always, others only when the user lists them. */
function isLoopbackHost(host) {
    const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return name === 'localhost' || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

;// CONCATENATED MODULE: ./packages/core/src/registry/challenge.ts
/**
 * Parses the first Basic or Bearer challenge of a header. Registries send one challenge; the
 * quoted-string parser still copes with commas inside quotes (`scope="repository:a:pull,push"`).
 */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*(basic|bearer)\b\s*(.*)$/is.exec(header);
    if (!match)
        return undefined;
    const scheme = match[1].toLowerCase();
    const params = {};
    const pattern = /([a-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/giy;
    const text = match[2];
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
    }
    return { scheme, params };
}

;// CONCATENATED MODULE: ./packages/core/src/registry/registry-error.ts

/**
 * A registry answered with an error we do not retry. The message names the method, the URL
 * (which never carries credentials) and the registry's own error codes.
 */
class RegistryError extends errors/* ExternalError */.yA {
    method;
    url;
    status;
    details;
    constructor(method, url, status, details) {
        const codes = details.map((d) => `${d.code}${d.message ? `: ${d.message}` : ''}`).join('; ');
        super(`${method} ${url} answered ${status}${codes ? ` (${codes})` : ''}`);
        this.method = method;
        this.url = url;
        this.status = status;
        this.details = details;
        this.name = 'RegistryError';
    }
    hasCode(...codes) {
        return this.details.some((d) => codes.includes(d.code));
    }
}
/** Characters of an unparsable error body kept for the message. */
const SNIPPET_CHARS = 200;
/**
 * Reads an error body; a 4xx body may be in any format (spec), so anything unparsable is kept
 * short. Secrets are masked BEFORE the cut: a secret split by the cut would no longer match the
 * masker and half of it would be printed.
 */
async function readErrorDetails(response, mask) {
    const text = await response.text().catch(() => '');
    try {
        const parsed = JSON.parse(text);
        if (Array.isArray(parsed.errors)) {
            return parsed.errors.map((e) => ({
                code: mask(String(e.code ?? 'UNKNOWN')),
                message: mask(String(e.message ?? '')),
            }));
        }
    }
    catch {
        // Not JSON.
    }
    const snippet = mask(text).replace(/\s+/g, ' ').trim().slice(0, SNIPPET_CHARS);
    return snippet ? [{ code: 'UNKNOWN', message: snippet }] : [];
}

;// CONCATENATED MODULE: ./packages/core/src/registry/auth.ts



/** Seconds a token lives when the server does not say (token spec); we renew this long before expiry. */
const DEFAULT_TOKEN_SECONDS = 60;
const RENEW_MARGIN_MS = 5_000;
/**
 * Authentication per registry host, at the request floor: the first request goes out anonymous
 * and alone, while the requests fanned out beside it wait for its answer, so a host costs one 401,
 * not one per request in flight; its challenge says Basic (then every request carries the header)
 * or Bearer: ONE token is fetched for every repository scope the run declared (push,pull on
 * targets first), shared by every request needing that scope set, and reused until it expires.
 */
class RegistryAuth {
    options;
    hosts = new Map();
    constructor(options) {
        this.options = options;
    }
    /** Declares a repository the run will use, so that the first token already covers it. */
    want(host, repository, access) {
        const scopes = this.host(host).scopes;
        if (scopes.get(repository) !== 'push')
            scopes.set(repository, access);
    }
    /**
     * Waits while another request is learning the host's challenge. Returns how to end the
     * discovery when this request is the one to learn it (the host's first), else undefined. The
     * request's repository is declared first, so the token the discovery leads to covers it.
     */
    async discover(host, repository, access) {
        const state = this.host(host);
        if (repository)
            this.want(host, repository, access);
        // A known challenge is enough even when the request that learned it then failed.
        while (!state.learned && !state.challenge) {
            if (!state.discovery) {
                let settle = () => undefined;
                const discovery = new Promise((resolve) => (settle = resolve));
                state.discovery = discovery;
                return (learned) => {
                    if (state.discovery !== discovery)
                        return;
                    state.learned ||= learned;
                    state.discovery = undefined;
                    settle();
                };
            }
            await state.discovery;
        }
        return undefined;
    }
    /** The Authorization header for a request, or undefined while the host has not challenged us. */
    async header(host, repository, access) {
        const state = this.host(host);
        if (repository)
            this.want(host, repository, access);
        if (!state.challenge)
            return undefined;
        const resolved = await this.credential(host);
        if (state.challenge.scheme === 'basic')
            return resolved ? basicHeader(resolved.credential) : undefined;
        if (resolved?.credential.kind === 'bearer')
            return `Bearer ${resolved.credential.token}`;
        const token = await this.token(host, repository, access);
        return `Bearer ${token.value}`;
    }
    /**
     * Takes a 401's challenge. True when a retry with new credentials can succeed; false when the
     * credentials we have were already refused (the caller then reports the 401).
     */
    async challenged(host, header, sentAuthorization) {
        const state = this.host(host);
        const challenge = parseChallenge(header);
        if (!challenge)
            return false;
        const first = !state.challenge || state.challenge.scheme !== challenge.scheme;
        state.challenge = challenge;
        if (first || !sentAuthorization)
            return (await this.credential(host)) !== undefined || challenge.scheme === 'bearer';
        const tokens = [...state.tokens.values()].flatMap((entry) => (entry.token ? [entry.token] : []));
        if (challenge.scheme === 'bearer' && challenge.params.error === 'insufficient_scope' && tokens.length) {
            // A token can be silently down-scoped; ask once more with the scope the registry names first.
            const wanted = challenge.params.scope?.split(' ') ?? [];
            const names = wanted.map((s) => s.split(':').slice(0, 2).join(':'));
            const known = tokens.some((token) => names.every((name) => token.covers.has(name)));
            state.tokens.clear();
            return !known;
        }
        return false;
    }
    /** Where the credentials for a host come from, for error messages. */
    async describe(host) {
        const resolved = await this.credential(host);
        return resolved ? `the credentials from ${resolved.source}` : 'no credentials (none found for this host)';
    }
    host(host) {
        let state = this.hosts.get(host);
        if (!state) {
            state = { learned: false, scopes: new Map(), tokens: new Map() };
            this.hosts.set(host, state);
        }
        return state;
    }
    credential(host) {
        const state = this.host(host);
        state.credential ??= this.options.resolveCredential(host);
        return state.credential;
    }
    async token(host, repository, access) {
        const state = this.host(host);
        const now = this.options.now().getTime();
        const key = repository ? `repository:${repository}` : undefined;
        const usable = (t) => t !== undefined &&
            t.expiresAt > now &&
            (!key || t.covers.get(key) === 'push' || t.covers.get(key) === access);
        for (const entry of state.tokens.values())
            if (usable(entry.token))
                return entry.token;
        // The scope set of every repository declared so far: requests fanned out after the
        // declarations all ask for the same one, so they share its fetch.
        const covers = new Map([...state.scopes].map(([repo, a]) => [`repository:${repo}`, a]));
        // Push targets first: some registries read only the first scope parameter.
        const scopes = [...covers]
            .sort((a, b) => (a[1] === b[1] ? 0 : a[1] === 'push' ? -1 : 1))
            .map(([name, a]) => `${name}:${a === 'push' ? 'push,pull' : 'pull'}`);
        const scopeSet = scopes.join(' ');
        const shared = state.tokens.get(scopeSet);
        if (shared && (!shared.token || usable(shared.token))) {
            const token = await shared.promise;
            if (usable(token))
                return token;
        }
        const entry = { promise: this.fetchToken(host, state, scopes, covers) };
        state.tokens.set(scopeSet, entry);
        try {
            entry.token = await entry.promise;
            return entry.token;
        }
        catch (error) {
            // A refused or failed fetch is not kept: a later request may ask again.
            if (state.tokens.get(scopeSet) === entry)
                state.tokens.delete(scopeSet);
            throw error;
        }
    }
    async fetchToken(host, state, scopes, covers) {
        const params = state.challenge?.params ?? {};
        const realm = this.realm(host, params.realm);
        const resolved = await this.credential(host);
        const response = await this.requestToken(realm, params.service, scopes, resolved?.credential);
        if (!response.ok) {
            const details = await readErrorDetails(response, (text) => this.options.log.mask(text));
            const why = response.status === 401 || response.status === 403 ? ' refused' : ' failed with';
            throw new errors/* UserError */.yo(`the token server ${realm.origin}${realm.pathname} for ${host}${why} ${await this.describe(host)} (${response.status}${details[0] ? ` ${details[0].code}` : ''}): check the username and password or the Docker config`);
        }
        const body = (await response.json());
        const value = body.token || body.access_token;
        if (!value)
            throw new errors/* ExternalError */.yA(`the token server ${realm.origin} for ${host} returned no token`);
        this.options.log.addSecret(value);
        const seconds = Math.max(Number(body.expires_in) || DEFAULT_TOKEN_SECONDS, DEFAULT_TOKEN_SECONDS);
        return { value, expiresAt: this.options.now().getTime() + seconds * 1000 - RENEW_MARGIN_MS, covers };
    }
    async requestToken(realm, service, scopes, credential) {
        if (credential?.kind === 'identity') {
            // OAuth2 refresh-token grant; "not all token servers implement oauth2" (ggcr), so 404 falls back to GET.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credential.token,
                client_id: 'hephy-builder',
            });
            if (service)
                form.set('service', service);
            if (scopes.length)
                form.set('scope', scopes.join(' '));
            const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
            const response = await this.options.send(realm.href, {
                method: 'POST',
                headers,
                body: form.toString(),
                secretBody: true,
            });
            if (response.status !== 404 && response.status !== 405)
                return response;
            await response.body?.cancel();
        }
        const url = new URL(realm);
        if (service)
            url.searchParams.set('service', service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        url.searchParams.set('client_id', 'hephy-builder');
        const header = credential ? basicHeader(credential) : undefined;
        return this.options.send(url.href, { method: 'GET', headers: header ? { Authorization: header } : {} });
    }
    realm(host, realm) {
        let url;
        try {
            url = new URL(realm ?? '');
        }
        catch {
            throw new errors/* ExternalError */.yA(`${host} asked for a bearer token but named no usable realm ("${realm ?? ''}")`);
        }
        if (url.protocol !== 'https:' && !(url.protocol === 'http:' && this.options.allowHttp(url.host))) {
            throw new errors/* UserError */.yo(`${host} sends us for a token to ${url.origin}, which is not https: add its host to insecure-registries only if you trust the network`);
        }
        return url;
    }
}
function basicHeader(credential) {
    if (credential.kind === 'bearer')
        return undefined;
    const secret = credential.kind === 'basic' ? credential.password : credential.token;
    return `Basic ${Buffer.from(`${credential.username}:${secret}`).toString('base64')}`;
}

;// CONCATENATED MODULE: ./packages/core/src/registry/credential.ts
/** The secret parts of a credential, to register with the log masker the moment they are read. */
function credentialSecrets(credential) {
    switch (credential.kind) {
        case 'basic':
            return [credential.password, `${credential.username}:${credential.password}`];
        case 'identity':
        case 'bearer':
            return [credential.token];
    }
}

;// CONCATENATED MODULE: ./packages/core/src/registry/credential-helper.ts

/** What helpers print when they hold nothing for the server (docker/cli `IsErrCredentialsNotFound`). */
const NOT_FOUND = /credentials not found/i;
/**
 * Asks `docker-credential-<name> get` for a server's credentials: the server URL on standard
 * input, `{"Username","Secret"}` on standard output. `Username: "<token>"` marks an identity token.
 * Undefined when the helper has nothing for this server.
 */
async function readCredentialHelper(helper, serverUrl, ports) {
    const program = `docker-credential-${helper}`;
    let result;
    try {
        result = await ports.exec.run(program, ['get'], { input: serverUrl, allowFailure: true });
    }
    catch (error) {
        throw new errors/* UserError */.yo(`the Docker config names the credential helper "${helper}" for ${serverUrl}, but ${program} could not be started: install it or remove it from config.json`, { cause: error });
    }
    if (result.exitCode !== 0) {
        if (NOT_FOUND.test(result.stdout) || NOT_FOUND.test(result.stderr))
            return undefined;
        // The helper's output could hold a secret; the masker has not seen it, so it is not shown.
        throw new errors/* UserError */.yo(`${program} get failed for ${serverUrl} with exit code ${result.exitCode}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(result.stdout);
    }
    catch {
        throw new errors/* UserError */.yo(`${program} get printed something that is not JSON for ${serverUrl}`);
    }
    const username = typeof parsed.Username === 'string' ? parsed.Username : '';
    const secret = typeof parsed.Secret === 'string' ? parsed.Secret : '';
    if (!secret)
        return undefined;
    ports.log.addSecret(secret);
    return username === '<token>' || !username
        ? { kind: 'identity', username: '<token>', token: secret }
        : { kind: 'basic', username, password: secret };
}

;// CONCATENATED MODULE: ./packages/core/src/registry/docker-config.ts






/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json` (docker/cli `config.Dir`). */
function dockerConfigPath(env) {
    if (env.DOCKER_CONFIG)
        return external_node_path_default().join(env.DOCKER_CONFIG, 'config.json');
    return env.HOME ? external_node_path_default().join(env.HOME, '.docker', 'config.json') : undefined;
}
async function readDockerConfig(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        // Never the parser's message: it quotes the file's text, and this file holds credentials.
        throw new errors/* UserError */.yo('is not valid JSON (its text is not shown: it holds credentials)', {
            location: { file, ...jsonErrorPlace(text, error) },
        });
    }
}
/** Where JSON.parse stopped, from the offset V8 names in its message ("at position 12"). */
function jsonErrorPlace(text, error) {
    const match = /\bposition (\d+)/.exec(String(error.message));
    if (!match)
        return undefined;
    const lines = text.slice(0, Number(match[1])).split('\n');
    return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
/** A config key as a bare host: `https://index.docker.io/v1/` -> `index.docker.io` (docker/cli `ConvertToHostname`). */
function configKeyHost(key) {
    const host = key.replace(/^https?:\/\//, '').split('/')[0] ?? '';
    return host === 'docker.io' || host === 'registry-1.docker.io' ? DOCKER_HUB_HOST : host.toLowerCase();
}
/** The server URL a credential helper expects: Hub's historic v1 URL, else the host. */
function helperServerUrl(host) {
    return host === DOCKER_HUB_HOST ? DOCKER_HUB_CONFIG_KEY : host;
}
/**
 * Credentials for a host from Docker's config: `credHelpers[host]`, then `credsStore`, then
 * `auths` (the order of docker/cli `GetCredentialsStore`). Every secret read is masked at once.
 */
async function dockerConfigCredential(host, ports) {
    const file = dockerConfigPath(ports.env);
    const config = file ? await readDockerConfig(file) : undefined;
    if (!file || !config)
        return undefined;
    const helper = Object.entries(config.credHelpers ?? {}).find(([key]) => configKeyHost(key) === host)?.[1] ??
        config.credsStore;
    if (helper) {
        const credential = await readCredentialHelper(helper, helperServerUrl(host), ports);
        if (credential)
            return { credential, source: `docker-credential-${helper} (from ${file})` };
    }
    const entry = Object.entries(config.auths ?? {}).find(([key]) => configKeyHost(key) === host)?.[1];
    if (entry?.auth)
        ports.log.addSecret(entry.auth);
    const credential = entry ? authEntryCredential(entry, file) : undefined;
    if (!credential)
        return undefined;
    for (const secret of credentialSecrets(credential))
        ports.log.addSecret(secret);
    return { credential, source: file };
}
function authEntryCredential(entry, file) {
    let { username, password } = entry;
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8').replace(/\0+$/, '');
        const colon = decoded.indexOf(':');
        if (colon < 0)
            throw new errors/* UserError */.yo(`${file}: an "auth" entry does not decode to user:password`, { location: { file } });
        username = decoded.slice(0, colon);
        password = decoded.slice(colon + 1);
    }
    if (entry.registrytoken)
        return { kind: 'bearer', token: entry.registrytoken };
    if (entry.identitytoken)
        return { kind: 'identity', username: username || '<token>', token: entry.identitytoken };
    return username && password ? { kind: 'basic', username, password } : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/registry/credentials.ts


/**
 * The credential for one registry host, in this order: the username/password inputs (for their
 * host), Docker's config (credHelpers, credsStore, auths), and the login the CI job was given
 * (on GitLab `CI_REGISTRY_USER`/`CI_REGISTRY_PASSWORD` for `CI_REGISTRY`). Undefined = anonymous.
 */
async function resolveCredential(host, options, ports) {
    const explicit = explicitCredential(host, options);
    const resolved = explicit ?? (await dockerConfigCredential(host, ports)) ?? jobCredential(host, options.job);
    if (resolved)
        for (const secret of credentialSecrets(resolved.credential))
            ports.log.addSecret(secret);
    return resolved;
}
function explicitCredential(host, options) {
    if (!options.username || !options.password)
        return undefined;
    if (options.host && configKeyHost(options.host) !== host)
        return undefined;
    return {
        credential: { kind: 'basic', username: options.username, password: options.password },
        source: 'the username and password inputs',
    };
}
function jobCredential(host, job) {
    if (!job || configKeyHost(job.host) !== host)
        return undefined;
    return {
        credential: { kind: 'basic', username: job.username, password: job.password },
        source: "the CI job's registry login",
    };
}

;// CONCATENATED MODULE: ./packages/core/src/registry/digest.ts

/**
 * The digest of exactly these bytes. Computed here, never taken from `Docker-Content-Digest`:
 * registries get that header wrong often enough that go-containerregistry stopped trusting it.
 */
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}

;// CONCATENATED MODULE: ./packages/core/src/registry/layout-lock.ts



const DEFAULT_STALE_MS = 60_000;
const DEFAULT_TIMEOUT_MS = 120_000;
const FIRST_WAIT_MS = 5;
const LONGEST_WAIT_MS = 250;
/** Runs `work` while holding `<file>.lock`; waits with bounded backoff while another writer holds it. */
async function withFileLock(file, work, options = {}) {
    const lock = `${file}.lock`;
    const token = await acquire(lock, options);
    try {
        return await work();
    }
    finally {
        await release(lock, token);
    }
}
async function acquire(lock, options) {
    const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const holder = { pid: process.pid, host: (0,external_node_os_namespaceObject.hostname)(), token: (0,external_node_crypto_.randomUUID)() };
    const started = Date.now();
    let wait = FIRST_WAIT_MS;
    for (;;) {
        if (await createExclusive(lock, JSON.stringify(holder)))
            return holder.token;
        const seen = await inspect(lock);
        if (seen === undefined)
            continue; // released between our attempt and our look
        if (isStale(seen, staleMs)) {
            await breakLock(lock, seen.text, staleMs);
            continue;
        }
        if (Date.now() - started > timeoutMs) {
            const who = seen.holder ? `process ${seen.holder.pid} on ${seen.holder.host}` : 'another writer';
            throw new Error(`${lock} is held by ${who} for ${Math.round(seen.ageMs / 1000)} s; remove it if no hephy-builder is writing this layout`);
        }
        await sleep(wait + Math.random() * wait);
        wait = Math.min(wait * 2, LONGEST_WAIT_MS);
    }
}
async function release(lock, token) {
    const seen = await inspect(lock);
    // Ours unless a waiter judged us stale and took over: then it is theirs to remove.
    if (seen?.holder?.token === token)
        await (0,promises_.unlink)(lock).catch(() => undefined);
}
/** Creates `file` only if it does not exist (O_EXCL); false when it does. */
async function createExclusive(file, text) {
    try {
        await (0,promises_.writeFile)(file, text, { flag: 'wx' });
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
}
async function inspect(lock) {
    try {
        const [text, info] = await Promise.all([(0,promises_.readFile)(lock, 'utf8'), (0,promises_.stat)(lock)]);
        return { text, holder: parseHolder(text), ageMs: Date.now() - info.mtimeMs };
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
function parseHolder(text) {
    try {
        const value = JSON.parse(text);
        if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string') {
            return { pid: value.pid, host: value.host, token: value.token };
        }
    }
    catch {
        // Half-written: judged by its age alone.
    }
    return undefined;
}
function isStale(seen, staleMs) {
    if (seen.ageMs > staleMs)
        return true;
    return seen.holder !== undefined && seen.holder.host === (0,external_node_os_namespaceObject.hostname)() && !processAlive(seen.holder.pid);
}
/** Signal 0 asks the kernel whether the pid exists; EPERM means it does, as someone else's. */
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/**
 * Removes a stale lock, unless it changed since it was judged stale. Two waiters may judge the
 * same lock stale at once; a second lock file (`.break`) makes the look-and-remove one step, so
 * neither removes the fresh lock the other has just taken.
 */
async function breakLock(lock, staleText, staleMs) {
    const breaker = `${lock}.break`;
    if (!(await createExclusive(breaker, String(process.pid)))) {
        const other = await inspect(breaker);
        // A breaker that crashed mid-break (it holds the file for microseconds).
        if (other && other.ageMs > Math.min(staleMs, 10_000))
            await (0,promises_.unlink)(breaker).catch(() => undefined);
        else
            await sleep(FIRST_WAIT_MS);
        return;
    }
    try {
        const now = await (0,promises_.readFile)(lock, 'utf8').catch(() => undefined);
        if (now === staleText)
            await (0,promises_.unlink)(lock).catch(() => undefined);
    }
    finally {
        await (0,promises_.unlink)(breaker).catch(() => undefined);
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./packages/core/src/registry/media-types.ts
/** The media types the client reads and writes (image-spec media-types.md, Docker distribution). */
const media_types_OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYOUT_HEADER = 'application/vnd.oci.layout.header.v1+json';
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
/**
 * Every manifest type we understand, sent on each manifest GET and HEAD. An incomplete Accept
 * list makes registries answer with a different manifest (a schema1, or the amd64 child of a
 * list) or refuse outright (GHCR: "OCI index found, but Accept header does not support OCI indexes").
 */
const MANIFEST_ACCEPT = [media_types_OCI_INDEX, OCI_MANIFEST, DOCKER_LIST, DOCKER_MANIFEST].join(', ');
function media_types_isIndexType(mediaType) {
    return mediaType === media_types_OCI_INDEX || mediaType === DOCKER_LIST;
}
function isImageManifestType(mediaType) {
    return mediaType === OCI_MANIFEST || mediaType === DOCKER_MANIFEST;
}
/** The media type of a manifest: its own `mediaType` field, else the Content-Type it came with. */
function manifestMediaType(bytes, contentType) {
    const declared = contentType?.split(';')[0]?.trim();
    try {
        const parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
        if (typeof parsed.mediaType === 'string' && parsed.mediaType)
            return parsed.mediaType;
        // An OCI manifest may omit mediaType; a `manifests` array tells an index apart.
        if (!declared || declared === 'application/json')
            return Array.isArray(parsed.manifests) ? media_types_OCI_INDEX : OCI_MANIFEST;
    }
    catch {
        // Not JSON: trust the header.
    }
    return declared || OCI_MANIFEST;
}

;// CONCATENATED MODULE: ./packages/core/src/registry/oci-layout.ts









/** Where an image layout keeps a tag (image-spec image-layout.md: only valid on index.json entries). */
const REF_NAME = 'org.opencontainers.image.ref.name';
/**
 * An OCI image layout directory with the same operations as a registry: `oci-layout`,
 * `index.json` (tags are `ref.name` annotations) and `blobs/sha256/<hex>`. Files are written to a
 * temporary name and renamed, so a crash leaves the old state or the new one, never half of one.
 * Every change of `index.json` holds its lock file, so writers in other processes lose no tag.
 */
class LayoutStore {
    lockOptions;
    /** index.json updates of one directory, one after another. */
    queues = new Map();
    constructor(lockOptions = {}) {
        this.lockOptions = lockOptions;
    }
    async headManifest(ref) {
        const r = layout(ref);
        if (r.digest) {
            const bytes = await readBlob(r.dir, r.digest);
            return bytes && { mediaType: manifestMediaType(bytes, null), digest: r.digest, size: bytes.length };
        }
        const entry = (await readIndex(r.dir)).manifests.find((m) => m.annotations?.[REF_NAME] === r.tag);
        return entry && { mediaType: entry.mediaType, digest: entry.digest, size: entry.size };
    }
    async getManifest(ref) {
        const r = layout(ref);
        const head = await this.headManifest(r);
        const bytes = head && (await readBlob(r.dir, head.digest));
        return head && bytes ? { ...head, bytes } : undefined;
    }
    async putManifest(ref, manifest) {
        const r = layout(ref);
        const written = await this.putBlob(r, manifest.bytes);
        const descriptor = { mediaType: manifest.mediaType, digest: written.digest, size: written.size };
        if (r.tag !== undefined) {
            const tag = r.tag;
            const file = external_node_path_default().join(r.dir, 'index.json');
            await this.serial(r.dir, () => withFileLock(file, async () => {
                const index = await readIndex(r.dir);
                index.manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME] !== tag);
                index.manifests.push({ ...descriptor, annotations: { [REF_NAME]: tag } });
                await writeAtomic(file, JSON.stringify(index));
            }, this.lockOptions));
        }
        return descriptor;
    }
    /** A file check, as a registry's HEAD: a reuse lookup asks for every layer, read none of them. */
    async headBlob(ref, digest) {
        return (0,promises_.stat)(blobPath(layout(ref).dir, digest)).then((s) => s.isFile(), () => false);
    }
    async getBlob(ref, digest) {
        const bytes = await readBlob(layout(ref).dir, digest);
        if (!bytes)
            throw new errors/* UserError */.yo(`${formatReference({ ...layout(ref), digest })}: blob not found`);
        return bytes;
    }
    async putBlob(ref, bytes) {
        const r = layout(ref);
        await ensureLayout(r.dir);
        const digest = sha256Digest(bytes);
        const file = blobPath(r.dir, digest);
        if (!(await exists(file)))
            await writeAtomic(file, bytes);
        return { mediaType: 'application/octet-stream', digest, size: bytes.length };
    }
    async mountBlob(ref, digest, from) {
        if (from.kind !== 'layout' || !(await exists(blobPath(from.dir, digest))))
            return false;
        const r = layout(ref);
        await ensureLayout(r.dir);
        const target = blobPath(r.dir, digest);
        if (!(await exists(target))) {
            const temporary = `${target}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
            await (0,promises_.copyFile)(blobPath(from.dir, digest), temporary);
            await (0,promises_.rename)(temporary, target);
        }
        return true;
    }
    async listTags(ref) {
        const index = await readIndex(layout(ref).dir);
        return index.manifests.map((m) => m.annotations?.[REF_NAME]).filter((t) => t !== undefined);
    }
    serial(dir, work) {
        const key = external_node_path_default().resolve(dir);
        const next = (this.queues.get(key) ?? Promise.resolve()).then(work, work);
        this.queues.set(key, next.catch(() => undefined));
        return next;
    }
}
function layout(ref) {
    if (ref.kind !== 'layout')
        throw new Error(`${formatReference(ref)} is not an OCI layout reference`);
    return ref;
}
function blobPath(dir, digest) {
    if (!isDigest(digest))
        throw new errors/* UserError */.yo(`"${digest}" is not a sha256 digest`);
    return external_node_path_default().join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
}
async function readBlob(dir, digest) {
    let bytes;
    try {
        bytes = new Uint8Array(await (0,promises_.readFile)(blobPath(dir, digest)));
    }
    catch {
        return undefined;
    }
    if (sha256Digest(bytes) !== digest)
        throw new Error(`${dir}: blob ${digest} does not match its digest`);
    return bytes;
}
async function readIndex(dir) {
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().join(dir, 'index.json'), 'utf8');
    }
    catch {
        return { schemaVersion: 2, mediaType: media_types_OCI_INDEX, manifests: [] };
    }
    const index = JSON.parse(text);
    index.manifests ??= [];
    return index;
}
async function ensureLayout(dir) {
    await (0,promises_.mkdir)(external_node_path_default().join(dir, 'blobs', 'sha256'), { recursive: true });
    const marker = external_node_path_default().join(dir, 'oci-layout');
    if (!(await exists(marker)))
        await createOnce(marker, JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    const index = external_node_path_default().join(dir, 'index.json');
    if (!(await exists(index))) {
        await createOnce(index, JSON.stringify({ schemaVersion: 2, mediaType: media_types_OCI_INDEX, manifests: [] }));
    }
}
/**
 * Writes a whole file only where none exists: another process may have written its index.json
 * (with its tags) since we looked, and a rename would replace it.
 */
async function createOnce(file, data) {
    const temporary = `${file}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
    await (0,promises_.writeFile)(temporary, data);
    try {
        await (0,promises_.link)(temporary, file);
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
    }
    finally {
        await (0,promises_.unlink)(temporary);
    }
}
async function writeAtomic(file, data) {
    const temporary = `${file}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
    await (0,promises_.writeFile)(temporary, data);
    await (0,promises_.rename)(temporary, file);
}
async function exists(file) {
    return (0,promises_.stat)(file).then(() => true, () => false);
}

;// CONCATENATED MODULE: ./packages/core/src/registry/retry.ts
const DEFAULT_RETRY = { attempts: 5, baseMs: 250, maxMs: 8_000, maxRetryAfterMs: 60_000 };
/** 408, 429 and the 5xx a proxy or an overloaded registry gives (ggcr and regclient retry these). */
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504, 522]);
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, now) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}
/**
 * The wait before try number `attempt + 1` (attempt counts from 1): the registry's Retry-After
 * when it gave one, else exponential backoff. Undefined means give up.
 */
function retryDelay(attempt, retryAfterMs, policy) {
    if (attempt >= policy.attempts)
        return undefined;
    if (retryAfterMs !== undefined)
        return retryAfterMs <= policy.maxRetryAfterMs ? retryAfterMs : undefined;
    return Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
}
/** A dropped or refused connection, a reset, a timeout: worth another try. */
function isNetworkError(error) {
    if (!(error instanceof Error))
        return false;
    if (error.name === 'TimeoutError' || error.name === 'AbortError')
        return true;
    // undici throws `TypeError: fetch failed` with the socket error as its cause.
    return error instanceof TypeError && /fetch failed|terminated|socket/i.test(error.message);
}

;// CONCATENATED MODULE: ./packages/core/src/registry/transport.ts


const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const MAX_AUTH_ROUNDS = 2;
/**
 * HTTP for registries: auth from `RegistryAuth`, retries of 408/429/5xx and dropped connections
 * with bounded backoff that honours Retry-After, and redirects followed by hand so that an
 * Authorization header never crosses to another host (distribution-spec, pitfall 14).
 */
class Transport {
    options;
    auth;
    constructor(options, auth) {
        this.options = options;
        this.auth = auth;
    }
    baseUrl(host) {
        return `${this.options.allowHttp(host) ? 'http' : 'https'}://${host}`;
    }
    async request(request) {
        const url = /^https?:\/\//.test(request.path)
            ? request.path
            : `${this.baseUrl(request.host)}${request.path}`;
        // An absolute URL (an upload Location) on another host gets no credentials either.
        const ownHost = new URL(url).host === request.host;
        // The host's first request learns its challenge; those fanned out beside it wait for that.
        const discovery = ownHost
            ? await this.auth.discover(request.host, request.repository, request.access)
            : undefined;
        try {
            return await this.authorized(request, url, ownHost, discovery);
        }
        finally {
            discovery?.(false);
        }
    }
    async authorized(request, url, ownHost, discovery) {
        let authRounds = 0;
        for (let attempt = 1;; attempt++) {
            const authorization = ownHost
                ? await this.auth.header(request.host, request.repository, request.access)
                : undefined;
            const headers = { ...request.headers, ...(authorization ? { Authorization: authorization } : {}) };
            const answered = await this.attempt(url, { method: request.method, headers, body: request.body }, attempt);
            if (!answered)
                continue;
            const { response, from } = answered;
            if (response.status === 401 && from.host !== request.host) {
                await drain(response);
                throw this.foreignChallenge(request, url, from, response.headers.get('www-authenticate'));
            }
            // An answer that is no 401 and no hiccup says the host lets this request through as it was sent.
            if (response.status !== 401 && !RETRYABLE_STATUS.has(response.status))
                discovery?.(true);
            if (response.status === 401 && authRounds < MAX_AUTH_ROUNDS) {
                authRounds++;
                await drain(response);
                const challenge = response.headers.get('www-authenticate');
                const retry = await this.auth.challenged(request.host, challenge, authorization !== undefined);
                discovery?.(true);
                if (retry) {
                    attempt--;
                    continue;
                }
                throw await this.refused(request, 401);
            }
            if (response.status === 401 || response.status === 403)
                throw await this.refused(request, response.status);
            if (!(await this.shouldRetry(response, attempt, `${request.method} ${url}`)))
                return response;
        }
    }
    /** Retries and redirects, no registry auth: for token endpoints. */
    async send(url, init) {
        for (let attempt = 1;; attempt++) {
            const response = (await this.attempt(url, init, attempt))?.response;
            if (response && !(await this.shouldRetry(response, attempt, `${init.method} ${url}`)))
                return response;
        }
    }
    /** One try; undefined when the connection failed and a retry was waited for. */
    async attempt(url, init, attempt) {
        try {
            return await this.follow(url, init);
        }
        catch (error) {
            if (!isNetworkError(error))
                throw error;
            const delay = retryDelay(attempt, undefined, this.options.retry);
            const reason = describeNetworkError(error);
            if (delay === undefined) {
                throw new errors/* ExternalError */.yA(`${init.method} ${url} failed after ${attempt} tries: ${reason}`, {
                    cause: error,
                });
            }
            this.options.log.debug(`${init.method} ${url}: ${reason}; retrying in ${delay} ms`);
            await this.options.sleep(delay);
            return undefined;
        }
    }
    async shouldRetry(response, attempt, what) {
        if (!RETRYABLE_STATUS.has(response.status))
            return false;
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'), this.options.now());
        const delay = retryDelay(attempt, retryAfter, this.options.retry);
        if (delay === undefined)
            return false;
        await drain(response);
        this.options.log.debug(`${what}: ${response.status}; retrying in ${delay} ms`);
        await this.options.sleep(delay);
        return true;
    }
    async follow(start, init) {
        let url = new URL(start);
        let current = init;
        for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
            const response = await this.options.fetch(url, {
                method: current.method,
                headers: current.headers,
                ...(current.body !== undefined ? { body: current.body } : {}),
                redirect: 'manual',
                signal: AbortSignal.timeout(this.options.timeoutMs),
            });
            const location = response.headers.get('location');
            if (!REDIRECTS.has(response.status) || !location)
                return { response, from: url };
            await drain(response);
            const next = new URL(location, url);
            if (next.protocol === 'http:' && !this.options.allowHttp(next.host)) {
                throw new errors/* ExternalError */.yA(`${current.method} ${url.href} redirected to plain HTTP at ${next.origin}; refused`);
            }
            const keepsBody = response.status === 307 || response.status === 308;
            if (current.secretBody && keepsBody && next.host !== url.host) {
                throw new errors/* UserError */.yo(`${current.method} ${url.origin}${url.pathname} redirected to ${next.origin} with its body, which holds a credential; refused: the token server must answer on its own host`);
            }
            current = redirectedInit(current, response.status, next.host !== url.host);
            url = next;
        }
        throw new errors/* ExternalError */.yA(`${init.method} ${start}: more than ${MAX_REDIRECTS} redirects`);
    }
    /**
     * A 401 from where the registry redirected us (a storage backend, or anyone the registry lets
     * redirect): its challenge must not be answered, or the registry's credentials, or a token got
     * with them from a realm that host names, would go to it.
     */
    foreignChallenge(request, url, from, challenge) {
        const scheme = /^\s*([A-Za-z]+)/.exec(challenge ?? '')?.[1];
        const asked = new URL(url);
        return new errors/* UserError */.yo(`${request.method} ${asked.origin}${asked.pathname} was redirected to ${from.origin}, which asked for credentials (401${scheme ? ` ${scheme}` : ''}): credentials go only to ${request.host} and the token server its own challenge names, so none were sent; the registry's redirect target must accept the request as redirected`);
    }
    async refused(request, status) {
        const what = request.repository ? `${request.host}/${request.repository}` : request.host;
        const verb = request.access === 'push' ? 'push to' : 'read';
        const credentials = await this.auth.describe(request.host);
        return new errors/* UserError */.yo(status === 401
            ? `${request.host} did not accept ${credentials} (${request.method} ${request.path} answered 401): log in (docker login), set the username and password inputs, or fix the Docker config`
            : `${request.host} denied ${credentials} the right to ${verb} ${what} (403): grant that access or use another repository`);
    }
}
function redirectedInit(init, status, crossHost) {
    const headers = { ...init.headers };
    // Credentials belong to the registry; a storage backend on another host must not see them.
    if (crossHost)
        delete headers.Authorization;
    if (status === 303 || ((status === 301 || status === 302) && init.method === 'POST')) {
        return { method: 'GET', headers };
    }
    return { ...init, headers };
}
async function drain(response) {
    await response.body?.cancel().catch(() => undefined);
}
function describeNetworkError(error) {
    const cause = error.cause;
    if (error.name === 'TimeoutError')
        return 'no answer in time';
    return cause?.code ?? cause?.message ?? error.message;
}

;// CONCATENATED MODULE: ./packages/core/src/registry/remote.ts






/** Waits before believing a "not found" for something pushed moments ago (eventual consistency). */
const NOT_FOUND_WAITS_MS = [500, 1000, 2000, 4000];
/** Tags per page: ECR refuses more than 1000 (ggcr#1091). */
const TAG_PAGE = 1000;
/** Whole-upload restarts: a blob upload session cannot be resumed after a dropped PUT. */
const UPLOAD_TRIES = 3;
/** The OCI distribution API of one registry, at the request floor. */
class RemoteStore {
    transport;
    auth;
    sleep;
    log;
    constructor(transport, auth, sleep, log) {
        this.transport = transport;
        this.auth = auth;
        this.sleep = sleep;
        this.log = log;
    }
    async headManifest(ref, options = {}) {
        const r = remote(ref);
        const response = await this.untilFound(options, () => this.call(r, 'HEAD', `/manifests/${manifestTarget(r)}`, 'pull', { Accept: MANIFEST_ACCEPT }));
        if (!response)
            return undefined;
        const digest = r.digest ?? response.headers.get('docker-content-digest');
        const size = Number(response.headers.get('content-length'));
        const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim();
        // Registries before distribution-spec 1.1 may leave the digest out of a HEAD: read the bytes then.
        if (!digest || !mediaType || !Number.isFinite(size) || size <= 0)
            return this.getManifest(ref, options);
        return { digest, mediaType, size };
    }
    async getManifest(ref, options = {}) {
        const r = remote(ref);
        const response = await this.untilFound(options, () => this.call(r, 'GET', `/manifests/${manifestTarget(r)}`, 'pull', { Accept: MANIFEST_ACCEPT }));
        if (!response)
            return undefined;
        const bytes = new Uint8Array(await response.arrayBuffer());
        const digest = sha256Digest(bytes);
        if (r.digest && r.digest !== digest) {
            throw new errors/* ExternalError */.yA(`${formatReference(r)}: the registry sent a manifest whose digest is ${digest}`);
        }
        return {
            digest,
            size: bytes.length,
            mediaType: manifestMediaType(bytes, response.headers.get('content-type')),
            bytes,
        };
    }
    async putManifest(ref, manifest) {
        const r = remote(ref);
        const digest = sha256Digest(manifest.bytes);
        const request = {
            ...this.base(r, 'PUT', `/manifests/${manifestTarget(r)}`, 'push'),
            headers: { 'Content-Type': manifest.mediaType },
            body: manifest.bytes,
        };
        const response = await this.transport.request(request);
        await this.expect(response, request, [200, 201, 202]);
        const echoed = response.headers.get('docker-content-digest');
        if (echoed && echoed !== digest) {
            throw new errors/* ExternalError */.yA(`${formatReference(r)}: the registry stored the manifest as ${echoed}, not ${digest}`);
        }
        return { mediaType: manifest.mediaType, digest, size: manifest.bytes.length };
    }
    async headBlob(ref, digest) {
        const r = remote(ref);
        const response = await this.call(r, 'HEAD', `/blobs/${digest}`, 'pull');
        return response !== undefined;
    }
    async getBlob(ref, digest) {
        const r = remote(ref);
        const response = await this.call(r, 'GET', `/blobs/${digest}`, 'pull');
        if (!response)
            throw new errors/* UserError */.yo(`${formatReference({ ...r, digest })}: blob not found`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (sha256Digest(bytes) !== digest)
            throw new errors/* ExternalError */.yA(`${r.host}/${r.repository}: blob ${digest} arrived corrupted`);
        return bytes;
    }
    async putBlob(ref, bytes) {
        const r = remote(ref);
        const digest = sha256Digest(bytes);
        const descriptor = { mediaType: 'application/octet-stream', digest, size: bytes.length };
        for (let attempt = 1;; attempt++) {
            try {
                await this.upload(r, digest, bytes);
                return descriptor;
            }
            catch (error) {
                // The PUT may have landed before its answer was lost; the blob then exists.
                if (await this.headBlob(r, digest).catch(() => false))
                    return descriptor;
                if (attempt >= UPLOAD_TRIES || error instanceof errors/* UserError */.yo)
                    throw error;
                this.log.debug(`upload of ${digest} to ${r.host}/${r.repository} failed; starting a new session`);
            }
        }
    }
    async mountBlob(ref, digest, from) {
        const r = remote(ref);
        const source = remote(from);
        this.auth.want(r.host, source.repository, 'pull');
        const query = `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(source.repository)}`;
        const request = this.base(r, 'POST', `/blobs/uploads/${query}`, 'push');
        const response = await this.transport.request(request);
        if (response.status === 201)
            return (await drain(response), true);
        if (response.status !== 202)
            return (await this.expect(response, request, [201]), false);
        // 202: the registry opened an ordinary upload instead of mounting; close that session again.
        await drain(response);
        const location = response.headers.get('location');
        if (location) {
            const url = new URL(location, this.transport.baseUrl(r.host)).href;
            await drain(await this.transport.request(this.base(r, 'DELETE', url, 'push')));
        }
        return false;
    }
    async listTags(ref, options = {}) {
        const r = remote(ref);
        const tags = [];
        let path = `${this.transport.baseUrl(r.host)}/v2/${r.repository}/tags/list?n=${TAG_PAGE}`;
        for (let page = 0; path; page++) {
            if (options.maxPages !== undefined && page >= options.maxPages)
                return undefined;
            const request = this.base(r, 'GET', path, 'pull');
            const response = await this.transport.request(request);
            if (response.status === 404)
                return (await drain(response), tags);
            await this.expect(response, request, [200]);
            const body = (await response.json());
            tags.push(...(body.tags ?? []));
            path = nextPage(response.headers.get('link'), this.transport.baseUrl(r.host));
        }
        return tags;
    }
    async upload(r, digest, bytes) {
        const begin = this.base(r, 'POST', '/blobs/uploads/', 'push');
        const start = await this.transport.request(begin);
        await this.expect(start, begin, [202]);
        await drain(start);
        const location = new URL(start.headers.get('location') ?? '', this.transport.baseUrl(r.host));
        location.searchParams.set('digest', digest);
        const finish = {
            ...this.base(r, 'PUT', location.href, 'push'),
            headers: { 'Content-Type': 'application/octet-stream' },
            body: bytes,
        };
        const put = await this.transport.request(finish);
        await this.expect(put, finish, [201, 204]);
        await drain(put);
    }
    /** A request whose 404 means "absent" (undefined); other failures throw. */
    async call(r, method, path, access, headers = {}) {
        const request = { ...this.base(r, method, path, access), headers };
        const response = await this.transport.request(request);
        if (response.status === 404)
            return (await drain(response), undefined);
        await this.expect(response, request, [200]);
        return response;
    }
    /** A request on the repository: `path` is relative to `/v2/<repository>`, or an absolute URL. */
    base(r, method, path, access) {
        const full = /^https?:\/\//.test(path) ? path : `/v2/${r.repository}${path}`;
        return { method, host: r.host, path: full, repository: r.repository, access };
    }
    async untilFound(options, request) {
        const waits = options.justPushed ? NOT_FOUND_WAITS_MS : [];
        for (let i = 0;; i++) {
            const response = await request();
            if (response || i >= waits.length)
                return response;
            await this.sleep(waits[i]);
        }
    }
    async expect(response, request, ok) {
        if (ok.includes(response.status))
            return;
        const details = await readErrorDetails(response, (text) => this.log.mask(text));
        // Origin and path only: an upload URL's query carries the registry's session state.
        const url = new URL(request.path, this.transport.baseUrl(request.host));
        throw new RegistryError(request.method, `${url.origin}${url.pathname}`, response.status, details);
    }
}
function remote(ref) {
    if (ref.kind !== 'registry')
        throw new Error(`${formatReference(ref)} is not a registry reference`);
    return ref;
}
/** The next page from a `Link: </v2/x/tags/list?n=..&last=..>; rel="next"` header. */
function nextPage(link, base) {
    const match = link ? /<([^>]+)>\s*;\s*rel="?next"?/i.exec(link) : null;
    return match ? new URL(match[1], base).href : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/registry/client.ts








function createRegistryClient(options) {
    const { ports } = options;
    const insecure = new Set((options.insecureRegistries ?? []).map(configKeyHost));
    const allowHttp = (host) => isLoopbackHost(host) || insecure.has(host.toLowerCase());
    const sleep = options.sleep ?? realSleep;
    const auth = new RegistryAuth({
        resolveCredential: (host) => resolveCredential(host, options.credentials ?? {}, ports),
        // `transport` is created below; the token endpoint is only called once requests flow.
        send: (url, init) => transport.send(url, init),
        now: ports.now,
        log: ports.log,
        allowHttp,
    });
    const transport = new Transport({
        fetch: ports.fetch,
        log: ports.log,
        now: ports.now,
        sleep,
        retry: { ...DEFAULT_RETRY, ...options.retry },
        timeoutMs: options.timeoutMs ?? 120_000,
        allowHttp,
    }, auth);
    const remote = new RemoteStore(transport, auth, sleep, ports.log);
    const layout = new LayoutStore();
    const resolve = (reference) => {
        const ref = typeof reference === 'string' ? parseReference(reference) : reference;
        return { ref, store: ref.kind === 'layout' ? layout : remote };
    };
    return {
        want(reference, access) {
            const { ref } = resolve(reference);
            if (ref.kind === 'registry')
                auth.want(ref.host, ref.repository, access);
        },
        headManifest: (reference, o) => withStore(resolve(reference), (s, r) => s.headManifest(r, o)),
        getManifest: (reference, o) => withStore(resolve(reference), (s, r) => s.getManifest(r, o)),
        putManifest: (reference, m) => withStore(resolve(reference), (s, r) => s.putManifest(r, m)),
        headBlob: (reference, d) => withStore(resolve(reference), (s, r) => s.headBlob(r, d)),
        getBlob: (reference, d) => withStore(resolve(reference), (s, r) => s.getBlob(r, d)),
        putBlob: (reference, b) => withStore(resolve(reference), (s, r) => s.putBlob(r, b)),
        mountBlob: (reference, d, from) => withStore(resolve(reference), (s, r) => s.mountBlob(r, d, resolve(from).ref)),
        listTags: (reference, o) => withStore(resolve(reference), (s, r) => s.listTags(r, o)),
    };
}
function withStore(target, call) {
    return call(target.store, target.ref);
}

;// CONCATENATED MODULE: ./packages/core/src/steps/common/registry.ts







const { repository, username, password: registry_password } = IMAGE_SET_INPUTS;
/** The three inputs every registry step has, alone. */
const REGISTRY_INPUTS = { repository, username, password: registry_password };
/**
 * Reads a registry step's inputs through its table (at least `repository`, `username` and
 * `password`: `REGISTRY_INPUTS`), the password masked before anything else, and checks them
 * (`checkRegistryInputs`): the one reader of build-arch, merge-manifest and retag.
 */
function readRegistryInputs(platform, table) {
    const values = readInputs(table, (0,read/* platformInputs */.xP)(platform), {
        addSecret: (secret) => platform.log.addSecret(secret),
    });
    // T's three inputs are strings (its bound says so); the mapped type loses that, so say it once.
    const registry = values;
    return { ...values, ...checkRegistryInputs(registry, platform) };
}
/**
 * Checks the registry inputs a step's table read: the repository is set and parses (the one
 * parse of it: `target`), a password comes with a username; adds the login the platform gave the job.
 */
function checkRegistryInputs(values, platform) {
    const { repository, username, password } = values;
    if (!repository) {
        throw new errors/* UserError */.yo('is required: the registry repository, like registry.example.com/team/images', {
            field: 'input repository',
        });
    }
    const target = parseTarget(repository, 'input repository');
    if (password && !username) {
        throw new errors/* UserError */.yo('is set but username is empty: set both or neither', { field: 'input password' });
    }
    const jobLogin = platform.registryLogin();
    return { repository, target, username, password, ...(jobLogin ? { jobLogin } : {}) };
}
/**
 * The `repository` input (or CLI option, named by `field`) parsed, where it is read: the one
 * parse of it, so a bad repository stops a step before it does anything else.
 */
function parseTarget(repository, field) {
    try {
        return parseRepository(repository);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw new errors/* UserError */.yo(error.message, { field });
        throw error;
    }
}
/**
 * How this run names its images, in the repository parsed from the inputs: `team/images` is
 * `index.docker.io/team/images` (`index.docker.io/team/images:curl-…`).
 */
function imageTagScheme(inputs, event, now) {
    return resolveTagScheme({ naming: inputs.naming, repository: inputs.target, date: inputs.date ?? '' }, event, now);
}
/**
 * How the registry client and the backends' auth file resolve credentials for these inputs: the
 * username and password belong to the parsed repository's registry host, and to no other.
 */
function credentialOptions(inputs) {
    const { target } = inputs;
    // An OCI layout has no registry: the inputs belong to no host, and must not go to the hosts a
    // Dockerfile pulls from (unset `host` would mean every host).
    if (target.kind === 'layout')
        return inputs.jobLogin ? { job: inputs.jobLogin } : {};
    return {
        username: inputs.username,
        password: inputs.password,
        host: target.host,
        ...(inputs.jobLogin ? { job: inputs.jobLogin } : {}),
    };
}
/**
 * The one registry client of a step, from its registry inputs; `options` tune its waiting (a
 * test's sleep, the plan report's short timeout), never its credentials or hosts.
 */
function registryClient(inputs, ports, options = {}) {
    return createRegistryClient({
        ports,
        credentials: credentialOptions(inputs),
        insecureRegistries: inputs.insecureRegistries,
        ...options,
    });
}

;// CONCATENATED MODULE: ./packages/core/src/steps/retag/inputs.ts


function readRetagInputs(platform) {
    return readRegistryInputs(platform, RETAG_INPUTS);
}

;// CONCATENATED MODULE: ./packages/core/src/markdown.ts
/**
 * Text from the repository (directory and file names, refs, URLs, tags) placed into the Markdown
 * of a job summary. Each function makes a value render as exactly its characters on one line:
 * no heading, list, link, autolink, image, HTML, emphasis or math of its own, and no new table
 * row or cell. The rules are GitHub's renderer's (cmark-gfm with the table, autolink and tagfilter
 * extensions); the tests render what we write with it.
 */
/**
 * Line breaks and other control characters written as visible escapes (`\n`, `\u001b`): a newline
 * would end a table row or start a block of its own, and the others hide what a name holds.
 */
function visibleControls(value) {
    // eslint-disable-next-line no-control-regex -- control characters are what this finds
    return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
        if (c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        if (c === '\t')
            return '\\t';
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}
/** ASCII punctuation that starts or closes a Markdown construct inline (any may be backslash-escaped). */
const SPECIAL = /[\\`*~[\]<>#|&$]/g;
/** `_` between two letters or digits (`pull_request`) can neither open nor close emphasis. */
const EMPHASIS_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
/**
 * A value as plain inline text, anywhere: a table cell, a quote, a sentence. Backslash escapes
 * for the punctuation that means something (`![` is no image once its `[` is escaped); `www.` and
 * `://` cannot autolink once their `.` or `:` is escaped; an email address is autolinked after
 * escapes are read, so a zero-width space follows each `@`. A value starting a line cannot start
 * a list item.
 */
function markdownText(value) {
    return visibleControls(value)
        .replace(SPECIAL, (c) => `\\${c}`)
        .replace(EMPHASIS_UNDERSCORE, '\\_')
        .replace(/(www)\./gi, '$1\\.')
        .replace(/:(?=\/\/)/g, '\\:')
        .replace(/@/g, '@\u200b')
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2');
}
/**
 * A value as a code span in a table cell (where GitHub reads `\|` as a `|` of the cell, even in
 * code). Inside a code span nothing is Markdown; the fence is longer than any run of backticks
 * in the value, and spaced from a value that starts or ends with one.
 */
function markdownCode(value) {
    if (value === '')
        return '';
    const text = visibleControls(value).replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** A label of a Mermaid node inside `["..."]`: Mermaid's entity codes for what would end or mark it up. */
function mermaidLabel(value) {
    const codes = { '"': '#quot;', '<': '#lt;', '>': '#gt;', '`': '#96;', '#': '#35;' };
    return visibleControls(value).replace(/[#"<>`]/g, (c) => codes[c]);
}

// EXTERNAL MODULE: ./packages/core/src/plan/outputs.ts
var outputs = __nccwpck_require__(9175);
;// CONCATENATED MODULE: ./packages/core/src/steps/common/handoff.ts




/** The file prepare-diff writes and every later step reads by default. */
const DIRS_FILE = 'dirs.txt';
/**
 * The `dirs` input of the steps after prepare-diff: '' means `<outputDir>/dirs.txt`; a path to
 * an existing file means its lines; anything else is a list separated by whitespace or commas.
 * Lines starting with `#` are comments. Order is kept (it is the build order) and repeats dropped.
 */
async function resolveDirsInput(value, outputDir) {
    const trimmed = value.trim();
    if (trimmed === '') {
        const file = external_node_path_default().join(outputDir, DIRS_FILE);
        if (!(await isFile(file))) {
            throw new errors/* UserError */.yo(`${file} does not exist: run prepare-diff first or set the dirs input`, {
                field: 'input dirs',
            });
        }
        return parseDirsText(await (0,promises_.readFile)(file, 'utf8'));
    }
    if (!/[\s,]/.test(trimmed) && (await isFile(trimmed)))
        return parseDirsText(await (0,promises_.readFile)(trimmed, 'utf8'));
    return parseDirsText(trimmed);
}
/** Directories from text: one per line or separated by spaces or commas; `#` lines are comments. */
function parseDirsText(text) {
    const dirs = text
        .split(/\r?\n/)
        .filter((line) => !line.trimStart().startsWith('#'))
        .flatMap((line) => line.split(/[\s,]+/))
        .map((dir) => dir.replace(/\/+$/, ''))
        .filter((dir) => dir !== '');
    return [...new Set(dirs)];
}
async function isFile(file) {
    try {
        return (await (0,promises_.stat)(file)).isFile();
    }
    catch {
        return false;
    }
}
const PLAN_FILE = 'plan.json';
/**
 * `dirs.txt` (build order), `need_<arch>.txt` and `plan.json` in `outputDir`, the files the
 * later steps (and the seed's scripts) read. Each is written under a temporary name and renamed,
 * so a reader never sees half a file.
 */
async function writePlanFiles(outputDir, plan) {
    const dirs = planDirs(plan);
    const files = new Map([[DIRS_FILE, dirs.map((dir) => `${dir}\n`).join('')]]);
    for (const [arch, needed] of needByArch(plan))
        files.set(`need_${arch}.txt`, `${needed}\n`);
    files.set(PLAN_FILE, `${JSON.stringify(plan, null, 2)}\n`);
    await mkdir(outputDir, { recursive: true });
    for (const [name, content] of files) {
        const target = path.join(outputDir, name);
        await writeFile(`${target}.tmp`, content);
        await rename(`${target}.tmp`, target);
    }
    return [...files.keys()];
}
/** `<image>-<arch>.tag` in output-dir: what build-arch pushed, for dependents and merge-manifest. */
function tagFileName(image, arch) {
    return `${image}-${arch}.tag`;
}
/** Writes the tag file whole or not at all (a half-written one would name a wrong digest). */
async function writeTagFile(outputDir, image, arch, content) {
    const file = path.join(outputDir, tagFileName(image, arch));
    await writeFile(`${file}.partial`, `${content.tag}\n${content.digest}\n`);
    await rename(`${file}.partial`, file);
    return file;
}
/** Reads a tag file; undefined when there is none. */
async function readTagFile(outputDir, image, arch) {
    const file = path.join(outputDir, tagFileName(image, arch));
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch (error) {
        // Only a missing file means "not built in this run"; an unreadable one must not silently
        // turn a dependency into <dep>-latest.
        if (error.code === 'ENOENT')
            return undefined;
        throw new UserError(`${file} cannot be read (${error.code ?? String(error)})`, {
            cause: error,
        });
    }
    const [tag = '', digest = ''] = text.split(/\r?\n/).map((line) => line.trim());
    return tag ? { tag, digest } : undefined;
}
/**
 * The artifact clone-upstream writes for an image directory, in output-dir: `<dir>-source.tar.gz`
 * (`_root-source.tar.gz` for the root itself: no directory can be named `_root`, and a name
 * starting with `.` would be hidden from artifact globs).
 */
function sourceArchiveName(dir) {
    return `${dir === '.' ? '_root' : dir}-source.tar.gz`;
}
/**
 * Makes `output-dir` (and its parents) before a step does anything it cannot undo: a build that
 * pushed an image and then found nowhere to write its `.tag` file leaves the next steps blind.
 */
async function ensureOutputDir(dir) {
    try {
        await mkdir(dir, { recursive: true });
        await access(dir, constants.W_OK);
    }
    catch (error) {
        const code = error.code ?? String(error);
        throw new UserError(`output-dir ${dir} cannot be created or written (${code}): set output-dir to a writable directory`, { field: 'input output-dir', cause: error });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/repo-file.ts



/**
 * The largest file hephy-builder reads from a repository. The biggest real config or Dockerfile
 * is a few KiB; a file above this is a mistake or an attack (`/dev/zero`, a generated file of a
 * million build args), refused before a byte is read.
 */
const MAX_REPO_FILE_BYTES = 4 * 1024 * 1024;
/**
 * A repository file that was refused or could not be read. The message names the file (in the
 * location) and why; never a byte of what it holds or where a symlink points.
 */
class RepoFileError extends errors/* UserError */.yo {
    problem;
    constructor(problem, message, file) {
        super(message, { location: { file } });
        this.problem = problem;
        this.name = 'RepoFileError';
    }
}
/**
 * Reads `file` (relative to `root`, the checkout or the images root inside it) the one way every
 * file of the repository being built is read: the repository is hostile, so a path that leaves
 * the root is refused before the disk is touched, and a symlink is followed only to see where it
 * leads. The file's real path must be inside the root's real path and not inside a `.git`
 * directory (the checkout's `.git/config` holds its token), it must be a regular file (not a
 * FIFO that never ends, not a device), and not over `maxBytes`, checked on the open descriptor
 * and again while reading (a file can grow between the two). Synchronous: prepare-diff reads
 * hundreds of small files, and a synchronous call costs microseconds where a promise round trip
 * costs ten times that.
 */
function readRepoFile(root, file, options = {}) {
    const shown = options.shown ?? file.split((external_node_path_default()).sep).join('/');
    const maxBytes = options.maxBytes ?? MAX_REPO_FILE_BYTES;
    const fail = (problem, message) => {
        throw new RepoFileError(problem, message, shown);
    };
    const normal = external_node_path_default().normalize(file);
    if (external_node_path_default().isAbsolute(file) || normal === '..' || normal.startsWith(`..${(external_node_path_default()).sep}`))
        fail('outside', 'the path leads out of the repository: give a path inside it');
    const realBase = realRoot(root);
    let real;
    try {
        real = external_node_fs_namespaceObject.realpathSync.native(external_node_path_default().join(root, file));
    }
    catch (error) {
        const code = error.code;
        return code === 'ENOENT' || code === 'ENOTDIR'
            ? fail('missing', 'the file does not exist')
            : fail('unreadable', `the file cannot be read (${code ?? 'unknown error'})`);
    }
    if (!isInside(realBase, real))
        fail('outside', 'the file leads out of the repository through a symbolic link: only files inside the checkout are read');
    if (external_node_path_default().relative(realBase, real)
        .split((external_node_path_default()).sep)
        .some((part) => part.toLowerCase() === '.git'))
        fail('git', "the file leads into the repository's .git directory through a symbolic link: .git is never read");
    const expected = (0,external_node_fs_namespaceObject.statSync)(real);
    if (!expected.isFile())
        fail('not-file', 'the file is not a regular file (a directory, device or FIFO): only regular files are read');
    if (expected.size > maxBytes)
        fail('too-large', tooLarge(maxBytes));
    return readCapped(real, expected, maxBytes, fail);
}
/** Reads at most `maxBytes` of the file `real` was when it was checked, through its descriptor. */
function readCapped(real, expected, maxBytes, fail) {
    // O_NOFOLLOW and O_NONBLOCK: a path swapped for a symlink or a FIFO since the check neither
    // leads elsewhere nor blocks; the descriptor is then checked to be the very file checked.
    const flags = external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW | external_node_fs_namespaceObject.constants.O_NONBLOCK;
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(real, flags);
    }
    catch (error) {
        return fail('unreadable', `the file cannot be read (${error.code ?? 'unknown error'})`);
    }
    try {
        const opened = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!opened.isFile() || opened.dev !== expected.dev || opened.ino !== expected.ino)
            fail('not-file', 'the file changed while it was read');
        // One byte more than the cap: reading it means the file is too large, whatever fstat said.
        let buffer = Buffer.allocUnsafe(Math.min(opened.size, maxBytes) + 1);
        let length = 0;
        for (;;) {
            if (length === buffer.length) {
                if (length > maxBytes)
                    fail('too-large', tooLarge(maxBytes));
                const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
                buffer.copy(grown);
                buffer = grown;
            }
            const read = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, length, buffer.length - length, null);
            if (read === 0)
                return buffer.toString('utf8', 0, length);
            length += read;
        }
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
function tooLarge(maxBytes) {
    const limit = maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MiB` : `${maxBytes} bytes`;
    return `the file is larger than ${limit}, the most hephy-builder reads of a repository file: a config, Dockerfile or list this large is a mistake`;
}
/** The root's real path, resolved once for all the files of a run. */
const realRoots = new Map();
function realRoot(root) {
    let real = realRoots.get(root);
    if (real === undefined)
        realRoots.set(root, (real = external_node_fs_namespaceObject.realpathSync.native(root)));
    return real;
}
/** Whether `child` is `parent` or below it (both absolute, or both relative). */
function isInside(parent, child) {
    const relative = external_node_path_default().relative(parent, child);
    return (relative === '' ||
        (relative !== '..' && !relative.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(relative)));
}

;// CONCATENATED MODULE: ./packages/core/src/config/checks.ts
/**
 * Checks of single list items, each returning what is wrong and how to fix it (or undefined).
 * ConfigReader.stringList reports the answer at the item's line and column.
 */

/** `KEY=VALUE` with a valid ARG name; `${VAR}` in the value is expanded at build time. */
function checkAssignment(value) {
    const equals = value.indexOf('=');
    if (equals === -1)
        return `\`${value}\` must be KEY=VALUE (e.g. \`${value}=1\`)`;
    const key = value.slice(0, equals);
    if (!ARG_NAME_PATTERN.test(key)) {
        return `\`${key}\` is not a valid name: use letters, digits and _, not starting with a digit`;
    }
    return checkPlaceholders(value.slice(equals + 1));
}
function checkPlaceholders(value) {
    const bad = badPlaceholder(value);
    return bad === undefined
        ? undefined
        : `\`${bad}\` is not a valid placeholder: write \${NAME} with NAME a variable name`;
}
/** An OCI tag (`[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`), where `${VAR}` stands for a valid piece. */
function checkTag(value) {
    const placeholder = checkPlaceholders(value);
    if (placeholder)
        return placeholder;
    if (isTag(value))
        return undefined;
    return `\`${value}\` is not a valid OCI tag: use at most 128 of A-Z a-z 0-9 _ . -, not starting with . or -`;
}
/** A name that becomes part of image names and tags: a directory (depends_on) or a target name. */
function checkNameComponent(value) {
    if (NAME_COMPONENT_PATTERN.test(value))
        return undefined;
    return `\`${value}\` cannot be part of an image name: use lower-case letters and digits, separated by . _ __ or -`;
}

// EXTERNAL MODULE: ./packages/core/src/config/suggest.ts
var suggest = __nccwpck_require__(7190);
;// CONCATENATED MODULE: ./packages/core/src/config/config-reader.ts



/**
 * Reads typed values out of a parsed YAML document and collects every problem instead of
 * stopping at the first, so that one run shows the user all there is to fix.
 */
class ConfigReader {
    file;
    text;
    lineCounter;
    doc;
    problems = [];
    /** Positions of every key and list item seen, by field name. */
    positions = {};
    constructor(file, text, lineCounter, doc) {
        this.file = file;
        this.text = text;
        this.lineCounter = lineCounter;
        this.doc = doc;
    }
    positionOf(offset) {
        const { line, col } = this.lineCounter.linePos(offset);
        return { line, column: col };
    }
    report(entry, message) {
        const location = { file: this.file, line: entry.at.line, column: entry.at.column };
        this.problems.push(new errors/* UserError */.yo(message, { location, field: entry.field || undefined }));
    }
    /** The document's top level as an entry. */
    root() {
        return this.entry('', this.doc.contents, { line: 1, column: 1 });
    }
    entry(field, raw, fallback) {
        const node = (0,dist/* isAlias */.Vj)(raw)
            ? (raw.resolve(this.doc) ?? null)
            : raw;
        const start = raw?.range?.[0];
        return { field, node, at: start === undefined ? fallback : this.positionOf(start) };
    }
    /** A mapping's entries by key; unknown keys (when `known` is given) are reported with a suggestion. */
    mapping(entry, known) {
        if (!(0,dist/* isMap */.jh)(entry.node))
            return this.wrongType(entry, 'a mapping of keys');
        const entries = new Map();
        for (const pair of entry.node.items) {
            const keyNode = pair.key;
            const keyAt = keyNode?.range ? this.positionOf(keyNode.range[0]) : entry.at;
            // Free-form mappings (manual_images) may have number-like keys such as `386`.
            const raw = (0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : undefined;
            const key = typeof raw === 'number' && !known ? String(raw) : raw;
            const field = typeof key === 'string' ? join(entry.field, key) : entry.field;
            if (typeof key !== 'string') {
                this.report({ field, at: keyAt }, `the key \`${this.source(keyNode)}\` must be text: write a name such as \`platforms\``);
            }
            else if (known && !known.includes(key)) {
                this.report({ field, at: keyAt }, `unknown key \`${key}\`${(0,suggest/* didYouMean */.au)(key, known)}`);
            }
            else {
                this.positions[field] = keyAt;
                entries.set(key, this.entry(field, pair.value, keyAt));
            }
        }
        return entries;
    }
    list(entry) {
        if (!(0,dist/* isSeq */.oP)(entry.node))
            return this.wrongType(entry, 'a list');
        return entry.node.items.map((item, index) => {
            const itemEntry = this.entry(`${entry.field}[${index}]`, item, entry.at);
            this.positions[itemEntry.field] = itemEntry.at;
            return itemEntry;
        });
    }
    string(entry, options = {}) {
        const value = (0,dist/* isScalar */.jn)(entry.node) ? entry.node.value : undefined;
        if (typeof value !== 'string')
            return this.wrongType(entry, 'a string');
        if (value === '' && !options.allowEmpty)
            return this.fail(entry, 'must not be empty');
        return value;
    }
    boolean(entry) {
        const value = (0,dist/* isScalar */.jn)(entry.node) ? entry.node.value : undefined;
        return typeof value === 'boolean' ? value : this.wrongType(entry, '`true` or `false`');
    }
    /**
     * A list of strings, each checked by `check` (which returns what is wrong, or undefined).
     * Only well-formed, unique items are returned; the others are reported.
     */
    stringList(entry, check) {
        const items = this.list(entry);
        if (!items)
            return undefined;
        const seen = new Map();
        for (const item of items) {
            const value = this.string(item);
            if (value === undefined)
                continue;
            const problem = check?.(value);
            if (problem)
                this.report(item, problem);
            else if (seen.has(value))
                this.report(item, `\`${value}\` is already listed at ${seen.get(value)}; remove one`);
            else
                seen.set(value, item.field);
        }
        return [...seen.keys()];
    }
    fail(entry, message) {
        this.report(entry, message);
        return undefined;
    }
    wrongType(entry, expected) {
        return this.fail(entry, `must be ${expected}, not ${this.describe(entry.node)}${this.hint(entry, expected)}`);
    }
    describe(node) {
        if ((0,dist/* isMap */.jh)(node))
            return 'a mapping';
        if ((0,dist/* isSeq */.oP)(node))
            return 'a list';
        const value = (0,dist/* isScalar */.jn)(node) ? node.value : null;
        if (value === null || value === undefined)
            return 'empty (give it a value, or remove it)';
        if (typeof value === 'string')
            return `the string "${value}"`;
        return `${typeof value === 'boolean' ? 'the boolean' : 'the number'} \`${this.source(node)}\``;
    }
    /** YAML turns `1.10` into a number and `"true"` stays a string: say how to write what was meant. */
    hint(entry, expected) {
        const value = (0,dist/* isScalar */.jn)(entry.node) ? entry.node.value : undefined;
        if (expected === 'a string' && (typeof value === 'number' || typeof value === 'boolean')) {
            return `; quote it to keep it as text: "${this.source(entry.node)}"`;
        }
        if (expected.includes('true') && typeof value === 'string') {
            if (/^(true|yes|on)$/i.test(value))
                return '; write true without quotes';
            if (/^(false|no|off)$/i.test(value))
                return '; write false without quotes';
            const near = (0,suggest/* nearest */.pA)(value, ['true', 'false']);
            return near ? ` (did you mean ${near}?)` : '';
        }
        return '';
    }
    source(node) {
        const range = node?.range;
        return range ? this.text.slice(range[0], range[1]) : String((0,dist/* isScalar */.jn)(node) ? node.value : '');
    }
}
function join(parent, key) {
    return parent ? `${parent}.${key}` : key;
}

;// CONCATENATED MODULE: ./packages/core/src/config/keys.ts
/** The keys of build-config.yaml v1, per mapping. The JSON Schema and the docs list the same. */
const TOP_LEVEL_KEYS = [
    'use_local_context',
    'upstream_repo',
    'upstream_ref',
    'upstream_submodules',
    'dockerfile_path',
    'context_path',
    'target',
    'targets',
    'build_args',
    'platforms',
    'additional_tags',
    'build_backend',
    'ko_config',
    'spin_config',
    'manual_build',
    'manual_images',
    'depends_on',
    'cache',
];
const TARGET_KEYS = ['name', 'target', 'additional_tags'];
const KO_CONFIG_KEYS = [
    'import_path',
    'base_image',
    'env',
    'ldflags',
    'platforms',
    'working_dir',
];
const SPIN_CONFIG_KEYS = ['manifest'];

// EXTERNAL MODULE: ./packages/core/src/config/platform-spec.ts
var platform_spec = __nccwpck_require__(3893);
// EXTERNAL MODULE: ./packages/core/src/shared/platform-spec.ts
var shared_platform_spec = __nccwpck_require__(618);
;// CONCATENATED MODULE: ./packages/core/src/config/read-platforms.ts


/**
 * `platforms` (or `ko_config.platforms`): known `os/arch[/variant]` entries, at least one, and no
 * two with the same arch label, since the label names the per-architecture tag.
 */
function readPlatforms(reader, entry) {
    const items = reader.list(entry);
    if (!items)
        return undefined;
    if (items.length === 0)
        return reader.fail(entry, 'must list at least one platform, e.g. [linux/amd64]');
    const byLabel = new Map();
    const platforms = [];
    for (const item of items) {
        const text = reader.string(item);
        if (text === undefined)
            continue;
        const platform = (0,platform_spec/* parsePlatform */.FL)(text);
        if (!platform) {
            reader.report(item, unknownPlatform(text));
            continue;
        }
        const label = (0,shared_platform_spec/* archLabel */.l)(platform);
        const earlier = byLabel.get(label);
        if (earlier !== undefined) {
            reader.report(item, `\`${text}\` is the architecture \`${label}\` again (as ${earlier}); list it once`);
            continue;
        }
        byLabel.set(label, item.field);
        platforms.push(platform);
    }
    return platforms;
}
function unknownPlatform(text) {
    const suggestion = (0,platform_spec/* suggestPlatform */.eZ)(text);
    const known = `known: ${platform_spec/* KNOWN_PLATFORMS */.PA.join(', ')}`;
    return `\`${text}\` is not a known platform${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}; ${known}`;
}

;// CONCATENATED MODULE: ./packages/core/src/config/types.ts
/**
 * A validated build-config.yaml (v1), normalised: defaults filled in, snake_case keys turned
 * camelCase. `config/parse.ts` makes these; everything else reads them.
 */
const BACKENDS = ['kaniko', 'buildah', 'buildkit', 'buildx', 'ko', 'spin'];

;// CONCATENATED MODULE: ./packages/core/src/config/read-backend.ts






function readBackend(reader, entry) {
    const value = reader.string(entry);
    if (value === undefined)
        return undefined;
    if (BACKENDS.includes(value))
        return value;
    const suggestion = (0,suggest/* nearest */.pA)(value, BACKENDS);
    const hint = suggestion ? ` (did you mean \`${suggestion}\`?)` : '';
    return reader.fail(entry, `\`${value}\` is not a backend${hint}; use one of ${BACKENDS.join(', ')}`);
}
/** `ko_config`: the Go package to build (required), its base image, environment and flags. */
function readKoConfig(reader, entry) {
    const fields = reader.mapping(entry, KO_CONFIG_KEYS);
    if (!fields)
        return undefined;
    const importEntry = fields.get('import_path');
    const importPath = importEntry ? readImportPath(reader, importEntry) : undefined;
    if (!importEntry)
        reader.report(entry, 'needs `import_path`: the Go package to build, e.g. ./cmd/server');
    const get = (key, read) => {
        const found = fields.get(key);
        return found ? read(found) : undefined;
    };
    const baseImage = get('base_image', (e) => readReference(reader, e));
    const env = get('env', (e) => reader.stringList(e, checkAssignment));
    const ldflags = get('ldflags', (e) => reader.stringList(e));
    const platforms = get('platforms', (e) => readPlatforms(reader, e));
    const workingDir = get('working_dir', (e) => reader.string(e));
    if (importPath === undefined)
        return undefined;
    return {
        importPath,
        env: env ?? [],
        ldflags: ldflags ?? [],
        ...(baseImage === undefined ? {} : { baseImage }),
        ...(platforms === undefined ? {} : { platforms }),
        ...(workingDir === undefined ? {} : { workingDir }),
    };
}
/** A Go import path (`example.com/app/cmd/server`) or a path inside the directory (`./cmd/server`). */
function readImportPath(reader, entry) {
    const value = reader.string(entry);
    if (value === undefined)
        return undefined;
    if (value.startsWith('.') || value.startsWith('/')) {
        const problem = relativePathProblem(value);
        return problem ? reader.fail(entry, problem) : value;
    }
    if (/^[A-Za-z0-9][\w.~/-]*$/.test(value))
        return value;
    return reader.fail(entry, `\`${value}\` is not a Go import path: write ./cmd/server or example.com/app/cmd/server`);
}
function readReference(reader, entry) {
    const value = reader.string(entry);
    if (value === undefined || isImageReference(value))
        return value;
    return reader.fail(entry, `\`${value}\` is not an image reference: write [host[:port]/]path[:tag][@sha256:digest]`);
}
/** `spin_config`: where the Spin manifest is (default `spin.toml`), inside the directory. */
function readSpinConfig(reader, entry) {
    const fields = reader.mapping(entry, SPIN_CONFIG_KEYS);
    if (!fields)
        return undefined;
    const manifestEntry = fields.get('manifest');
    const manifest = manifestEntry ? readRelativePath(reader, manifestEntry) : 'spin.toml';
    return manifest === undefined ? undefined : { manifest };
}
function readRelativePath(reader, entry) {
    const value = reader.string(entry, { allowEmpty: true });
    const problem = value === undefined ? undefined : relativePathProblem(value);
    return problem ? reader.fail(entry, problem) : value;
}

;// CONCATENATED MODULE: ./packages/core/src/config/read-manual.ts



/**
 * `manual_build` + `manual_images`: nothing is built; the index is made of images pushed by
 * hand, one per architecture of `platforms`, keyed by arch label (`amd64`, `arm64`, `armv7`).
 */
function readManualImages(reader, fields, options) {
    const entry = fields.get('manual_images');
    const labels = options.platforms.map(shared_platform_spec/* archLabel */.l);
    const images = {};
    if (!entry) {
        const manualEntry = fields.get('manual_build');
        if (options.manualBuild && manualEntry) {
            reader.report(manualEntry, `needs \`manual_images\` with a reference for each of ${labels.join(', ')}`);
        }
        return images;
    }
    if (!options.manualBuild)
        reader.report(entry, 'is used only with `manual_build: true`; add that or remove this');
    for (const [label, image] of reader.mapping(entry) ?? []) {
        if (!labels.includes(label)) {
            const suggestion = (0,suggest/* nearest */.pA)(label, labels);
            const hint = suggestion ? `did you mean \`${suggestion}\`? ` : '';
            reader.report(image, `\`${label}\` is not an architecture of this image (${hint}platforms give ${labels.join(', ')})`);
            continue;
        }
        const reference = readReference(reader, image);
        if (reference !== undefined)
            images[label] = reference;
    }
    const missing = labels.filter((label) => !(label in images) && !reader.positions[`manual_images.${label}`]);
    if (options.manualBuild && missing.length > 0) {
        reader.report(entry, `has no image for ${missing.join(', ')}: add one per platform`);
    }
    return images;
}

;// CONCATENATED MODULE: ./packages/core/src/config/read-source.ts

const FIX = 'set `use_local_context: true` to build this directory, or `upstream_repo` and `upstream_ref` to build another repository';
/**
 * Where the image's files come from: this directory (`use_local_context: true`) or another
 * repository at a pinned ref (`upstream_repo` + `upstream_ref`), never both. A config with
 * neither is allowed only where the directory is the obvious source: `build_backend: ko` or
 * `spin` (the seed's ko configs say nothing) and `manual_build` (nothing is built).
 */
function readSource(reader, fields, options) {
    const localEntry = fields.get('use_local_context');
    const repoEntry = fields.get('upstream_repo');
    const refEntry = fields.get('upstream_ref');
    const submodulesEntry = fields.get('upstream_submodules');
    const local = localEntry && reader.boolean(localEntry);
    const repo = repoEntry && readRemote(reader, repoEntry);
    const ref = refEntry && readRef(reader, refEntry);
    const submodules = submodulesEntry ? reader.boolean(submodulesEntry) : false;
    if (repoEntry || refEntry) {
        if (local === true && localEntry) {
            return reader.fail(localEntry, 'cannot be true together with upstream_repo/upstream_ref: keep one source');
        }
        if (!refEntry && repoEntry)
            return reader.fail(repoEntry, 'needs `upstream_ref`: a branch, tag or full commit SHA');
        if (!repoEntry && refEntry)
            return reader.fail(refEntry, 'needs `upstream_repo`: the repository to build from');
        return repo === undefined || ref === undefined
            ? undefined
            : { kind: 'upstream', repo, ref, submodules: !!submodules };
    }
    if (submodulesEntry)
        reader.report(submodulesEntry, 'applies only with `upstream_repo`; remove it');
    if (local === true || options.sourceImplied)
        return { kind: 'local' };
    if (local === false && localEntry)
        return reader.fail(localEntry, `is false but there is no upstream_repo: ${FIX}`);
    if (local === undefined && !localEntry)
        reader.report({ field: 'use_local_context', at: { line: 1, column: 1 } }, `no source: ${FIX}`);
    return undefined;
}
/**
 * The config is committed (and copied into plan.json), so a credential in the URL is refused,
 * and no message here ever shows one: the URL is quoted with its credentials masked.
 */
function readRemote(reader, entry) {
    const value = reader.string(entry);
    if (value === undefined)
        return value;
    const { secret, display } = remoteCredential(value);
    if (secret !== undefined) {
        return reader.fail(entry, `\`${display}\` holds credentials, and this file is committed: remove them from the URL and give them to git outside the repository, from a git credential helper or a CI variable (see docs/configuration.md)`);
    }
    if (isGitRemote(value))
        return value;
    const fix = /^[\w.-]+\.[a-z]+\/\S+$/.test(value) ? ` (write \`https://${value}\`)` : '';
    return reader.fail(entry, `\`${display}\` is not a git remote: use https://host/owner/repo or git@host:owner/repo${fix}`);
}
function readRef(reader, entry) {
    const value = reader.string(entry);
    if (value === undefined || isGitRef(value))
        return value;
    return reader.fail(entry, `\`${value}\` is not a valid git ref: give a branch, tag or full commit SHA`);
}

;// CONCATENATED MODULE: ./packages/core/src/config/read-targets.ts


/**
 * `targets`: several images from one directory, each `<dir>-<name>`. A target without `target`
 * builds the Dockerfile stage of its own name.
 */
function readTargets(reader, entry) {
    const items = reader.list(entry);
    if (!items)
        return undefined;
    const names = new Map();
    const targets = [];
    for (const item of items) {
        const target = readTarget(reader, item);
        if (!target)
            continue;
        const earlier = names.get(target.name);
        if (earlier !== undefined) {
            reader.report(item, `the name \`${target.name}\` is already used by ${earlier}; names must be unique`);
            continue;
        }
        names.set(target.name, item.field);
        targets.push(target);
    }
    return targets;
}
function readTarget(reader, item) {
    const fields = reader.mapping(item, TARGET_KEYS);
    if (!fields)
        return undefined;
    const nameEntry = fields.get('name');
    if (!nameEntry)
        return reader.fail(item, 'needs a `name` (the image becomes `<dir>-<name>`)');
    const name = reader.string(nameEntry);
    const nameProblem = name === undefined ? undefined : checkNameComponent(name);
    if (nameProblem)
        reader.report(nameEntry, nameProblem);
    const targetEntry = fields.get('target');
    const stage = targetEntry ? reader.string(targetEntry) : name;
    const tagsEntry = fields.get('additional_tags');
    const additionalTags = tagsEntry ? reader.stringList(tagsEntry, checkTag) : [];
    if (name === undefined || nameProblem || stage === undefined || additionalTags === undefined)
        return undefined;
    return { name, target: stage, additionalTags };
}

;// CONCATENATED MODULE: ./packages/core/src/config/parse.ts














/**
 * Parses and validates one build-config.yaml (v1). Every problem in the file is collected and
 * thrown together as `UserErrors`, each naming `file:line:column`, the field, and the fix.
 * Checks that need the disk (symlinks, the directory name) are in load.ts.
 */
function parseBuildConfig(text, options) {
    const { doc, lineCounter } = readYaml(text, options.file);
    const reader = new ConfigReader(options.file, text, lineCounter, doc);
    let config;
    if (doc.contents === null) {
        reader.report({ field: '', at: { line: 1, column: 1 } }, 'the file is empty: it needs at least a source (use_local_context: true)');
    }
    else {
        config = readConfig(reader, options);
    }
    if (reader.problems.length > 0 || !config)
        throw new errors/* UserErrors */.tQ(inFileOrder(reader.problems));
    return config;
}
/** Problems are found field by field; the user reads them top to bottom. */
function inFileOrder(problems) {
    const key = (problem) => [problem.location?.line ?? 0, problem.location?.column ?? 0];
    return [...problems].sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
}
/** The YAML document, or every YAML error and warning (as errors: a config must be plain YAML). */
function readYaml(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const problems = [...doc.errors, ...doc.warnings].map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        const message = error.message.split('\n')[0] ?? error.message;
        return new errors/* UserError */.yo(`invalid YAML: ${message.replace(/ at line \d+, column \d+:?$/, '')}`, {
            location: { file, line, column: col },
        });
    });
    if (problems.length > 0)
        throw new errors/* UserErrors */.tQ(problems);
    return { doc, lineCounter };
}
function readConfig(reader, options) {
    const fields = reader.mapping(reader.root(), TOP_LEVEL_KEYS);
    if (!fields)
        return undefined;
    const read = (key, fn) => {
        const entry = fields.get(key);
        return entry ? fn(entry) : undefined;
    };
    const buildBackend = read('build_backend', (e) => readBackend(reader, e));
    const ko = read('ko_config', (e) => readKoConfig(reader, e));
    const spin = read('spin_config', (e) => readSpinConfig(reader, e));
    const manualBuild = read('manual_build', (e) => reader.boolean(e)) ?? false;
    const sourceImplied = buildBackend === 'ko' || buildBackend === 'spin' || manualBuild;
    const source = readSource(reader, fields, { sourceImplied });
    const platforms = choosePlatforms(reader, fields, ko);
    const manualImages = readManualImages(reader, fields, { manualBuild, platforms });
    checkBackendConfigs(reader, fields, buildBackend);
    const build = readBuildFields(reader, fields, read);
    const dependsOn = read('depends_on', (e) => readDependencies(reader, e, options.dir)) ?? [];
    const cache = read('cache', (e) => reader.boolean(e)) ?? false;
    if (!source)
        return undefined;
    return {
        file: options.file,
        dir: options.dir,
        name: options.name ?? external_node_path_default().posix.basename(options.dir),
        source,
        ...build,
        platforms,
        ...(buildBackend === undefined ? {} : { buildBackend }),
        ...(ko === undefined ? {} : { ko }),
        ...(spin === undefined ? {} : { spin }),
        manualBuild,
        manualImages,
        dependsOn,
        cache,
        positions: reader.positions,
    };
}
function readBuildFields(reader, fields, read) {
    const contextPath = read('context_path', (e) => readRelativePath(reader, e)) ?? '.';
    const dockerfilePath = read('dockerfile_path', (e) => readDockerfilePath(reader, e, contextPath)) ?? 'Dockerfile';
    const target = read('target', (e) => reader.string(e, { allowEmpty: true })) ?? '';
    const targets = read('targets', (e) => readTargets(reader, e)) ?? [];
    const buildArgs = read('build_args', (e) => reader.stringList(e, checkAssignment)) ?? [];
    const additionalTags = read('additional_tags', (e) => reader.stringList(e, checkTag)) ?? [];
    const targetsEntry = fields.get('targets');
    if (target !== '' && targets.length > 0 && targetsEntry) {
        reader.report(targetsEntry, 'cannot be combined with a non-empty `target`: set the stage in each target instead');
    }
    checkUniqueArgNames(reader, fields.get('build_args'), buildArgs);
    return { dockerfilePath, contextPath, target, targets, buildArgs, additionalTags };
}
/** The Dockerfile is found relative to the context, and neither may leave the image directory. */
function readDockerfilePath(reader, entry, contextPath) {
    const value = reader.string(entry, { allowEmpty: true });
    if (value === undefined)
        return undefined;
    const formProblem = pathFormProblem(value);
    if (formProblem)
        return reader.fail(entry, formProblem);
    if (!climbsOut(external_node_path_default().posix.join(contextPath, value)))
        return value;
    return reader.fail(entry, `\`${value}\` (relative to context_path \`${contextPath}\`) leads out of the image directory`);
}
function checkUniqueArgNames(reader, entry, buildArgs) {
    // One pass with a set: a config of 80,000 build args took 8 s with indexOf per name.
    const seen = new Set();
    const repeated = new Set();
    for (const arg of buildArgs) {
        const name = arg.slice(0, arg.indexOf('='));
        if (seen.has(name))
            repeated.add(name);
        else
            seen.add(name);
    }
    if (entry && repeated.size > 0)
        reader.report(entry, `sets ${[...repeated].join(', ')} more than once`);
}
/** `platforms`, else the seed's `ko_config.platforms`, else linux/amd64 + linux/arm64. */
function choosePlatforms(reader, fields, ko) {
    const entry = fields.get('platforms');
    const top = entry ? readPlatforms(reader, entry) : undefined;
    const same = (a, b) => a.map(shared_platform_spec/* formatPlatform */.B).join(',') === b.map(shared_platform_spec/* formatPlatform */.B).join(',');
    if (entry && top && ko?.platforms && !same(top, ko.platforms)) {
        reader.report(entry, 'differs from ko_config.platforms: give the platforms once, here');
    }
    return top ?? ko?.platforms ?? [...platform_spec/* DEFAULT_PLATFORMS */.pu];
}
/** ko_config/spin_config go with their backend, and `build_backend: ko` needs a ko_config. */
function checkBackendConfigs(reader, fields, backend) {
    const backendEntry = fields.get('build_backend');
    for (const [key, owner] of [
        ['ko_config', 'ko'],
        ['spin_config', 'spin'],
    ]) {
        const entry = fields.get(key);
        if (entry && backend !== undefined && backend !== owner) {
            reader.report(entry, `is used only with \`build_backend: ${owner}\` (this config says ${backend}); remove it`);
        }
    }
    if (backend === 'ko' && backendEntry && !fields.has('ko_config')) {
        reader.report(backendEntry, 'ko needs `ko_config` with `import_path` (the Go package to build, e.g. ./cmd/server)');
    }
}
function readDependencies(reader, entry, dir) {
    const self = external_node_path_default().posix.basename(dir);
    return reader.stringList(entry, (value) => value === self ? `\`${value}\` is this image itself; remove it` : checkNameComponent(value));
}

;// CONCATENATED MODULE: ./packages/core/src/config/load.ts






/** The file that makes a directory an image directory. */
const CONFIG_FILE_NAME = 'build-config.yaml';
/**
 * Reads `<root>/<dir>/build-config.yaml` once, parses and validates it, and checks what only the
 * disk can tell: that the directory's name can be part of an image name and tag, and that
 * context_path and dockerfile_path stay inside the directory after symlinks are followed.
 * Throws `UserErrors` with every problem found. `fileName` lets `hephy-builder validate` check a
 * config under another name (the seed's `disabled-build-config.yaml`).
 *
 * The file system calls are synchronous on purpose: prepare-diff loads hundreds of small configs,
 * and a synchronous read or realpath costs a few microseconds where a promise round trip through
 * libuv's thread pool costs ten times that (measured: 46 ms of realpath for 375 configs).
 */
async function loadBuildConfig(root, dir, options = {}) {
    const file = external_node_path_default().posix.join(dir.split((external_node_path_default()).sep).join('/'), options.fileName ?? CONFIG_FILE_NAME);
    const text = readConfigText(root, file);
    const problems = [];
    const name = imageNameOf(root, dir);
    const nameProblem = checkDirectoryName(name, file);
    if (nameProblem)
        problems.push(nameProblem);
    let config;
    try {
        config = parseBuildConfig(text, { file, dir, name });
    }
    catch (error) {
        if (!(error instanceof errors/* UserErrors */.tQ))
            throw error;
        problems.push(...error.errors);
    }
    if (config)
        problems.push(...checkPathsOnDisk(root, config));
    if (problems.length > 0 || !config)
        throw new errors/* UserErrors */.tQ(problems);
    return config;
}
/** The config's text, read the one safe way (readRepoFile); a refusal is reported like a bad field. */
function readConfigText(root, file) {
    try {
        return readRepoFile(root, file);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw new errors/* UserErrors */.tQ([error]);
        throw error;
    }
}
/** `curl` and `manifest-tool` name images; `My Image` or `UPPER` cannot be part of a tag. */
function checkDirectoryName(name, file) {
    if (NAME_COMPONENT_PATTERN.test(name))
        return undefined;
    const fixed = validNameComponent(name);
    const suggestion = fixed && NAME_COMPONENT_PATTERN.test(fixed) ? `, e.g. \`${fixed}\`` : '';
    return new errors/* UserError */.yo(`the directory name \`${name}\` cannot be part of an image name or tag: rename the directory to lower-case letters and digits separated by . _ or -${suggestion}`, { location: { file } });
}
/**
 * The image directory must be inside the root, and what the build reads (context, Dockerfile,
 * Spin manifest) inside the image directory, with symlinks followed. Upstream sources are not on
 * disk yet; their tree is checked when it is unpacked.
 */
function checkPathsOnDisk(root, config) {
    const base = external_node_fs_namespaceObject.realpathSync.native(external_node_path_default().join(root, config.dir));
    if (!isInside(realRoot(root), base)) {
        // Where the symlink points is the host's business: never printed.
        const message = 'the image directory leads out of the repository through a symlink';
        return [new errors/* UserError */.yo(message, { location: { file: config.file } })];
    }
    if (config.source.kind !== 'local')
        return [];
    const check = (field, kind, required) => ({
        field,
        location: { file: config.file, ...config.positions[field] },
        kind,
        required,
    });
    const context = checkInside(base, config.contextPath, check('context_path', 'directory', true));
    if (context.problem || context.real === undefined)
        return context.problem ? [context.problem] : [];
    const dockerfile = external_node_path_default().join(external_node_path_default().relative(base, context.real), config.dockerfilePath);
    const results = [
        checkInside(base, dockerfile, check('dockerfile_path', 'file', needsDockerfile(config))),
        ...(config.spin
            ? [checkInside(base, config.spin.manifest, check('spin_config.manifest', 'file', false))]
            : []),
    ];
    return results.flatMap((result) => (result.problem ? [result.problem] : []));
}
/** ko and spin build without a Dockerfile, and a manual build builds nothing. */
function needsDockerfile(config) {
    if (config.manualBuild)
        return false;
    if (config.buildBackend === 'ko' || config.buildBackend === 'spin')
        return false;
    return config.buildBackend !== undefined || (!config.ko && !config.spin);
}
function checkInside(base, relative, check) {
    const fail = (message) => ({
        problem: new errors/* UserError */.yo(message, { location: check.location, field: check.field }),
    });
    let real;
    try {
        real = external_node_fs_namespaceObject.realpathSync.native(external_node_path_default().join(base, relative));
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && !check.required)
            return {};
        return fail(code === 'ENOENT'
            ? `\`${relative}\` does not exist in the image directory`
            : `\`${relative}\` cannot be read (${code})`);
    }
    if (!isInside(base, real))
        return fail(`\`${relative}\` leads out of the image directory through a symlink`);
    // A Dockerfile that is a FIFO or a device would hang or flood the build: only regular files.
    const info = (0,external_node_fs_namespaceObject.statSync)(real);
    if (check.kind === 'directory' ? !info.isDirectory() : !info.isFile())
        return fail(`\`${relative}\` is not a ${check.kind === 'directory' ? 'directory' : 'regular file'}`);
    return { real };
}
/**
 * The image name a directory gives: its own name, or for the root itself (`.`, a repository
 * holding one image at its top) the root directory's name, which in a CI checkout is the
 * repository's name. That name is not the user's to choose in CI (`MyApp` on GitHub), so it is
 * made a valid one (`myapp`) instead of being refused. Not the real path: a clone reached through
 * a symlink keeps the name it is known by.
 */
function imageNameOf(root, dir) {
    return dir === '.' ? validNameComponent(external_node_path_default().basename(external_node_path_default().resolve(root))) : external_node_path_default().basename(dir);
}
/** `My App.v2` -> `my-app.v2`: lower case, runs of other characters as `-`, no separator at the ends. */
function validNameComponent(name) {
    return name
        .toLowerCase()
        .replace(/[^a-z0-9._]+/g, '-')
        .replace(/^[-._]+|[-._]+$/g, '');
}

;// CONCATENATED MODULE: ./packages/core/src/plan/dependencies.ts
/**
 * The `<DEP>` of the seed's dependency ARGs (`<DEP>_TAG`, `<DEP>_IMAGE`) for an image directory
 * or image name: upper case, every character an ARG name cannot hold (`-`, `.`) written `_`.
 * The plan and the build both name dependency ARGs through this, so they agree.
 */
function tagArgPrefix(dir) {
    return dir.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}
/**
 * The seed's convention for a dependency written in a Dockerfile: `ARG CURL_TAG` in
 * manifest-tool's Dockerfile means manifest-tool is built on the curl image.
 */
function tagArgName(dir) {
    return `${tagArgPrefix(dir)}_TAG`;
}
/** The digest-pinned form of the same convention: `ARG CURL_IMAGE` receives `repo:tag@sha256:...`. */
function imageArgName(dir) {
    return `${tagArgPrefix(dir)}_IMAGE`;
}
const ARG_LINE = /^([ \t]*)ARG[ \t]+(.*)$/gim;
const DEPENDENCY_ARG = /^[A-Za-z0-9_]+_(TAG|IMAGE)$/;
/**
 * Every `ARG X_TAG` and `ARG X_IMAGE` declared in a Dockerfile (`ARG A_TAG`, `ARG A_TAG=latest`,
 * `ARG A_TAG B_IMAGE`). A cheap line scan, not a Dockerfile parser: the convention only needs the names.
 */
function scanDependencyArgs(dockerfile) {
    if (!dockerfile.includes('_TAG') && !dockerfile.includes('_IMAGE'))
        return [];
    const found = [];
    for (const match of dockerfile.matchAll(ARG_LINE)) {
        const line = lineOf(dockerfile, match.index);
        let column = match[1].length + 'ARG '.length + 1;
        for (const word of match[2].split(/[ \t]+/)) {
            const name = word.split('=')[0];
            if (DEPENDENCY_ARG.test(name))
                found.push({ name, line, column });
            column += word.length + 1;
        }
    }
    return found;
}
function lineOf(text, index) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/**
 * The directories a Dockerfile's `ARG <DEP>_TAG` and `ARG <DEP>_IMAGE` lines point at, among
 * `imageDirs`. An ARG that names no image directory (`ARG BASE_TAG`) is an ordinary build
 * argument, and an image naming itself (`ARG CURL_TAG` in curl, for an upstream version) is not
 * a dependency. A directory named by both ARGs is one dependency, at the first of them.
 */
function dockerfileDependencies(dir, dockerfile, file, dirByArg) {
    const edges = [];
    for (const arg of scanDependencyArgs(dockerfile)) {
        const target = dirByArg.get(arg.name);
        if (target === undefined || target === dir || edges.some((e) => e.dependsOn === target))
            continue;
        edges.push({
            dir,
            dependsOn: target,
            via: 'ARG',
            arg: arg.name,
            location: { file, line: arg.line, column: arg.column },
        });
    }
    return edges;
}
/** `CURL_TAG` and `CURL_IMAGE` -> `curl` for every image directory. */
function indexDependencyArgs(imageDirs) {
    // The root image (`.`) holds everything; no image is built on it through an ARG.
    return new Map([...imageDirs]
        .filter((dir) => dir !== '.')
        .flatMap((dir) => [
        [tagArgName(dir), dir],
        [imageArgName(dir), dir],
    ]));
}

;// CONCATENATED MODULE: ./packages/core/src/plan/discover.ts


const CONFIG_FILE = 'build-config.yaml';
/** The image directory of a `build-config.yaml` at the root itself: a repository of one image. */
const ROOT_IMAGE_DIR = '.';
/**
 * The image directories under `root`: its direct children that hold a `build-config.yaml`,
 * sorted by name, after `.` when the root holds one too. Hidden directories (`.git`, `.github`)
 * and symbolic links (an image twice) are never images. Synchronous on purpose: thousands of stat
 * calls finish sooner than as many promises.
 */
function listImageDirs(root) {
    const children = (0,external_node_fs_namespaceObject.readdirSync)(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
        .map((entry) => entry.name)
        .filter((name) => (0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(root, name, CONFIG_FILE)))
        .sort();
    return (0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(root, CONFIG_FILE)) ? [ROOT_IMAGE_DIR, ...children] : children;
}
/** Whether `dir` under `root` is an image directory now (a deleted or renamed one is not). */
function isImageDir(root, dir) {
    if (dir === ROOT_IMAGE_DIR)
        return existsSync(path.join(root, CONFIG_FILE));
    return !dir.startsWith('.') && !dir.includes('/') && existsSync(path.join(root, dir, CONFIG_FILE));
}

;// CONCATENATED MODULE: ./packages/core/src/plan/load.ts








/**
 * The images of `dirs` (a `targets:` entry becomes `<dir>-<name>`), each with the image
 * directories it is built on (its `depends_on` and its Dockerfile's `ARG <DEP>_TAG` or `ARG <DEP>_IMAGE`), in build
 * order. Every config is validated; every problem of every directory is thrown together, and an
 * unknown dependency or a cycle names the file and line that declared it.
 */
async function loadPlannedImages(root, dirs, options = {}) {
    const configs = await loadConfigs(root, dirs);
    const imageDirs = new Set(options.imageDirs ?? listImageDirs(root));
    const dirByArg = indexDependencyArgs(imageDirs);
    const problems = [];
    const edges = configs.flatMap((config) => {
        const declared = declaredDependencies(config, imageDirs, problems);
        return [...declared, ...dockerfileEdges(root, config, dirByArg, problems)];
    });
    const order = orderDirs(configs.map((c) => c.dir), edges, problems);
    if (problems.length > 0)
        throw new errors/* UserErrors */.tQ(problems);
    const byDir = new Map(configs.map((config) => [config.dir, config]));
    const deps = dependenciesByDir(edges);
    const images = order.flatMap((dir) => expandImages(byDir.get(dir), deps.get(dir) ?? []));
    checkUniqueNames(images);
    return images;
}
/**
 * Two images with one name would push the same tags and `.tag` files, each overwriting the other:
 * a root named `tools` with a `tools/` directory, or `foo` with target `bar` beside a `foo-bar/`.
 */
function checkUniqueNames(images) {
    const first = new Map();
    const problems = [];
    for (const image of images) {
        const other = first.get(image.image);
        if (!other) {
            first.set(image.image, image);
            continue;
        }
        problems.push(new errors/* UserError */.yo(`the image name \`${image.image}\` is also the name of an image of ${other.config.file}: their tags would overwrite each other; rename a directory or a target`, { location: { file: image.config.file } }));
    }
    if (problems.length > 0)
        throw new errors/* UserErrors */.tQ(problems);
}
async function loadConfigs(root, dirs) {
    // All at once: each load waits on several small file operations, so hundreds overlap well.
    const settled = await Promise.allSettled([...new Set(dirs)].map((dir) => loadBuildConfig(root, dir)));
    const problems = [];
    const configs = [];
    for (const result of settled) {
        if (result.status === 'fulfilled')
            configs.push(result.value);
        else if (result.reason instanceof errors/* UserErrors */.tQ)
            problems.push(...result.reason.errors);
        else if (result.reason instanceof errors/* UserError */.yo)
            problems.push(result.reason);
        else
            throw result.reason;
    }
    if (problems.length > 0)
        throw new errors/* UserErrors */.tQ(problems);
    return configs;
}
/** `depends_on` entries, each checked to be an image directory of this repository. */
function declaredDependencies(config, imageDirs, problems) {
    return config.dependsOn.flatMap((dep, index) => {
        const field = `depends_on[${index}]`;
        const at = config.positions[field] ?? config.positions.depends_on;
        const location = { file: config.file, ...(at ? { line: at.line, column: at.column } : {}) };
        const name = dep.replace(/\/+$/, '');
        if (name === config.dir) {
            problems.push(new errors/* UserError */.yo(`"${dep}" is this image itself: an image cannot depend on itself`, { location, field }));
            return [];
        }
        if (!imageDirs.has(name)) {
            const known = [...imageDirs].slice(0, 10).join(', ');
            problems.push(new errors/* UserError */.yo(`"${dep}" is not an image directory of this repository (a directory next to this one holding a build-config.yaml; there are: ${known}${imageDirs.size > 10 ? ', ...' : ''})`, { location, field }));
            return [];
        }
        return [{ dir: config.dir, dependsOn: name, via: 'depends_on', location }];
    });
}
/** The local Dockerfile's `ARG <DEP>_TAG` and `ARG <DEP>_IMAGE` lines (an upstream source's Dockerfile is not here yet). */
function dockerfileEdges(root, config, dirByArg, problems) {
    const relative = dockerfilePath(config);
    if (relative === undefined)
        return [];
    let text;
    try {
        const file = external_node_path_default().join(config.dir, config.contextPath, config.dockerfilePath);
        text = readRepoFile(root, file, { shown: relative });
    }
    catch (error) {
        if (!(error instanceof RepoFileError))
            throw error;
        // ko and spin images have no Dockerfile; a missing one is the config validator's to report.
        if (error.problem !== 'missing') {
            const location = { file: config.file, ...config.positions.dockerfile_path };
            problems.push(new errors/* UserError */.yo(`${relative}: ${error.message}`, { location, field: 'dockerfile_path' }));
        }
        return [];
    }
    return dockerfileDependencies(config.dir, text, relative, dirByArg);
}
/** The Dockerfile as the user knows it (`curl/Dockerfile`), or undefined for an upstream source. */
function dockerfilePath(config) {
    if (config.source.kind !== 'local')
        return undefined;
    return external_node_path_default().posix.join(external_node_path_default().posix.dirname(config.file), config.contextPath, config.dockerfilePath);
}
/** The directories in build order; a cycle is reported with every declaration that forms it. */
function orderDirs(dirs, edges, problems) {
    const graph = new Map(dirs.map((dir) => [dir, []]));
    for (const edge of edges)
        graph.get(edge.dir)?.push(edge.dependsOn);
    const result = topologicalOrder(graph);
    if (result.ok)
        return result.order;
    const links = result.cycle.slice(1).map((to, i) => {
        const from = result.cycle[i];
        const edge = edges.find((e) => e.dir === from && e.dependsOn === to);
        const { file, line, column } = edge.location;
        const where = `${file}${line ? `:${line}` : ''}${line && column ? `:${column}` : ''}`;
        return `${from} -> ${to} (${where}: ${edge.via === 'ARG' ? `ARG ${edge.arg ?? to}` : 'depends_on'})`;
    });
    const first = edges.find((e) => e.dir === result.cycle[0] && e.dependsOn === result.cycle[1]);
    problems.push(new errors/* UserError */.yo(`dependency cycle: ${result.cycle.join(' -> ')}; remove one of: ${links.join('; ')}`, {
        location: first.location,
    }));
    return [];
}
function dependenciesByDir(edges) {
    const deps = new Map();
    for (const edge of edges) {
        const list = deps.get(edge.dir) ?? [];
        if (!list.includes(edge.dependsOn))
            list.push(edge.dependsOn);
        deps.set(edge.dir, list);
    }
    return deps;
}
/** One image per directory, or one per `targets:` entry (`<dir>-<name>`). */
function expandImages(config, dependsOn) {
    const platforms = config.platforms.length > 0 ? config.platforms : (config.ko?.platforms ?? []);
    const common = {
        dir: config.dir,
        platforms: platforms.map(shared_platform_spec/* formatPlatform */.B),
        archs: [...new Set(platforms.map(shared_platform_spec/* archLabel */.l))],
        dependsOn,
        reasons: [],
        config,
    };
    if (config.targets.length === 0) {
        return [
            { ...common, image: config.name, target: config.target, additionalTags: [...config.additionalTags] },
        ];
    }
    return config.targets.map((target) => ({
        ...common,
        image: `${config.name}-${target.name}`,
        target: target.target,
        additionalTags: [...new Set([...config.additionalTags, ...target.additionalTags])],
        reasons: [],
    }));
}

;// CONCATENATED MODULE: ./packages/core/src/util/map-limit.ts
/** `fn` over `items` with at most `limit` running at once, results in input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < items.length; i = next++)
            results[i] = await fn(items[i], i);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./packages/core/src/registry/image-index.ts

/** BuildKit marks the provenance/SBOM manifests it adds to an index like this (buildx docs "attestation storage"). */
const REFERENCE_TYPE = 'vnd.docker.reference.type';
const REFERENCE_DIGEST = 'vnd.docker.reference.digest';
function parseIndex(bytes) {
    const parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
    return {
        schemaVersion: 2,
        mediaType: parsed.mediaType ?? media_types_OCI_INDEX,
        manifests: parsed.manifests ?? [],
        ...(parsed.annotations ? { annotations: parsed.annotations } : {}),
    };
}
function isAttestation(descriptor) {
    return descriptor.annotations?.[REFERENCE_TYPE] === 'attestation-manifest';
}
/** The variant as compared: arm64's default `v8` is the same as none (containerd `platforms.Normalize`). */
function variantOf(platform) {
    const variant = platform.variant ?? '';
    return platform.architecture === 'arm64' && variant === 'v8' ? '' : variant;
}
/**
 * Whether `actual` (an image config or an index entry) satisfies `wanted`. A missing variant on
 * the actual side is accepted: kaniko cannot record one, and the build request already named it.
 */
function platformMatches(wanted, actual) {
    if (actual.os !== wanted.os || actual.architecture !== wanted.architecture)
        return false;
    const variant = variantOf({ os: actual.os, architecture: actual.architecture, variant: actual.variant });
    return variant === '' || variant === variantOf(wanted);
}
/**
 * The digest of the image for `platform` in what a tag holds: an index's entry for it
 * (attestations left out), or a single image's own digest. Undefined when the index has none.
 */
function imageDigestFor(manifest, platform) {
    if (!isIndexType(manifest.mediaType))
        return manifest.digest;
    return parseIndex(manifest.bytes).manifests.find((m) => !isAttestation(m) && m.platform !== undefined && platformMatches(platform, m.platform))?.digest;
}
/**
 * The bytes of an OCI index (always OCI: only it may carry annotations). Key order is fixed and
 * there is no whitespace, so the same entries give the same bytes and the same digest.
 */
function serializeIndex(manifests, annotations) {
    const entries = manifests.map((m) => ({
        mediaType: m.mediaType,
        digest: m.digest,
        size: m.size,
        ...(m.annotations && Object.keys(m.annotations).length ? { annotations: m.annotations } : {}),
        ...(m.platform ? { platform: orderedPlatform(m.platform) } : {}),
    }));
    const index = {
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: entries,
        ...(Object.keys(annotations).length ? { annotations } : {}),
    };
    return Buffer.from(JSON.stringify(index));
}
function orderedPlatform(p) {
    return { architecture: p.architecture, os: p.os, ...(p.variant ? { variant: p.variant } : {}) };
}
/** The entries of an index as compared for "already there": digests, platforms and entry annotations. */
function entriesKey(manifests) {
    return JSON.stringify(manifests.map((m) => [m.digest, m.platform ? orderedPlatform(m.platform) : null, m.annotations ?? {}]));
}

;// CONCATENATED MODULE: ./packages/core/src/steps/common/wanted-tags.ts





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
            const secret = variableNames(tag).filter(isSecretName);
            const missing = [];
            const value = secret.length ? '' : expandVariables(tag, env, (name) => missing.push(name));
            const ref = extraTagRef(scheme, image.image, value);
            const problem = secret.length
                ? `"${tag}" uses ${secret.map((m) => `\${${m}}`).join(', ')}, which looks like a secret (a step input, a runner variable, or a name with TOKEN, PASSWORD, SECRET, KEY, AUTH, ...): a tag never reads one`
                : missing.length
                    ? `"${tag}" uses ${missing.map((m) => `\${${m}}`).join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not set in the environment`
                    : !TAG_PATTERN.test(value) || !TAG_PATTERN.test(ref.tag)
                        ? `"${tag}" becomes the tag "${ref.tag}", which is not a valid tag (at most 128 of A-Z a-z 0-9 _ . -, not starting with . or -)`
                        : undefined;
            if (problem) {
                problems.push(new errors/* UserError */.yo(problem, { ...(location ? { location } : {}), field }));
                continue;
            }
            const reference = formatReference(ref);
            wanted.set(reference, { image: image.image, written: tag, reference, ref });
        }
    }
    if (problems.length > 0)
        throw problems.length === 1 ? problems[0] : new errors/* UserErrors */.tQ(problems);
    return [...wanted.values()];
}

;// CONCATENATED MODULE: ./packages/core/src/steps/retag/run.ts













const PARALLEL = 8;
/** From this many tags in one repository on, one tag listing is cheaper than a HEAD per tag. */
const LIST_FROM = 3;
/**
 * Points every extra tag of each image at its index `<image>-<date>`: the index's exact bytes
 * are PUT under the new tag, so the digest is kept and no layer moves. Every tag is checked
 * before the first write; a tag already at that digest is left alone. An image with no index,
 * or an index lacking an arch its config asks for, is not tagged (`latest` must not move to
 * it): the others are, then the step fails (StepIncomplete) naming each.
 */
async function runRetag(inputs, ports, deps = {}) {
    const scheme = imageTagScheme(inputs, deps.event ?? {}, ports.now());
    const images = deps.images ??
        (await loadPlannedImages(inputs.root, await resolveDirsInput(inputs.dirs, inputs.outputDir)));
    const wanted = wantedTags(images, inputs.tags, scheme, ports.env);
    const sources = new Map(images.map((image) => [image.image, indexRef(scheme, image.image)]));
    const client = deps.client ?? registryClient(inputs, ports, deps.sleep ? { sleep: deps.sleep } : {});
    for (const source of sources.values())
        client.want(source, 'push');
    const indexes = new Map();
    const refused = [];
    const archsOf = deps.archsOf ?? indexArchsOf(inputs.indexArchs, ports.log);
    for (const image of images) {
        const source = sources.get(image.image);
        if (!wanted.some((w) => w.image === image.image))
            continue;
        const manifest = await client.getManifest(source, { justPushed: true });
        const problem = manifest
            ? lackingArchs(image, archsOf(image), manifest, formatReference(source))
            : new errors/* UserError */.yo(`${formatReference(source)} does not exist: run merge-manifest for ${image.image} first (same repository, naming and date); not tagging ${image.image}`, { location: { file: image.config.file } });
        if (problem)
            refused.push({ image: image.image, problem });
        else
            indexes.set(image.image, manifest);
    }
    const tagged = wanted.filter((w) => indexes.has(w.image));
    const existing = await existingTags(client, tagged);
    const tags = await mapLimit(tagged, PARALLEL, (w) => applyTag(client, w, indexes.get(w.image), existing));
    const untagged = refused.map(({ image, problem }) => ({ image, reason: problem.message }));
    if (refused.length > 0)
        throw new StepIncomplete(refused.map((r) => r.problem), { tags, untagged });
    return { tags, untagged };
}
/** Why an index must not get the extra tags: it lacks an arch the image is built for. */
function lackingArchs(image, archs, manifest, reference) {
    // A single-arch manifest (not an index) is what merge-manifest never writes: nothing to compare.
    if (!media_types_isIndexType(manifest.mediaType))
        return undefined;
    const held = parseIndex(manifest.bytes)
        .manifests.filter((entry) => entry.platform && !isAttestation(entry))
        .map((entry) => (0,shared_platform_spec/* archLabel */.l)(entry.platform));
    const missing = archs.filter((arch) => !held.includes(arch));
    if (missing.length === 0)
        return undefined;
    return new errors/* UserError */.yo(`${reference} lacks ${missing.join(', ')} (it holds ${held.join(', ') || 'nothing'}): not tagging ${image.image}, whose config asks for ${archs.join(', ')}`, { location: { file: image.config.file } });
}
/** Per repository, the tags it has, when listing them is cheaper than asking for each (else undefined). */
async function existingTags(client, wanted) {
    const byRepository = new Map();
    const counts = new Map();
    for (const w of wanted) {
        const { ref } = w;
        const key = formatReference(withTarget(ref, {}));
        byRepository.set(key, ref);
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const result = new Map();
    for (const [key, ref] of byRepository) {
        const count = counts.get(key) ?? 0;
        // Stop paging once the listing would cost more than asking for each tag.
        const listed = count >= LIST_FROM ? await client.listTags(ref, { maxPages: Math.ceil(count / 2) }) : undefined;
        result.set(key, listed ? new Set(listed) : undefined);
    }
    return result;
}
async function applyTag(client, wanted, index, existing) {
    const { ref } = wanted;
    const known = existing.get(formatReference(withTarget(ref, {})));
    const result = {
        image: wanted.image,
        tag: ref.tag,
        reference: wanted.reference,
        digest: index.digest,
    };
    const present = known === undefined || known.has(ref.tag) ? await client.headManifest(ref) : undefined;
    if (present?.digest === index.digest)
        return { ...result, status: 'unchanged' };
    await client.putManifest(ref, { mediaType: index.mediaType, bytes: index.bytes });
    return { ...result, status: present ? 'updated' : 'created' };
}
function retagSummary({ tags, untagged }) {
    if (tags.length + untagged.length === 0)
        return 'No extra tags: no `additional_tags` in the configs and no `tags` input.';
    const rows = [
        ...tags.map((t) => `| ${markdownText(t.image)} | ${markdownCode(t.reference)} | ${markdownCode(t.digest)} | ${t.status} |`),
        ...untagged.map((u) => `| ${markdownText(u.image)} | not tagged: ${markdownText(u.reason)} | | failed |`),
    ];
    return ['| image | tag | digest | status |', '|---|---|---|---|', ...rows].join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/steps/retag/action.ts



/**
 * retag as a bundle runs it: every extra tag of every image of `dirs`. The outputs and the
 * summary are written also when some image had no complete index, before the step fails.
 */
const retagAction = async (platform, ports) => {
    const inputs = readRetagInputs(platform);
    const event = await platform.event();
    await reportingPartial(() => runRetag(inputs, ports, { event }), async (result) => {
        await platform.setOutputs({ tags: JSON.stringify(result.tags), untagged: JSON.stringify(result.untagged) }, inputs.outputDir);
        await platform.summary('retag', retagSummary(result));
    });
};

;// CONCATENATED MODULE: ./actions/retag/src/main.ts


/** The retag step, as the runner (dist/retag/index.js) and `@github/local-action` start it. */
async function run() {
    await runAction(retagAction);
}


/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   PA: () => (/* binding */ KNOWN_PLATFORMS),
/* harmony export */   eZ: () => (/* binding */ suggestPlatform),
/* harmony export */   pu: () => (/* binding */ DEFAULT_PLATFORMS)
/* harmony export */ });
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7190);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sl: () => (/* binding */ BUG_NOTE),
/* harmony export */   X9: () => (/* binding */ isBug),
/* harmony export */   cI: () => (/* binding */ ExecError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   tQ: () => (/* binding */ UserErrors),
/* harmony export */   yA: () => (/* binding */ ExternalError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony exports shortToken, formatLocated */
/**
 * A problem the user can fix (a config, an input, a ref). It carries where the problem is, so
 * that the message reads `curl/build-config.yaml:12:3: platforms[1]: ...` and the platform can
 * annotate the line. Anything else thrown is a bug in hephy-builder.
 */
class UserError extends Error {
    location;
    field;
    constructor(message, options = {}) {
        super(shortenQuoted(message), options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'UserError';
        this.location = options.location;
        this.field = options.field;
    }
    /** The message with its file, line, column and field in front. */
    toString() {
        return formatLocated(this.message, this.location, this.field);
    }
}
/** The longest piece of a user's file an error quotes; longer ones are cut (the file is hostile). */
const MAX_QUOTED_CHARS = 200;
/**
 * `text` cut to MAX_QUOTED_CHARS with the length it had: an error names the offending token so the
 * user can find it, and never carries a file's content (a value of megabytes, a token copied
 * from a secret) into logs and annotations.
 */
function shortToken(text) {
    if (text.length <= MAX_QUOTED_CHARS)
        return text;
    return `${text.slice(0, MAX_QUOTED_CHARS)}... (${text.length} characters)`;
}
/** Every `quoted` or "quoted" piece of a message, cut by shortToken. */
function shortenQuoted(message) {
    if (message.length <= MAX_QUOTED_CHARS)
        return message;
    return message
        .replace(/`[^`]*`/g, (quoted) => `\`${shortToken(quoted.slice(1, -1))}\``)
        .replace(/"[^"]*"/g, (quoted) => `"${shortToken(quoted.slice(1, -1))}"`);
}
/** Several user errors found together (every bad field of every config, not just the first). */
class UserErrors extends UserError {
    errors;
    constructor(errors) {
        super('');
        // Each error's quotes are cut already; cutting the joined text could pair quotes across errors.
        this.message = errors.map((e) => e.toString()).join('\n');
        this.name = 'UserErrors';
        this.errors = errors;
    }
    toString() {
        return this.message;
    }
}
/**
 * A process, a registry or the network failed: neither the user's input nor a bug in
 * hephy-builder. It is reported as its message alone, without a stack trace.
 */
class ExternalError extends Error {
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'ExternalError';
    }
}
/** A process exited non-zero. The argv is kept for the message; stderr is already masked. */
class ExecError extends ExternalError {
    file;
    args;
    exitCode;
    stderr;
    constructor(file, args, exitCode, stderr) {
        const tail = stderr.trim().split('\n').slice(-20).join('\n');
        super(`${[file, ...args].join(' ')} exited with ${exitCode}${tail ? `:\n${tail}` : ''}`);
        this.file = file;
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'ExecError';
    }
}
function formatLocated(message, location, field) {
    let where = '';
    if (location) {
        where = location.file;
        if (location.line !== undefined)
            where += `:${location.line}`;
        if (location.line !== undefined && location.column !== undefined)
            where += `:${location.column}`;
        where += ': ';
    }
    return `${where}${field ? `${field}: ` : ''}${message}`;
}
/** A thrown value as text, whatever was thrown (a string must not leave a step green). */
function errorMessage(error) {
    if (error instanceof UserError)
        return error.toString();
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/** Whether a thrown value is a bug in hephy-builder: anything but a user's or an outside failure. */
function isBug(error) {
    return !(error instanceof UserError || error instanceof ExternalError);
}
/** Appended to a bug's message, so that nobody hunts for the mistake in their own config. */
const BUG_NOTE = 'this is a bug in hephy-builder: please report it with the stack trace';


/***/ }),

/***/ 2239:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R5: () => (/* binding */ readInput),
/* harmony export */   S8: () => (/* binding */ parseBooleanInput),
/* harmony export */   UF: () => (/* binding */ parseListInput),
/* harmony export */   xP: () => (/* binding */ platformInputs)
/* harmony export */ });
/* unused harmony export inputReader */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);

/**
 * Reads an input the way every bundle must: `INPUT_<NAME>` as GitHub sets it (upper case, `-`
 * kept), then with `-` written `_`, as a GitLab job variable has to spell it. Blank is unset.
 */
function readInput(env, name) {
    return (readInputIfSet(env, name) ?? '').trim();
}
/** An input as given, blank included; undefined only when no `INPUT_<NAME>` is set at all. */
function readInputIfSet(env, name) {
    const upper = name.toUpperCase().replace(/ /g, '_');
    return env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, '_')}`];
}
/** The reader of a step's inputs as the platform hands them in. */
function platformInputs(platform) {
    return inputReader((name) => platform.input(name), (name) => readInputIfSet(platform.env, name) !== undefined);
}
function inputReader(read, isSet = (name) => read(name) !== '') {
    return {
        string: (name, fallback = '') => read(name) || fallback,
        stringOrOff: (name, fallback) => (isSet(name) ? read(name) : fallback),
        boolean: (name, fallback) => parseBooleanInput(name, read(name), fallback),
        list: (name, fallback = []) => {
            const raw = read(name);
            return raw ? parseListInput(raw) : [...fallback];
        },
        choice: (name, options, fallback) => {
            const raw = read(name);
            if (!raw)
                return fallback;
            if (options.includes(raw))
                return raw;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${raw}" is not one of ${options.join(', ')}`, { field: `input ${name}` });
        },
    };
}
/** YAML 1.2 core booleans, as @actions/core accepts them; anything else is an error. */
function parseBooleanInput(name, raw, fallback) {
    if (raw === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${raw}" is not a boolean (true or false)`, { field: `input ${name}` });
}
/**
 * A list input: one item a line, or separated by commas or spaces (a GitLab array input arrives
 * as JSON, so a JSON array of strings is accepted too). `#` starts a comment on its own line.
 */
function parseListInput(raw) {
    const text = raw.trim();
    if (text.startsWith('[')) {
        try {
            const parsed = JSON.parse(text);
            if (Array.isArray(parsed))
                return parsed.map(String).filter((s) => s !== '');
        }
        catch {
            // Not JSON after all: fall through to the plain list.
        }
    }
    return text
        .split(/\r?\n/)
        .filter((line) => !line.trimStart().startsWith('#'))
        .flatMap((line) => line.split(/[,\s]+/))
        .map((item) => item.trim())
        .filter((item) => item !== '');
}


/***/ }),

/***/ 6722:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ buildMatrix)
/* harmony export */ });
/* unused harmony exports ALWAYS_REPORTED_ARCHS, planDirs, builtImages, neededArchs, needByArch, planOutputs */
/* harmony import */ var _shared_platform_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(618);
/* harmony import */ var _config_platform_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3893);
/* harmony import */ var _levels_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6722);



/** Architectures every plan reports on, needed or not: the seed's two runner pools. */
const ALWAYS_REPORTED_ARCHS = (/* unused pure expression or super */ null && (['amd64', 'arm64']));
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

/***/ 7110:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ refuseChildPipeline),
/* harmony export */   ho: () => (/* binding */ nodeArchLabel),
/* harmony export */   lX: () => (/* binding */ PLATFORM_VARIABLE),
/* harmony export */   li: () => (/* binding */ detectPlatform)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);
/* harmony import */ var _inputs_read_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2239);


/**
 * The variable that names the platform outright. The GitLab components and the child pipeline
 * set it on every job, because `GITLAB_CI` alone is not enough: gitlab-ci-local sets
 * `GITLAB_CI=false` on purpose and passes no `--variable` into child pipelines.
 */
const PLATFORM_VARIABLE = 'HEPHY_PLATFORM';
const PLATFORM_NAMES = ['github', 'gitlab', 'local'];
/** `HEPHY_PLATFORM` first, then the runners' own markers (`GITHUB_ACTIONS`, `GITLAB_CI`). */
function detectPlatform(env) {
    const named = env[PLATFORM_VARIABLE];
    if (named) {
        if (!PLATFORM_NAMES.includes(named)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${JSON.stringify(named)} names no platform hephy-builder knows: use ${PLATFORM_NAMES.join(', ')}, or leave it unset`, { field: `variable ${PLATFORM_VARIABLE}` });
        }
        return named;
    }
    if (env.GITHUB_ACTIONS === 'true')
        return 'github';
    if (env.GITLAB_CI === 'true')
        return 'gitlab';
    return 'local';
}
/**
 * prepare-diff's `publishPlan` where no child pipeline can run: a `child-pipeline` input fails
 * the step with the reason, so that a pipeline never goes on to build nothing from a file that
 * was never written.
 */
async function refuseChildPipeline(name, env) {
    const file = (0,_inputs_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(env, 'child-pipeline');
    if (!file)
        return;
    const marker = env[PLATFORM_VARIABLE]
        ? `${PLATFORM_VARIABLE} is ${JSON.stringify(env[PLATFORM_VARIABLE])}`
        : `${PLATFORM_VARIABLE} is not set and GITLAB_CI is ${JSON.stringify(env.GITLAB_CI ?? '')}; gitlab-ci-local sets "false"`;
    const why = name === 'github'
        ? 'GitHub Actions runs no child pipelines: build from the plan outputs (matrix, dirs) instead'
        : `this job does not run as a GitLab job (${marker}), so no child pipeline would be written and nothing ` +
            `would build the plan: set ${PLATFORM_VARIABLE}: gitlab on the job, as the hephy-builder components do`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the child-pipeline input asks for a GitLab child pipeline (${JSON.stringify(file)}), but ${why}`, {
        field: 'input child-pipeline',
    });
}
const NODE_ARCHS = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'armv7',
    ia32: '386',
};
/** Node's `process.arch` as an arch label; a name without a label is kept as it is. */
function nodeArchLabel(nodeArch = process.arch) {
    return NODE_ARCHS[nodeArch] ?? nodeArch;
}


/***/ }),

/***/ 8512:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ SecretMasker)
/* harmony export */ });
/**
 * Remembers the secrets seen in this run and masks them in any text. Every logger and every
 * error message passes through `mask`, on GitHub (which masks too, once told) and on GitLab
 * (which cannot mask a value discovered at run time at all).
 */
class SecretMasker {
    secrets = new Set();
    add(secret) {
        // A one- or two-character "secret" would mask half the log; such values are not secrets.
        if (secret.length < 3)
            return;
        this.secrets.add(secret);
        // Basic auth puts user:password in base64; mask that form as well.
        if (!secret.includes('\n'))
            this.secrets.add(Buffer.from(secret).toString('base64'));
    }
    get values() {
        return [...this.secrets];
    }
    mask(text) {
        let out = text;
        // Longest first, so a secret containing another is masked whole.
        for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
            out = out.split(secret).join('***');
        }
        return out;
    }
}


/***/ }),

/***/ 618:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
exports.yo = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8283);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
