export const id = 945;
export const ids = [945];
export const modules = {

/***/ 1473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ MERGE_MANIFEST_INPUTS)
/* harmony export */ });
/* harmony import */ var _image_set_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3251);

/** The inputs of merge-manifest, in the order its action.yml declares them. */
const MERGE_MANIFEST_INPUTS = {
    ..._image_set_js__WEBPACK_IMPORTED_MODULE_0__/* .IMAGE_SET_INPUTS */ .Fh,
    ..._image_set_js__WEBPACK_IMPORTED_MODULE_0__/* .INDEX_ARCHS_INPUTS */ .J5,
    'verify-platforms': {
        type: 'boolean',
        default: true,
        description: "true: read each image's config and fail when its os/architecture/variant is not the platform the build asked for (two more requests per architecture). false: trust the build.",
        on: {
            cli: {
                flag: 'no-verify-platforms',
                negated: true,
                description: "Trust the build: do not read each image's config to check its os/architecture/variant.",
            },
            gitlab: {
                description: 'true: read each image config and fail when its os/architecture/variant is not the platform the build asked for (two more requests per architecture). false: trust the build.',
            },
        },
    },
    'source-url': {
        type: 'string',
        // Blank: the repository of the run's event; each runner writes where that is.
        default: '',
        description: 'The org.opencontainers.image.source annotation of each index (GHCR links packages by it).',
        on: {
            cli: { metavar: 'URL' },
            github: { default: '${{ github.server_url }}/${{ github.repository }}' },
            gitlab: {
                description: 'The org.opencontainers.image.source annotation of each index.',
                default: '$CI_PROJECT_URL',
            },
        },
    },
    revision: {
        type: 'string',
        default: '',
        description: 'The org.opencontainers.image.revision annotation. Empty: the commit being built.',
        on: { cli: { metavar: 'SHA' } },
    },
};


/***/ }),

/***/ 5100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ copyManifest)
/* harmony export */ });
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2969);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(908);
/* harmony import */ var _image_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2245);



/**
 * Makes `manifest` (read from `from`) exist in the repository `to`, by digest, so that an index
 * there may refer to it: blobs are mounted when both are on one registry, else copied; child
 * manifests of an index first. Never by tag (immutable-tag registries). Nothing is done for what
 * is there already.
 */
async function copyManifest(client, manifest, from, to) {
    const target = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .withTarget */ .yY)(to, { digest: manifest.digest });
    if (await client.headManifest(target))
        return;
    const parsed = JSON.parse(Buffer.from(manifest.bytes).toString('utf8'));
    if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isIndexType */ .$U)(manifest.mediaType)) {
        for (const child of (0,_image_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseIndex */ .A1)(manifest.bytes).manifests) {
            const childManifest = await client.getManifest((0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .withTarget */ .yY)(from, { digest: child.digest }));
            if (childManifest)
                await copyManifest(client, childManifest, from, to);
        }
    }
    else {
        const blobs = [parsed.config?.digest, ...(parsed.layers ?? []).map((l) => l.digest)].filter((d) => !!d);
        for (const digest of blobs)
            await copyBlob(client, digest, from, to);
    }
    await client.putManifest(target, { mediaType: manifest.mediaType, bytes: manifest.bytes });
}
async function copyBlob(client, digest, from, to) {
    if (await client.headBlob(to, digest))
        return;
    const sameStore = (from.kind === 'registry' && to.kind === 'registry' && from.host === to.host) ||
        (from.kind === 'layout' && to.kind === 'layout');
    if (sameStore && (await client.mountBlob(to, digest, from)))
        return;
    await client.putBlob(to, await client.getBlob(from, digest));
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

/***/ 6777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ mergeManifestSummary),
  h: () => (/* binding */ runMergeManifest)
});

