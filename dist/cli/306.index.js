export const id = 306;
export const ids = [306];
export const modules = {

/***/ 306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   retag: () => (/* binding */ retag)
/* harmony export */ });
/* harmony import */ var _hephy_builder_core_inputs_read__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2239);
/* harmony import */ var _hephy_builder_core_steps_retag_run__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1432);
/* harmony import */ var _registry_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2496);



/** `hephy-builder retag`: each config's additional_tags (and --tag) on each image's index. */
const retag = {
    summary: "Add each config's additional_tags (and --tag TAG) to each image's index, keeping its digest.",
    usage: `hephy-builder retag ${_registry_options_js__WEBPACK_IMPORTED_MODULE_2__/* .REGISTRY_USAGE */ .q5} [--tag TAG]...`,
    options: { ..._registry_options_js__WEBPACK_IMPORTED_MODULE_2__/* .registryOptions */ ._A, tag: { type: 'string', multiple: true } },
    async run(context) {
        const { values, platform, ports, out } = context;
        const inputs = {
            ...(0,_registry_options_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegistryOptions */ .GO)(context),
            tags: (values.tag ?? []).flatMap(_hephy_builder_core_inputs_read__WEBPACK_IMPORTED_MODULE_0__/* .parseListInput */ .UF),
        };
        const { tags } = await (0,_hephy_builder_core_steps_retag_run__WEBPACK_IMPORTED_MODULE_1__/* .runRetag */ .d)(inputs, ports, { event: await platform.event() });
        out(values.json ? `${JSON.stringify(tags, null, 2)}\n` : `${(0,_hephy_builder_core_steps_retag_run__WEBPACK_IMPORTED_MODULE_1__/* .retagSummary */ .Q)(tags)}\n`);
        return 0;
    },
};


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

/***/ 7588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ credentialOptions),
/* harmony export */   Rk: () => (/* binding */ registryClient),
/* harmony export */   fT: () => (/* binding */ imageTagScheme)
/* harmony export */ });
/* unused harmony exports readRegistryInputs, checkRegistryInputs, targetRepository */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _plan_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2373);
/* harmony import */ var _inputs_image_set_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3251);
/* harmony import */ var _inputs_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6475);
/* harmony import */ var _inputs_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2239);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(908);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8616);







/** Reads `repository`, `username` and `password` alone; the password is masked before anything else. */
function readRegistryInputs(platform) {
    const { repository, username, password } = IMAGE_SET_INPUTS;
    const table = { repository, username, password };
    return checkRegistryInputs(readInputs(table, platformInputs(platform), { addSecret: (secret) => platform.log.addSecret(secret) }), platform);
}
/**
 * Checks the registry inputs a step's table read: the repository is set and parses, a password
 * comes with a username; adds the login the platform gave the job.
 */
function checkRegistryInputs(values, platform) {
    const { repository, username, password } = values;
    if (!repository) {
        throw new UserError('is required: the registry repository, like registry.example.com/team/images', {
            field: 'input repository',
        });
    }
    try {
        parseRepository(repository);
    }
    catch (error) {
        if (error instanceof UserError)
            throw new UserError(error.message, { field: 'input repository' });
        throw error;
    }
    if (password && !username) {
        throw new UserError('is set but username is empty: set both or neither', { field: 'input password' });
    }
    const jobLogin = platform.registryLogin();
    return { repository, username, password, ...(jobLogin ? { jobLogin } : {}) };
}
/**
 * The `repository` input as the one reference its images are named by, its requests go to and
 * its credentials are looked up for: `team/images` is `index.docker.io/team/images`.
 */
function targetRepository(inputs) {
    return (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRepository */ .SU)(inputs.repository);
}
/** How this run names its images, in the parsed repository (`index.docker.io/team/images:curl-…`). */
function imageTagScheme(inputs, event, now) {
    return (0,_plan_names_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveTagScheme */ .a7)({ naming: inputs.naming, repository: (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .repositoryName */ .aR)(targetRepository(inputs)), date: inputs.date ?? '' }, event, now);
}
/**
 * How the registry client and the backends' auth file resolve credentials for these inputs: the
 * username and password belong to the parsed repository's registry host, and to no other.
 */
function credentialOptions(inputs) {
    const target = targetRepository(inputs);
    // An OCI layout has no registry: the inputs belong to no host, and must not go to the hosts a
    // Dockerfile pulls from (unset `host` would mean every host).
    if (target.kind === 'layout')
        return inputs.jobLogin ? { job: inputs.jobLogin } : {};
    return {
        username: inputs.username,
        password: inputs.password,
        host: target.host,
        ...(inputs.jobLogin ? { job: inputs.jobLogin } : {}),
    };
}
/** The one registry client of a step, from its registry inputs. */
function registryClient(inputs, ports, sleep) {
    return (0,_registry_client_js__WEBPACK_IMPORTED_MODULE_6__/* .createRegistryClient */ .H)({
        ports,
        credentials: credentialOptions(inputs),
        insecureRegistries: inputs.insecureRegistries,
        ...(sleep ? { sleep } : {}),
    });
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
// EXTERNAL MODULE: ./packages/core/src/shared/reference.ts
var shared_reference = __webpack_require__(1098);
// EXTERNAL MODULE: ./packages/core/src/util/map-limit.ts
var map_limit = __webpack_require__(7650);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(908);
// EXTERNAL MODULE: ./packages/core/src/steps/common/registry.ts
var registry = __webpack_require__(7588);
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
                    : !shared_reference/* TAG_PATTERN */.A0.test(value) || !shared_reference/* TAG_PATTERN */.A0.test(ref.tag)
                        ? `"${tag}" becomes the tag "${ref.tag}", which is not a valid tag (at most 128 of A-Z a-z 0-9 _ . -, not starting with . or -)`
                        : undefined;
            if (problem) {
                problems.push(new errors/* UserError */.yo(problem, { ...(location ? { location } : {}), field }));
                continue;
            }
            const reference = (0,shared_reference/* formatRef */.rq)(ref);
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
    const scheme = (0,registry/* imageTagScheme */.fT)(inputs, deps.event ?? {}, ports.now());
    const images = deps.images ??
        (await (0,load/* loadPlannedImages */.Nv)(inputs.root, await (0,handoff/* resolveDirsInput */.Bm)(inputs.dirs, inputs.outputDir)));
    const wanted = wantedTags(images, inputs.tags, scheme, ports.env);
    const sources = new Map(images.map((image) => [image.image, (0,reference/* parseReference */.F2)((0,shared_reference/* formatRef */.rq)((0,names/* indexRef */.C4)(scheme, image.image)))]));
    const client = deps.client ?? (0,registry/* registryClient */.Rk)(inputs, ports, deps.sleep);
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
    const tags = await (0,map_limit/* mapLimit */.s)(wanted, PARALLEL, (w) => applyTag(client, w, indexes.get(w.image), existing));
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
