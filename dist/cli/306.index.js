export const id = 306;
export const ids = [306,643];
export const modules = {

/***/ 7643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_TARGET: () => (/* binding */ DEFAULT_TARGET),
/* harmony export */   REGISTRY_USAGE: () => (/* binding */ REGISTRY_USAGE),
/* harmony export */   mergeManifest: () => (/* binding */ mergeManifest),
/* harmony export */   readRegistryOptions: () => (/* binding */ readRegistryOptions),
/* harmony export */   registryOptions: () => (/* binding */ registryOptions)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _hephy_builder_core_plan_names__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2373);
/* harmony import */ var _hephy_builder_core_platform_inputs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6592);
/* harmony import */ var _hephy_builder_core_steps_merge_manifest_run__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6777);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8552);





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
        throw new _cli_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`unexpected argument ${positionals[0]}`);
    const naming = String(values.naming ?? 'tag-prefix');
    if (!_hephy_builder_core_plan_names__WEBPACK_IMPORTED_MODULE_1__/* .NAMINGS */ .ON.includes(naming))
        throw new _cli_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--naming "${naming}" is not one of ${_hephy_builder_core_plan_names__WEBPACK_IMPORTED_MODULE_1__/* .NAMINGS */ .ON.join(', ')}`);
    const password = values['password-stdin'] ? readStdin().replace(/\r?\n$/, '') : '';
    if (password)
        platform.log.addSecret(password);
    if (password && !values.username)
        throw new _cli_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--password-stdin needs --username');
    return {
        repository: String(values.repository ?? DEFAULT_TARGET),
        naming: naming,
        date: String(values.date ?? ''),
        dirs: String(values.dirs ?? ''),
        root: String(values.root ?? '.'),
        outputDir: String(values['output-dir'] ?? '.'),
        insecureRegistries: (values['insecure-registry'] ?? []).flatMap(_hephy_builder_core_platform_inputs__WEBPACK_IMPORTED_MODULE_2__/* .parseListInput */ .UF),
        username: String(values.username ?? ''),
        password,
    };
}
/** `hephy-builder merge-manifest`: the per-arch images of each image as one OCI index. */
const mergeManifest = {
    summary: 'Join the per-architecture images of each image into one OCI index <image>-<date>.',
    usage: `hephy-builder merge-manifest ${REGISTRY_USAGE} [--no-verify-platforms] [--source-url URL] [--revision SHA]`,
    options: {
        ...registryOptions,
        'no-verify-platforms': { type: 'boolean' },
        'source-url': { type: 'string' },
        revision: { type: 'string' },
    },
    async run(context) {
        const { values, platform, ports, out } = context;
        const inputs = {
            ...readRegistryOptions(context),
            verifyPlatforms: values['no-verify-platforms'] !== true,
            sourceUrl: String(values['source-url'] ?? ''),
            revision: String(values.revision ?? ''),
        };
        const { manifests } = await (0,_hephy_builder_core_steps_merge_manifest_run__WEBPACK_IMPORTED_MODULE_3__/* .runMergeManifest */ .hR)(inputs, ports, { event: await platform.event() });
        out(values.json ? `${JSON.stringify(manifests, null, 2)}\n` : `${(0,_hephy_builder_core_steps_merge_manifest_run__WEBPACK_IMPORTED_MODULE_3__/* .mergeManifestSummary */ ._z)(manifests)}\n`);
        return 0;
    },
};


/***/ }),

/***/ 306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   retag: () => (/* binding */ retag)
/* harmony export */ });
/* harmony import */ var _hephy_builder_core_platform_inputs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6592);
/* harmony import */ var _hephy_builder_core_steps_retag_run__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1432);
/* harmony import */ var _merge_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7643);



/** `hephy-builder retag`: each config's additional_tags (and --tag) on each image's index. */
const retag = {
    summary: "Add each config's additional_tags (and --tag TAG) to each image's index, keeping its digest.",
    usage: `hephy-builder retag ${_merge_manifest_js__WEBPACK_IMPORTED_MODULE_2__.REGISTRY_USAGE} [--tag TAG]...`,
    options: { ..._merge_manifest_js__WEBPACK_IMPORTED_MODULE_2__.registryOptions, tag: { type: 'string', multiple: true } },
    async run(context) {
        const { values, platform, ports, out } = context;
        const inputs = {
            ...(0,_merge_manifest_js__WEBPACK_IMPORTED_MODULE_2__.readRegistryOptions)(context),
            tags: (values.tag ?? []).flatMap(_hephy_builder_core_platform_inputs__WEBPACK_IMPORTED_MODULE_0__/* .parseListInput */ .UF),
        };
        const { tags } = await (0,_hephy_builder_core_steps_retag_run__WEBPACK_IMPORTED_MODULE_1__/* .runRetag */ .d)(inputs, ports, { event: await platform.event() });
        out(values.json ? `${JSON.stringify(tags, null, 2)}\n` : `${(0,_hephy_builder_core_steps_retag_run__WEBPACK_IMPORTED_MODULE_1__/* .retagSummary */ .Q)(tags)}\n`);
        return 0;
    },
};


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
// EXTERNAL MODULE: ./packages/core/src/plan/dirs.ts
var dirs = __webpack_require__(2041);
// EXTERNAL MODULE: ./packages/core/src/plan/load.ts
var load = __webpack_require__(265);
// EXTERNAL MODULE: ./packages/core/src/plan/names.ts
var names = __webpack_require__(2373);
// EXTERNAL MODULE: ./packages/core/src/registry/pool.ts
var pool = __webpack_require__(1551);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(908);
// EXTERNAL MODULE: ./packages/core/src/steps/merge-manifest/run.ts + 2 modules
var run = __webpack_require__(6777);
// EXTERNAL MODULE: ./packages/core/src/steps/registry-inputs.ts
var registry_inputs = __webpack_require__(5374);
// EXTERNAL MODULE: ./packages/core/src/config/variables.ts
var variables = __webpack_require__(1605);
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
                    : !names/* TAG_PATTERN */.A0.test(value) || !names/* TAG_PATTERN */.A0.test(ref.tag)
                        ? `"${tag}" becomes the tag "${ref.tag}", which is not a valid tag (at most 128 of A-Z a-z 0-9 _ . -, not starting with . or -)`
                        : undefined;
            if (problem) {
                problems.push(new errors/* UserError */.yo(problem, { ...(location ? { location } : {}), field }));
                continue;
            }
            const reference = (0,names/* formatRef */.rq)(ref);
            wanted.set(reference, { image: image.image, written: tag, reference });
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
 * before the first write; a tag already at that digest is left alone.
 */
async function runRetag(inputs, ports, deps = {}) {
    const scheme = (0,registry_inputs/* imageTagScheme */.fT)(inputs, deps.event ?? {}, ports.now());
    const images = deps.images ??
        (await (0,load/* loadPlannedImages */.Nv)(inputs.root, await (0,dirs/* resolveDirsInput */.Bm)(inputs.dirs, inputs.outputDir)));
    const wanted = wantedTags(images, inputs.tags, scheme, ports.env);
    const sources = new Map(images.map((image) => [image.image, (0,reference/* parseReference */.F2)((0,names/* formatRef */.rq)((0,names/* indexRef */.C4)(scheme, image.image)))]));
    const client = deps.client ?? (0,run/* registryClient */.Rk)(inputs, ports, deps.sleep);
    for (const source of sources.values())
        client.want(source, 'push');
    const indexes = new Map();
    for (const [image, source] of sources) {
        if (!wanted.some((w) => w.image === image))
            continue;
        const manifest = await client.getManifest(source, { justPushed: true });
        if (!manifest) {
            throw new errors/* UserError */.yo(`${(0,reference/* formatReference */.FH)(source)} does not exist: run merge-manifest for ${image} first (same repository, naming and date)`);
        }
        indexes.set(image, manifest);
    }
    const existing = await existingTags(client, wanted);
    const tags = await (0,pool/* mapLimit */.s)(wanted, PARALLEL, (w) => applyTag(client, w, indexes.get(w.image), existing));
    return { tags };
}
/** Per repository, the tags it has, when listing them is cheaper than asking for each (else undefined). */
async function existingTags(client, wanted) {
    const byRepository = new Map();
    const counts = new Map();
    for (const w of wanted) {
        const ref = (0,reference/* parseReference */.F2)(w.reference);
        const key = (0,reference/* formatReference */.FH)((0,reference/* withTarget */.yY)(ref, {}));
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
    const ref = (0,reference/* parseReference */.F2)(wanted.reference);
    const known = existing.get((0,reference/* formatReference */.FH)((0,reference/* withTarget */.yY)(ref, {})));
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
function retagSummary(tags) {
    if (tags.length === 0)
        return 'No extra tags: no `additional_tags` in the configs and no `tags` input.';
    const rows = tags.map((t) => `| ${(0,markdown/* markdownText */.p7)(t.image)} | ${(0,markdown/* markdownCode */.D9)(t.reference)} | ${(0,markdown/* markdownCode */.D9)(t.digest)} | ${t.status} |`);
    return ['| image | tag | digest | status |', '|---|---|---|---|', ...rows].join('\n');
}


/***/ })

};
