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
/* harmony import */ var _hephy_builder_core_steps_retag_run__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5592);
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
        await (0,_hephy_builder_core_steps_common_partial__WEBPACK_IMPORTED_MODULE_3__/* .reportingPartial */ .AY)(() => (0,_hephy_builder_core_steps_retag_run__WEBPACK_IMPORTED_MODULE_2__/* .runRetag */ .d)(inputs, ports, { event }), async (result) => out(values.json ? `${JSON.stringify(result.tags, null, 2)}\n` : `${(0,_hephy_builder_core_steps_retag_run__WEBPACK_IMPORTED_MODULE_2__/* .retagSummary */ .Q)(result)}\n`));
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

/***/ 2245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ parseIndex),
/* harmony export */   H3: () => (/* binding */ isAttestation),
/* harmony export */   J5: () => (/* binding */ platformMatches),
/* harmony export */   Jt: () => (/* binding */ serializeIndex),
/* harmony export */   R4: () => (/* binding */ imageDigestFor),
/* harmony export */   R7: () => (/* binding */ REFERENCE_DIGEST),
/* harmony export */   yH: () => (/* binding */ entriesKey)
/* harmony export */ });
/* unused harmony export REFERENCE_TYPE */
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2969);

/** BuildKit marks the provenance/SBOM manifests it adds to an index like this (buildx docs "attestation storage"). */
const REFERENCE_TYPE = 'vnd.docker.reference.type';
const REFERENCE_DIGEST = 'vnd.docker.reference.digest';
function parseIndex(bytes) {
    const parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
    return {
        schemaVersion: 2,
        mediaType: parsed.mediaType ?? _media_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OCI_INDEX */ .$p,
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
    if (!(0,_media_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isIndexType */ .$U)(manifest.mediaType))
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
        mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OCI_INDEX */ .$p,
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


/***/ }),

/***/ 5038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AY: () => (/* binding */ reportingPartial),
/* harmony export */   Vt: () => (/* binding */ StepIncomplete),
/* harmony export */   to: () => (/* binding */ indexArchsOf)
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

/***/ 5592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ retagSummary),
/* harmony export */   d: () => (/* binding */ runRetag)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2712);
/* harmony import */ var _common_handoff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9265);
/* harmony import */ var _plan_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(265);
/* harmony import */ var _plan_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2373);
/* harmony import */ var _util_map_limit_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7650);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(908);
/* harmony import */ var _common_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7588);
/* harmony import */ var _common_partial_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5038);
/* harmony import */ var _registry_image_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2245);
/* harmony import */ var _registry_media_types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2969);
/* harmony import */ var _shared_platform_spec_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(618);
/* harmony import */ var _common_wanted_tags_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9360);













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
    const scheme = (0,_common_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .imageTagScheme */ .fT)(inputs, deps.event ?? {}, ports.now());
    const images = deps.images ??
        (await (0,_plan_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPlannedImages */ .Nv)(inputs.root, await (0,_common_handoff_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveDirsInput */ .Bm)(inputs.dirs, inputs.outputDir)));
    const wanted = (0,_common_wanted_tags_js__WEBPACK_IMPORTED_MODULE_9__/* .wantedTags */ .p)(images, inputs.tags, scheme, ports.env);
    const sources = new Map(images.map((image) => [image.image, (0,_plan_names_js__WEBPACK_IMPORTED_MODULE_3__/* .indexRef */ .C4)(scheme, image.image)]));
    const client = deps.client ?? (0,_common_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .registryClient */ .Rk)(inputs, ports, deps.sleep ? { sleep: deps.sleep } : {});
    for (const source of sources.values())
        client.want(source, 'push');
    const indexes = new Map();
    const refused = [];
    const archsOf = deps.archsOf ?? (0,_common_partial_js__WEBPACK_IMPORTED_MODULE_6__/* .indexArchsOf */ .to)(inputs.indexArchs, ports.log);
    for (const image of images) {
        const source = sources.get(image.image);
        if (!wanted.some((w) => w.image === image.image))
            continue;
        const manifest = await client.getManifest(source, { justPushed: true });
        const problem = manifest
            ? lackingArchs(image, archsOf(image), manifest, (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)(source))
            : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)(source)} does not exist: run merge-manifest for ${image.image} first (same repository, naming and date); not tagging ${image.image}`, { location: { file: image.config.file } });
        if (problem)
            refused.push({ image: image.image, problem });
        else
            indexes.set(image.image, manifest);
    }
    const tagged = wanted.filter((w) => indexes.has(w.image));
    const existing = await existingTags(client, tagged);
    const tags = await (0,_util_map_limit_js__WEBPACK_IMPORTED_MODULE_10__/* .mapLimit */ .s)(tagged, PARALLEL, (w) => applyTag(client, w, indexes.get(w.image), existing));
    const untagged = refused.map(({ image, problem }) => ({ image, reason: problem.message }));
    if (refused.length > 0)
        throw new _common_partial_js__WEBPACK_IMPORTED_MODULE_6__/* .StepIncomplete */ .Vt(refused.map((r) => r.problem), { tags, untagged });
    return { tags, untagged };
}
/** Why an index must not get the extra tags: it lacks an arch the image is built for. */
function lackingArchs(image, archs, manifest, reference) {
    // A single-arch manifest (not an index) is what merge-manifest never writes: nothing to compare.
    if (!(0,_registry_media_types_js__WEBPACK_IMPORTED_MODULE_8__/* .isIndexType */ .$U)(manifest.mediaType))
        return undefined;
    const held = (0,_registry_image_index_js__WEBPACK_IMPORTED_MODULE_7__/* .parseIndex */ .A1)(manifest.bytes)
        .manifests.filter((entry) => entry.platform && !(0,_registry_image_index_js__WEBPACK_IMPORTED_MODULE_7__/* .isAttestation */ .H3)(entry))
        .map((entry) => (0,_shared_platform_spec_js__WEBPACK_IMPORTED_MODULE_11__/* .archLabel */ .l)(entry.platform));
    const missing = archs.filter((arch) => !held.includes(arch));
    if (missing.length === 0)
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${reference} lacks ${missing.join(', ')} (it holds ${held.join(', ') || 'nothing'}): not tagging ${image.image}, whose config asks for ${archs.join(', ')}`, { location: { file: image.config.file } });
}
/** Per repository, the tags it has, when listing them is cheaper than asking for each (else undefined). */
async function existingTags(client, wanted) {
    const byRepository = new Map();
    const counts = new Map();
    for (const w of wanted) {
        const { ref } = w;
        const key = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .withTarget */ .yY)(ref, {}));
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
    const known = existing.get((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .formatReference */ .FH)((0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .withTarget */ .yY)(ref, {})));
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
        ...tags.map((t) => `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_12__/* .markdownText */ .p7)(t.image)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_12__/* .markdownCode */ .D9)(t.reference)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_12__/* .markdownCode */ .D9)(t.digest)} | ${t.status} |`),
        ...untagged.map((u) => `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_12__/* .markdownText */ .p7)(u.image)} | not tagged: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_12__/* .markdownText */ .p7)(u.reason)} | | failed |`),
    ];
    return ['| image | tag | digest | status |', '|---|---|---|---|', ...rows].join('\n');
}


/***/ })

};
