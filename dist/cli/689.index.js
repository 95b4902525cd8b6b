export const id = 689;
export const ids = [689];
export const modules = {

/***/ 9689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  au: () => (/* binding */ CONFIG_FILE_NAME),
  rL: () => (/* binding */ loadBuildConfig)
});

// UNUSED EXPORTS: imageNameOf, validNameComponent

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/repo-file.ts
var repo_file = __webpack_require__(9860);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/config/rules.ts
var rules = __webpack_require__(8387);
;// CONCATENATED MODULE: ./packages/core/src/config/checks.ts
/**
 * Checks of single list items, each returning what is wrong and how to fix it (or undefined).
 * ConfigReader.stringList reports the answer at the item's line and column.
 */

/** `KEY=VALUE` with a valid ARG name; `${VAR}` in the value is expanded at build time. */
function checkAssignment(value) {
    const equals = value.indexOf('=');
    if (equals === -1)
        return `\`${value}\` must be KEY=VALUE (e.g. \`${value}=1\`)`;
    const key = value.slice(0, equals);
    if (!rules/* ARG_NAME_PATTERN */.WF.test(key)) {
        return `\`${key}\` is not a valid name: use letters, digits and _, not starting with a digit`;
    }
    return checkPlaceholders(value.slice(equals + 1));
}
function checkPlaceholders(value) {
    const bad = (0,rules/* badPlaceholder */.L7)(value);
    return bad === undefined
        ? undefined
        : `\`${bad}\` is not a valid placeholder: write \${NAME} with NAME a variable name`;
}
/** An OCI tag (`[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`), where `${VAR}` stands for a valid piece. */
function checkTag(value) {
    const placeholder = checkPlaceholders(value);
    if (placeholder)
        return placeholder;
    if ((0,rules/* isTag */.dz)(value))
        return undefined;
    return `\`${value}\` is not a valid OCI tag: use at most 128 of A-Z a-z 0-9 _ . -, not starting with . or -`;
}
/** A name that becomes part of image names and tags: a directory (depends_on) or a target name. */
function checkNameComponent(value) {
    if (rules/* NAME_COMPONENT_PATTERN */.DA.test(value))
        return undefined;
    return `\`${value}\` cannot be part of an image name: use lower-case letters and digits, separated by . _ __ or -`;
}

// EXTERNAL MODULE: ./packages/core/src/config/suggest.ts
var suggest = __webpack_require__(7190);
;// CONCATENATED MODULE: ./packages/core/src/config/config-reader.ts



/**
 * Reads typed values out of a parsed YAML document and collects every problem instead of
 * stopping at the first, so that one run shows the user all there is to fix.
 */