// EXTERNAL MODULE: ./packages/core/src/shared/platform-spec.ts
var platform_spec = __webpack_require__(618);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(2712);
// EXTERNAL MODULE: ./packages/core/src/steps/common/handoff.ts
var handoff = __webpack_require__(9265);
// EXTERNAL MODULE: ./packages/core/src/plan/load.ts
var load = __webpack_require__(265);
// EXTERNAL MODULE: ./packages/core/src/plan/names.ts
var names = __webpack_require__(2373);
// EXTERNAL MODULE: ./packages/core/src/steps/common/registry.ts
var registry = __webpack_require__(7588);
// EXTERNAL MODULE: ./packages/core/src/registry/digest.ts
var digest = __webpack_require__(7761);
// EXTERNAL MODULE: ./packages/core/src/registry/copy.ts
var copy = __webpack_require__(5100);
// EXTERNAL MODULE: ./packages/core/src/registry/image-index.ts
var image_index = __webpack_require__(2245);
// EXTERNAL MODULE: ./packages/core/src/registry/media-types.ts
var media_types = __webpack_require__(2969);
// EXTERNAL MODULE: ./packages/core/src/util/map-limit.ts
var map_limit = __webpack_require__(7650);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(908);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/shared/reference.ts
var shared_reference = __webpack_require__(1098);
;// CONCATENATED MODULE: ./packages/core/src/steps/merge-manifest/candidates.ts








/** The platforms of an image by arch label (`armv7` -> linux/arm/v7). */
function platformsByArch(image) {
    const specs = image.config.platforms.length > 0 ? image.config.platforms : (image.config.ko?.platforms ?? []);
    return new Map(specs.map((spec) => [(0,platform_spec/* archLabel */.l)(spec), spec]));
}
/**
 * The per-arch images of one image for `archs`, from the `<image>-<arch>.tag` files present in
 * output-dir, or for `manual_build` images from `manual_images`. Reads files only; problems with
 * a file's content are collected, an arch with no image is simply not among the candidates.
 */
async function findCandidates(image, archs, scheme, outputDir, problems) {
    const platforms = platformsByArch(image);
    const candidates = [];
    for (const arch of archs) {
        const platform = platforms.get(arch) ?? { os: 'linux', architecture: arch };
        const found = image.config.manualBuild
            ? manualCandidate(image, arch, problems)
            : await tagFileCandidate(image, arch, scheme, outputDir, problems);
        if (found)
            candidates.push({ arch, platform, ...found });
    }
    return candidates;
}
/**
 * Why an image gets no index: the arches it is built for that have no image. An index lacking
 * one would be pulled on that arch and fail there, or worse, `latest` would move to it.
 */
function missingArchsProblem(image, archs, found, outputDir) {
    const missing = archs.filter((arch) => !found.includes(arch));
    if (missing.length === 0)
        return undefined;
    const location = { file: image.config.file };
    if (image.config.manualBuild) {
        return new src_errors/* UserError */.yo(`${image.image}: no index: manual_images names no image for ${missing.join(', ')} (the config's platforms ask for ${archs.join(', ')})`, { location });
    }
    const files = missing.map((arch) => (0,handoff/* tagFileName */.AG)(image.image, arch)).join(', ');
    const built = found.length > 0 ? `only ${found.join(', ')} was built` : 'no arch was built';
    return new src_errors/* UserError */.yo(`${image.image}: no index: ${missing.join(', ')} missing (${files} not in ${outputDir}; ${built}): an index must hold every arch the config asks for; build ${missing.join(', ')} (see build-arch's log), then run merge-manifest again`, { location });
}
async function tagFileCandidate(image, arch, scheme, outputDir, problems) {
    const file = external_node_path_default().join(outputDir, (0,handoff/* tagFileName */.AG)(image.image, arch));
    const content = await (0,handoff/* readTagFile */.z1)(outputDir, image.image, arch);
    if (!content)
        return undefined;
    if (!shared_reference/* TAG_PATTERN */.A0.test(content.tag)) {
        problems.push(new src_errors/* UserError */.yo(`"${content.tag}" is not a valid tag; the file should hold the tag build-arch pushed`, {
            location: { file, line: 1 },
        }));
        return undefined;
    }
    if (!(0,shared_reference/* isDigest */.Bc)(content.digest)) {
        problems.push(new src_errors/* UserError */.yo(`"${content.digest}" is not a manifest digest (sha256:<64 hex digits>); re-run build-arch for ${arch}`, { location: { file, line: 2 } }));
        return undefined;
    }
    const ref = (0,names/* archRef */.qh)(scheme, image.image, arch);
    return {
        source: (0,reference/* withTarget */.yY)(ref, { tag: content.tag, digest: content.digest }),
        origin: { file, line: 1 },
    };
}
function manualCandidate(image, arch, problems) {
    const text = image.config.manualImages[arch];
    if (!text)
        return undefined;
    const at = image.config.positions[`manual_images.${arch}`];
    const origin = { file: image.config.file, ...(at ? { line: at.line, column: at.column } : {}) };
    try {
        return { source: (0,reference/* parseReference */.F2)(text), origin };
    }
    catch (error) {
        problems.push(new src_errors/* UserError */.yo(error.message, { location: origin, field: `manual_images.${arch}` }));
        return undefined;
    }
}

