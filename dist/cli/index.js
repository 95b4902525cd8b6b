#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8552:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   Lb: () => (/* binding */ registerCommand),
/* harmony export */   ak: () => (/* binding */ runCli),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   jL: () => (/* binding */ EXIT_INVALID)
/* harmony export */ });
/* unused harmony export EXIT_USAGE */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _hephy_builder_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7283);
/* harmony import */ var _hephy_builder_core_platform_local__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8597);



/** Exit codes: 0 ok, 1 the input is invalid or the work failed, 2 the command line is wrong. */
const EXIT_OK = 0;
const EXIT_INVALID = 1;
const EXIT_USAGE = 2;
/** Thrown for a wrong command line; answered with the usage and exit code 2. */
class UsageError extends Error {
}
const commands = new Map([]);
/** Adds a command; each lives in commands/<name>.ts and is loaded only when called. */
function registerCommand(name, load) {
    commands.set(name, load);
}
function help() {
    const names = [...commands.keys()].join(', ');
    return `usage: hephy-builder <command> [options]\ncommands: ${names}\nRun hephy-builder <command> --help for its options.\n`;
}
async function runCli(argv, env, out = (t) => process.stdout.write(t)) {
    const { registerAll } = await __nccwpck_require__.e(/* import() */ 137).then(__nccwpck_require__.bind(__nccwpck_require__, 137));
    registerAll();
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        out(help());
        return name ? EXIT_OK : EXIT_USAGE;
    }
    const load = commands.get(name);
    const platform = (0,_hephy_builder_core_platform_local__WEBPACK_IMPORTED_MODULE_2__/* .createLocalPlatform */ .b)(env);
    if (!load) {
        platform.log.error(`unknown command "${name}"\n${help()}`);
        return EXIT_USAGE;
    }
    const command = await load();
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: [...rest],
            options: { ...command.options, help: { type: 'boolean', short: 'h' } },
            allowPositionals: true,
        });
    }
    catch (error) {
        platform.log.error(`${(0,_hephy_builder_core__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}\nusage: ${command.usage}`);
        return EXIT_USAGE;
    }
    if (parsed.values.help) {
        out(`${command.summary}\nusage: ${command.usage}\n`);
        return EXIT_OK;
    }
    try {
        return await command.run({
            values: parsed.values,
            positionals: parsed.positionals,
            platform,
            ports: (0,_hephy_builder_core__WEBPACK_IMPORTED_MODULE_1__/* .createPorts */ .RV)(platform, env),
            out,
        });
    }
    catch (error) {
        if (error instanceof UsageError) {
            platform.log.error(`${error.message}\nusage: ${command.usage}`);
            return EXIT_USAGE;
        }
        platform.log.error(platform.log.mask((0,_hephy_builder_core__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)));
        return EXIT_INVALID;
    }
}


/***/ }),

/***/ 2049:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8552);

process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2), process.env);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ formatLocated),
/* harmony export */   cI: () => (/* binding */ ExecError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   tQ: () => (/* binding */ UserErrors),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * A problem the user can fix (a config, an input, a ref). It carries where the problem is, so
 * that the message reads `curl/build-config.yaml:12:3: platforms[1]: ...` and the platform can
 * annotate the line. Anything else thrown is a bug in hephy-builder.
 */
class UserError extends Error {
    location;
    field;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'UserError';
        this.location = options.location;
        this.field = options.field;
    }
    /** The message with its file, line, column and field in front. */
    toString() {
        return formatLocated(this.message, this.location, this.field);
    }
}
/** Several user errors found together (every bad field of every config, not just the first). */
class UserErrors extends UserError {
    errors;
    constructor(errors) {
        super(errors.map((e) => e.toString()).join('\n'));
        this.name = 'UserErrors';
        this.errors = errors;
    }
    toString() {
        return this.message;
    }
}
/** A process exited non-zero. The argv is kept for the message; stderr is already masked. */
class ExecError extends Error {
    file;
    args;
    exitCode;
    stderr;
    constructor(file, args, exitCode, stderr) {
        const tail = stderr.trim().split('\n').slice(-20).join('\n');
        super(`${[file, ...args].join(' ')} exited with ${exitCode}${tail ? `:\n${tail}` : ''}`);
        this.file = file;
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'ExecError';
    }
}
function formatLocated(message, location, field) {
    let where = '';
    if (location) {
        where = location.file;
        if (location.line !== undefined)
            where += `:${location.line}`;
        if (location.line !== undefined && location.column !== undefined)
            where += `:${location.column}`;
        where += ': ';
    }
    return `${where}${field ? `${field}: ` : ''}${message}`;
}
/** A thrown value as text, whatever was thrown (a string must not leave a step green). */
function errorMessage(error) {
    if (error instanceof UserError)
        return error.toString();
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 7283:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yo: () => (/* reexport */ errors/* UserError */.yo),
  tQ: () => (/* reexport */ errors/* UserErrors */.tQ),
  k7: () => (/* reexport */ createExec),
  RV: () => (/* reexport */ createPorts),
  gJ: () => (/* reexport */ errors/* errorMessage */.gJ),
  Cc: () => (/* reexport */ errors/* formatLocated */.Cc)
});