class ConfigReader {
    file;
    text;
    lineCounter;
    doc;
    problems = [];
    /** Positions of every key and list item seen, by field name. */
    positions = {};
    constructor(file, text, lineCounter, doc) {
        this.file = file;
        this.text = text;
        this.lineCounter = lineCounter;
        this.doc = doc;
    }
    positionOf(offset) {
        const { line, col } = this.lineCounter.linePos(offset);
        return { line, column: col };
    }
    report(entry, message) {
        const location = { file: this.file, line: entry.at.line, column: entry.at.column };
        this.problems.push(new errors/* UserError */.yo(message, { location, field: entry.field || undefined }));
    }
    /** The document's top level as an entry. */
    root() {
        return this.entry('', this.doc.contents, { line: 1, column: 1 });
    }
    entry(field, raw, fallback) {
        const node = (0,dist/* isAlias */.Vj)(raw)
            ? (raw.resolve(this.doc) ?? null)
            : raw;
        const start = raw?.range?.[0];
        return { field, node, at: start === undefined ? fallback : this.positionOf(start) };
    }
    /** A mapping's entries by key; unknown keys (when `known` is given) are reported with a suggestion. */
    mapping(entry, known) {
        if (!(0,dist/* isMap */.jh)(entry.node))
            return this.wrongType(entry, 'a mapping of keys');
        const entries = new Map();
        for (const pair of entry.node.items) {
            const keyNode = pair.key;
            const keyAt = keyNode?.range ? this.positionOf(keyNode.range[0]) : entry.at;
            // Free-form mappings (manual_images) may have number-like keys such as `386`.
            const raw = (0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : undefined;
            const key = typeof raw === 'number' && !known ? String(raw) : raw;
            const field = typeof key === 'string' ? join(entry.field, key) : entry.field;
            if (typeof key !== 'string') {
                this.report({ field, at: keyAt }, `the key \`${this.source(keyNode)}\` must be text: write a name such as \`platforms\``);
            }
            else if (known && !known.includes(key)) {
                this.report({ field, at: keyAt }, `unknown key \`${key}\`${(0,suggest/* didYouMean */.au)(key, known)}`);
            }
            else {
                this.positions[field] = keyAt;
                entries.set(key, this.entry(field, pair.value, keyAt));
            }
        }
        return entries;
    }
    list(entry) {
        if (!(0,dist/* isSeq */.oP)(entry.node))
            return this.wrongType(entry, 'a list');
        return entry.node.items.map((item, index) => {
            const itemEntry = this.entry(`${entry.field}[${index}]`, item, entry.at);
            this.positions[itemEntry.field] = itemEntry.at;
            return itemEntry;
        });
    }
    string(entry, options = {}) {
        const value = (0,dist/* isScalar */.jn)(entry.node) ? entry.node.value : undefined;
        if (typeof value !== 'string')
            return this.wrongType(entry, 'a string');
        if (value === '' && !options.allowEmpty)
            return this.fail(entry, 'must not be empty');
        return value;
    }
    boolean(entry) {
        const value = (0,dist/* isScalar */.jn)(entry.node) ? entry.node.value : undefined;
        return typeof value === 'boolean' ? value : this.wrongType(entry, '`true` or `false`');
    }
    /**
     * A list of strings, each checked by `check` (which returns what is wrong, or undefined).
     * Only well-formed, unique items are returned; the others are reported.
     */
    stringList(entry, check) {
        const items = this.list(entry);
        if (!items)
            return undefined;
        const seen = new Map();
        for (const item of items) {
            const value = this.string(item);
            if (value === undefined)
                continue;
            const problem = check?.(value);
            if (problem)
                this.report(item, problem);
            else if (seen.has(value))
                this.report(item, `\`${value}\` is already listed at ${seen.get(value)}; remove one`);
            else
                seen.set(value, item.field);
        }
        return [...seen.keys()];
    }
    fail(entry, message) {
        this.report(entry, message);
        return undefined;
    }
    wrongType(entry, expected) {
        return this.fail(entry, `must be ${expected}, not ${this.describe(entry.node)}${this.hint(entry, expected)}`);
    }
    describe(node) {
        if ((0,dist/* isMap */.jh)(node))
            return 'a mapping';
        if ((0,dist/* isSeq */.oP)(node))
            return 'a list';
        const value = (0,dist/* isScalar */.jn)(node) ? node.value : null;
        if (value === null || value === undefined)
            return 'empty (give it a value, or remove it)';
        if (typeof value === 'string')
            return `the string "${value}"`;
        return `${typeof value === 'boolean' ? 'the boolean' : 'the number'} \`${this.source(node)}\``;
    }
    /** YAML turns `1.10` into a number and `"true"` stays a string: say how to write what was meant. */
    hint(entry, expected) {
        const value = (0,dist/* isScalar */.jn)(entry.node) ? entry.node.value : undefined;
        if (expected === 'a string' && (typeof value === 'number' || typeof value === 'boolean')) {
            return `; quote it to keep it as text: "${this.source(entry.node)}"`;
        }
        if (expected.includes('true') && typeof value === 'string') {
            if (/^(true|yes|on)$/i.test(value))
                return '; write true without quotes';
            if (/^(false|no|off)$/i.test(value))
                return '; write false without quotes';
            const near = (0,suggest/* nearest */.pA)(value, ['true', 'false']);
            return near ? ` (did you mean ${near}?)` : '';
        }
        return '';
    }
    source(node) {
        const range = node?.range;
        return range ? this.text.slice(range[0], range[1]) : String((0,dist/* isScalar */.jn)(node) ? node.value : '');
    }
}
function join(parent, key) {
    return parent ? `${parent}.${key}` : key;
}

;// CONCATENATED MODULE: ./packages/core/src/config/keys.ts
/** The keys of build-config.yaml v1, per mapping. The JSON Schema and the docs list the same. */
const TOP_LEVEL_KEYS = [
    'use_local_context',
    'upstream_repo',
    'upstream_ref',
    'upstream_submodules',
    'dockerfile_path',
    'context_path',
    'target',
    'targets',
    'build_args',
    'platforms',
    'additional_tags',
    'build_backend',
    'ko_config',
    'spin_config',
    'manual_build',
    'manual_images',
    'depends_on',
    'cache',
];
const TARGET_KEYS = ['name', 'target', 'additional_tags'];
const KO_CONFIG_KEYS = [
    'import_path',
    'base_image',
    'env',
    'ldflags',
    'platforms',
    'working_dir',
];
const SPIN_CONFIG_KEYS = ['manifest'];

// EXTERNAL MODULE: ./packages/core/src/config/platform-spec.ts
var platform_spec = __webpack_require__(3893);
// EXTERNAL MODULE: ./packages/core/src/shared/platform-spec.ts
var shared_platform_spec = __webpack_require__(618);
;// CONCATENATED MODULE: ./packages/core/src/config/read-platforms.ts


/**
 * `platforms` (or `ko_config.platforms`): known `os/arch[/variant]` entries, at least one, and no
 * two with the same arch label, since the label names the per-architecture tag.
 */
function readPlatforms(reader, entry) {
    const items = reader.list(entry);
    if (!items)
        return undefined;
    if (items.length === 0)
        return reader.fail(entry, 'must list at least one platform, e.g. [linux/amd64]');
    const byLabel = new Map();
    const platforms = [];
    for (const item of items) {
        const text = reader.string(item);
        if (text === undefined)
            continue;
        const platform = (0,platform_spec/* parsePlatform */.FL)(text);
        if (!platform) {
            reader.report(item, unknownPlatform(text));
            continue;
        }
        const label = (0,shared_platform_spec/* archLabel */.l)(platform);
        const earlier = byLabel.get(label);
        if (earlier !== undefined) {
            reader.report(item, `\`${text}\` is the architecture \`${label}\` again (as ${earlier}); list it once`);
            continue;
        }
        byLabel.set(label, item.field);
        platforms.push(platform);
    }
    return platforms;
}
function unknownPlatform(text) {
    const suggestion = (0,platform_spec/* suggestPlatform */.eZ)(text);
    const known = `known: ${platform_spec/* KNOWN_PLATFORMS */.PA.join(', ')}`;
    return `\`${text}\` is not a known platform${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}; ${known}`;
}

// EXTERNAL MODULE: ./packages/core/src/config/types.ts
var types = __webpack_require__(2281);
;// CONCATENATED MODULE: ./packages/core/src/config/read-backend.ts






function readBackend(reader, entry) {
    const value = reader.string(entry);
    if (value === undefined)
        return undefined;
    if (types/* BACKENDS */.A.includes(value))
        return value;
    const suggestion = (0,suggest/* nearest */.pA)(value, types/* BACKENDS */.A);
    const hint = suggestion ? ` (did you mean \`${suggestion}\`?)` : '';
    return reader.fail(entry, `\`${value}\` is not a backend${hint}; use one of ${types/* BACKENDS */.A.join(', ')}`);
}
/** `ko_config`: the Go package to build (required), its base image, environment and flags. */
function readKoConfig(reader, entry) {
    const fields = reader.mapping(entry, KO_CONFIG_KEYS);
    if (!fields)
        return undefined;
    const importEntry = fields.get('import_path');
    const importPath = importEntry ? readImportPath(reader, importEntry) : undefined;
    if (!importEntry)
        reader.report(entry, 'needs `import_path`: the Go package to build, e.g. ./cmd/server');
    const get = (key, read) => {
        const found = fields.get(key);
        return found ? read(found) : undefined;
    };
    const baseImage = get('base_image', (e) => readReference(reader, e));
    const env = get('env', (e) => reader.stringList(e, checkAssignment));
    const ldflags = get('ldflags', (e) => reader.stringList(e));
    const platforms = get('platforms', (e) => readPlatforms(reader, e));
    const workingDir = get('working_dir', (e) => reader.string(e));
    if (importPath === undefined)
        return undefined;
    return {
        importPath,
        env: env ?? [],
        ldflags: ldflags ?? [],
        ...(baseImage === undefined ? {} : { baseImage }),
        ...(platforms === undefined ? {} : { platforms }),
        ...(workingDir === undefined ? {} : { workingDir }),
    };
}
/** A Go import path (`example.com/app/cmd/server`) or a path inside the directory (`./cmd/server`). */
function readImportPath(reader, entry) {
    const value = reader.string(entry);
    if (value === undefined)
        return undefined;
    if (value.startsWith('.') || value.startsWith('/')) {
        const problem = (0,rules/* relativePathProblem */.BE)(value);
        return problem ? reader.fail(entry, problem) : value;
    }
    if (/^[A-Za-z0-9][\w.~/-]*$/.test(value))
        return value;
    return reader.fail(entry, `\`${value}\` is not a Go import path: write ./cmd/server or example.com/app/cmd/server`);
}
function readReference(reader, entry) {
    const value = reader.string(entry);
    if (value === undefined || (0,rules/* isImageReference */.hb)(value))
        return value;
    return reader.fail(entry, `\`${value}\` is not an image reference: write [host[:port]/]path[:tag][@sha256:digest]`);
}
/** `spin_config`: where the Spin manifest is (default `spin.toml`), inside the directory. */
function readSpinConfig(reader, entry) {
    const fields = reader.mapping(entry, SPIN_CONFIG_KEYS);
    if (!fields)
        return undefined;
    const manifestEntry = fields.get('manifest');
    const manifest = manifestEntry ? readRelativePath(reader, manifestEntry) : 'spin.toml';
    return manifest === undefined ? undefined : { manifest };
}
function readRelativePath(reader, entry) {
    const value = reader.string(entry, { allowEmpty: true });
    const problem = value === undefined ? undefined : (0,rules/* relativePathProblem */.BE)(value);
    return problem ? reader.fail(entry, problem) : value;
}

;// CONCATENATED MODULE: ./packages/core/src/config/read-manual.ts



/**
 * `manual_build` + `manual_images`: nothing is built; the index is made of images pushed by
 * hand, one per architecture of `platforms`, keyed by arch label (`amd64`, `arm64`, `armv7`).
 */
function readManualImages(reader, fields, options) {
    const entry = fields.get('manual_images');
    const labels = options.platforms.map(shared_platform_spec/* archLabel */.l);
    const images = {};
    if (!entry) {
        const manualEntry = fields.get('manual_build');
        if (options.manualBuild && manualEntry) {
            reader.report(manualEntry, `needs \`manual_images\` with a reference for each of ${labels.join(', ')}`);
        }
        return images;
    }
    if (!options.manualBuild)
        reader.report(entry, 'is used only with `manual_build: true`; add that or remove this');
    for (const [label, image] of reader.mapping(entry) ?? []) {
        if (!labels.includes(label)) {
            const suggestion = (0,suggest/* nearest */.pA)(label, labels);
            const hint = suggestion ? `did you mean \`${suggestion}\`? ` : '';
            reader.report(image, `\`${label}\` is not an architecture of this image (${hint}platforms give ${labels.join(', ')})`);
            continue;
        }
        const reference = readReference(reader, image);
        if (reference !== undefined)
            images[label] = reference;
    }
    const missing = labels.filter((label) => !(label in images) && !reader.positions[`manual_images.${label}`]);
    if (options.manualBuild && missing.length > 0) {
        reader.report(entry, `has no image for ${missing.join(', ')}: add one per platform`);
    }
    return images;
}

;// CONCATENATED MODULE: ./packages/core/src/config/read-source.ts

const FIX = 'set `use_local_context: true` to build this directory, or `upstream_repo` and `upstream_ref` to build another repository';
/**
 * Where the image's files come from: this directory (`use_local_context: true`) or another
 * repository at a pinned ref (`upstream_repo` + `upstream_ref`), never both. A config with
 * neither is allowed only where the directory is the obvious source: `build_backend: ko` or
 * `spin` (the seed's ko configs say nothing) and `manual_build` (nothing is built).
 */
function readSource(reader, fields, options) {
    const localEntry = fields.get('use_local_context');
    const repoEntry = fields.get('upstream_repo');
    const refEntry = fields.get('upstream_ref');
    const submodulesEntry = fields.get('upstream_submodules');
    const local = localEntry && reader.boolean(localEntry);
    const repo = repoEntry && readRemote(reader, repoEntry);
    const ref = refEntry && readRef(reader, refEntry);
    const submodules = submodulesEntry ? reader.boolean(submodulesEntry) : false;
    if (repoEntry || refEntry) {
        if (local === true && localEntry) {
            return reader.fail(localEntry, 'cannot be true together with upstream_repo/upstream_ref: keep one source');
        }
        if (!refEntry && repoEntry)
            return reader.fail(repoEntry, 'needs `upstream_ref`: a branch, tag or full commit SHA');
        if (!repoEntry && refEntry)
            return reader.fail(refEntry, 'needs `upstream_repo`: the repository to build from');
        return repo === undefined || ref === undefined
            ? undefined
            : { kind: 'upstream', repo, ref, submodules: !!submodules };
    }
    if (submodulesEntry)
        reader.report(submodulesEntry, 'applies only with `upstream_repo`; remove it');
    if (local === true || options.sourceImplied)
        return { kind: 'local' };
    if (local === false && localEntry)
        return reader.fail(localEntry, `is false but there is no upstream_repo: ${FIX}`);
    if (local === undefined && !localEntry)
        reader.report({ field: 'use_local_context', at: { line: 1, column: 1 } }, `no source: ${FIX}`);
    return undefined;
}
/**
 * The config is committed (and copied into plan.json), so a credential in the URL is refused,
 * and no message here ever shows one: the URL is quoted with its credentials masked.
 */
function readRemote(reader, entry) {
    const value = reader.string(entry);
    if (value === undefined)
        return value;
    const { secret, display } = (0,rules/* remoteCredential */.yX)(value);
    if (secret !== undefined) {
        return reader.fail(entry, `\`${display}\` holds credentials, and this file is committed: remove them from the URL and give them to git outside the repository, from a git credential helper or a CI variable (see docs/configuration.md)`);
    }
    if ((0,rules/* isGitRemote */.D5)(value))
        return value;
    const fix = /^[\w.-]+\.[a-z]+\/\S+$/.test(value) ? ` (write \`https://${value}\`)` : '';
    return reader.fail(entry, `\`${display}\` is not a git remote: use https://host/owner/repo or git@host:owner/repo${fix}`);
}
function readRef(reader, entry) {
    const value = reader.string(entry);
    if (value === undefined || (0,rules/* isGitRef */.c3)(value))
        return value;
    return reader.fail(entry, `\`${value}\` is not a valid git ref: give a branch, tag or full commit SHA`);
}

;// CONCATENATED MODULE: ./packages/core/src/config/read-targets.ts


/**
 * `targets`: several images from one directory, each `<dir>-<name>`. A target without `target`
 * builds the Dockerfile stage of its own name.
 */
function readTargets(reader, entry) {
    const items = reader.list(entry);
    if (!items)
        return undefined;
    const names = new Map();
    const targets = [];
    for (const item of items) {
        const target = readTarget(reader, item);
        if (!target)
            continue;
        const earlier = names.get(target.name);
        if (earlier !== undefined) {
            reader.report(item, `the name \`${target.name}\` is already used by ${earlier}; names must be unique`);
            continue;
        }
        names.set(target.name, item.field);
        targets.push(target);
    }
    return targets;
}
function readTarget(reader, item) {
    const fields = reader.mapping(item, TARGET_KEYS);
    if (!fields)
        return undefined;
    const nameEntry = fields.get('name');
    if (!nameEntry)
        return reader.fail(item, 'needs a `name` (the image becomes `<dir>-<name>`)');
    const name = reader.string(nameEntry);
    const nameProblem = name === undefined ? undefined : checkNameComponent(name);
    if (nameProblem)
        reader.report(nameEntry, nameProblem);
    const targetEntry = fields.get('target');
    const stage = targetEntry ? reader.string(targetEntry) : name;
    const tagsEntry = fields.get('additional_tags');
    const additionalTags = tagsEntry ? reader.stringList(tagsEntry, checkTag) : [];
    if (name === undefined || nameProblem || stage === undefined || additionalTags === undefined)
        return undefined;
    return { name, target: stage, additionalTags };
}

;// CONCATENATED MODULE: ./packages/core/src/config/parse.ts














/**
 * Parses and validates one build-config.yaml (v1). Every problem in the file is collected and
 * thrown together as `UserErrors`, each naming `file:line:column`, the field, and the fix.
 * Checks that need the disk (symlinks, the directory name) are in load.ts.
 */
function parseBuildConfig(text, options) {
    const { doc, lineCounter } = readYaml(text, options.file);
    const reader = new ConfigReader(options.file, text, lineCounter, doc);
    let config;
    if (doc.contents === null) {
        reader.report({ field: '', at: { line: 1, column: 1 } }, 'the file is empty: it needs at least a source (use_local_context: true)');
    }
    else {
        config = readConfig(reader, options);
    }
    if (reader.problems.length > 0 || !config)
        throw new errors/* UserErrors */.tQ(inFileOrder(reader.problems));
    return config;
}
/** Problems are found field by field; the user reads them top to bottom. */
function inFileOrder(problems) {
    const key = (problem) => [problem.location?.line ?? 0, problem.location?.column ?? 0];
    return [...problems].sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
}
/** The YAML document, or every YAML error and warning (as errors: a config must be plain YAML). */
function readYaml(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const problems = [...doc.errors, ...doc.warnings].map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        const message = error.message.split('\n')[0] ?? error.message;
        return new errors/* UserError */.yo(`invalid YAML: ${message.replace(/ at line \d+, column \d+:?$/, '')}`, {
            location: { file, line, column: col },
        });
    });
    if (problems.length > 0)
        throw new errors/* UserErrors */.tQ(problems);
    return { doc, lineCounter };
}
function readConfig(reader, options) {
    const fields = reader.mapping(reader.root(), TOP_LEVEL_KEYS);
    if (!fields)
        return undefined;
    const read = (key, fn) => {
        const entry = fields.get(key);
        return entry ? fn(entry) : undefined;
    };
    const buildBackend = read('build_backend', (e) => readBackend(reader, e));
    const ko = read('ko_config', (e) => readKoConfig(reader, e));
    const spin = read('spin_config', (e) => readSpinConfig(reader, e));
    const manualBuild = read('manual_build', (e) => reader.boolean(e)) ?? false;
    const sourceImplied = buildBackend === 'ko' || buildBackend === 'spin' || manualBuild;
    const source = readSource(reader, fields, { sourceImplied });
    const platforms = choosePlatforms(reader, fields, ko);
    const manualImages = readManualImages(reader, fields, { manualBuild, platforms });
    checkBackendConfigs(reader, fields, buildBackend);
    const build = readBuildFields(reader, fields, read);
    const dependsOn = read('depends_on', (e) => readDependencies(reader, e, options.dir)) ?? [];
    const cache = read('cache', (e) => reader.boolean(e)) ?? false;
    if (!source)
        return undefined;
    return {
        file: options.file,
        dir: options.dir,
        name: options.name ?? external_node_path_default().posix.basename(options.dir),
        source,
        ...build,
        platforms,
        ...(buildBackend === undefined ? {} : { buildBackend }),
        ...(ko === undefined ? {} : { ko }),
        ...(spin === undefined ? {} : { spin }),
        manualBuild,
        manualImages,
        dependsOn,
        cache,
        positions: reader.positions,
    };
}
function readBuildFields(reader, fields, read) {
    const contextPath = read('context_path', (e) => readRelativePath(reader, e)) ?? '.';
    const dockerfilePath = read('dockerfile_path', (e) => readDockerfilePath(reader, e, contextPath)) ?? 'Dockerfile';
    const target = read('target', (e) => reader.string(e, { allowEmpty: true })) ?? '';
    const targets = read('targets', (e) => readTargets(reader, e)) ?? [];
    const buildArgs = read('build_args', (e) => reader.stringList(e, checkAssignment)) ?? [];
    const additionalTags = read('additional_tags', (e) => reader.stringList(e, checkTag)) ?? [];
    const targetsEntry = fields.get('targets');
    if (target !== '' && targets.length > 0 && targetsEntry) {
        reader.report(targetsEntry, 'cannot be combined with a non-empty `target`: set the stage in each target instead');
    }
    checkUniqueArgNames(reader, fields.get('build_args'), buildArgs);
    return { dockerfilePath, contextPath, target, targets, buildArgs, additionalTags };
}
/** The Dockerfile is found relative to the context, and neither may leave the image directory. */
function readDockerfilePath(reader, entry, contextPath) {
    const value = reader.string(entry, { allowEmpty: true });
    if (value === undefined)
        return undefined;
    const formProblem = (0,rules/* pathFormProblem */.vy)(value);
    if (formProblem)
        return reader.fail(entry, formProblem);
    if (!(0,rules/* climbsOut */.Jg)(external_node_path_default().posix.join(contextPath, value)))
        return value;
    return reader.fail(entry, `\`${value}\` (relative to context_path \`${contextPath}\`) leads out of the image directory`);
}
function checkUniqueArgNames(reader, entry, buildArgs) {
    // One pass with a set: a config of 80,000 build args took 8 s with indexOf per name.
    const seen = new Set();
    const repeated = new Set();
    for (const arg of buildArgs) {
        const name = arg.slice(0, arg.indexOf('='));
        if (seen.has(name))
            repeated.add(name);
        else
            seen.add(name);
    }
    if (entry && repeated.size > 0)
        reader.report(entry, `sets ${[...repeated].join(', ')} more than once`);
}
/** `platforms`, else the seed's `ko_config.platforms`, else linux/amd64 + linux/arm64. */
function choosePlatforms(reader, fields, ko) {
    const entry = fields.get('platforms');
    const top = entry ? readPlatforms(reader, entry) : undefined;
    const same = (a, b) => a.map(shared_platform_spec/* formatPlatform */.B).join(',') === b.map(shared_platform_spec/* formatPlatform */.B).join(',');
    if (entry && top && ko?.platforms && !same(top, ko.platforms)) {
        reader.report(entry, 'differs from ko_config.platforms: give the platforms once, here');
    }
    return top ?? ko?.platforms ?? [...platform_spec/* DEFAULT_PLATFORMS */.pu];
}
/** ko_config/spin_config go with their backend, and `build_backend: ko` needs a ko_config. */
function checkBackendConfigs(reader, fields, backend) {
    const backendEntry = fields.get('build_backend');
    for (const [key, owner] of [
        ['ko_config', 'ko'],
        ['spin_config', 'spin'],
    ]) {
        const entry = fields.get(key);
        if (entry && backend !== undefined && backend !== owner) {
            reader.report(entry, `is used only with \`build_backend: ${owner}\` (this config says ${backend}); remove it`);
        }
    }
    if (backend === 'ko' && backendEntry && !fields.has('ko_config')) {
        reader.report(backendEntry, 'ko needs `ko_config` with `import_path` (the Go package to build, e.g. ./cmd/server)');
    }
}
function readDependencies(reader, entry, dir) {
    const self = external_node_path_default().posix.basename(dir);
    return reader.stringList(entry, (value) => value === self ? `\`${value}\` is this image itself; remove it` : checkNameComponent(value));
}