// EXTERNAL MODULE: ./packages/core/src/steps/common/partial.ts
var partial = __webpack_require__(5038);
;// CONCATENATED MODULE: ./packages/core/src/steps/merge-manifest/resolve-child.ts





/**
 * Asks the registry about one architecture's image. With the digest known and the image already
 * in the target repository this is one HEAD; an index (a backend's attestations, a single-entry
 * index, a multi-arch manual image) is read and flattened to this platform's entries; with
 * `verify` each image's config is read and must agree with the platform the build asked for.
 */
async function resolveChild(client, candidate, target, verify) {
    const copy = !(0,reference/* sameRepository */.RB)(candidate.source, target);
    const read = verify || copy;
    const found = read
        ? await client.getManifest(candidate.source, { justPushed: true })
        : await client.headManifest(candidate.source, { justPushed: true });
    if (!found) {
        throw new src_errors/* UserError */.yo(`${(0,reference/* formatReference */.FH)(candidate.source)} is not in the registry: did the push for ${candidate.arch} succeed?`, {
            location: candidate.origin,
        });
    }
    if (!(0,media_types/* isIndexType */.$U)(found.mediaType)) {
        const manifest = 'bytes' in found ? found : undefined;
        if (verify && manifest)
            await checkConfig(client, candidate, candidate.source, manifest);
        const entry = {
            mediaType: found.mediaType,
            digest: found.digest,
            size: found.size,
            platform: candidate.platform,
        };
        return { candidate, entries: [entry], copies: copy && manifest ? [manifest] : [] };
    }
    const index = 'bytes' in found
        ? found
        : await client.getManifest((0,reference/* withTarget */.yY)(candidate.source, { digest: found.digest }));
    return flatten(client, candidate, index, { verify, copy });
}
async function flatten(client, candidate, index, options) {
    const all = (0,image_index/* parseIndex */.A1)(index.bytes).manifests;
    const images = all.filter((m) => !(0,image_index/* isAttestation */.H3)(m));
    const matching = images.filter((m) => m.platform && (0,image_index/* platformMatches */.J5)(candidate.platform, m.platform));
    const chosen = matching[0] ?? (images.length === 1 ? images[0] : undefined);
    if (!chosen) {
        const has = images.map((m) => (m.platform ? (0,platform_spec/* formatPlatform */.B)(m.platform) : 'unknown')).join(', ');
        throw new src_errors/* UserError */.yo(`${(0,reference/* formatReference */.FH)(candidate.source)} is an index without a ${(0,platform_spec/* formatPlatform */.B)(candidate.platform)} image (it has ${has || 'none'})`, { location: candidate.origin });
    }
    const attestations = all.filter((m) => (0,image_index/* isAttestation */.H3)(m) && m.annotations?.[image_index/* REFERENCE_DIGEST */.R7] === chosen.digest);
    const entries = [
        { mediaType: chosen.mediaType, digest: chosen.digest, size: chosen.size, platform: candidate.platform },
        ...attestations.map((a) => ({ ...a })),
    ];
    const copies = [];
    if (options.verify || options.copy) {
        for (const entry of entries) {
            const ref = (0,reference/* withTarget */.yY)(candidate.source, { digest: entry.digest });
            const manifest = await client.getManifest(ref);
            if (!manifest)
                throw new src_errors/* UserError */.yo(`${(0,reference/* formatReference */.FH)(ref)} is listed in its index but missing`, {
                    location: candidate.origin,
                });
            if (options.verify && entry === entries[0])
                await checkConfig(client, candidate, ref, manifest);
            if (options.copy)
                copies.push(manifest);
        }
    }
    return { candidate, entries, copies };
}
/** The image config's os/architecture/variant must be the platform the build asked for. */
async function checkConfig(client, candidate, ref, manifest) {
    const parsed = JSON.parse(Buffer.from(manifest.bytes).toString('utf8'));
    const digest = parsed.config?.digest;
    if (!digest)
        return;
    const config = JSON.parse(Buffer.from(await client.getBlob(ref, digest)).toString('utf8'));
    if ((0,image_index/* platformMatches */.J5)(candidate.platform, config))
        return;
    const actual = (0,platform_spec/* formatPlatform */.B)({
        os: config.os ?? '?',
        architecture: config.architecture ?? '?',
        ...(config.variant ? { variant: config.variant } : {}),
    });
    throw new src_errors/* UserError */.yo(`${(0,reference/* formatReference */.FH)(ref)} was pushed as ${candidate.arch} (${(0,platform_spec/* formatPlatform */.B)(candidate.platform)}) but its image config says ${actual}: check the backend's platform or the Dockerfile's FROM --platform`, { location: candidate.origin });
}