// UNUSED EXPORTS: ExecError, createPlatform, detectPlatform, inputReader, parseBooleanInput, parseListInput, readInput, runAction

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./packages/core/src/exec.ts


/**
 * The one place a process is started. Arguments are an argv array handed to the kernel (no
 * shell), output is captured and masked, and the command line is logged at debug level with its
 * secrets masked. We spawn directly rather than through @actions/exec because we need stdin
 * bytes, line streaming for long builds, and no `[command]` echo of unmasked arguments on GitLab.
 */
function createExec(log) {
    return {
        run(file, args, options = {}) {
            log.debug(`exec: ${log.mask([file, ...args].join(' '))}`);
            return new Promise((resolve, reject) => {
                const child = (0,external_node_child_process_namespaceObject.spawn)(file, [...args], {
                    cwd: options.cwd,
                    env: (options.env ?? process.env),
                    stdio: ['pipe', 'pipe', 'pipe'],
                });
                const out = [];
                const err = [];
                const lines = { stdout: '', stderr: '' };
                const collect = (stream, sink) => (chunk) => {
                    sink.push(chunk);
                    if (!options.onLine)
                        return;
                    const text = lines[stream] + chunk.toString('utf8');
                    const parts = text.split('\n');
                    lines[stream] = parts.pop() ?? '';
                    for (const line of parts)
                        options.onLine(log.mask(line), stream);
                };
                child.stdout.on('data', collect('stdout', out));
                child.stderr.on('data', collect('stderr', err));
                child.on('error', (error) => {
                    const hint = error.code === 'ENOENT' ? ` (is ${file} installed and on PATH?)` : '';
                    reject(new Error(`could not start ${file}: ${error.message}${hint}`));
                });
                child.stdin.on('error', () => {
                    // The child may exit before reading its input; its exit code tells the story.
                });
                child.on('close', (code, signal) => {
                    for (const stream of ['stdout', 'stderr']) {
                        if (options.onLine && lines[stream])
                            options.onLine(log.mask(lines[stream]), stream);
                    }
                    const result = {
                        exitCode: code ?? (signal ? 128 : 1),
                        stdout: Buffer.concat(out).toString('utf8'),
                        stderr: log.mask(Buffer.concat(err).toString('utf8')),
                    };
                    if (result.exitCode !== 0 && !options.allowFailure) {
                        reject(new errors/* ExecError */.cI(file, args.map((a) => log.mask(a)), result.exitCode, result.stderr));
                    }
                    else {
                        resolve(result);
                    }
                });
                child.stdin.end(options.input ?? '');
            });
        },
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./packages/core/src/platform/github-commands.ts


/**
 * The runner's workflow-command protocol, written directly: `::cmd k=v::data` lines on stdout and
 * the `GITHUB_OUTPUT` / `GITHUB_STEP_SUMMARY` files. This is what @actions/core writes (a test
 * compares the two byte for byte); doing it here keeps 50 ms of undici loading off every step.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function github_commands_workflowCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}\n`;
}
function github_commands_annotationProperties(location) {
    return location ? { file: location.file, line: location.line, col: location.column } : {};
}
/** One `name<<delimiter` block of a GitHub file command, as the runner parses it. */
function github_commands_fileCommandBlock(name, value, delimiter = `ghadelimiter_${randomUUID()}`) {
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`output ${name} contains the delimiter ${delimiter}`);
    }
    return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}
