export const id = 306;
export const ids = [306];
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

/***/ 306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   retag: () => (/* binding */ retag)
/* harmony export */ });
/* harmony import */ var _hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2121);
/* harmony import */ var _hephy_builder_core_inputs_retag__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8600);
/* harmony import */ var _hephy_builder_core_steps_retag_run__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1432);
/* harmony import */ var _hephy_builder_core_steps_common_partial__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5038);
/* harmony import */ var _registry_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2496);





/** `hephy-builder retag`: each config's additional_tags (and --tag) on each image's index. */
const retag = {
    summary: "Add each config's additional_tags (and --tag TAG) to each image's index, keeping its digest.",
    usage: `hephy-builder retag ${(0,_hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_0__/* .cliUsage */ .eq)(_hephy_builder_core_inputs_retag__WEBPACK_IMPORTED_MODULE_1__/* .RETAG_INPUTS */ .U)} [--json]`,
    help: `${(0,_hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_0__/* .cliHelp */ .Qy)(_hephy_builder_core_inputs_retag__WEBPACK_IMPORTED_MODULE_1__/* .RETAG_INPUTS */ .U)}\n  --json  Print the tags as JSON.`,
    options: { ...(0,_hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_0__/* .cliOptions */ .$D)(_hephy_builder_core_inputs_retag__WEBPACK_IMPORTED_MODULE_1__/* .RETAG_INPUTS */ .U), json: { type: 'boolean' } },
    async run(context) {
        const { values, platform, ports, out } = context;
        const inputs = (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegistryInputs */ .r)(_hephy_builder_core_inputs_retag__WEBPACK_IMPORTED_MODULE_1__/* .RETAG_INPUTS */ .U, context);
        const event = await platform.event();
        // An image without a complete index is not tagged: the others are printed, then the command fails.
        await (0,_hephy_builder_core_steps_common_partial__WEBPACK_IMPORTED_MODULE_3__/* .reportingPartial */ .A)(() => (0,_hephy_builder_core_steps_retag_run__WEBPACK_IMPORTED_MODULE_2__/* .runRetag */ .d)(inputs, ports, { event }), async (result) => out(values.json ? `${JSON.stringify(result.tags, null, 2)}\n` : `${(0,_hephy_builder_core_steps_retag_run__WEBPACK_IMPORTED_MODULE_2__/* .retagSummary */ .Q)(result)}\n`));
        return 0;
    },
};


/***/ }),

/***/ 2496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ DEFAULT_TARGET),
/* harmony export */   r: () => (/* binding */ readRegistryInputs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2121);
/* harmony import */ var _hephy_builder_core_inputs_image_set__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3251);
/* harmony import */ var _hephy_builder_core_steps_common_registry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7588);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8835);
/* harmony import */ var _command_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4681);






/** Where the CLI keeps images when no repository is given: image-set's CLI default, an OCI layout. */
const DEFAULT_TARGET = (0,_hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_1__/* .cliDefault */ .CZ)(_hephy_builder_core_inputs_image_set__WEBPACK_IMPORTED_MODULE_2__/* .IMAGE_SET_INPUTS */ .Fh, 'repository');
/**
 * The inputs of a step that works on a set of images (merge-manifest, retag), from its table's
 * CLI flags; the password comes from standard input (--password-stdin), never from argv.
 */
function readRegistryInputs(table, context, readStdin = () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(0, 'utf8')) {
    const { values, positionals, platform } = context;
    if (positionals.length > 0)
        throw new _command_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`unexpected argument ${positionals[0]}`);
    const inputs = (0,_command_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readCommandInputs */ .F)(table, values, {
        readStdin,
        addSecret: (secret) => platform.log.addSecret(secret),
    });
    const { password, username } = inputs;
    if (password && !username)
        throw new _command_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('--password-stdin needs --username');
    // Parsed once, here: a bad repository fails before any other work, naming the option.
    const { repository } = inputs;
    return { ...inputs, target: (0,_hephy_builder_core_steps_common_registry__WEBPACK_IMPORTED_MODULE_3__/* .parseTarget */ .hu)(repository, 'option repository') };
}


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

/***/ 2712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   p7: () => (/* binding */ markdownText)
/* harmony export */ });
/* unused harmony export mermaidLabel */
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

/***/ 5038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ reportingPartial),
/* harmony export */   V: () => (/* binding */ StepIncomplete)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/**
 * A step that did what it could for the images it could, and not for some others: one problem
 * per image left out, and the result of the rest, so that the step's outputs and summary list
 * what was done before the step fails.
 */
class StepIncomplete extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserErrors */ .tQ {
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


/***/ }),

/***/ 1432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ retagSummary),
  d: () => (/* binding */ runRetag)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(2712);