;// CONCATENATED MODULE: ./packages/core/src/config/load.ts






/** The file that makes a directory an image directory. */
const CONFIG_FILE_NAME = 'build-config.yaml';
/**
 * Reads `<root>/<dir>/build-config.yaml` once, parses and validates it, and checks what only the
 * disk can tell: that the directory's name can be part of an image name and tag, and that
 * context_path and dockerfile_path stay inside the directory after symlinks are followed.
 * Throws `UserErrors` with every problem found. `fileName` lets `hephy-builder validate` check a
 * config under another name (the seed's `disabled-build-config.yaml`).
 *
 * The file system calls are synchronous on purpose: prepare-diff loads hundreds of small configs,
 * and a synchronous read or realpath costs a few microseconds where a promise round trip through
 * libuv's thread pool costs ten times that (measured: 46 ms of realpath for 375 configs).
 */
async function loadBuildConfig(root, dir, options = {}) {
    const file = external_node_path_default().posix.join(dir.split((external_node_path_default()).sep).join('/'), options.fileName ?? CONFIG_FILE_NAME);
    const text = readConfigText(root, file);
    const problems = [];
    const name = imageNameOf(root, dir);
    const nameProblem = checkDirectoryName(name, file);
    if (nameProblem)
        problems.push(nameProblem);
    let config;
    try {
        config = parseBuildConfig(text, { file, dir, name });
    }
    catch (error) {
        if (!(error instanceof errors/* UserErrors */.tQ))
            throw error;
        problems.push(...error.errors);
    }
    if (config)
        problems.push(...checkPathsOnDisk(root, config));
    if (problems.length > 0 || !config)
        throw new errors/* UserErrors */.tQ(problems);
    return config;
}
/** The config's text, read the one safe way (readRepoFile); a refusal is reported like a bad field. */
function readConfigText(root, file) {
    try {
        return (0,repo_file/* readRepoFile */.v6)(root, file);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw new errors/* UserErrors */.tQ([error]);
        throw error;
    }
}
/** `curl` and `manifest-tool` name images; `My Image` or `UPPER` cannot be part of a tag. */
function checkDirectoryName(name, file) {
    if (rules/* NAME_COMPONENT_PATTERN */.DA.test(name))
        return undefined;
    const fixed = validNameComponent(name);
    const suggestion = fixed && rules/* NAME_COMPONENT_PATTERN */.DA.test(fixed) ? `, e.g. \`${fixed}\`` : '';
    return new errors/* UserError */.yo(`the directory name \`${name}\` cannot be part of an image name or tag: rename the directory to lower-case letters and digits separated by . _ or -${suggestion}`, { location: { file } });
}
/**
 * The image directory must be inside the root, and what the build reads (context, Dockerfile,
 * Spin manifest) inside the image directory, with symlinks followed. Upstream sources are not on
 * disk yet; their tree is checked when it is unpacked.
 */