function github_commands_appendFileCommand(file, text) {
    appendFileSync(file, text, { encoding: 'utf8' });
}

// EXTERNAL MODULE: ./packages/core/src/platform/inputs.ts
var inputs = __nccwpck_require__(6592);
;// CONCATENATED MODULE: ./packages/core/src/platform/github.ts





/** The GitHub Actions runner: workflow commands on stdout, outputs and summary in their files. */
function github_createGitHubPlatform(env, write = (t) => process.stdout.write(t)) {
    const masker = new SecretMasker();
    const log = {
        info: (message) => write(`${masker.mask(message)}\n`),
        warning: (message, location) => write(workflowCommand('warning', annotationProperties(location), masker.mask(message))),
        error: (message, location) => write(workflowCommand('error', annotationProperties(location), masker.mask(message))),
        debug: (message) => write(workflowCommand('debug', {}, masker.mask(message))),
        async group(title, fn) {
            write(workflowCommand('group', {}, masker.mask(title)));
            try {
                return await fn();
            }
            finally {
                write(workflowCommand('endgroup', {}, ''));
            }
        },
        addSecret: (secret) => {
            masker.add(secret);
            write(workflowCommand('add-mask', {}, secret));
        },
        mask: (text) => masker.mask(text),
    };
    return {
        name: 'github',
        log,
        env,
        input: (name) => readInput(env, name),
        async setOutputs(outputs) {
            const file = env.GITHUB_OUTPUT;
            if (!file)
                throw new Error('GITHUB_OUTPUT is not set: is this running as a GitHub Actions step?');
            const blocks = Object.entries(outputs).map(([name, value]) => fileCommandBlock(name, masker.mask(value)));
            appendFileCommand(file, blocks.join(''));
        },
        async summary(title, markdown) {
            if (!env.GITHUB_STEP_SUMMARY) {
                log.debug('GITHUB_STEP_SUMMARY is not set; no job summary written');
                return;
            }
            appendFileCommand(env.GITHUB_STEP_SUMMARY, `### ${title}\n\n${masker.mask(markdown)}\n`);
        },
        event: () => readGitHubEvent(env),
        // GitHub hands a job no registry login; the workflow passes one in as inputs.
        registryLogin: () => undefined,
        fail(message, location) {
            log.error(message, location);
            process.exitCode = 1;
        },
    };
}
/** Reads `GITHUB_EVENT_NAME` and the payload at `GITHUB_EVENT_PATH` into a `CiEvent`. */
async function readGitHubEvent(env) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch (error) {
            throw new Error(`cannot read the event payload at GITHUB_EVENT_PATH=${env.GITHUB_EVENT_PATH}: ${String(error)}`, { cause: error });
        }
    }
    const common = {
        name,
        headSha: env.GITHUB_SHA,
        refName: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME,
        defaultBranch: payload.repository?.default_branch,
    };
    switch (name) {
        case 'push':
            return {
                ...common,
                kind: 'push',
                headSha: payload.after && !ZERO_SHA.test(payload.after) ? payload.after : env.GITHUB_SHA,
                before: payload.before,
                forced: payload.forced === true,
            };
        case 'pull_request':
        case 'pull_request_target':
            return {
                ...common,
                kind: 'pull_request',
                headSha: payload.pull_request?.head?.sha ?? env.GITHUB_SHA,
                baseSha: payload.pull_request?.base?.sha,
                baseRef: payload.pull_request?.base?.ref ?? env.GITHUB_BASE_REF,
            };
        case 'merge_group':
            return {
                ...common,
                kind: 'pull_request',
                headSha: payload.merge_group?.head_sha ?? env.GITHUB_SHA,
                baseSha: payload.merge_group?.base_sha,
                baseRef: payload.merge_group?.base_ref?.replace(/^refs\/heads\//, ''),
            };
        case 'schedule':
            return { ...common, kind: 'schedule' };
        case 'workflow_dispatch':
        case 'repository_dispatch':
            return { ...common, kind: 'manual' };
        default:
            return { ...common, kind: 'other' };
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/platform/gitlab.ts




/** The file GitLab reads as `artifacts:reports:dotenv`. */
const DOTENV_FILE = 'hephy.env';
/** GitLab's default limits for a dotenv report (artifacts_reports docs; admin-configurable). */
const DOTENV_MAX_BYTES = (/* unused pure expression or super */ null && (5 * 1024));
const DOTENV_MAX_VARIABLES = 20;
/**
 * A GitLab CI job: outputs as a dotenv report, collapsible sections for groups and summaries.
 * GitLab cannot mask a value found at run time, so our own masker is the only protection.
 */
function gitlab_createGitLabPlatform(env, write = (t) => process.stdout.write(t)) {
    const masker = new SecretMasker();
    const debugOn = env.CI_DEBUG_TRACE === 'true' || env.HEPHY_DEBUG === 'true';
    let sections = 0;
    const where = (location) => location ? `${location.file}${location.line ? `:${location.line}` : ''}: ` : '';
    const log = {
        info: (message) => write(`${masker.mask(message)}\n`),
        warning: (message, location) => write(`\u001b[33mWARNING: ${where(location)}${masker.mask(message)}\u001b[0m\n`),
        error: (message, location) => write(`\u001b[31mERROR: ${where(location)}${masker.mask(message)}\u001b[0m\n`),
        debug: (message) => {
            if (debugOn)
                write(`DEBUG: ${masker.mask(message)}\n`);
        },
        async group(title, fn) {
            const id = `hephy_${++sections}`;
            write(sectionStart(id, masker.mask(title)));
            try {
                return await fn();
            }
            finally {
                write(sectionEnd(id));
            }
        },
        addSecret: (secret) => masker.add(secret),
        mask: (text) => masker.mask(text),
    };
    return {
        name: 'gitlab',
        log,
        env,
        input: (name) => readInput(env, name),
        async setOutputs(outputs, outputDir) {
            const { text, skipped } = toDotenv(outputs, masker);
            for (const name of skipped) {
                log.debug(`output ${name} is not in ${DOTENV_FILE} (too long or has spaces); read it from its file`);
            }
            await mkdir(outputDir, { recursive: true });
            await writeFile(path.join(outputDir, DOTENV_FILE), text);
        },
        async summary(title, markdown) {
            await log.group(title, async () => write(`${masker.mask(markdown)}\n`));
        },
        event: async () => readGitLabEvent(env),
        registryLogin() {
            const { CI_REGISTRY: host, CI_REGISTRY_USER: username, CI_REGISTRY_PASSWORD: password } = env;
            if (!host || !username || !password)
                return undefined;
            log.addSecret(password);
            return { host, username, password };
        },
        fail(message, location) {
            log.error(message, location);
            process.exitCode = 1;
        },
    };
}
function sectionStart(id, title) {
    return `\u001b[0Ksection_start:${Math.floor(Date.now() / 1000)}:${id}[collapsed=true]\r\u001b[0K${title}\n`;
}
function sectionEnd(id) {
    return `\u001b[0Ksection_end:${Math.floor(Date.now() / 1000)}:${id}\r\u001b[0K\n`;
}
/** `need-amd64` -> `HEPHY_NEED_AMD64`: dotenv keys allow letters, digits and `_` only. */
function dotenvKey(output) {
    return `HEPHY_${output.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
/**
 * A dotenv report within GitLab's rules: no spaces or newlines in values, at most 20 variables
 * and 5 KB. Outputs that do not fit are left out (every one of them is also a file in output-dir).
 */
function toDotenv(outputs, masker) {
    const lines = [];
    const skipped = [];
    let bytes = 0;
    for (const [name, raw] of Object.entries(outputs)) {
        const value = masker.mask(raw);
        const line = `${dotenvKey(name)}=${value}\n`;
        if (/\s/.test(value) || bytes + line.length > DOTENV_MAX_BYTES || lines.length >= DOTENV_MAX_VARIABLES) {
            skipped.push(name);
            continue;
        }
        lines.push(line);
        bytes += line.length;
    }
    return { text: lines.join(''), skipped };
}
/** Reads GitLab's predefined `CI_*` variables into a `CiEvent`. */
function readGitLabEvent(env) {
    const source = env.CI_PIPELINE_SOURCE ?? '';
    const common = {
        name: source,
        headSha: env.CI_COMMIT_SHA,
        refName: env.CI_COMMIT_BRANCH ?? env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ?? env.CI_COMMIT_REF_NAME,
        defaultBranch: env.CI_DEFAULT_BRANCH,
    };
    switch (source) {
        case 'push':
            return { ...common, kind: 'push', before: env.CI_COMMIT_BEFORE_SHA };
        case 'merge_request_event':
        case 'external_pull_request_event':
            return {
                ...common,
                kind: 'pull_request',
                baseSha: env.CI_MERGE_REQUEST_DIFF_BASE_SHA ?? env.CI_EXTERNAL_PULL_REQUEST_TARGET_BRANCH_SHA,
                baseRef: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME ?? env.CI_EXTERNAL_PULL_REQUEST_TARGET_BRANCH_NAME,
            };
        case 'schedule':
            return { ...common, kind: 'schedule' };
        case 'web':
        case 'api':
        case 'trigger':
        case 'pipeline':
        case 'parent_pipeline':
            return { ...common, kind: 'manual' };
        default:
            return { ...common, kind: 'other' };
    }
}

// EXTERNAL MODULE: ./packages/core/src/platform/local.ts + 1 modules
var local = __nccwpck_require__(8597);
;// CONCATENATED MODULE: ./packages/core/src/platform/index.ts





/** The adapter for wherever this process runs, chosen from the environment. */
function platform_createPlatform(env) {
    switch (detectPlatform(env)) {
        case 'github':
            return createGitHubPlatform(env);
        case 'gitlab':
            return createGitLabPlatform(env);
        case 'local':
            return createLocalPlatform(env);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/action.ts



/** The real ports for a process: its environment, Node's fetch, the wall clock. */
function createPorts(platform, env = process.env) {
    return {
        exec: createExec(platform.log),
        log: platform.log,
        env,
        now: () => new Date(),
        fetch: globalThis.fetch,
    };
}
/**
 * The one wrapper every bundle's entry calls. It is the only code that turns an error into a
 * failed step, so that libraries throw and a thrown string cannot leave a step green.
 */
async function runAction(action, env = process.env) {
    const platform = createPlatform(env);
    try {
        await action(platform, createPorts(platform, env));
    }
    catch (error) {
        reportFailure(platform, error);
    }
}
/** One annotation per problem, on its file and line, so every bad field shows in the diff view. */
function reportFailure(platform, error) {
    const problems = error instanceof UserErrors ? error.errors : [error];
    for (const problem of problems) {
        const location = problem instanceof UserError ? problem.location : undefined;
        platform.fail(platform.log.mask(errorMessage(problem)), location);
    }
    if (!(error instanceof UserError) && error instanceof Error && error.stack) {
        platform.log.debug(platform.log.mask(error.stack));
    }
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts
/**
 * The public face of @hephy-builder/core. Bundles import the module they need by its path
 * (`@hephy-builder/core/steps/prepare-diff/action`) so that each bundle carries only its own code.
 */







/***/ }),

/***/ 6592:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R5: () => (/* binding */ readInput),
/* harmony export */   UF: () => (/* binding */ parseListInput)
/* harmony export */ });
/* unused harmony exports inputReader, parseBooleanInput */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7638);

/**
 * Reads an input the way every bundle must: `INPUT_<NAME>` as GitHub sets it (upper case, `-`
 * kept), then with `-` written `_`, as a GitLab job variable has to spell it. Blank is unset.
 */
function readInput(env, name) {
    const upper = name.toUpperCase().replace(/ /g, '_');
    const value = env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, '_')}`] ?? '';
    return value.trim();
}
function inputReader(read) {
    return {
        string: (name, fallback = '') => read(name) || fallback,
        boolean: (name, fallback) => parseBooleanInput(name, read(name), fallback),
        list: (name, fallback = []) => {
            const raw = read(name);
            return raw ? parseListInput(raw) : [...fallback];
        },
        choice: (name, options, fallback) => {
            const raw = read(name);
            if (!raw)
                return fallback;
            if (options.includes(raw))
                return raw;
            throw new UserError(`"${raw}" is not one of ${options.join(', ')}`, { field: `input ${name}` });
        },
    };
}
/** YAML 1.2 core booleans, as @actions/core accepts them; anything else is an error. */
function parseBooleanInput(name, raw, fallback) {
    if (raw === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw))
        return false;
    throw new UserError(`"${raw}" is not a boolean (true or false)`, { field: `input ${name}` });
}
/**
 * A list input: one item a line, or separated by commas or spaces (a GitLab array input arrives
 * as JSON, so a JSON array of strings is accepted too). `#` starts a comment on its own line.
 */
