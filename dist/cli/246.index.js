export const id = 246;
export const ids = [246];
export const modules = {

/***/ 2712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   p7: () => (/* binding */ markdownText)
/* harmony export */ });
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


/***/ }),

/***/ 5208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ indexDependencyArgs),
/* harmony export */   _f: () => (/* binding */ dockerfileDependencies),
/* harmony export */   pW: () => (/* binding */ tagArgPrefix)
/* harmony export */ });
/* unused harmony exports tagArgName, scanDependencyArgs */
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


/***/ }),

/***/ 4794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE),
/* harmony export */   q1: () => (/* binding */ listImageDirs)
/* harmony export */ });
/* unused harmony exports ROOT_IMAGE_DIR, isImageDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


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
    const children = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
        .map((entry) => entry.name)
        .filter((name) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, name, CONFIG_FILE)))
        .sort();
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, CONFIG_FILE)) ? [ROOT_IMAGE_DIR, ...children] : children;
}
/** Whether `dir` under `root` is an image directory now (a deleted or renamed one is not). */
function isImageDir(root, dir) {
    if (dir === ROOT_IMAGE_DIR)
        return existsSync(path.join(root, CONFIG_FILE));
    return !dir.startsWith('.') && !dir.includes('/') && existsSync(path.join(root, dir, CONFIG_FILE));
}


/***/ }),

/***/ 1017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _o: () => (/* binding */ topologicalOrder),
/* harmony export */   hO: () => (/* binding */ withDependents)
/* harmony export */ });
/* unused harmony export dependencyWaves */
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

/***/ 265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nv: () => (/* binding */ loadPlannedImages)
/* harmony export */ });
/* unused harmony exports dockerfilePath, expandImages */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9689);
/* harmony import */ var _shared_platform_spec_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(618);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _repo_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9860);
/* harmony import */ var _dependencies_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5208);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4794);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1017);








/**
 * The images of `dirs` (a `targets:` entry becomes `<dir>-<name>`), each with the image
 * directories it is built on (its `depends_on` and its Dockerfile's `ARG <DEP>_TAG` or `ARG <DEP>_IMAGE`), in build
 * order. Every config is validated; every problem of every directory is thrown together, and an
 * unknown dependency or a cycle names the file and line that declared it.
 */