function checkPathsOnDisk(root, config) {
    const base = external_node_fs_.realpathSync.native(external_node_path_default().join(root, config.dir));
    if (!(0,repo_file/* isInside */.FK)((0,repo_file/* realRoot */.dU)(root), base)) {
        // Where the symlink points is the host's business: never printed.
        const message = 'the image directory leads out of the repository through a symlink';
        return [new errors/* UserError */.yo(message, { location: { file: config.file } })];
    }
    if (config.source.kind !== 'local')
        return [];
    const check = (field, kind, required) => ({
        field,
        location: { file: config.file, ...config.positions[field] },
        kind,
        required,
    });
    const context = checkInside(base, config.contextPath, check('context_path', 'directory', true));
    if (context.problem || context.real === undefined)
        return context.problem ? [context.problem] : [];
    const dockerfile = external_node_path_default().join(external_node_path_default().relative(base, context.real), config.dockerfilePath);
    const results = [
        checkInside(base, dockerfile, check('dockerfile_path', 'file', needsDockerfile(config))),
        ...(config.spin
            ? [checkInside(base, config.spin.manifest, check('spin_config.manifest', 'file', false))]
            : []),
    ];
    return results.flatMap((result) => (result.problem ? [result.problem] : []));
}
/** ko and spin build without a Dockerfile, and a manual build builds nothing. */
function needsDockerfile(config) {
    if (config.manualBuild)
        return false;
    if (config.buildBackend === 'ko' || config.buildBackend === 'spin')
        return false;
    return config.buildBackend !== undefined || (!config.ko && !config.spin);
}
function checkInside(base, relative, check) {
    const fail = (message) => ({
        problem: new errors/* UserError */.yo(message, { location: check.location, field: check.field }),
    });
    let real;
    try {
        real = external_node_fs_.realpathSync.native(external_node_path_default().join(base, relative));
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && !check.required)
            return {};
        return fail(code === 'ENOENT'
            ? `\`${relative}\` does not exist in the image directory`
            : `\`${relative}\` cannot be read (${code})`);
    }
    if (!(0,repo_file/* isInside */.FK)(base, real))
        return fail(`\`${relative}\` leads out of the image directory through a symlink`);
    // A Dockerfile that is a FIFO or a device would hang or flood the build: only regular files.
    const info = (0,external_node_fs_.statSync)(real);
    if (check.kind === 'directory' ? !info.isDirectory() : !info.isFile())
        return fail(`\`${relative}\` is not a ${check.kind === 'directory' ? 'directory' : 'regular file'}`);
    return { real };
}
/**
 * The image name a directory gives: its own name, or for the root itself (`.`, a repository
 * holding one image at its top) the root directory's name, which in a CI checkout is the
 * repository's name. That name is not the user's to choose in CI (`MyApp` on GitHub), so it is
 * made a valid one (`myapp`) instead of being refused. Not the real path: a clone reached through
 * a symlink keeps the name it is known by.
 */