;// CONCATENATED MODULE: ./packages/core/src/steps/merge-manifest/run.ts
















/** How many images and children are asked about at once. */
const PARALLEL = 4;
/** `org.opencontainers.image.*` annotations set on every index (image-spec annotations.md). */
const SOURCE = 'org.opencontainers.image.source';
const REVISION = 'org.opencontainers.image.revision';
const CREATED = 'org.opencontainers.image.created';
/**
 * Joins the per-arch images of each image of `dirs` into one OCI index `<image>-<date>`. Files
 * are read and checked first, then the registry is read, and only then is anything written, so
 * bad input changes nothing. Re-running is free: a tag already holding these entries is kept.
 * An image lacking an arch its config asks for gets no index: the others are merged, then the
 * step fails (StepIncomplete) naming each image and the arches it lacks.
 */
async function runMergeManifest(inputs, ports, deps = {}) {
    const scheme = (0,registry/* imageTagScheme */.fT)(inputs, deps.event ?? {}, ports.now());
    const images = deps.images ??
        (await (0,load/* loadPlannedImages */.Nv)(inputs.root, await (0,handoff/* resolveDirsInput */.Bm)(inputs.dirs, inputs.outputDir)));
    const { planned, incomplete } = await planIndexes(images, deps.archsOf ?? (0,partial/* indexArchsOf */.to)(inputs.indexArchs, ports.log), scheme, inputs.outputDir);
    for (const image of incomplete)
        ports.log.info(image.problem.toString());
    const client = deps.client ?? (0,registry/* registryClient */.Rk)(inputs, ports, deps.sleep ? { sleep: deps.sleep } : {});
    for (const p of planned) {
        client.want(p.target, 'push');
        for (const c of p.candidates)
            if (!(0,reference/* sameRepository */.RB)(c.source, p.target))
                client.want(c.source, 'pull');
    }
    const resolved = await settleAll(planned, (p) => (0,map_limit/* mapLimit */.s)(p.candidates, PARALLEL, (c) => resolveChild(client, c, p.target, inputs.verifyPlatforms)));
    const annotations = indexAnnotations(inputs, deps.event, ports.now());
    const manifests = await (0,map_limit/* mapLimit */.s)(planned, PARALLEL, (p, i) => writeIndex(client, p, resolved[i], annotations));
    const result = {
        manifests,
        incomplete: incomplete.map(({ image, missing, problem }) => ({ image, missing, reason: problem.message })),
    };
    if (incomplete.length > 0)
        throw new partial/* StepIncomplete */.Vt(incomplete.map((i) => i.problem), result);
    return result;
}
async function planIndexes(images, archsOf, scheme, outputDir) {
    const problems = [];
    const planned = [];
    const incomplete = [];
    for (const image of images) {
        const archs = archsOf(image);
        const candidates = await findCandidates(image, archs, scheme, outputDir, problems);
        const found = candidates.map((c) => c.arch);
        const problem = missingArchsProblem(image, archs, found, outputDir);
        if (problem) {
            incomplete.push({ image: image.image, missing: archs.filter((a) => !found.includes(a)), problem });
            continue;
        }
        const target = (0,names/* indexRef */.C4)(scheme, image.image);
        planned.push({ image, target, reference: (0,reference/* formatReference */.FH)(target), candidates });
    }
    // A .tag file with a bad tag or digest is bad input: nothing is written.
    if (problems.length > 0)
        throw new src_errors/* UserErrors */.tQ(problems);
    return { planned, incomplete };
}
/** Runs `fn` for every item; when any fails, every user error is reported together. */
async function settleAll(items, fn) {
    const settled = await (0,map_limit/* mapLimit */.s)(items, PARALLEL, (item) => fn(item).then((value) => ({ value }), (error) => ({ error })));
    const errors = settled.flatMap((s) => ('error' in s ? [s.error] : []));
    if (errors.length === 0)
        return settled.map((s) => s.value);
    if (errors.every((e) => e instanceof src_errors/* UserError */.yo)) {
        throw new src_errors/* UserErrors */.tQ(errors.flatMap((e) => (e instanceof src_errors/* UserErrors */.tQ ? e.errors : [e])));
    }
    throw errors.find((e) => !(e instanceof src_errors/* UserError */.yo));
}
function indexAnnotations(inputs, event, now) {
    // The same address and commit as build-arch's image labels, unless the inputs say otherwise.
    const source = inputs.sourceUrl || event?.sourceUrl || '';
    const revision = inputs.revision || event?.headSha || '';
    return {
        [CREATED]: now.toISOString().replace(/\.\d+Z$/, 'Z'),
        ...(source ? { [SOURCE]: source } : {}),
        ...(revision ? { [REVISION]: revision } : {}),
    };
}
async function writeIndex(client, planned, children, annotations) {
    const entries = children.flatMap((c) => c.entries);
    const bytes = (0,image_index/* serializeIndex */.Jt)(entries, annotations);
    const result = {
        image: planned.image.image,
        reference: planned.reference,
        platforms: entries
            .filter((e) => e.platform && !(0,image_index/* isAttestation */.H3)(e))
            .map((e) => (0,platform_spec/* formatPlatform */.B)(e.platform)),
    };
    const existing = await client.headManifest(planned.target);
    const same = existing && (await holdsSameIndex(client, planned.target, existing, entries, annotations));
    if (existing && same)
        return { ...result, digest: existing.digest, status: 'unchanged' };
    for (const child of children) {
        for (const manifest of child.copies)
            await (0,copy/* copyManifest */.n)(client, manifest, child.candidate.source, planned.target);
    }
    await client.putManifest(planned.target, { mediaType: media_types/* OCI_INDEX */.$p, bytes });
    return { ...result, digest: (0,digest/* sha256Digest */.s)(bytes), status: existing ? 'updated' : 'created' };
}
/**
 * True when the tag already holds an index with these entries and the same source and revision
 * (its `created` may differ: a re-run must not rewrite a tag, or fail on an immutable one).
 */
