export const id = 586;
export const ids = [586];
export const modules = {

/***/ 4681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readCommandInputs)
/* harmony export */ });
/* harmony import */ var _hephy_builder_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2121);
/* harmony import */ var _hephy_builder_core_inputs_table__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6475);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8835);




/**
 * A command's options as the step's typed inputs, through the step's table with its CLI defaults;
 * a wrong value is a wrong command line (usage, exit 2), named by its flag.
 */
function readCommandInputs(table, values, { readStdin, ...options } = {}) {
    try {
        return (0,_hephy_builder_core_inputs_table__WEBPACK_IMPORTED_MODULE_2__/* .readInputs */ .Ko)(table, (0,_hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_1__/* .cliReader */ .kY)(table, values, readStdin), { ...options, surface: 'cli' });
    }
    catch (error) {
        if (!(error instanceof _hephy_builder_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo))
            throw error;
        const name = /^input (\S+)$/.exec(error.field ?? '')?.[1];
        if (name && Object.hasOwn(table, name))
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--${(0,_hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_1__/* .cliFlag */ .vM)(table, name)} ${error.message}`);
        throw error;
    }
}


/***/ }),

/***/ 4246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatPlan: () => (/* binding */ formatPlan),
/* harmony export */   plan: () => (/* binding */ plan)
/* harmony export */ });
/* harmony import */ var _hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2121);
/* harmony import */ var _hephy_builder_core_inputs_prepare_diff__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4910);
/* harmony import */ var _hephy_builder_core_plan_outputs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9175);
/* harmony import */ var _hephy_builder_core_steps_common_handoff__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9265);
/* harmony import */ var _hephy_builder_core_steps_prepare_diff_run__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4479);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8835);
/* harmony import */ var _command_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4681);







/** `hephy-builder plan`: what prepare-diff would build here, for a person at a terminal. */
const plan = {
    summary: 'Show the images that changed since a base (or all, or the rebuild list), in build order, with why and for which platforms.',
    usage: `hephy-builder plan ${(0,_hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_0__/* .cliUsage */ .eq)(_hephy_builder_core_inputs_prepare_diff__WEBPACK_IMPORTED_MODULE_1__/* .PREPARE_DIFF_INPUTS */ ._)} [--json]`,
    help: `${(0,_hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_0__/* .cliHelp */ .Qy)(_hephy_builder_core_inputs_prepare_diff__WEBPACK_IMPORTED_MODULE_1__/* .PREPARE_DIFF_INPUTS */ ._)}\n  --json  Print the plan as JSON.`,
    options: { ...(0,_hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_0__/* .cliOptions */ .$D)(_hephy_builder_core_inputs_prepare_diff__WEBPACK_IMPORTED_MODULE_1__/* .PREPARE_DIFF_INPUTS */ ._), json: { type: 'boolean' } },
    async run({ values, positionals, platform, ports, out }) {
        if (positionals.length > 0)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`unexpected argument ${positionals[0]}`);
        const { plan: result, notes } = await (0,_hephy_builder_core_steps_prepare_diff_run__WEBPACK_IMPORTED_MODULE_4__/* .runPrepareDiff */ .k)({ ...(0,_command_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readCommandInputs */ .F)(_hephy_builder_core_inputs_prepare_diff__WEBPACK_IMPORTED_MODULE_1__/* .PREPARE_DIFF_INPUTS */ ._, values), event: await platform.event() }, ports);
        if (typeof values['output-dir'] === 'string')
            await (0,_hephy_builder_core_steps_common_handoff__WEBPACK_IMPORTED_MODULE_3__/* .writePlanFiles */ .ip)(values['output-dir'], result);
        out(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatPlan(result, notes));
        return 0;
    },
};
/** The plan as a person reads it: one image a line, in build order, with its platforms and why. */
function formatPlan(result, notes) {
    const lines = [result.why ?? ''];
    if (result.base && result.head)
        lines.push(`compared ${result.base.slice(0, 12)}..${result.head.slice(0, 12)}`);
    for (const note of notes)
        lines.push(`note: ${note}`);
    if (result.images.length === 0)
        return `${[...lines, 'nothing to build'].join('\n')}\n`;
    const width = Math.max(...result.images.map((image) => image.image.length));
    result.images.forEach((image, index) => {
        const deps = image.dependsOn.length > 0 ? ` (on ${image.dependsOn.join(', ')})` : '';
        lines.push(`${String(index + 1).padStart(3)}. ${image.image.padEnd(width)}  ${image.platforms.join(',')}${deps}`);
        for (const reason of image.reasons.slice(0, 5))
            lines.push(`       ${reason}`);
        if (image.reasons.length > 5)
            lines.push(`       ... ${image.reasons.length - 5} more`);
    });
    lines.push(`dirs: ${(0,_hephy_builder_core_plan_outputs__WEBPACK_IMPORTED_MODULE_2__/* .planDirs */ .w_)(result).join(' ')}`, `archs: ${result.archs.join(' ')}`);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 2121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ cliOptions),
/* harmony export */   CZ: () => (/* binding */ cliDefault),
/* harmony export */   Qy: () => (/* binding */ cliHelp),
/* harmony export */   eq: () => (/* binding */ cliUsage),
/* harmony export */   kY: () => (/* binding */ cliReader),
/* harmony export */   vM: () => (/* binding */ cliFlag)
/* harmony export */ });
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2239);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6475);


/** The flag an input has on the command line (`include-dependents` is `--no-dependents`). */
function cliFlag(table, name) {
    return (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredOn */ .ki)(table[name], 'cli').flag ?? name;
}
/** The parseArgs options of a table's CLI inputs. */
function cliOptions(table) {
    const options = {};
    for (const name of (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .inputsOn */ .hk)(table, 'cli')) {
        const spec = (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredOn */ .ki)(table[name], 'cli');
        options[cliFlag(table, name)] =
            spec.type === 'boolean' || spec.stdin
                ? { type: 'boolean' }
                : { type: 'string', ...(spec.multiple ? { multiple: true } : {}) };
    }
    return options;
}
/** The usage line of a table's CLI inputs: `[--mode auto|changed|all|list] [--root DIR] ...`. */
function cliUsage(table) {
    return (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .inputsOn */ .hk)(table, 'cli')
        .map((name) => {
        const spec = (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredOn */ .ki)(table[name], 'cli');
        const flag = `--${cliFlag(table, name)}`;
        if (spec.type === 'boolean' || spec.stdin)
            return `[${flag}]`;
        const value = spec.type === 'choice' ? (spec.options ?? []).join('|') : (spec.metavar ?? 'VALUE');
        return spec.multiple ? `[${flag} ${value}]...` : `[${flag} ${value}]`;
    })
        .join(' ');
}
/** An input's default on the command line (`oci:.hephy/images` for `repository`). */
function cliDefault(table, name) {
    return String((0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredOn */ .ki)(table[name], 'cli').default);
}
/** One help line a flag, from the table's descriptions: `  --root DIR  The directory ...`. */
function cliHelp(table) {
    return (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .inputsOn */ .hk)(table, 'cli')
        .map((name) => {
        const spec = (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredOn */ .ki)(table[name], 'cli');
        const value = String(spec.default);
        const fallback = value && spec.type !== 'boolean' ? ` (default ${value})` : '';
        return `  --${cliFlag(table, name)}  ${spec.description}${fallback}`;
    })
        .join('\n');
}
/**
 * parseArgs' values as an input reader: a boolean flag reads `true` (a negated one `false`), a
 * repeated flag one item a line, a stdin flag standard input (once, without its last newline),
 * an absent flag blank (the default).
 */
function cliReader(table, values, readStdin = () => '') {
    let stdin;
    const raw = (name) => {
        if (!Object.hasOwn(table, name) || table[name].on?.cli === false)
            return undefined;
        const spec = (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredOn */ .ki)(table[name], 'cli');
        const value = values[cliFlag(table, name)];
        if (value === undefined || value === false)
            return undefined;
        if (value === true && spec.stdin)
            return (stdin ??= readStdin().replace(/\r?\n$/, ''));
        if (value === true)
            return spec.negated ? 'false' : 'true';
        return Array.isArray(value) ? value.map(String).join('\n') : String(value);
    };
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .inputReader */ .cN)((name) => raw(name) ?? '', (name) => raw(name) !== undefined);
}


/***/ }),

/***/ 3251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fh: () => (/* binding */ IMAGE_SET_INPUTS),
/* harmony export */   g6: () => (/* binding */ GITLAB_OUTPUT_DIR),
/* harmony export */   kQ: () => (/* binding */ ROOT_INPUT),
/* harmony export */   qH: () => (/* binding */ DIRS_INPUT)
/* harmony export */ });
/* harmony import */ var _plan_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2373);

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
        options: _plan_names_js__WEBPACK_IMPORTED_MODULE_0__/* .NAMINGS */ .ON,
        default: 'tag-prefix',
        description: 'tag-prefix (one repository: <repository>:<image>-<date>) or repository (<repository>/<image>:<date>). Must match build-arch.',
        on: {
            gitlab: {
                description: 'tag-prefix (`<repository>:<image>-<date>`) or repository (`<repository>/<image>:<date>`).',
                options: _plan_names_js__WEBPACK_IMPORTED_MODULE_0__/* .NAMINGS */ .ON,
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


/***/ }),

/***/ 6475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   V0: () => (/* binding */ inputDefaults),
/* harmony export */   hk: () => (/* binding */ inputsOn),
/* harmony export */   ki: () => (/* binding */ declaredOn)
/* harmony export */ });
/* unused harmony export camelCase */
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2239);

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
    return readInputs(table, (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .inputReader */ .cN)(() => ''), surface ? { surface } : {});
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
/* harmony export */   _: () => (/* binding */ topologicalOrder),
/* harmony export */   h: () => (/* binding */ withDependents)
/* harmony export */ });
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
    const result = (0,_graph_js__WEBPACK_IMPORTED_MODULE_6__/* .topologicalOrder */ ._)(graph);
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
