export const id = 309;
export const ids = [309];
export const modules = {

/***/ 4309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatPlan: () => (/* binding */ formatPlan),
  plan: () => (/* binding */ plan)
});

// EXTERNAL MODULE: ./packages/core/src/inputs/read.ts
var read = __webpack_require__(2239);
// EXTERNAL MODULE: ./packages/core/src/inputs/table.ts
var inputs_table = __webpack_require__(6475);
;// CONCATENATED MODULE: ./packages/core/src/inputs/cli.ts


/** The flag an input has on the command line (`include-dependents` is `--no-dependents`). */
function cliFlag(table, name) {
    return (0,inputs_table/* declaredOn */.ki)(table[name], 'cli').flag ?? name;
}
/** The parseArgs options of a table's CLI inputs. */
function cliOptions(table) {
    const options = {};
    for (const name of (0,inputs_table/* inputsOn */.hk)(table, 'cli')) {
        const spec = (0,inputs_table/* declaredOn */.ki)(table[name], 'cli');
        options[cliFlag(table, name)] =
            spec.type === 'boolean'
                ? { type: 'boolean' }
                : { type: 'string', ...(spec.multiple ? { multiple: true } : {}) };
    }
    return options;
}
/** The usage line of a table's CLI inputs: `[--mode auto|changed|all|list] [--root DIR] ...`. */
function cliUsage(table) {
    return (0,inputs_table/* inputsOn */.hk)(table, 'cli')
        .map((name) => {
        const spec = (0,inputs_table/* declaredOn */.ki)(table[name], 'cli');
        const flag = `--${cliFlag(table, name)}`;
        if (spec.type === 'boolean')
            return `[${flag}]`;
        const value = spec.type === 'choice' ? (spec.options ?? []).join('|') : (spec.metavar ?? 'VALUE');
        return spec.multiple ? `[${flag} ${value}]...` : `[${flag} ${value}]`;
    })
        .join(' ');
}
/**
 * parseArgs' values as an input reader: a boolean flag reads `true` (a negated one `false`), a
 * repeated flag one item a line, an absent flag blank (the default).
 */
function cliReader(table, values) {
    const raw = (name) => {
        if (!Object.hasOwn(table, name) || table[name].on?.cli === false)
            return undefined;
        const spec = (0,inputs_table/* declaredOn */.ki)(table[name], 'cli');
        const value = values[cliFlag(table, name)];
        if (value === undefined || value === false)
            return undefined;
        if (value === true)
            return spec.negated ? 'false' : 'true';
        return Array.isArray(value) ? value.map(String).join('\n') : String(value);
    };
    return (0,read/* inputReader */.cN)((name) => raw(name) ?? '', (name) => raw(name) !== undefined);
}

// EXTERNAL MODULE: ./packages/core/src/inputs/prepare-diff.ts
var prepare_diff = __webpack_require__(4910);
// EXTERNAL MODULE: ./packages/core/src/plan/outputs.ts
var outputs = __webpack_require__(9175);
// EXTERNAL MODULE: ./packages/core/src/steps/common/handoff.ts
var handoff = __webpack_require__(9265);
// EXTERNAL MODULE: ./packages/core/src/steps/prepare-diff/run.ts + 8 modules
var run = __webpack_require__(4479);
// EXTERNAL MODULE: ./packages/cli/src/command.ts
var command = __webpack_require__(8835);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/cli/src/command-inputs.ts




/**
 * A command's options as the step's typed inputs, through the step's table with its CLI defaults;
 * a wrong value is a wrong command line (usage, exit 2), named by its flag.
 */
function readCommandInputs(table, values, options = {}) {
    try {
        return (0,inputs_table/* readInputs */.Ko)(table, cliReader(table, values), { ...options, surface: 'cli' });
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        const name = /^input (\S+)$/.exec(error.field ?? '')?.[1];
        if (name && Object.hasOwn(table, name))
            throw new command/* UsageError */.eb(`--${cliFlag(table, name)} ${error.message}`);
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/plan.ts







/** `hephy-builder plan`: what prepare-diff would build here, for a person at a terminal. */
const plan = {
    summary: 'Show the images that changed since a base (or all, or the rebuild list), in build order, with why and for which platforms.',
    usage: `hephy-builder plan ${cliUsage(prepare_diff/* PREPARE_DIFF_INPUTS */._)} [--json]`,
    options: { ...cliOptions(prepare_diff/* PREPARE_DIFF_INPUTS */._), json: { type: 'boolean' } },
    async run({ values, positionals, platform, ports, out }) {
        if (positionals.length > 0)
            throw new command/* UsageError */.eb(`unexpected argument ${positionals[0]}`);
        const { plan: result, notes } = await (0,run/* runPrepareDiff */.k)({ ...readCommandInputs(prepare_diff/* PREPARE_DIFF_INPUTS */._, values), event: await platform.event() }, ports);
        if (typeof values['output-dir'] === 'string')
            await (0,handoff/* writePlanFiles */.ip)(values['output-dir'], result);
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
    lines.push(`dirs: ${(0,outputs/* planDirs */.w_)(result).join(' ')}`, `archs: ${result.archs.join(' ')}`);
    return `${lines.join('\n')}\n`;
}


/***/ })

};