async function holdsSameIndex(client, target, existing, entries, annotations) {
    if (!(0,media_types/* isIndexType */.$U)(existing.mediaType))
        return false;
    const manifest = await client.getManifest((0,reference/* withTarget */.yY)(target, { digest: existing.digest }));
    if (!manifest)
        return false;
    const index = (0,image_index/* parseIndex */.A1)(manifest.bytes);
    const theirs = index.annotations ?? {};
    return ((0,image_index/* entriesKey */.yH)(index.manifests) === (0,image_index/* entriesKey */.yH)(entries) &&
        theirs[SOURCE] === annotations[SOURCE] &&
        theirs[REVISION] === annotations[REVISION]);
}
/** The job summary: one row per index, and one per image left without one (the arches it lacks). */
function mergeManifestSummary({ manifests, incomplete }) {
    if (manifests.length + incomplete.length === 0)
        return 'No image in `dirs`.';
    const rows = [
        ...manifests.map((m) => `| ${(0,markdown/* markdownText */.p7)(m.image)} | ${(0,markdown/* markdownCode */.D9)(m.reference)} | ${(0,markdown/* markdownCode */.D9)(m.digest)} | ${(0,markdown/* markdownText */.p7)(m.platforms.join(', '))} | ${m.status} |`),
        ...incomplete.map((i) => `| ${(0,markdown/* markdownText */.p7)(i.image)} | no index | | ${(0,markdown/* markdownText */.p7)(`missing ${i.missing.join(', ')}`)} | failed |`),
    ];
    return ['| image | reference | digest | platforms | status |', '|---|---|---|---|---|', ...rows].join('\n');
}


/***/ })

};