function parseListInput(raw) {
    const text = raw.trim();
    if (text.startsWith('[')) {
        try {
            const parsed = JSON.parse(text);
            if (Array.isArray(parsed))
                return parsed.map(String).filter((s) => s !== '');
        }
        catch {
            // Not JSON after all: fall through to the plain list.
        }
    }
    return text
        .split(/\r?\n/)
        .filter((line) => !line.trimStart().startsWith('#'))
        .flatMap((line) => line.split(/[,\s]+/))
        .map((item) => item.trim())
        .filter((item) => item !== '');
}


/***/ }),

/***/ 8597:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  b: () => (/* binding */ createLocalPlatform)
});

// EXTERNAL MODULE: ./packages/core/src/platform/inputs.ts
var inputs = __nccwpck_require__(6592);
;// CONCATENATED MODULE: ./packages/core/src/platform/secrets.ts
/**
 * Remembers the secrets seen in this run and masks them in any text. Every logger and every
 * error message passes through `mask`, on GitHub (which masks too, once told) and on GitLab
 * (which cannot mask a value discovered at run time at all).
 */
class SecretMasker {
    secrets = new Set();
    add(secret) {
        // A one- or two-character "secret" would mask half the log; such values are not secrets.
        if (secret.length < 3)
            return;
        this.secrets.add(secret);
        // Basic auth puts user:password in base64; mask that form as well.
        if (!secret.includes('\n'))
            this.secrets.add(Buffer.from(secret).toString('base64'));
    }
    get values() {
        return [...this.secrets];
    }
    mask(text) {
        let out = text;
        // Longest first, so a secret containing another is masked whole.
        for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
            out = out.split(secret).join('***');
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/platform/local.ts


/**
 * A terminal (the hephy-builder command, or a step run by hand). Logs go to standard error so
 * that standard output stays free for results and `--json`.
 */
function createLocalPlatform(env, write = (t) => process.stderr.write(t)) {
    const masker = new SecretMasker();
    const debugOn = env.HEPHY_DEBUG === 'true';
    const log = {
        info: (message) => write(`${masker.mask(message)}\n`),
        warning: (message, location) => write(`warning: ${location ? `${location.file}${location.line ? `:${location.line}` : ''}: ` : ''}${masker.mask(message)}\n`),
        error: (message, location) => write(`error: ${location ? `${location.file}${location.line ? `:${location.line}` : ''}: ` : ''}${masker.mask(message)}\n`),
        debug: (message) => {
            if (debugOn)
                write(`debug: ${masker.mask(message)}\n`);
        },
        async group(title, fn) {
            write(`== ${masker.mask(title)}\n`);
            return fn();
        },
        addSecret: (secret) => masker.add(secret),
        mask: (text) => masker.mask(text),
    };
    return {
        name: 'local',
        log,
        env,
        input: (name) => (0,inputs/* readInput */.R5)(env, name),
        async setOutputs() {
            // A terminal has no step outputs; the files in output-dir carry the results.
        },
        async summary(title, markdown) {
            write(`\n${title}\n${masker.mask(markdown)}\n`);
        },
        event: async () => ({ kind: 'other', name: 'local' }),
        registryLogin: () => undefined,
        fail(message) {
            log.error(message);
            process.exitCode = 1;
        },
    };
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2049);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
