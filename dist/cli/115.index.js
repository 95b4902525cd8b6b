export const id = 115;
export const ids = [115];
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

/***/ 4115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatPlan: () => (/* binding */ formatPlan),
  plan: () => (/* binding */ plan)
});

// EXTERNAL MODULE: ./packages/core/src/inputs/cli.ts
var cli = __webpack_require__(2121);
// EXTERNAL MODULE: ./packages/core/src/inputs/prepare-diff.ts
var prepare_diff = __webpack_require__(4910);
// EXTERNAL MODULE: ./packages/core/src/plan/outputs.ts
var outputs = __webpack_require__(9175);
// EXTERNAL MODULE: ./packages/core/src/steps/common/handoff.ts
var handoff = __webpack_require__(9265);
// EXTERNAL MODULE: ./packages/core/src/inputs/read.ts
var read = __webpack_require__(2239);
// EXTERNAL MODULE: ./packages/core/src/inputs/table.ts
var table = __webpack_require__(6475);
// EXTERNAL MODULE: ./packages/core/src/steps/common/registry.ts
var common_registry = __webpack_require__(7588);
;// CONCATENATED MODULE: ./packages/core/src/steps/prepare-diff/inputs.ts




async function readPrepareDiffInputs(platform) {
    const values = readInputs(PREPARE_DIFF_INPUTS, platformInputs(platform), {
        addSecret: (secret) => platform.log.addSecret(secret),
    });
    const event = await platform.event();
    return { ...values, push: platform.runPushes(values.push, event), ...planRegistry(values, platform), event };
}
/** The registry inputs of the tag table, checked as the registry steps check them; none without a repository. */
function planRegistry(values, platform) {
    if (!values.repository)
        return {};
    const password = platform.credentialInput(values.password);
    if (password)
        platform.log.addSecret(password);
    return {
        registry: (0,common_registry/* checkRegistryInputs */.TB)({ ...values, username: platform.credentialInput(values.username), password }, platform),
    };
}

// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(2712);
;// CONCATENATED MODULE: ./packages/core/src/plan/summary.ts

/** Beyond this many images the table is cut (a job summary holds at most 1 MiB). */
const MAX_ROWS = 300;
/** Beyond this many nodes a Mermaid graph stops being readable (and hits Mermaid's edge limit). */
const MAX_GRAPH_NODES = 80;
const MAX_REASONS = 5;
/**
 * The report a person reads after the step: what will be built, why (the files that changed),
 * for which platforms, and the dependency graph as Mermaid (GitHub and GitLab render it).
 */
function planSummary(plan, notes = []) {
    const lines = [headline(plan), ''];
    for (const note of notes)
        lines.push(`> ${(0,markdown/* markdownText */.p7)(note)}`, '');
    if (plan.images.length === 0)
        return lines.join('\n');
    lines.push('| # | image | directory | platforms | why |', '|---|---|---|---|---|');
    plan.images.slice(0, MAX_ROWS).forEach((image, index) => {
        const platforms = (0,markdown/* markdownText */.p7)(image.platforms.join(', '));
        lines.push(`| ${index + 1} | ${(0,markdown/* markdownCode */.D9)(image.image)} | ${(0,markdown/* markdownCode */.D9)(image.dir)} | ${image.config.manualBuild ? `${platforms} (manual)` : platforms} | ${reasonsCell(image)} |`);
    });
    if (plan.images.length > MAX_ROWS)
        lines.push('', `… and ${plan.images.length - MAX_ROWS} more images (see plan.json).`);
    const graph = mermaidGraph(plan.images);
    if (graph)
        lines.push('', '```mermaid', graph, '```');
    return lines.join('\n');
}
function headline(plan) {
    const count = plan.images.length;
    const what = count === 0 ? 'Nothing to build' : `${count} image${count === 1 ? '' : 's'} to build`;
    const archs = plan.archs.length > 0 ? ` for ${(0,markdown/* markdownText */.p7)(plan.archs.join(', '))}` : '';
    const range = plan.base && plan.head
        ? ` (${(0,markdown/* markdownCode */.D9)(`${plan.base.slice(0, 12)}..${plan.head.slice(0, 12)}`)})`
        : '';
    return `**${what}**${archs}. ${(0,markdown/* markdownText */.p7)(plan.why ?? '')}${range}`.trim();
}
function reasonsCell(image) {
    const shown = image.reasons.slice(0, MAX_REASONS).map(markdown/* markdownText */.p7);
    if (image.reasons.length > MAX_REASONS)
        shown.push(`… ${image.reasons.length - MAX_REASONS} more`);
    return shown.join('<br>');
}
/**
 * `graph LR` with an arrow from each dependency to the image built on it. Dependencies outside
 * the plan (already built) are drawn dashed. Undefined when there are no edges or too many nodes.
 */