function imageNameOf(root, dir) {
    return dir === '.' ? validNameComponent(external_node_path_default().basename(external_node_path_default().resolve(root))) : external_node_path_default().basename(dir);
}
/** `My App.v2` -> `my-app.v2`: lower case, runs of other characters as `-`, no separator at the ends. */
function validNameComponent(name) {
    return name
        .toLowerCase()
        .replace(/[^a-z0-9._]+/g, '-')
        .replace(/^[-._]+|[-._]+$/g, '');
}


/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   PA: () => (/* binding */ KNOWN_PLATFORMS),
/* harmony export */   eZ: () => (/* binding */ suggestPlatform),
/* harmony export */   pu: () => (/* binding */ DEFAULT_PLATFORMS)
/* harmony export */ });
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7190);

/**
 * The platforms a config may name: the Linux platforms that the backends build and that
 * registries and runners commonly serve. Windows is left out on purpose: none of the backends
 * builds Windows images on a Linux runner.
 */
const KNOWN_PLATFORMS = [
    'linux/amd64',
    'linux/arm64',
    'linux/arm64/v8',
    'linux/arm/v7',
    'linux/arm/v6',
    'linux/386',
    'linux/ppc64le',
    'linux/s390x',
    'linux/riscv64',
];
/** What a config without `platforms` builds: the seed's pipeline built these two. */
const DEFAULT_PLATFORMS = [
    { os: 'linux', architecture: 'amd64' },
    { os: 'linux', architecture: 'arm64' },
];
/** `linux/arm/v7` -> `{os: 'linux', architecture: 'arm', variant: 'v7'}`; undefined unless known. */
function parsePlatform(text) {
    if (!KNOWN_PLATFORMS.includes(text))
        return undefined;
    const [os = '', architecture = '', variant] = text.split('/');
    return variant === undefined ? { os, architecture } : { os, architecture, variant };
}
/** Other names of architectures (uname, Debian) and the platform OCI calls them. */
const ARCH_ALIASES = {
    x86_64: 'amd64',
    'x86-64': 'amd64',
    aarch64: 'arm64',
    armv8: 'arm64',
    arm: 'arm/v7',
    armhf: 'arm/v7',
    armv7: 'arm/v7',
    armv7l: 'arm/v7',
    armel: 'arm/v6',
    armv6: 'arm/v6',
    i386: '386',
    i686: '386',
    x86: '386',
};
/**
 * The known platform a mistyped one was probably meant to be: `linux/arm65` -> `linux/arm64`,
 * `linux/x86_64` -> `linux/amd64`, a bare `arm64` or `darwin/arm64` -> `linux/arm64` (images are Linux).
 */
