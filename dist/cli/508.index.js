export const id = 508;
export const ids = [508];
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

/***/ 6508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatListing: () => (/* binding */ formatListing),
  ls: () => (/* binding */ ls)
});

// EXTERNAL MODULE: ./packages/core/src/inputs/cli.ts
var cli = __webpack_require__(2121);
// EXTERNAL MODULE: ./packages/core/src/inputs/image-set.ts
var image_set = __webpack_require__(3251);
// EXTERNAL MODULE: ./packages/core/src/shared/platform-spec.ts
var platform_spec = __webpack_require__(618);
// EXTERNAL MODULE: ./packages/core/src/registry/client.ts + 8 modules
var registry_client = __webpack_require__(8616);
// EXTERNAL MODULE: ./packages/core/src/registry/image-index.ts
var image_index = __webpack_require__(2245);
// EXTERNAL MODULE: ./packages/core/src/registry/media-types.ts
var media_types = __webpack_require__(2969);
// EXTERNAL MODULE: ./packages/core/src/util/map-limit.ts
var map_limit = __webpack_require__(7650);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(908);
;// CONCATENATED MODULE: ./packages/core/src/registry/list-images.ts






/** Every tag of a repository (`host/path`) or OCI layout (`oci:<dir>`), sorted, with digest and platforms. */
async function listImages(target, options) {
    const client = (0,registry_client/* createRegistryClient */.H)(options);
    const repository = (0,reference/* parseReference */.F2)(target);
    const tags = ((await client.listTags(repository)) ?? []).sort();
    const listed = await (0,map_limit/* mapLimit */.s)(tags, 8, async (tag) => {
        const manifest = await client.getManifest((0,reference/* withTarget */.yY)(repository, { tag }));
        if (!manifest)
            return undefined;
        if ((0,media_types/* isIndexType */.$U)(manifest.mediaType)) {
            const platforms = (0,image_index/* parseIndex */.A1)(manifest.bytes)
                .manifests.filter((m) => m.platform && !(0,image_index/* isAttestation */.H3)(m))
                .map((m) => (0,platform_spec/* formatPlatform */.B)(m.platform));
            return { tag, digest: manifest.digest, kind: 'index', platforms };
        }
        const parsed = JSON.parse(Buffer.from(manifest.bytes).toString('utf8'));
        const config = parsed.config?.digest
            ? JSON.parse(Buffer.from(await client.getBlob(repository, parsed.config.digest)).toString('utf8'))
            : {};
        const platform = config.os && config.architecture
            ? {
                os: config.os,
                architecture: config.architecture,
                ...(config.variant ? { variant: config.variant } : {}),
            }
            : undefined;
        return {
            tag,
            digest: manifest.digest,
            kind: 'image',
            platforms: platform ? [(0,platform_spec/* formatPlatform */.B)(platform)] : [],
        };
    });
    return listed.filter((t) => t !== undefined);
}

// EXTERNAL MODULE: ./packages/cli/src/command.ts
var command = __webpack_require__(8835);
// EXTERNAL MODULE: ./packages/cli/src/command-inputs.ts
var command_inputs = __webpack_require__(4681);
// EXTERNAL MODULE: ./packages/cli/src/registry-options.ts
var registry_options = __webpack_require__(2496);
;// CONCATENATED MODULE: ./packages/cli/src/commands/ls.ts






/** The flags of ls: image-set's; the repository is its argument. */
const LS_INPUTS = { 'insecure-registries': image_set/* IMAGE_SET_INPUTS */.Fh['insecure-registries'] };
/** `hephy-builder ls [TARGET]`: the tags of a registry repository or an OCI layout, with digests and platforms. */
const ls = {
    summary: 'List the tags of a registry repository or an OCI image layout (oci:DIR) with their digests and platforms.',
    usage: `hephy-builder ls [HOST/PATH|oci:DIR] ${(0,cli/* cliUsage */.eq)(LS_INPUTS)} [--json]   (default ${registry_options/* DEFAULT_TARGET */.K})`,
    help: `${(0,cli/* cliHelp */.Qy)(LS_INPUTS)}\n  --json  Print the tags as JSON.`,
    options: { ...(0,cli/* cliOptions */.$D)(LS_INPUTS), json: { type: 'boolean' } },
    async run({ values, positionals, ports, out }) {
        if (positionals.length > 1)
            throw new command/* UsageError */.eb(`unexpected argument ${positionals[1]}`);
        const target = positionals[0] ?? registry_options/* DEFAULT_TARGET */.K;
        const { insecureRegistries } = (0,command_inputs/* readCommandInputs */.F)(LS_INPUTS, values);
        const tags = await listImages(target, { ports, insecureRegistries });
        out(values.json ? `${JSON.stringify(tags, null, 2)}\n` : formatListing(tags));
        return 0;
    },
};
function formatListing(tags) {
    if (tags.length === 0)
        return 'no tags\n';
    const width = Math.max(...tags.map((t) => t.tag.length));
    return `${tags.map((t) => `${t.tag.padEnd(width)}  ${t.digest}  ${t.kind.padEnd(5)}  ${t.platforms.join(',')}`).join('\n')}\n`;
}


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


/***/ })

};
