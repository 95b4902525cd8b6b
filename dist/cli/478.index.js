export const id = 478;
export const ids = [478];
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


/***/ })

};