function suggestPlatform(text) {
    const parts = text.trim().toLowerCase().split('/');
    const [os, arch = '', ...variant] = parts.length === 1 ? ['linux', ...parts] : parts;
    const architecture = ARCH_ALIASES[arch] ?? arch;
    const linux = [`linux/${[architecture, ...variant].join('/')}`, `linux/${architecture}`].find(parsePlatform);
    if (linux)
        return linux;
    return (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .nearest */ .pA)([os, arch, ...variant].join('/'), KNOWN_PLATFORMS);
}


/***/ }),

/***/ 7190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   pA: () => (/* binding */ nearest)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * "Did you mean" for typos in keys and values. Optimal string alignment distance (Levenshtein
 * plus adjacent transposition), so `platfroms` is one edit from `platforms`.
 */
function editDistance(a, b) {
    const rows = [];
    for (let i = 0; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            if (i === 0) {
                row.push(j);
                continue;
            }
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
            }
            row.push(best);
        }
        rows.push(row);
    }
    return rows[a.length]?.[b.length] ?? 0;
}
/** Case and `-`/`_` do not count as typos: `Build-Args` is `build_args`. */
function normalise(word) {
    return word.toLowerCase().replace(/-/g, '_');
}
/**
 * The candidate nearest to `word`, if it is near enough to be a typo (at most a third of its
 * length, at least one edit), or the one candidate `word` abbreviates (`tags` ->
 * `additional_tags`, `dockerfile` -> `dockerfile_path`).
 */
