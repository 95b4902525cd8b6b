export const id = 508;
export const ids = [508];
export const modules = {

/***/ 6508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatListing: () => (/* binding */ formatListing),
  ls: () => (/* binding */ ls)
});

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
// EXTERNAL MODULE: ./packages/cli/src/registry-options.ts
var registry_options = __webpack_require__(2496);
;// CONCATENATED MODULE: ./packages/cli/src/commands/ls.ts



/** `hephy-builder ls [TARGET]`: the tags of a registry repository or an OCI layout, with digests and platforms. */
const ls = {
    summary: 'List the tags of a registry repository or an OCI image layout (oci:DIR) with their digests and platforms.',
    usage: `hephy-builder ls [HOST/PATH|oci:DIR] [--insecure-registry HOST]... [--json]   (default ${registry_options/* DEFAULT_TARGET */.Kv})`,
    options: { 'insecure-registry': { type: 'string', multiple: true }, json: { type: 'boolean' } },
    async run({ values, positionals, ports, out }) {
        if (positionals.length > 1)
            throw new command/* UsageError */.eb(`unexpected argument ${positionals[1]}`);
        const target = positionals[0] ?? registry_options/* DEFAULT_TARGET */.Kv;
        const insecureRegistries = values['insecure-registry'] ?? [];
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
/* harmony export */   GO: () => (/* binding */ readRegistryOptions),
/* harmony export */   Kv: () => (/* binding */ DEFAULT_TARGET),
/* harmony export */   _A: () => (/* binding */ registryOptions),
/* harmony export */   q5: () => (/* binding */ REGISTRY_USAGE)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _hephy_builder_core_plan_names__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2373);
/* harmony import */ var _hephy_builder_core_inputs_read__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2239);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8835);




/** Where the CLI keeps images when no --repository is given: an OCI image layout, no server needed. */
const DEFAULT_TARGET = 'oci:.hephy/images';
/** The options merge-manifest and retag share. */
const registryOptions = {
    repository: { type: 'string' },
    naming: { type: 'string' },
    date: { type: 'string' },
    dirs: { type: 'string' },
    root: { type: 'string' },
    'output-dir': { type: 'string' },
    'insecure-registry': { type: 'string', multiple: true },
    username: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    json: { type: 'boolean' },
};
const REGISTRY_USAGE = '[--repository HOST/PATH|oci:DIR] [--naming tag-prefix|repository] [--date YYYYMMDD] [--dirs DIRS] [--root DIR] [--output-dir DIR] [--insecure-registry HOST]... [--username USER --password-stdin] [--json]';
/** The shared options as step inputs; the password comes from standard input, never from argv. */
function readRegistryOptions(context, readStdin = () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(0, 'utf8')) {
    const { values, positionals, platform } = context;
    if (positionals.length > 0)
        throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unexpected argument ${positionals[0]}`);
    const naming = String(values.naming ?? 'tag-prefix');
    if (!_hephy_builder_core_plan_names__WEBPACK_IMPORTED_MODULE_1__/* .NAMINGS */ .ON.includes(naming))
        throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--naming "${naming}" is not one of ${_hephy_builder_core_plan_names__WEBPACK_IMPORTED_MODULE_1__/* .NAMINGS */ .ON.join(', ')}`);
    const password = values['password-stdin'] ? readStdin().replace(/\r?\n$/, '') : '';
    if (password)
        platform.log.addSecret(password);
    if (password && !values.username)
        throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--password-stdin needs --username');
    return {
        repository: String(values.repository ?? DEFAULT_TARGET),
        naming: naming,
        date: String(values.date ?? ''),
        dirs: String(values.dirs ?? ''),
        root: String(values.root ?? '.'),
        outputDir: String(values['output-dir'] ?? '.'),
        insecureRegistries: (values['insecure-registry'] ?? []).flatMap(_hephy_builder_core_inputs_read__WEBPACK_IMPORTED_MODULE_2__/* .parseListInput */ .UF),
        username: String(values.username ?? ''),
        password,
    };
}


/***/ }),

/***/ 2245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ parseIndex),
/* harmony export */   H3: () => (/* binding */ isAttestation),
/* harmony export */   J5: () => (/* binding */ platformMatches),
/* harmony export */   Jt: () => (/* binding */ serializeIndex),
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