async function loadPlannedImages(root, dirs, options = {}) {
    const configs = await loadConfigs(root, dirs);
    const imageDirs = new Set(options.imageDirs ?? (0,_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .listImageDirs */ .q1)(root));
    const dirByArg = (0,_dependencies_js__WEBPACK_IMPORTED_MODULE_5__/* .indexDependencyArgs */ .Dm)(imageDirs);
    const problems = [];
    const edges = configs.flatMap((config) => {
        const declared = declaredDependencies(config, imageDirs, problems);
        return [...declared, ...dockerfileEdges(root, config, dirByArg, problems)];
    });
    const order = orderDirs(configs.map((c) => c.dir), edges, problems);
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserErrors */ .tQ(problems);
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
        problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`the image name \`${image.image}\` is also the name of an image of ${other.config.file}: their tags would overwrite each other; rename a directory or a target`, { location: { file: image.config.file } }));
    }
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserErrors */ .tQ(problems);
}
async function loadConfigs(root, dirs) {
    // All at once: each load waits on several small file operations, so hundreds overlap well.
    const settled = await Promise.allSettled([...new Set(dirs)].map((dir) => (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadBuildConfig */ .rL)(root, dir)));
    const problems = [];
    const configs = [];
    for (const result of settled) {
        if (result.status === 'fulfilled')
            configs.push(result.value);
        else if (result.reason instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserErrors */ .tQ)
            problems.push(...result.reason.errors);
        else if (result.reason instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo)
            problems.push(result.reason);
        else
            throw result.reason;
    }
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserErrors */ .tQ(problems);
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
            problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`"${dep}" is this image itself: an image cannot depend on itself`, { location, field }));
            return [];
        }
        if (!imageDirs.has(name)) {
            const known = [...imageDirs].slice(0, 10).join(', ');
            problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`"${dep}" is not an image directory of this repository (a directory next to this one holding a build-config.yaml; there are: ${known}${imageDirs.size > 10 ? ', ...' : ''})`, { location, field }));
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
        const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(config.dir, config.contextPath, config.dockerfilePath);
        text = (0,_repo_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRepoFile */ .v6)(root, file, { shown: relative });
    }
    catch (error) {
        if (!(error instanceof _repo_file_js__WEBPACK_IMPORTED_MODULE_3__/* .RepoFileError */ .lD))
            throw error;
        // ko and spin images have no Dockerfile; a missing one is the config validator's to report.
        if (error.problem !== 'missing') {
            const location = { file: config.file, ...config.positions.dockerfile_path };
            problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${relative}: ${error.message}`, { location, field: 'dockerfile_path' }));
        }
        return [];
    }
    return (0,_dependencies_js__WEBPACK_IMPORTED_MODULE_5__/* .dockerfileDependencies */ ._f)(config.dir, text, relative, dirByArg);
}
/** The Dockerfile as the user knows it (`curl/Dockerfile`), or undefined for an upstream source. */
function dockerfilePath(config) {
    if (config.source.kind !== 'local')
        return undefined;
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(config.file), config.contextPath, config.dockerfilePath);
}
/** The directories in build order; a cycle is reported with every declaration that forms it. */
function orderDirs(dirs, edges, problems) {
    const graph = new Map(dirs.map((dir) => [dir, []]));
    for (const edge of edges)
        graph.get(edge.dir)?.push(edge.dependsOn);
    const result = (0,_graph_js__WEBPACK_IMPORTED_MODULE_6__/* .topologicalOrder */ ._o)(graph);
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
    problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`dependency cycle: ${result.cycle.join(' -> ')}; remove one of: ${links.join('; ')}`, {
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
        platforms: platforms.map(_shared_platform_spec_js__WEBPACK_IMPORTED_MODULE_7__/* .formatPlatform */ .B),
        archs: [...new Set(platforms.map(_shared_platform_spec_js__WEBPACK_IMPORTED_MODULE_7__/* .archLabel */ .l))],
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

/***/ 9265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AG: () => (/* binding */ tagFileName),
/* harmony export */   Bm: () => (/* binding */ resolveDirsInput),
/* harmony export */   VO: () => (/* binding */ sourceArchiveName),
/* harmony export */   ip: () => (/* binding */ writePlanFiles),
/* harmony export */   oC: () => (/* binding */ writeTagFile),
/* harmony export */   z1: () => (/* binding */ readTagFile)
/* harmony export */ });
/* unused harmony exports DIRS_FILE, PLAN_FILE, ensureOutputDir */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _plan_outputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9175);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




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
        const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(outputDir, DIRS_FILE);
        if (!(await isFile(file))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file} does not exist: run prepare-diff first or set the dirs input`, {
                field: 'input dirs',
            });
        }
        return parseDirsText(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    if (!/[\s,]/.test(trimmed) && (await isFile(trimmed)))
        return parseDirsText(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(trimmed, 'utf8'));
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
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file)).isFile();
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
    const dirs = (0,_plan_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .planDirs */ .w_)(plan);
    const files = new Map([[DIRS_FILE, dirs.map((dir) => `${dir}\n`).join('')]]);
    for (const [arch, needed] of (0,_plan_outputs_js__WEBPACK_IMPORTED_MODULE_2__/* .needByArch */ .gP)(plan))
        files.set(`need_${arch}.txt`, `${needed}\n`);
    files.set(PLAN_FILE, `${JSON.stringify(plan, null, 2)}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(outputDir, { recursive: true });
    for (const [name, content] of files) {
        const target = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(outputDir, name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(`${target}.tmp`, content);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(`${target}.tmp`, target);
    }
    return [...files.keys()];
}
/** `<image>-<arch>.tag` in output-dir: what build-arch pushed, for dependents and merge-manifest. */
function tagFileName(image, arch) {
    return `${image}-${arch}.tag`;
}
/** Writes the tag file whole or not at all (a half-written one would name a wrong digest). */
async function writeTagFile(outputDir, image, arch, content) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(outputDir, tagFileName(image, arch));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(`${file}.partial`, `${content.tag}\n${content.digest}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(`${file}.partial`, file);
    return file;
}
/** Reads a tag file; undefined when there is none. */
async function readTagFile(outputDir, image, arch) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(outputDir, tagFileName(image, arch));
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        // Only a missing file means "not built in this run"; an unreadable one must not silently
        // turn a dependency into <dep>-latest.
        if (error.code === 'ENOENT')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file} cannot be read (${error.code ?? String(error)})`, {
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


/***/ })

};