function nearest(word, candidates) {
    const wanted = normalise(word);
    const limit = Math.max(1, Math.floor(wanted.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const known = normalise(candidate);
        // The distance is at least the difference in length: a value of megabytes is no typo of
        // `true`, and its distance table would take seconds to fill.
        if (Math.abs(wanted.length - known.length) > limit)
            continue;
        const distance = editDistance(wanted, known);
        if (distance < bestDistance)
            [best, bestDistance] = [candidate, distance];
    }
    if (best !== undefined && bestDistance <= limit)
        return best;
    const abbreviated = candidates.filter((c) => {
        const known = normalise(c);
        return known.startsWith(`${wanted}_`) || known.endsWith(`_${wanted}`);
    });
    return abbreviated.length === 1 ? abbreviated[0] : undefined;
}
/** ` (did you mean `x`?)`, or '' when nothing is near. */
function didYouMean(word, candidates) {
    const match = nearest(word, candidates);
    return match === undefined ? '' : ` (did you mean \`${match}\`?)`;
}


/***/ }),

/***/ 2281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ BACKENDS)
/* harmony export */ });
/**
 * A validated build-config.yaml (v1), normalised: defaults filled in, snake_case keys turned
 * camelCase. `config/parse.ts` makes these; everything else reads them.
 */