// EXTERNAL MODULE: ./packages/core/src/steps/common/handoff.ts
var handoff = __webpack_require__(9265);
// EXTERNAL MODULE: ./packages/core/src/plan/load.ts
var load = __webpack_require__(265);
// EXTERNAL MODULE: ./packages/core/src/plan/names.ts
var names = __webpack_require__(2373);
// EXTERNAL MODULE: ./packages/core/src/util/map-limit.ts
var map_limit = __webpack_require__(7650);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var registry_reference = __webpack_require__(908);
// EXTERNAL MODULE: ./packages/core/src/steps/common/registry.ts
var registry = __webpack_require__(7588);
// EXTERNAL MODULE: ./packages/core/src/steps/common/partial.ts
var partial = __webpack_require__(5038);
// EXTERNAL MODULE: ./packages/core/src/registry/image-index.ts
var image_index = __webpack_require__(2245);
// EXTERNAL MODULE: ./packages/core/src/registry/media-types.ts
var media_types = __webpack_require__(2969);
// EXTERNAL MODULE: ./packages/core/src/shared/platform-spec.ts
var platform_spec = __webpack_require__(618);
// EXTERNAL MODULE: ./packages/core/src/config/variables.ts
var variables = __webpack_require__(1605);
// EXTERNAL MODULE: ./packages/core/src/shared/reference.ts
var shared_reference = __webpack_require__(1098);
;// CONCATENATED MODULE: ./packages/core/src/steps/retag/wanted-tags.ts





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
            const secret = (0,variables/* variableNames */.zo)(tag).filter(variables/* isSecretName */.eh);
            const missing = [];
            const value = secret.length ? '' : (0,variables/* expandVariables */.i7)(tag, env, (name) => missing.push(name));
            const ref = (0,names/* extraTagRef */.C_)(scheme, image.image, value);
            const problem = secret.length
                ? `"${tag}" uses ${secret.map((m) => `\${${m}}`).join(', ')}, which looks like a secret (a step input, a runner variable, or a name with TOKEN, PASSWORD, SECRET, KEY, AUTH, ...): a tag never reads one`
                : missing.length
                    ? `"${tag}" uses ${missing.map((m) => `\${${m}}`).join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not set in the environment`
                    : !shared_reference/* TAG_PATTERN */.A0.test(value) || !shared_reference/* TAG_PATTERN */.A0.test(ref.tag)
                        ? `"${tag}" becomes the tag "${ref.tag}", which is not a valid tag (at most 128 of A-Z a-z 0-9 _ . -, not starting with . or -)`
                        : undefined;
            if (problem) {
                problems.push(new errors/* UserError */.yo(problem, { ...(location ? { location } : {}), field }));
                continue;
            }
            const reference = (0,registry_reference/* formatReference */.FH)(ref);
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
    const scheme = (0,registry/* imageTagScheme */.fT)(inputs, deps.event ?? {}, ports.now());
    const images = deps.images ??
        (await (0,load/* loadPlannedImages */.Nv)(inputs.root, await (0,handoff/* resolveDirsInput */.Bm)(inputs.dirs, inputs.outputDir)));
    const wanted = wantedTags(images, inputs.tags, scheme, ports.env);
    const sources = new Map(images.map((image) => [image.image, (0,names/* indexRef */.C4)(scheme, image.image)]));
    const client = deps.client ?? (0,registry/* registryClient */.Rk)(inputs, ports, deps.sleep);
    for (const source of sources.values())
        client.want(source, 'push');
    const indexes = new Map();
    const refused = [];
    const archsOf = deps.archsOf ?? ((image) => image.archs);
    for (const image of images) {
        const source = sources.get(image.image);
        if (!wanted.some((w) => w.image === image.image))
            continue;
        const manifest = await client.getManifest(source, { justPushed: true });
        const problem = manifest
            ? lackingArchs(image, archsOf(image), manifest, (0,registry_reference/* formatReference */.FH)(source))
            : new errors/* UserError */.yo(`${(0,registry_reference/* formatReference */.FH)(source)} does not exist: run merge-manifest for ${image.image} first (same repository, naming and date); not tagging ${image.image}`, { location: { file: image.config.file } });
        if (problem)
            refused.push({ image: image.image, problem });
        else
            indexes.set(image.image, manifest);
    }
    const tagged = wanted.filter((w) => indexes.has(w.image));
    const existing = await existingTags(client, tagged);
    const tags = await (0,map_limit/* mapLimit */.s)(tagged, PARALLEL, (w) => applyTag(client, w, indexes.get(w.image), existing));
    const untagged = refused.map(({ image, problem }) => ({ image, reason: problem.message }));
    if (refused.length > 0)
        throw new partial/* StepIncomplete */.V(refused.map((r) => r.problem), { tags, untagged });
    return { tags, untagged };
}
/** Why an index must not get the extra tags: it lacks an arch the image is built for. */
function lackingArchs(image, archs, manifest, reference) {
    // A single-arch manifest (not an index) is what merge-manifest never writes: nothing to compare.
    if (!(0,media_types/* isIndexType */.$U)(manifest.mediaType))
        return undefined;
    const held = (0,image_index/* parseIndex */.A1)(manifest.bytes)
        .manifests.filter((entry) => entry.platform && !(0,image_index/* isAttestation */.H3)(entry))
        .map((entry) => (0,platform_spec/* archLabel */.l)(entry.platform));
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
        const key = (0,registry_reference/* formatReference */.FH)((0,registry_reference/* withTarget */.yY)(ref, {}));
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
    const known = existing.get((0,registry_reference/* formatReference */.FH)((0,registry_reference/* withTarget */.yY)(ref, {})));
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
        ...tags.map((t) => `| ${(0,markdown/* markdownText */.p7)(t.image)} | ${(0,markdown/* markdownCode */.D9)(t.reference)} | ${(0,markdown/* markdownCode */.D9)(t.digest)} | ${t.status} |`),
        ...untagged.map((u) => `| ${(0,markdown/* markdownText */.p7)(u.image)} | not tagged: ${(0,markdown/* markdownText */.p7)(u.reason)} | | failed |`),
    ];
    return ['| image | tag | digest | status |', '|---|---|---|---|', ...rows].join('\n');
}


/***/ })

};