function mermaidGraph(images) {
    const planned = new Set(images.map((image) => image.dir));
    const edges = images.flatMap((image) => image.dependsOn.map((dep) => [dep, image.image]));
    if (edges.length === 0)
        return undefined;
    const nodes = [...new Set([...images.map((i) => i.image), ...edges.map(([dep]) => dep)])];
    if (nodes.length > MAX_GRAPH_NODES)
        return undefined;
    const id = new Map(nodes.map((node, index) => [node, `n${index}`]));
    const lines = ['graph LR'];
    for (const node of nodes) {
        const label = (0,markdown/* mermaidLabel */._b)(node);
        lines.push(planned.has(node) || images.some((i) => i.image === node)
            ? `  ${id.get(node)}["${label}"]`
            : `  ${id.get(node)}(["${label}"]):::built`);
    }
    for (const [dep, image] of edges)
        lines.push(`  ${id.get(dep)} --> ${id.get(image)}`);
    lines.push('  classDef built stroke-dasharray: 4 4');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/plan/pr-plan.ts


/**
 * The first line of the pull request plan: how the comment (or GitLab note) is found again on the
 * next push and updated instead of posted twice. An HTML comment, so it does not render.
 */
const PR_PLAN_MARKER = '<!-- hephy-builder: pull request plan -->';
/** Beyond this many tags the table is cut (a comment holds at most 65536 characters). */
const MAX_TAG_ROWS = 200;
/** GitHub refuses a longer comment body (422); a GitLab note may hold more, and gets the same cut. */
const MAX_COMMENT_CHARS = 65_536;
/**
 * The plan as a pull request comment or merge request note: the marker, a heading, the plan; a
 * plan too long for a comment points at the job's own page instead (`jobUrl`, from the runner).
 */
function prPlanComment(markdown, jobUrl) {
    const head = `${PR_PLAN_MARKER}\n### hephy-builder plan\n\n`;
    if (head.length + markdown.length <= MAX_COMMENT_CHARS)
        return `${head}${markdown}`;
    const where = jobUrl && /^https?:\/\/[^\s()<>[\]]+$/.test(jobUrl) ? `[the job summary](${jobUrl})` : 'the job summary';
    return `${head}The plan is too long for a comment (${markdown.length} characters): see ${where}.\n`;
}
/**
 * The pull request plan, as one Markdown document for a PR comment, a GitLab note, a job summary
 * or a terminal: the plan's own summary (each image, why, platforms, the graph), and the tag
 * table (each tag, the digest it points at now, and what replaces it). A run that does not push
 * says so in the heading, and its table names the tags with no move.
 */
function prPlanMarkdown(plan, notes, tags) {
    const lines = [planSummary(plan, notes)];
    if (plan.images.length === 0)
        return `${lines.join('\n')}\n`;
    const where = tags.repository ? ` in ${(0,markdown/* markdownCode */.D9)(tags.repository)}` : '';
    if (tags.push === false) {
        lines.push('', '#### Tags: this run pushes nothing', '', 'This run builds the images above without pushing them (`push` is false, as on a pull request unless pushing from one is asked for): it moves no tag.');
        if (tags.tags)
            lines.push('', ...unpushedTable(tags.tags, where), ...more(tags.tags));
        return `${lines.join('\n')}\n`;
    }
    lines.push('', '#### Tags', '');
    if (tags.movements === undefined) {
        lines.push('No `repository` input: the tags this run would move are not listed.');
    }
    else {
        lines.push(...movementTable(tags.movements, where), ...more(tags.movements));
    }
    lines.push('', 'An image whose fingerprint is already in the registry is reused at build time (it gets this run\'s tags), not built: see "Fingerprints and reuse" in docs/backends.md.');
    return `${lines.join('\n')}\n`;
}
function more(rows) {
    return rows.length > MAX_TAG_ROWS ? ['', `… and ${rows.length - MAX_TAG_ROWS} more tags.`] : [];
}
function movementTable(movements, where) {
    return [
        `Every tag this run would move${where}, the digest it points at now, and what replaces it.`,
        '',
        '| image | tag | now | after this run |',
        '|---|---|---|---|',
        ...movements
            .slice(0, MAX_TAG_ROWS)
            .map((m) => `| ${(0,markdown/* markdownCode */.D9)(m.image)} | ${(0,markdown/* markdownCode */.D9)(m.reference)} | ${nowCell(m.now)} | ${afterCell(m)} |`),
    ];
}
/** The tags a pushing run would write, each marked as left alone by this one. */
function unpushedTable(tags, where) {
    return [
        `The tags a pushing run would write${where}; this one leaves each where it is.`,
        '',
        '| image | tag | this run |',
        '|---|---|---|',
        ...tags
            .slice(0, MAX_TAG_ROWS)
            .map((t) => `| ${(0,markdown/* markdownCode */.D9)(t.image)} | ${(0,markdown/* markdownCode */.D9)(t.reference)} | not pushed |`),
    ];
}
function nowCell(now) {
    if (now.state === 'present')
        return (0,markdown/* markdownCode */.D9)(now.digest);
    if (now.state === 'absent')
        return 'new';
    return `unknown (${(0,markdown/* markdownText */.p7)(now.why)})`;
}
function afterCell(movement) {
    const { role } = movement;
    if (role.kind === 'arch')
        return `the ${(0,markdown/* markdownText */.p7)(role.arch)} image built by this run`;
    if (role.kind === 'index')
        return 'the multi-arch index of this run';
    return `the index ${(0,markdown/* markdownCode */.D9)(role.index)}`;
}

// EXTERNAL MODULE: ./packages/core/src/plan/names.ts
var names = __webpack_require__(2373);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(908);
// EXTERNAL MODULE: ./packages/core/src/util/map-limit.ts
var map_limit = __webpack_require__(7650);
// EXTERNAL MODULE: ./packages/core/src/steps/common/wanted-tags.ts
var wanted_tags = __webpack_require__(9360);
;// CONCATENATED MODULE: ./packages/core/src/steps/prepare-diff/tag-movements.ts




const PARALLEL = 8;
/**
 * Every tag a pushing run writes, in plan order, as build-arch (one per arch), merge-manifest
 * (the index) and retag (the extra tags) name them.
 */
function wanted(images, extraTags, scheme, env) {
    const extras = (0,wanted_tags/* wantedTags */.p)(images, extraTags, scheme, env);
    const all = [];
    for (const image of images) {
        for (const arch of image.archs)
            all.push({ image: image.image, ref: (0,names/* archRef */.qh)(scheme, image.image, arch), role: { kind: 'arch', arch } });
        const index = (0,names/* indexRef */.C4)(scheme, image.image);
        all.push({ image: image.image, ref: index, role: { kind: 'index' } });
        for (const extra of extras.filter((tag) => tag.image === image.image))
            all.push({ image: image.image, ref: extra.ref, role: { kind: 'extra', index: (0,reference/* formatReference */.FH)(index) } });
    }
    return all;
}
/** The tags a pushing run would write, for the plan of a run that does not push: no registry asked. */
function plannedTags(images, extraTags, scheme, env) {
    return wanted(images, extraTags, scheme, env).map((w) => ({
        image: w.image,
        reference: (0,reference/* formatReference */.FH)(w.ref),
        role: w.role,
    }));
}
/**
 * Every tag the run would move, in plan order, each with where it points now, from a HEAD of its
 * manifest. A tag the registry cannot be asked about is "unknown" with the reason, and the plan
 * goes on: the plan is a report, and the build jobs meet (and fail on) the same registry.
 */
async function tagMovements(images, extraTags, scheme, client, ports) {
    const all = wanted(images, extraTags, scheme, ports.env);
    for (const { ref } of all)
        client.want(ref, 'pull');
    // One tag first: a registry that cannot be read (no login, unreachable) answers every tag the
    // same way, and asking it once per tag would wait out its retries per tag.
    const [first, ...rest] = all;
    if (!first)
        return [];
    const probe = await tagNow(client, first.ref, ports);
    const movement = (w, now) => ({
        image: w.image,
        reference: (0,reference/* formatReference */.FH)(w.ref),
        role: w.role,
        now,
    });
    if (probe.state === 'unknown')
        return all.map((w) => movement(w, probe));
    return [
        movement(first, probe),
        ...(await (0,map_limit/* mapLimit */.s)(rest, PARALLEL, async (w) => movement(w, await tagNow(client, w.ref, ports)))),
    ];
}
async function tagNow(client, ref, ports) {
    try {
        const found = await client.headManifest(ref);
        return found ? { state: 'present', digest: found.digest } : { state: 'absent' };
    }
    catch (error) {
        const why = ports.log.mask(error instanceof Error ? error.message : String(error));
        ports.log.warning(`cannot read ${(0,reference/* formatReference */.FH)(ref)} for the plan: ${why}`);
        return { state: 'unknown', why };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/steps/prepare-diff/pr-plan.ts



/**
 * The plan as a person reads it on the pull request, in the job summary and at a terminal: the
 * images with why, and, when a repository is given, every tag the run would move with the digest
 * it points at now; a run that does not push names the tags it leaves alone and asks no registry.
 */
async function planReport(inputs, result, ports, client) {
    const { plan, notes } = result;
    if (!inputs.registry || plan.images.length === 0) {
        return prPlanMarkdown(plan, notes, inputs.push ? {} : { push: false });
    }
    const registry = { ...inputs.registry, insecureRegistries: inputs.insecureRegistries };
    const scheme = (0,common_registry/* imageTagScheme */.fT)({ ...registry, naming: inputs.naming, date: inputs.date }, inputs.event, ports.now());
    const { repository } = inputs.registry;
    const tags = inputs.push
        ? {
            repository,
            movements: await tagMovements(plan.images, inputs.tags, scheme, 
            // A short wait and one retry: a registry that does not answer delays a report by
            // seconds, not the minutes a push may wait.
            client ?? (0,common_registry/* registryClient */.Rk)(registry, ports, { retry: { attempts: 2 }, timeoutMs: 15_000 }), ports),
        }
        : { push: false, repository, tags: plannedTags(plan.images, inputs.tags, scheme, ports.env) };
    return prPlanMarkdown(plan, notes, tags);
}

// EXTERNAL MODULE: ./packages/core/src/steps/prepare-diff/run.ts + 8 modules
var run = __webpack_require__(4479);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/cli/src/command.ts
var command = __webpack_require__(8835);
// EXTERNAL MODULE: ./packages/cli/src/command-inputs.ts
var command_inputs = __webpack_require__(4681);
;// CONCATENATED MODULE: ./packages/cli/src/commands/plan.ts










/** `hephy-builder plan`: what prepare-diff would build here, for a person at a terminal. */
const plan = {
    summary: 'Show the images that changed since a base (or all, or the rebuild list), in build order, with why and for which platforms.',
    usage: `hephy-builder plan ${(0,cli/* cliUsage */.eq)(prepare_diff/* PREPARE_DIFF_INPUTS */._)} [--json | --markdown]`,
    help: `${(0,cli/* cliHelp */.Qy)(prepare_diff/* PREPARE_DIFF_INPUTS */._)}\n  --json      Print the plan as JSON.\n  --markdown  Print the pull request plan (images, why, and with --repository every tag the run would move and where it points now), as CI posts it.`,
    options: { ...(0,cli/* cliOptions */.$D)(prepare_diff/* PREPARE_DIFF_INPUTS */._), json: { type: 'boolean' }, markdown: { type: 'boolean' } },
    async run({ values, positionals, platform, ports, out }) {
        if (positionals.length > 0)
            throw new command/* UsageError */.eb(`unexpected argument ${positionals[0]}`);
        if (values.json && values.markdown)
            throw new command/* UsageError */.eb('--json and --markdown exclude each other');
        const read = (0,command_inputs/* readCommandInputs */.F)(prepare_diff/* PREPARE_DIFF_INPUTS */._, values, {
            readStdin: () => (0,external_node_fs_.readFileSync)(0, 'utf8'),
            addSecret: (secret) => platform.log.addSecret(secret),
        });
        if (read.password && !read.username)
            throw new command/* UsageError */.eb('--password-stdin needs --username');
        const inputs = { ...read, ...planRegistry(read, platform), event: await platform.event() };
        const { plan: result, notes } = await (0,run/* runPrepareDiff */.k)(inputs, ports);
        if (typeof values['output-dir'] === 'string')
            await (0,handoff/* writePlanFiles */.ip)(values['output-dir'], result);
        if (values.markdown)
            out(await planReport(inputs, { plan: result, notes }, ports));
        else
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