const BACKENDS = ['kaniko', 'buildah', 'buildkit', 'buildx', 'ko', 'spin'];


/***/ }),

/***/ 9860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   dU: () => (/* binding */ realRoot),
/* harmony export */   lD: () => (/* binding */ RepoFileError),
/* harmony export */   v6: () => (/* binding */ readRepoFile)
/* harmony export */ });
/* unused harmony export MAX_REPO_FILE_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);



/**
 * The largest file hephy-builder reads from a repository. The biggest real config or Dockerfile
 * is a few KiB; a file above this is a mistake or an attack (`/dev/zero`, a generated file of a
 * million build args), refused before a byte is read.
 */
const MAX_REPO_FILE_BYTES = 4 * 1024 * 1024;
/**
 * A repository file that was refused or could not be read. The message names the file (in the
 * location) and why; never a byte of what it holds or where a symlink points.
 */
class RepoFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
    problem;
    constructor(problem, message, file) {
        super(message, { location: { file } });
        this.problem = problem;
        this.name = 'RepoFileError';
    }
}
/**
 * Reads `file` (relative to `root`, the checkout or the images root inside it) the one way every
 * file of the repository being built is read: the repository is hostile, so a path that leaves
 * the root is refused before the disk is touched, and a symlink is followed only to see where it
 * leads. The file's real path must be inside the root's real path and not inside a `.git`
 * directory (the checkout's `.git/config` holds its token), it must be a regular file (not a
 * FIFO that never ends, not a device), and not over `maxBytes`, checked on the open descriptor
 * and again while reading (a file can grow between the two). Synchronous: prepare-diff reads
 * hundreds of small files, and a synchronous call costs microseconds where a promise round trip
 * costs ten times that.
 */
function readRepoFile(root, file, options = {}) {
    const shown = options.shown ?? file.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    const maxBytes = options.maxBytes ?? MAX_REPO_FILE_BYTES;
    const fail = (problem, message) => {
        throw new RepoFileError(problem, message, shown);
    };
    const normal = node_path__WEBPACK_IMPORTED_MODULE_1___default().normalize(file);
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(file) || normal === '..' || normal.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`))
        fail('outside', 'the path leads out of the repository: give a path inside it');
    const realBase = realRoot(root);
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, file));
    }
    catch (error) {
        const code = error.code;
        return code === 'ENOENT' || code === 'ENOTDIR'
            ? fail('missing', 'the file does not exist')
            : fail('unreadable', `the file cannot be read (${code ?? 'unknown error'})`);
    }
    if (!isInside(realBase, real))
        fail('outside', 'the file leads out of the repository through a symbolic link: only files inside the checkout are read');
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realBase, real)
        .split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))
        .some((part) => part.toLowerCase() === '.git'))
        fail('git', "the file leads into the repository's .git directory through a symbolic link: .git is never read");
    const expected = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
    if (!expected.isFile())
        fail('not-file', 'the file is not a regular file (a directory, device or FIFO): only regular files are read');
    if (expected.size > maxBytes)
        fail('too-large', tooLarge(maxBytes));
    return readCapped(real, expected, maxBytes, fail);
}
/** Reads at most `maxBytes` of the file `real` was when it was checked, through its descriptor. */
function readCapped(real, expected, maxBytes, fail) {
    // O_NOFOLLOW and O_NONBLOCK: a path swapped for a symlink or a FIFO since the check neither
    // leads elsewhere nor blocks; the descriptor is then checked to be the very file checked.
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, flags);
    }
    catch (error) {
        return fail('unreadable', `the file cannot be read (${error.code ?? 'unknown error'})`);
    }
    try {
        const opened = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!opened.isFile() || opened.dev !== expected.dev || opened.ino !== expected.ino)
            fail('not-file', 'the file changed while it was read');
        // One byte more than the cap: reading it means the file is too large, whatever fstat said.
        let buffer = Buffer.allocUnsafe(Math.min(opened.size, maxBytes) + 1);
        let length = 0;
        for (;;) {
            if (length === buffer.length) {
                if (length > maxBytes)
                    fail('too-large', tooLarge(maxBytes));
                const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
                buffer.copy(grown);
                buffer = grown;
            }
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
            if (read === 0)
                return buffer.toString('utf8', 0, length);
            length += read;
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function tooLarge(maxBytes) {
    const limit = maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MiB` : `${maxBytes} bytes`;
    return `the file is larger than ${limit}, the most hephy-builder reads of a repository file: a config, Dockerfile or list this large is a mistake`;
}
/** The root's real path, resolved once for all the files of a run. */
const realRoots = new Map();
function realRoot(root) {
    let real = realRoots.get(root);
    if (real === undefined)
        realRoots.set(root, (real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(root)));
    return real;
}
/** Whether `child` is `parent` or below it (both absolute, or both relative). */
function isInside(parent, child) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(parent, child);
    return (relative === '' ||
        (relative !== '..' && !relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative)));
}


/***/ })

};
