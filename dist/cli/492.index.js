export const id = 492;
export const ids = [492];
export const modules = {

/***/ 2121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ cliOptions),
/* harmony export */   CZ: () => (/* binding */ cliDefault),
/* harmony export */   Qy: () => (/* binding */ cliHelp),
/* harmony export */   eq: () => (/* binding */ cliUsage),
/* harmony export */   kY: () => (/* binding */ cliReader),
/* harmony export */   vM: () => (/* binding */ cliFlag)
/* harmony export */ });
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2239);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6475);


/** The flag an input has on the command line (`include-dependents` is `--no-dependents`). */
function cliFlag(table, name) {
    return (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredOn */ .ki)(table[name], 'cli').flag ?? name;
}
/** The parseArgs options of a table's CLI inputs. */
function cliOptions(table) {
    const options = {};
    for (const name of (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .inputsOn */ .hk)(table, 'cli')) {
        const spec = (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredOn */ .ki)(table[name], 'cli');
        options[cliFlag(table, name)] =
            spec.type === 'boolean' || spec.stdin
                ? { type: 'boolean' }
                : { type: 'string', ...(spec.multiple ? { multiple: true } : {}) };
    }
    return options;
}
/** The usage line of a table's CLI inputs: `[--mode auto|changed|all|list|drift] [--root DIR] ...`. */
function cliUsage(table) {
    return (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .inputsOn */ .hk)(table, 'cli')
        .map((name) => {
        const spec = (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredOn */ .ki)(table[name], 'cli');
        const flag = `--${cliFlag(table, name)}`;
        if (spec.type === 'boolean' || spec.stdin)
            return `[${flag}]`;
        const value = spec.type === 'choice' ? (spec.options ?? []).join('|') : (spec.metavar ?? 'VALUE');
        return spec.multiple ? `[${flag} ${value}]...` : `[${flag} ${value}]`;
    })
        .join(' ');
}
/** An input's default on the command line (`oci:.hephy/images` for `repository`). */
function cliDefault(table, name) {
    return String((0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredOn */ .ki)(table[name], 'cli').default);
}
/** One help line a flag, from the table's descriptions: `  --root DIR  The directory ...`. */
function cliHelp(table) {
    return (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .inputsOn */ .hk)(table, 'cli')
        .map((name) => {
        const spec = (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredOn */ .ki)(table[name], 'cli');
        const value = String(spec.default);
        const fallback = value && spec.type !== 'boolean' ? ` (default ${value})` : '';
        return `  --${cliFlag(table, name)}  ${spec.description}${fallback}`;
    })
        .join('\n');
}
/**
 * parseArgs' values as an input reader: a boolean flag reads `true` (a negated one `false`), a
 * repeated flag one item a line, a stdin flag standard input (once, without its last newline),
 * an absent flag blank (the default).
 */
function cliReader(table, values, readStdin = () => '') {
    let stdin;
    const raw = (name) => {
        if (!Object.hasOwn(table, name) || table[name].on?.cli === false)
            return undefined;
        const spec = (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredOn */ .ki)(table[name], 'cli');
        const value = values[cliFlag(table, name)];
        if (value === undefined || value === false)
            return undefined;
        if (value === true && spec.stdin)
            return (stdin ??= readStdin().replace(/\r?\n$/, ''));
        if (value === true)
            return spec.negated ? 'false' : 'true';
        return Array.isArray(value) ? value.map(String).join('\n') : String(value);
    };
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .inputReader */ .cN)((name) => raw(name) ?? '', (name) => raw(name) !== undefined);
}


/***/ }),

/***/ 3251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fh: () => (/* binding */ IMAGE_SET_INPUTS),
/* harmony export */   J5: () => (/* binding */ INDEX_ARCHS_INPUTS),
/* harmony export */   g6: () => (/* binding */ GITLAB_OUTPUT_DIR),
/* harmony export */   kQ: () => (/* binding */ ROOT_INPUT),
/* harmony export */   qH: () => (/* binding */ DIRS_INPUT)
/* harmony export */ });
/* harmony import */ var _plan_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2373);

/** GitLab's one description of `output-dir`: every template passes files through the same one. */
const GITLAB_OUTPUT_DIR = {
    description: 'Directory, relative to the project directory, where the steps pass files to each other (dirs.txt, plan.json, *.tag) and write hephy.env.',
};
/** `root` as the steps after prepare-diff read it. */
const ROOT_INPUT = {
    type: 'string',
    default: '.',
    description: 'The directory holding the image directories (itself one when it holds a build-config.yaml).',
    on: {
        cli: { metavar: 'DIR' },
        gitlab: {
            description: 'The directory whose direct children are the image directories (those with a build-config.yaml), and itself one when it holds a build-config.yaml.',
        },
    },
};
/** `dirs`: the hand-off from prepare-diff to every later step. */
const DIRS_INPUT = {
    type: 'string',
    default: '',
    description: 'The image directories (space, comma or newline separated), or a file listing them. Empty: dirs.txt in output-dir, as prepare-diff writes it.',
    on: {
        cli: { metavar: 'DIRS' },
        gitlab: {
            description: 'The image directories, in build order (space or comma separated). Empty: `<output-dir>/dirs.txt` from prepare-diff.',
        },
    },
};
/**
 * The inputs of every step that names, finds and pushes a set of images (build-arch,
 * merge-manifest, retag); a step's table spreads them, changing a description where it must.
 */
const IMAGE_SET_INPUTS = {
    repository: {
        type: 'string',
        default: '',
        required: true,
        description: 'The registry repository, like registry.example.com/team/images, or oci:<dir> for an OCI image layout directory.',
        on: {
            // The CLI needs no server: an OCI image layout in the working directory.
            cli: { default: 'oci:.hephy/images', metavar: 'HOST/PATH|oci:DIR' },
            gitlab: {
                description: 'The registry repository the images are pushed to (tag-prefix naming: the one repository; repository naming: the prefix).',
                default: '$CI_REGISTRY_IMAGE',
            },
        },
    },
    naming: {
        type: 'choice',
        options: _plan_names_js__WEBPACK_IMPORTED_MODULE_0__/* .NAMINGS */ .ON,
        default: 'tag-prefix',
        description: 'tag-prefix (one repository: <repository>:<image>-<date>) or repository (<repository>/<image>:<date>). Must match build-arch.',
        on: {
            gitlab: {
                description: 'tag-prefix (`<repository>:<image>-<date>`) or repository (`<repository>/<image>:<date>`).',
                options: _plan_names_js__WEBPACK_IMPORTED_MODULE_0__/* .NAMINGS */ .ON,
            },
        },
    },
    date: {
        type: 'string',
        default: '',
        description: 'The date in tags (YYYYMMDD), as build-arch used it. Empty: today in UTC.',
        on: {
            cli: { metavar: 'YYYYMMDD' },
            gitlab: {
                description: 'The date stamp of the tags (YYYYMMDD). Empty: today in UTC (pipeline.yml pins one date for all its jobs).',
                regex: '^([0-9]{8})?$',
            },
        },
    },
    dirs: DIRS_INPUT,
    root: ROOT_INPUT,
    'insecure-registries': {
        type: 'list',
        default: [],
        description: 'Registry hosts reached over plain HTTP (loopback hosts always are).',
        on: {
            cli: { flag: 'insecure-registry', multiple: true, metavar: 'HOST' },
            gitlab: {
                description: 'Registries (host[:port]) reached over plain HTTP, comma or space separated; loopback hosts always are.',
            },
        },
    },
    username: {
        type: 'string',
        default: '',
        description: "Registry user for the repository's host (else Docker's config, or GitLab's CI_REGISTRY_USER).",
        on: {
            cli: { metavar: 'USER' },
            gitlab: {
                description: 'Registry user, as a CI/CD variable reference (for example $REGISTRY_USER). Empty: CI_REGISTRY_USER for CI_REGISTRY, then the Docker config.',
            },
        },
    },
    password: {
        type: 'string',
        default: '',
        secret: true,
        description: 'Registry password or token for username. Masked.',
        on: {
            // Never in argv, where other users of the machine can read it.
            cli: {
                flag: 'password-stdin',
                stdin: true,
                description: 'Read the registry password for username from standard input.',
            },
            gitlab: {
                description: 'Registry password, as a CI/CD variable reference (for example $REGISTRY_PASSWORD); never the value itself.',
            },
        },
    },
    'output-dir': {
        type: 'string',
        default: '.',
        description: 'Where dirs.txt and the <image>-<arch>.tag files are read and outputs written.',
        on: { cli: { metavar: 'DIR' }, gitlab: GITLAB_OUTPUT_DIR },
    },
};
/**
 * The arches a run built on purpose, for merge-manifest and retag. The one-job action builds
 * only its runner's arch (`archs: native`): its indexes hold that arch, which is not a failure.
 */
const INDEX_ARCHS_INPUTS = {
    'index-archs': {
        type: 'list',
        default: [],
        description: "The architectures this run built on purpose. Each index must hold every one of them its image's config asks for; the config's other architectures are left out of it, and the log says so. Empty: every architecture of the config.",
        on: { cli: false, gitlab: false },
    },
};


/***/ }),

/***/ 6475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   V0: () => (/* binding */ inputDefaults),
/* harmony export */   hk: () => (/* binding */ inputsOn),
/* harmony export */   ki: () => (/* binding */ declaredOn)
/* harmony export */ });
/* unused harmony export camelCase */
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2239);

/** `output-dir` → `outputDir`: the key an input's value has in `InputValues`. */
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, char) => char.toUpperCase());
}
/**
 * Reads every input of a table through a reader, with the table's defaults and types. Secret
 * inputs are read (and handed to `addSecret`) first.
 */
function readInputs(table, reader, { addSecret = () => { }, surface } = {}) {
    const entries = Object.entries(table).map(([name, spec]) => [
        name,
        surface ? declaredOn(spec, surface) : spec,
    ]);
    for (const [name, spec] of entries) {
        if (!spec.secret)
            continue;
        const value = reader.string(name);
        if (value)
            addSecret(value);
    }
    const values = {};
    for (const [name, spec] of entries) {
        const value = readOne(name, spec, reader);
        values[camelCase(name)] = spec.parse ? spec.parse(value) : value;
    }
    return values;
}
function readOne(name, spec, reader) {
    switch (spec.type) {
        case 'boolean':
            return reader.boolean(name, spec.default === true);
        case 'list':
            return reader.list(name, Array.isArray(spec.default) ? spec.default : []);
        case 'choice':
            return reader.choice(name, spec.options ?? [], String(spec.default));
        case 'string':
            return spec.blankIsOff
                ? reader.stringOrOff(name, String(spec.default))
                : reader.string(name, String(spec.default));
    }
}
/** The table's inputs that exist on a surface, in table order. */
function inputsOn(table, surface) {
    return Object.entries(table)
        .filter(([, spec]) => spec.on?.[surface] !== false)
        .map(([name]) => name);
}
/** An input as a surface declares it: the table's entry with that surface's differences applied. */
function declaredOn(spec, surface) {
    const own = spec.on?.[surface];
    return { ...spec, ...(own || {}) };
}
/** Every input of a table at its default (a surface's, when given): what a run with none set reads. */
function inputDefaults(table, surface) {
    return readInputs(table, (0,_read_js__WEBPACK_IMPORTED_MODULE_0__/* .inputReader */ .cN)(() => ''), surface ? { surface } : {});
}


/***/ }),

/***/ 8616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ createRegistryClient)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/registry/challenge.ts
/**
 * Parses the first Basic or Bearer challenge of a header. Registries send one challenge; the
 * quoted-string parser still copes with commas inside quotes (`scope="repository:a:pull,push"`).
 */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*(basic|bearer)\b\s*(.*)$/is.exec(header);
    if (!match)
        return undefined;
    const scheme = match[1].toLowerCase();
    const params = {};
    const pattern = /([a-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/giy;
    const text = match[2];
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
    }
    return { scheme, params };
}

;// CONCATENATED MODULE: ./packages/core/src/registry/registry-error.ts

/**
 * A registry answered with an error we do not retry. The message names the method, the URL
 * (which never carries credentials) and the registry's own error codes.
 */
class RegistryError extends errors/* ExternalError */.yA {
    method;
    url;
    status;
    details;
    constructor(method, url, status, details) {
        const codes = details.map((d) => `${d.code}${d.message ? `: ${d.message}` : ''}`).join('; ');
        super(`${method} ${url} answered ${status}${codes ? ` (${codes})` : ''}`);
        this.method = method;
        this.url = url;
        this.status = status;
        this.details = details;
        this.name = 'RegistryError';
    }
    hasCode(...codes) {
        return this.details.some((d) => codes.includes(d.code));
    }
}
/** Characters of an unparsable error body kept for the message. */
const SNIPPET_CHARS = 200;
/**
 * Reads an error body; a 4xx body may be in any format (spec), so anything unparsable is kept
 * short. Secrets are masked BEFORE the cut: a secret split by the cut would no longer match the
 * masker and half of it would be printed.
 */
async function readErrorDetails(response, mask) {
    const text = await response.text().catch(() => '');
    try {
        const parsed = JSON.parse(text);
        if (Array.isArray(parsed.errors)) {
            return parsed.errors.map((e) => ({
                code: mask(String(e.code ?? 'UNKNOWN')),
                message: mask(String(e.message ?? '')),
            }));
        }
    }
    catch {
        // Not JSON.
    }
    const snippet = mask(text).replace(/\s+/g, ' ').trim().slice(0, SNIPPET_CHARS);
    return snippet ? [{ code: 'UNKNOWN', message: snippet }] : [];
}

;// CONCATENATED MODULE: ./packages/core/src/registry/auth.ts



/** Seconds a token lives when the server does not say (token spec); we renew this long before expiry. */
const DEFAULT_TOKEN_SECONDS = 60;
const RENEW_MARGIN_MS = 5_000;
/**
 * Authentication per registry host, at the request floor: the first request goes out anonymous
 * and alone, while the requests fanned out beside it wait for its answer, so a host costs one 401,
 * not one per request in flight; its challenge says Basic (then every request carries the header)
 * or Bearer: ONE token is fetched for every repository scope the run declared (push,pull on
 * targets first), shared by every request needing that scope set, and reused until it expires.
 */
class RegistryAuth {
    options;
    hosts = new Map();
    constructor(options) {
        this.options = options;
    }
    /** Declares a repository the run will use, so that the first token already covers it. */
    want(host, repository, access) {
        const scopes = this.host(host).scopes;
        if (scopes.get(repository) !== 'push')
            scopes.set(repository, access);
    }
    /**
     * Waits while another request is learning the host's challenge. Returns how to end the
     * discovery when this request is the one to learn it (the host's first), else undefined. The
     * request's repository is declared first, so the token the discovery leads to covers it.
     */
    async discover(host, repository, access) {
        const state = this.host(host);
        if (repository)
            this.want(host, repository, access);
        // A known challenge is enough even when the request that learned it then failed.
        while (!state.learned && !state.challenge) {
            if (!state.discovery) {
                let settle = () => undefined;
                const discovery = new Promise((resolve) => (settle = resolve));
                state.discovery = discovery;
                return (learned) => {
                    if (state.discovery !== discovery)
                        return;
                    state.learned ||= learned;
                    state.discovery = undefined;
                    settle();
                };
            }
            await state.discovery;
        }
        return undefined;
    }
    /** The Authorization header for a request, or undefined while the host has not challenged us. */
    async header(host, repository, access) {
        const state = this.host(host);
        if (repository)
            this.want(host, repository, access);
        if (!state.challenge)
            return undefined;
        const resolved = await this.credential(host);
        if (state.challenge.scheme === 'basic')
            return resolved ? basicHeader(resolved.credential) : undefined;
        if (resolved?.credential.kind === 'bearer')
            return `Bearer ${resolved.credential.token}`;
        const token = await this.token(host, repository, access);
        return `Bearer ${token.value}`;
    }
    /**
     * Takes a 401's challenge. True when a retry with new credentials can succeed; false when the
     * credentials we have were already refused (the caller then reports the 401).
     */
    async challenged(host, header, sentAuthorization) {
        const state = this.host(host);
        const challenge = parseChallenge(header);
        if (!challenge)
            return false;
        const first = !state.challenge || state.challenge.scheme !== challenge.scheme;
        state.challenge = challenge;
        if (first || !sentAuthorization)
            return (await this.credential(host)) !== undefined || challenge.scheme === 'bearer';
        const tokens = [...state.tokens.values()].flatMap((entry) => (entry.token ? [entry.token] : []));
        if (challenge.scheme === 'bearer' && challenge.params.error === 'insufficient_scope' && tokens.length) {
            // A token can be silently down-scoped; ask once more with the scope the registry names first.
            const wanted = challenge.params.scope?.split(' ') ?? [];
            const names = wanted.map((s) => s.split(':').slice(0, 2).join(':'));
            const known = tokens.some((token) => names.every((name) => token.covers.has(name)));
            state.tokens.clear();
            return !known;
        }
        return false;
    }
    /** Where the credentials for a host come from, for error messages. */
    async describe(host) {
        const resolved = await this.credential(host);
        return resolved ? `the credentials from ${resolved.source}` : 'no credentials (none found for this host)';
    }
    host(host) {
        let state = this.hosts.get(host);
        if (!state) {
            state = { learned: false, scopes: new Map(), tokens: new Map() };
            this.hosts.set(host, state);
        }
        return state;
    }
    credential(host) {
        const state = this.host(host);
        state.credential ??= this.options.resolveCredential(host);
        return state.credential;
    }
    async token(host, repository, access) {
        const state = this.host(host);
        const now = this.options.now().getTime();
        const key = repository ? `repository:${repository}` : undefined;
        const usable = (t) => t !== undefined &&
            t.expiresAt > now &&
            (!key || t.covers.get(key) === 'push' || t.covers.get(key) === access);
        for (const entry of state.tokens.values())
            if (usable(entry.token))
                return entry.token;
        // The scope set of every repository declared so far: requests fanned out after the
        // declarations all ask for the same one, so they share its fetch.
        const covers = new Map([...state.scopes].map(([repo, a]) => [`repository:${repo}`, a]));
        // Push targets first: some registries read only the first scope parameter.
        const scopes = [...covers]
            .sort((a, b) => (a[1] === b[1] ? 0 : a[1] === 'push' ? -1 : 1))
            .map(([name, a]) => `${name}:${a === 'push' ? 'push,pull' : 'pull'}`);
        const scopeSet = scopes.join(' ');
        const shared = state.tokens.get(scopeSet);
        if (shared && (!shared.token || usable(shared.token))) {
            const token = await shared.promise;
            if (usable(token))
                return token;
        }
        const entry = { promise: this.fetchToken(host, state, scopes, covers) };
        state.tokens.set(scopeSet, entry);
        try {
            entry.token = await entry.promise;
            return entry.token;
        }
        catch (error) {
            // A refused or failed fetch is not kept: a later request may ask again.
            if (state.tokens.get(scopeSet) === entry)
                state.tokens.delete(scopeSet);
            throw error;
        }
    }
    async fetchToken(host, state, scopes, covers) {
        const params = state.challenge?.params ?? {};
        const realm = this.realm(host, params.realm);
        const resolved = await this.credential(host);
        const response = await this.requestToken(realm, params.service, scopes, resolved?.credential);
        if (!response.ok) {
            const details = await readErrorDetails(response, (text) => this.options.log.mask(text));
            const why = response.status === 401 || response.status === 403 ? ' refused' : ' failed with';
            throw new errors/* UserError */.yo(`the token server ${realm.origin}${realm.pathname} for ${host}${why} ${await this.describe(host)} (${response.status}${details[0] ? ` ${details[0].code}` : ''}): check the username and password or the Docker config`);
        }
        const body = (await response.json());
        const value = body.token || body.access_token;
        if (!value)
            throw new errors/* ExternalError */.yA(`the token server ${realm.origin} for ${host} returned no token`);
        this.options.log.addSecret(value);
        const seconds = Math.max(Number(body.expires_in) || DEFAULT_TOKEN_SECONDS, DEFAULT_TOKEN_SECONDS);
        return { value, expiresAt: this.options.now().getTime() + seconds * 1000 - RENEW_MARGIN_MS, covers };
    }
    async requestToken(realm, service, scopes, credential) {
        if (credential?.kind === 'identity') {
            // OAuth2 refresh-token grant; "not all token servers implement oauth2" (ggcr), so 404 falls back to GET.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credential.token,
                client_id: 'hephy-builder',
            });
            if (service)
                form.set('service', service);
            if (scopes.length)
                form.set('scope', scopes.join(' '));
            const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
            const response = await this.options.send(realm.href, {
                method: 'POST',
                headers,
                body: form.toString(),
                secretBody: true,
            });
            if (response.status !== 404 && response.status !== 405)
                return response;
            await response.body?.cancel();
        }
        const url = new URL(realm);
        if (service)
            url.searchParams.set('service', service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        url.searchParams.set('client_id', 'hephy-builder');
        const header = credential ? basicHeader(credential) : undefined;
        return this.options.send(url.href, { method: 'GET', headers: header ? { Authorization: header } : {} });
    }
    realm(host, realm) {
        let url;
        try {
            url = new URL(realm ?? '');
        }
        catch {
            throw new errors/* ExternalError */.yA(`${host} asked for a bearer token but named no usable realm ("${realm ?? ''}")`);
        }
        if (url.protocol !== 'https:' && !(url.protocol === 'http:' && this.options.allowHttp(url.host))) {
            throw new errors/* UserError */.yo(`${host} sends us for a token to ${url.origin}, which is not https: add its host to insecure-registries only if you trust the network`);
        }
        return url;
    }
}
function basicHeader(credential) {
    if (credential.kind === 'bearer')
        return undefined;
    const secret = credential.kind === 'basic' ? credential.password : credential.token;
    return `Basic ${Buffer.from(`${credential.username}:${secret}`).toString('base64')}`;
}

// EXTERNAL MODULE: ./packages/core/src/registry/docker-config.ts + 1 modules
var docker_config = __webpack_require__(9206);
// EXTERNAL MODULE: ./packages/core/src/registry/credentials.ts
var credentials = __webpack_require__(695);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/registry/digest.ts
var registry_digest = __webpack_require__(7761);
// EXTERNAL MODULE: ./packages/core/src/shared/reference.ts
var reference = __webpack_require__(1098);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/core/src/registry/layout-lock.ts



const DEFAULT_STALE_MS = 60_000;
const DEFAULT_TIMEOUT_MS = 120_000;
const FIRST_WAIT_MS = 5;
const LONGEST_WAIT_MS = 250;
/** Runs `work` while holding `<file>.lock`; waits with bounded backoff while another writer holds it. */
async function withFileLock(file, work, options = {}) {
    const lock = `${file}.lock`;
    const token = await acquire(lock, options);
    try {
        return await work();
    }
    finally {
        await release(lock, token);
    }
}
async function acquire(lock, options) {
    const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const holder = { pid: process.pid, host: (0,external_node_os_.hostname)(), token: (0,external_node_crypto_.randomUUID)() };
    const started = Date.now();
    let wait = FIRST_WAIT_MS;
    for (;;) {
        if (await createExclusive(lock, JSON.stringify(holder)))
            return holder.token;
        const seen = await inspect(lock);
        if (seen === undefined)
            continue; // released between our attempt and our look
        if (isStale(seen, staleMs)) {
            await breakLock(lock, seen.text, staleMs);
            continue;
        }
        if (Date.now() - started > timeoutMs) {
            const who = seen.holder ? `process ${seen.holder.pid} on ${seen.holder.host}` : 'another writer';
            throw new Error(`${lock} is held by ${who} for ${Math.round(seen.ageMs / 1000)} s; remove it if no hephy-builder is writing this layout`);
        }
        await sleep(wait + Math.random() * wait);
        wait = Math.min(wait * 2, LONGEST_WAIT_MS);
    }
}
async function release(lock, token) {
    const seen = await inspect(lock);
    // Ours unless a waiter judged us stale and took over: then it is theirs to remove.
    if (seen?.holder?.token === token)
        await (0,promises_.unlink)(lock).catch(() => undefined);
}
/** Creates `file` only if it does not exist (O_EXCL); false when it does. */
async function createExclusive(file, text) {
    try {
        await (0,promises_.writeFile)(file, text, { flag: 'wx' });
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
}
async function inspect(lock) {
    try {
        const [text, info] = await Promise.all([(0,promises_.readFile)(lock, 'utf8'), (0,promises_.stat)(lock)]);
        return { text, holder: parseHolder(text), ageMs: Date.now() - info.mtimeMs };
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
function parseHolder(text) {
    try {
        const value = JSON.parse(text);
        if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string') {
            return { pid: value.pid, host: value.host, token: value.token };
        }
    }
    catch {
        // Half-written: judged by its age alone.
    }
    return undefined;
}
function isStale(seen, staleMs) {
    if (seen.ageMs > staleMs)
        return true;
    return seen.holder !== undefined && seen.holder.host === (0,external_node_os_.hostname)() && !processAlive(seen.holder.pid);
}
/** Signal 0 asks the kernel whether the pid exists; EPERM means it does, as someone else's. */
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/**
 * Removes a stale lock, unless it changed since it was judged stale. Two waiters may judge the
 * same lock stale at once; a second lock file (`.break`) makes the look-and-remove one step, so
 * neither removes the fresh lock the other has just taken.
 */
async function breakLock(lock, staleText, staleMs) {
    const breaker = `${lock}.break`;
    if (!(await createExclusive(breaker, String(process.pid)))) {
        const other = await inspect(breaker);
        // A breaker that crashed mid-break (it holds the file for microseconds).
        if (other && other.ageMs > Math.min(staleMs, 10_000))
            await (0,promises_.unlink)(breaker).catch(() => undefined);
        else
            await sleep(FIRST_WAIT_MS);
        return;
    }
    try {
        const now = await (0,promises_.readFile)(lock, 'utf8').catch(() => undefined);
        if (now === staleText)
            await (0,promises_.unlink)(lock).catch(() => undefined);
    }
    finally {
        await (0,promises_.unlink)(breaker).catch(() => undefined);
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

// EXTERNAL MODULE: ./packages/core/src/registry/media-types.ts
var media_types = __webpack_require__(2969);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var registry_reference = __webpack_require__(908);
;// CONCATENATED MODULE: ./packages/core/src/registry/oci-layout.ts









/** Where an image layout keeps a tag (image-spec image-layout.md: only valid on index.json entries). */
const REF_NAME = 'org.opencontainers.image.ref.name';
/**
 * An OCI image layout directory with the same operations as a registry: `oci-layout`,
 * `index.json` (tags are `ref.name` annotations) and `blobs/sha256/<hex>`. Files are written to a
 * temporary name and renamed, so a crash leaves the old state or the new one, never half of one.
 * Every change of `index.json` holds its lock file, so writers in other processes lose no tag.
 */
class LayoutStore {
    lockOptions;
    /** index.json updates of one directory, one after another. */
    queues = new Map();
    constructor(lockOptions = {}) {
        this.lockOptions = lockOptions;
    }
    async headManifest(ref) {
        const r = layout(ref);
        if (r.digest) {
            const bytes = await readBlob(r.dir, r.digest);
            return bytes && { mediaType: (0,media_types/* manifestMediaType */.gp)(bytes, null), digest: r.digest, size: bytes.length };
        }
        const entry = (await readIndex(r.dir)).manifests.find((m) => m.annotations?.[REF_NAME] === r.tag);
        return entry && { mediaType: entry.mediaType, digest: entry.digest, size: entry.size };
    }
    async getManifest(ref) {
        const r = layout(ref);
        const head = await this.headManifest(r);
        const bytes = head && (await readBlob(r.dir, head.digest));
        return head && bytes ? { ...head, bytes } : undefined;
    }
    async putManifest(ref, manifest) {
        const r = layout(ref);
        const written = await this.putBlob(r, manifest.bytes);
        const descriptor = { mediaType: manifest.mediaType, digest: written.digest, size: written.size };
        if (r.tag !== undefined) {
            const tag = r.tag;
            const file = external_node_path_default().join(r.dir, 'index.json');
            await this.serial(r.dir, () => withFileLock(file, async () => {
                const index = await readIndex(r.dir);
                index.manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME] !== tag);
                index.manifests.push({ ...descriptor, annotations: { [REF_NAME]: tag } });
                await writeAtomic(file, JSON.stringify(index));
            }, this.lockOptions));
        }
        return descriptor;
    }
    /** A file check, as a registry's HEAD: a reuse lookup asks for every layer, read none of them. */
    async headBlob(ref, digest) {
        return (0,promises_.stat)(blobPath(layout(ref).dir, digest)).then((s) => s.isFile(), () => false);
    }
    async getBlob(ref, digest) {
        const bytes = await readBlob(layout(ref).dir, digest);
        if (!bytes)
            throw new errors/* UserError */.yo(`${(0,registry_reference/* formatReference */.FH)({ ...layout(ref), digest })}: blob not found`);
        return bytes;
    }
    async putBlob(ref, bytes) {
        const r = layout(ref);
        await ensureLayout(r.dir);
        const digest = (0,registry_digest/* sha256Digest */.s)(bytes);
        const file = blobPath(r.dir, digest);
        if (!(await exists(file)))
            await writeAtomic(file, bytes);
        return { mediaType: 'application/octet-stream', digest, size: bytes.length };
    }
    async mountBlob(ref, digest, from) {
        if (from.kind !== 'layout' || !(await exists(blobPath(from.dir, digest))))
            return false;
        const r = layout(ref);
        await ensureLayout(r.dir);
        const target = blobPath(r.dir, digest);
        if (!(await exists(target))) {
            const temporary = `${target}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
            await (0,promises_.copyFile)(blobPath(from.dir, digest), temporary);
            await (0,promises_.rename)(temporary, target);
        }
        return true;
    }
    async listTags(ref) {
        const index = await readIndex(layout(ref).dir);
        return index.manifests.map((m) => m.annotations?.[REF_NAME]).filter((t) => t !== undefined);
    }
    serial(dir, work) {
        const key = external_node_path_default().resolve(dir);
        const next = (this.queues.get(key) ?? Promise.resolve()).then(work, work);
        this.queues.set(key, next.catch(() => undefined));
        return next;
    }
}
function layout(ref) {
    if (ref.kind !== 'layout')
        throw new Error(`${(0,registry_reference/* formatReference */.FH)(ref)} is not an OCI layout reference`);
    return ref;
}
function blobPath(dir, digest) {
    if (!(0,reference/* isDigest */.Bc)(digest))
        throw new errors/* UserError */.yo(`"${digest}" is not a sha256 digest`);
    return external_node_path_default().join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
}
async function readBlob(dir, digest) {
    let bytes;
    try {
        bytes = new Uint8Array(await (0,promises_.readFile)(blobPath(dir, digest)));
    }
    catch {
        return undefined;
    }
    if ((0,registry_digest/* sha256Digest */.s)(bytes) !== digest)
        throw new Error(`${dir}: blob ${digest} does not match its digest`);
    return bytes;
}
async function readIndex(dir) {
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().join(dir, 'index.json'), 'utf8');
    }
    catch {
        return { schemaVersion: 2, mediaType: media_types/* OCI_INDEX */.$p, manifests: [] };
    }
    const index = JSON.parse(text);
    index.manifests ??= [];
    return index;
}
async function ensureLayout(dir) {
    await (0,promises_.mkdir)(external_node_path_default().join(dir, 'blobs', 'sha256'), { recursive: true });
    const marker = external_node_path_default().join(dir, 'oci-layout');
    if (!(await exists(marker)))
        await createOnce(marker, JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    const index = external_node_path_default().join(dir, 'index.json');
    if (!(await exists(index))) {
        await createOnce(index, JSON.stringify({ schemaVersion: 2, mediaType: media_types/* OCI_INDEX */.$p, manifests: [] }));
    }
}
/**
 * Writes a whole file only where none exists: another process may have written its index.json
 * (with its tags) since we looked, and a rename would replace it.
 */
async function createOnce(file, data) {
    const temporary = `${file}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
    await (0,promises_.writeFile)(temporary, data);
    try {
        await (0,promises_.link)(temporary, file);
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
    }
    finally {
        await (0,promises_.unlink)(temporary);
    }
}
async function writeAtomic(file, data) {
    const temporary = `${file}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
    await (0,promises_.writeFile)(temporary, data);
    await (0,promises_.rename)(temporary, file);
}
async function exists(file) {
    return (0,promises_.stat)(file).then(() => true, () => false);
}

;// CONCATENATED MODULE: ./packages/core/src/registry/retry.ts
const DEFAULT_RETRY = { attempts: 5, baseMs: 250, maxMs: 8_000, maxRetryAfterMs: 60_000 };
/** 408, 429 and the 5xx a proxy or an overloaded registry gives (ggcr and regclient retry these). */
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504, 522]);
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, now) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}
/**
 * The wait before try number `attempt + 1` (attempt counts from 1): the registry's Retry-After
 * when it gave one, else exponential backoff. Undefined means give up.
 */
function retryDelay(attempt, retryAfterMs, policy) {
    if (attempt >= policy.attempts)
        return undefined;
    if (retryAfterMs !== undefined)
        return retryAfterMs <= policy.maxRetryAfterMs ? retryAfterMs : undefined;
    return Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
}
/** A dropped or refused connection, a reset, a timeout: worth another try. */
function isNetworkError(error) {
    if (!(error instanceof Error))
        return false;
    if (error.name === 'TimeoutError' || error.name === 'AbortError')
        return true;
    // undici throws `TypeError: fetch failed` with the socket error as its cause.
    return error instanceof TypeError && /fetch failed|terminated|socket/i.test(error.message);
}

;// CONCATENATED MODULE: ./packages/core/src/registry/transport.ts


const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const MAX_AUTH_ROUNDS = 2;
/**
 * HTTP for registries: auth from `RegistryAuth`, retries of 408/429/5xx and dropped connections
 * with bounded backoff that honours Retry-After, and redirects followed by hand so that an
 * Authorization header never crosses to another host (distribution-spec, pitfall 14).
 */
class Transport {
    options;
    auth;
    constructor(options, auth) {
        this.options = options;
        this.auth = auth;
    }
    baseUrl(host) {
        return `${this.options.allowHttp(host) ? 'http' : 'https'}://${host}`;
    }
    async request(request) {
        const url = /^https?:\/\//.test(request.path)
            ? request.path
            : `${this.baseUrl(request.host)}${request.path}`;
        // An absolute URL (an upload Location) on another host gets no credentials either.
        const ownHost = new URL(url).host === request.host;
        // The host's first request learns its challenge; those fanned out beside it wait for that.
        const discovery = ownHost
            ? await this.auth.discover(request.host, request.repository, request.access)
            : undefined;
        try {
            return await this.authorized(request, url, ownHost, discovery);
        }
        finally {
            discovery?.(false);
        }
    }
    async authorized(request, url, ownHost, discovery) {
        let authRounds = 0;
        for (let attempt = 1;; attempt++) {
            const authorization = ownHost
                ? await this.auth.header(request.host, request.repository, request.access)
                : undefined;
            const headers = { ...request.headers, ...(authorization ? { Authorization: authorization } : {}) };
            const answered = await this.attempt(url, { method: request.method, headers, body: request.body }, attempt);
            if (!answered)
                continue;
            const { response, from } = answered;
            if (response.status === 401 && from.host !== request.host) {
                await drain(response);
                throw this.foreignChallenge(request, url, from, response.headers.get('www-authenticate'));
            }
            // An answer that is no 401 and no hiccup says the host lets this request through as it was sent.
            if (response.status !== 401 && !RETRYABLE_STATUS.has(response.status))
                discovery?.(true);
            if (response.status === 401 && authRounds < MAX_AUTH_ROUNDS) {
                authRounds++;
                await drain(response);
                const challenge = response.headers.get('www-authenticate');
                const retry = await this.auth.challenged(request.host, challenge, authorization !== undefined);
                discovery?.(true);
                if (retry) {
                    attempt--;
                    continue;
                }
                throw await this.refused(request, 401);
            }
            if (response.status === 401 || response.status === 403)
                throw await this.refused(request, response.status);
            if (!(await this.shouldRetry(response, attempt, `${request.method} ${url}`)))
                return response;
        }
    }
    /** Retries and redirects, no registry auth: for token endpoints. */
    async send(url, init) {
        for (let attempt = 1;; attempt++) {
            const response = (await this.attempt(url, init, attempt))?.response;
            if (response && !(await this.shouldRetry(response, attempt, `${init.method} ${url}`)))
                return response;
        }
    }
    /** One try; undefined when the connection failed and a retry was waited for. */
    async attempt(url, init, attempt) {
        try {
            return await this.follow(url, init);
        }
        catch (error) {
            if (!isNetworkError(error))
                throw error;
            const delay = retryDelay(attempt, undefined, this.options.retry);
            const reason = describeNetworkError(error);
            if (delay === undefined) {
                throw new errors/* ExternalError */.yA(`${init.method} ${url} failed after ${attempt} tries: ${reason}`, {
                    cause: error,
                });
            }
            this.options.log.debug(`${init.method} ${url}: ${reason}; retrying in ${delay} ms`);
            await this.options.sleep(delay);
            return undefined;
        }
    }
    async shouldRetry(response, attempt, what) {
        if (!RETRYABLE_STATUS.has(response.status))
            return false;
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'), this.options.now());
        const delay = retryDelay(attempt, retryAfter, this.options.retry);
        if (delay === undefined)
            return false;
        await drain(response);
        this.options.log.debug(`${what}: ${response.status}; retrying in ${delay} ms`);
        await this.options.sleep(delay);
        return true;
    }
    async follow(start, init) {
        let url = new URL(start);
        let current = init;
        for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
            const response = await this.options.fetch(url, {
                method: current.method,
                headers: current.headers,
                ...(current.body !== undefined ? { body: current.body } : {}),
                redirect: 'manual',
                signal: AbortSignal.timeout(this.options.timeoutMs),
            });
            const location = response.headers.get('location');
            if (!REDIRECTS.has(response.status) || !location)
                return { response, from: url };
            await drain(response);
            const next = new URL(location, url);
            if (next.protocol === 'http:' && !this.options.allowHttp(next.host)) {
                throw new errors/* ExternalError */.yA(`${current.method} ${url.href} redirected to plain HTTP at ${next.origin}; refused`);
            }
            const keepsBody = response.status === 307 || response.status === 308;
            if (current.secretBody && keepsBody && next.host !== url.host) {
                throw new errors/* UserError */.yo(`${current.method} ${url.origin}${url.pathname} redirected to ${next.origin} with its body, which holds a credential; refused: the token server must answer on its own host`);
            }
            current = redirectedInit(current, response.status, next.host !== url.host);
            url = next;
        }
        throw new errors/* ExternalError */.yA(`${init.method} ${start}: more than ${MAX_REDIRECTS} redirects`);
    }
    /**
     * A 401 from where the registry redirected us (a storage backend, or anyone the registry lets
     * redirect): its challenge must not be answered, or the registry's credentials, or a token got
     * with them from a realm that host names, would go to it.
     */
    foreignChallenge(request, url, from, challenge) {
        const scheme = /^\s*([A-Za-z]+)/.exec(challenge ?? '')?.[1];
        const asked = new URL(url);
        return new errors/* UserError */.yo(`${request.method} ${asked.origin}${asked.pathname} was redirected to ${from.origin}, which asked for credentials (401${scheme ? ` ${scheme}` : ''}): credentials go only to ${request.host} and the token server its own challenge names, so none were sent; the registry's redirect target must accept the request as redirected`);
    }
    async refused(request, status) {
        const what = request.repository ? `${request.host}/${request.repository}` : request.host;
        const verb = request.access === 'push' ? 'push to' : 'read';
        const credentials = await this.auth.describe(request.host);
        return new errors/* UserError */.yo(status === 401
            ? `${request.host} did not accept ${credentials} (${request.method} ${request.path} answered 401): log in (docker login), set the username and password inputs, or fix the Docker config`
            : `${request.host} denied ${credentials} the right to ${verb} ${what} (403): grant that access or use another repository`);
    }
}
function redirectedInit(init, status, crossHost) {
    const headers = { ...init.headers };
    // Credentials belong to the registry; a storage backend on another host must not see them.
    if (crossHost)
        delete headers.Authorization;
    if (status === 303 || ((status === 301 || status === 302) && init.method === 'POST')) {
        return { method: 'GET', headers };
    }
    return { ...init, headers };
}
async function drain(response) {
    await response.body?.cancel().catch(() => undefined);
}
function describeNetworkError(error) {
    const cause = error.cause;
    if (error.name === 'TimeoutError')
        return 'no answer in time';
    return cause?.code ?? cause?.message ?? error.message;
}

;// CONCATENATED MODULE: ./packages/core/src/registry/remote.ts






/** Waits before believing a "not found" for something pushed moments ago (eventual consistency). */
const NOT_FOUND_WAITS_MS = [500, 1000, 2000, 4000];
/** Tags per page: ECR refuses more than 1000 (ggcr#1091). */
const TAG_PAGE = 1000;
/** Whole-upload restarts: a blob upload session cannot be resumed after a dropped PUT. */
const UPLOAD_TRIES = 3;
/** The OCI distribution API of one registry, at the request floor. */
class RemoteStore {
    transport;
    auth;
    sleep;
    log;
    constructor(transport, auth, sleep, log) {
        this.transport = transport;
        this.auth = auth;
        this.sleep = sleep;
        this.log = log;
    }
    async headManifest(ref, options = {}) {
        const r = remote(ref);
        const response = await this.untilFound(options, () => this.call(r, 'HEAD', `/manifests/${(0,registry_reference/* manifestTarget */.Z_)(r)}`, 'pull', { Accept: media_types/* MANIFEST_ACCEPT */.dY }));
        if (!response)
            return undefined;
        const digest = r.digest ?? response.headers.get('docker-content-digest');
        const size = Number(response.headers.get('content-length'));
        const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim();
        // Registries before distribution-spec 1.1 may leave the digest out of a HEAD: read the bytes then.
        if (!digest || !mediaType || !Number.isFinite(size) || size <= 0)
            return this.getManifest(ref, options);
        return { digest, mediaType, size };
    }
    async getManifest(ref, options = {}) {
        const r = remote(ref);
        const response = await this.untilFound(options, () => this.call(r, 'GET', `/manifests/${(0,registry_reference/* manifestTarget */.Z_)(r)}`, 'pull', { Accept: media_types/* MANIFEST_ACCEPT */.dY }));
        if (!response)
            return undefined;
        const bytes = new Uint8Array(await response.arrayBuffer());
        const digest = (0,registry_digest/* sha256Digest */.s)(bytes);
        if (r.digest && r.digest !== digest) {
            throw new errors/* ExternalError */.yA(`${(0,registry_reference/* formatReference */.FH)(r)}: the registry sent a manifest whose digest is ${digest}`);
        }
        return {
            digest,
            size: bytes.length,
            mediaType: (0,media_types/* manifestMediaType */.gp)(bytes, response.headers.get('content-type')),
            bytes,
        };
    }
    async putManifest(ref, manifest) {
        const r = remote(ref);
        const digest = (0,registry_digest/* sha256Digest */.s)(manifest.bytes);
        const request = {
            ...this.base(r, 'PUT', `/manifests/${(0,registry_reference/* manifestTarget */.Z_)(r)}`, 'push'),
            headers: { 'Content-Type': manifest.mediaType },
            body: manifest.bytes,
        };
        const response = await this.transport.request(request);
        await this.expect(response, request, [200, 201, 202]);
        const echoed = response.headers.get('docker-content-digest');
        if (echoed && echoed !== digest) {
            throw new errors/* ExternalError */.yA(`${(0,registry_reference/* formatReference */.FH)(r)}: the registry stored the manifest as ${echoed}, not ${digest}`);
        }
        return { mediaType: manifest.mediaType, digest, size: manifest.bytes.length };
    }
    async headBlob(ref, digest) {
        const r = remote(ref);
        const response = await this.call(r, 'HEAD', `/blobs/${digest}`, 'pull');
        return response !== undefined;
    }
    async getBlob(ref, digest) {
        const r = remote(ref);
        const response = await this.call(r, 'GET', `/blobs/${digest}`, 'pull');
        if (!response)
            throw new errors/* UserError */.yo(`${(0,registry_reference/* formatReference */.FH)({ ...r, digest })}: blob not found`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        if ((0,registry_digest/* sha256Digest */.s)(bytes) !== digest)
            throw new errors/* ExternalError */.yA(`${r.host}/${r.repository}: blob ${digest} arrived corrupted`);
        return bytes;
    }
    async putBlob(ref, bytes) {
        const r = remote(ref);
        const digest = (0,registry_digest/* sha256Digest */.s)(bytes);
        const descriptor = { mediaType: 'application/octet-stream', digest, size: bytes.length };
        for (let attempt = 1;; attempt++) {
            try {
                await this.upload(r, digest, bytes);
                return descriptor;
            }
            catch (error) {
                // The PUT may have landed before its answer was lost; the blob then exists.
                if (await this.headBlob(r, digest).catch(() => false))
                    return descriptor;
                if (attempt >= UPLOAD_TRIES || error instanceof errors/* UserError */.yo)
                    throw error;
                this.log.debug(`upload of ${digest} to ${r.host}/${r.repository} failed; starting a new session`);
            }
        }
    }
    async mountBlob(ref, digest, from) {
        const r = remote(ref);
        const source = remote(from);
        this.auth.want(r.host, source.repository, 'pull');
        const query = `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(source.repository)}`;
        const request = this.base(r, 'POST', `/blobs/uploads/${query}`, 'push');
        const response = await this.transport.request(request);
        if (response.status === 201)
            return (await drain(response), true);
        if (response.status !== 202)
            return (await this.expect(response, request, [201]), false);
        // 202: the registry opened an ordinary upload instead of mounting; close that session again.
        await drain(response);
        const location = response.headers.get('location');
        if (location) {
            const url = new URL(location, this.transport.baseUrl(r.host)).href;
            await drain(await this.transport.request(this.base(r, 'DELETE', url, 'push')));
        }
        return false;
    }
    async listTags(ref, options = {}) {
        const r = remote(ref);
        const tags = [];
        let path = `${this.transport.baseUrl(r.host)}/v2/${r.repository}/tags/list?n=${TAG_PAGE}`;
        for (let page = 0; path; page++) {
            if (options.maxPages !== undefined && page >= options.maxPages)
                return undefined;
            const request = this.base(r, 'GET', path, 'pull');
            const response = await this.transport.request(request);
            if (response.status === 404)
                return (await drain(response), tags);
            await this.expect(response, request, [200]);
            const body = (await response.json());
            tags.push(...(body.tags ?? []));
            path = nextPage(response.headers.get('link'), this.transport.baseUrl(r.host));
        }
        return tags;
    }
    async upload(r, digest, bytes) {
        const begin = this.base(r, 'POST', '/blobs/uploads/', 'push');
        const start = await this.transport.request(begin);
        await this.expect(start, begin, [202]);
        await drain(start);
        const location = new URL(start.headers.get('location') ?? '', this.transport.baseUrl(r.host));
        location.searchParams.set('digest', digest);
        const finish = {
            ...this.base(r, 'PUT', location.href, 'push'),
            headers: { 'Content-Type': 'application/octet-stream' },
            body: bytes,
        };
        const put = await this.transport.request(finish);
        await this.expect(put, finish, [201, 204]);
        await drain(put);
    }
    /** A request whose 404 means "absent" (undefined); other failures throw. */
    async call(r, method, path, access, headers = {}) {
        const request = { ...this.base(r, method, path, access), headers };
        const response = await this.transport.request(request);
        if (response.status === 404)
            return (await drain(response), undefined);
        await this.expect(response, request, [200]);
        return response;
    }
    /** A request on the repository: `path` is relative to `/v2/<repository>`, or an absolute URL. */
    base(r, method, path, access) {
        const full = /^https?:\/\//.test(path) ? path : `/v2/${r.repository}${path}`;
        return { method, host: r.host, path: full, repository: r.repository, access };
    }
    async untilFound(options, request) {
        const waits = options.justPushed ? NOT_FOUND_WAITS_MS : [];
        for (let i = 0;; i++) {
            const response = await request();
            if (response || i >= waits.length)
                return response;
            await this.sleep(waits[i]);
        }
    }
    async expect(response, request, ok) {
        if (ok.includes(response.status))
            return;
        const details = await readErrorDetails(response, (text) => this.log.mask(text));
        // Origin and path only: an upload URL's query carries the registry's session state.
        const url = new URL(request.path, this.transport.baseUrl(request.host));
        throw new RegistryError(request.method, `${url.origin}${url.pathname}`, response.status, details);
    }
}
function remote(ref) {
    if (ref.kind !== 'registry')
        throw new Error(`${(0,registry_reference/* formatReference */.FH)(ref)} is not a registry reference`);
    return ref;
}
/** The next page from a `Link: </v2/x/tags/list?n=..&last=..>; rel="next"` header. */
function nextPage(link, base) {
    const match = link ? /<([^>]+)>\s*;\s*rel="?next"?/i.exec(link) : null;
    return match ? new URL(match[1], base).href : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/registry/client.ts








function createRegistryClient(options) {
    const { ports } = options;
    const insecure = new Set((options.insecureRegistries ?? []).map(docker_config/* configKeyHost */.Oq));
    const allowHttp = (host) => (0,registry_reference/* isLoopbackHost */.cW)(host) || insecure.has(host.toLowerCase());
    const sleep = options.sleep ?? realSleep;
    const auth = new RegistryAuth({
        resolveCredential: (host) => (0,credentials/* resolveCredential */.S)(host, options.credentials ?? {}, ports),
        // `transport` is created below; the token endpoint is only called once requests flow.
        send: (url, init) => transport.send(url, init),
        now: ports.now,
        log: ports.log,
        allowHttp,
    });
    const transport = new Transport({
        fetch: ports.fetch,
        log: ports.log,
        now: ports.now,
        sleep,
        retry: { ...DEFAULT_RETRY, ...options.retry },
        timeoutMs: options.timeoutMs ?? 120_000,
        allowHttp,
    }, auth);
    const remote = new RemoteStore(transport, auth, sleep, ports.log);
    const layout = new LayoutStore();
    const resolve = (reference) => {
        const ref = typeof reference === 'string' ? (0,registry_reference/* parseReference */.F2)(reference) : reference;
        return { ref, store: ref.kind === 'layout' ? layout : remote };
    };
    return {
        want(reference, access) {
            const { ref } = resolve(reference);
            if (ref.kind === 'registry')
                auth.want(ref.host, ref.repository, access);
        },
        headManifest: (reference, o) => withStore(resolve(reference), (s, r) => s.headManifest(r, o)),
        getManifest: (reference, o) => withStore(resolve(reference), (s, r) => s.getManifest(r, o)),
        putManifest: (reference, m) => withStore(resolve(reference), (s, r) => s.putManifest(r, m)),
        headBlob: (reference, d) => withStore(resolve(reference), (s, r) => s.headBlob(r, d)),
        getBlob: (reference, d) => withStore(resolve(reference), (s, r) => s.getBlob(r, d)),
        putBlob: (reference, b) => withStore(resolve(reference), (s, r) => s.putBlob(r, b)),
        mountBlob: (reference, d, from) => withStore(resolve(reference), (s, r) => s.mountBlob(r, d, resolve(from).ref)),
        listTags: (reference, o) => withStore(resolve(reference), (s, r) => s.listTags(r, o)),
    };
}
function withStore(target, call) {
    return call(target.store, target.ref);
}


/***/ }),

/***/ 1184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ credentialSecrets)
/* harmony export */ });
/** The secret parts of a credential, to register with the log masker the moment they are read. */
function credentialSecrets(credential) {
    switch (credential.kind) {
        case 'basic':
            return [credential.password, `${credential.username}:${credential.password}`];
        case 'identity':
        case 'bearer':
            return [credential.token];
    }
}


/***/ }),

/***/ 695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ resolveCredential)
/* harmony export */ });
/* harmony import */ var _credential_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1184);
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9206);


/**
 * The credential for one registry host, in this order: the username/password inputs (for their
 * host), Docker's config (credHelpers, credsStore, auths), and the login the CI job was given
 * (on GitLab `CI_REGISTRY_USER`/`CI_REGISTRY_PASSWORD` for `CI_REGISTRY`). Undefined = anonymous.
 */
async function resolveCredential(host, options, ports) {
    const explicit = explicitCredential(host, options);
    const resolved = explicit ?? (await (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_0__/* .dockerConfigCredential */ .Yq)(host, ports)) ?? jobCredential(host, options.job);
    if (resolved)
        for (const secret of (0,_credential_js__WEBPACK_IMPORTED_MODULE_1__/* .credentialSecrets */ .D)(resolved.credential))
            ports.log.addSecret(secret);
    return resolved;
}
function explicitCredential(host, options) {
    if (!options.username || !options.password)
        return undefined;
    if (options.host && (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_0__/* .configKeyHost */ .Oq)(options.host) !== host)
        return undefined;
    return {
        credential: { kind: 'basic', username: options.username, password: options.password },
        source: 'the username and password inputs',
    };
}
function jobCredential(host, job) {
    if (!job || (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_0__/* .configKeyHost */ .Oq)(job.host) !== host)
        return undefined;
    return {
        credential: { kind: 'basic', username: job.username, password: job.password },
        source: "the CI job's registry login",
    };
}


/***/ }),

/***/ 7761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The digest of exactly these bytes. Computed here, never taken from `Docker-Content-Digest`:
 * registries get that header wrong often enough that go-containerregistry stopped trusting it.
 */
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}


/***/ }),

/***/ 9206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Oq: () => (/* binding */ configKeyHost),
  Yq: () => (/* binding */ dockerConfigCredential),
  Q1: () => (/* binding */ dockerConfigPath),
  Fp: () => (/* binding */ helperServerUrl),
  TO: () => (/* binding */ readDockerConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/registry/credential.ts
var registry_credential = __webpack_require__(1184);
;// CONCATENATED MODULE: ./packages/core/src/registry/credential-helper.ts

/** What helpers print when they hold nothing for the server (docker/cli `IsErrCredentialsNotFound`). */
const NOT_FOUND = /credentials not found/i;
/**
 * Asks `docker-credential-<name> get` for a server's credentials: the server URL on standard
 * input, `{"Username","Secret"}` on standard output. `Username: "<token>"` marks an identity token.
 * Undefined when the helper has nothing for this server.
 */
async function readCredentialHelper(helper, serverUrl, ports) {
    const program = `docker-credential-${helper}`;
    let result;
    try {
        result = await ports.exec.run(program, ['get'], { input: serverUrl, allowFailure: true });
    }
    catch (error) {
        throw new errors/* UserError */.yo(`the Docker config names the credential helper "${helper}" for ${serverUrl}, but ${program} could not be started: install it or remove it from config.json`, { cause: error });
    }
    if (result.exitCode !== 0) {
        if (NOT_FOUND.test(result.stdout) || NOT_FOUND.test(result.stderr))
            return undefined;
        // The helper's output could hold a secret; the masker has not seen it, so it is not shown.
        throw new errors/* UserError */.yo(`${program} get failed for ${serverUrl} with exit code ${result.exitCode}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(result.stdout);
    }
    catch {
        throw new errors/* UserError */.yo(`${program} get printed something that is not JSON for ${serverUrl}`);
    }
    const username = typeof parsed.Username === 'string' ? parsed.Username : '';
    const secret = typeof parsed.Secret === 'string' ? parsed.Secret : '';
    if (!secret)
        return undefined;
    ports.log.addSecret(secret);
    return username === '<token>' || !username
        ? { kind: 'identity', username: '<token>', token: secret }
        : { kind: 'basic', username, password: secret };
}

// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(908);
;// CONCATENATED MODULE: ./packages/core/src/registry/docker-config.ts






/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json` (docker/cli `config.Dir`). */
function dockerConfigPath(env) {
    if (env.DOCKER_CONFIG)
        return external_node_path_default().join(env.DOCKER_CONFIG, 'config.json');
    return env.HOME ? external_node_path_default().join(env.HOME, '.docker', 'config.json') : undefined;
}
async function readDockerConfig(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        // Never the parser's message: it quotes the file's text, and this file holds credentials.
        throw new errors/* UserError */.yo('is not valid JSON (its text is not shown: it holds credentials)', {
            location: { file, ...jsonErrorPlace(text, error) },
        });
    }
}
/** Where JSON.parse stopped, from the offset V8 names in its message ("at position 12"). */
function jsonErrorPlace(text, error) {
    const match = /\bposition (\d+)/.exec(String(error.message));
    if (!match)
        return undefined;
    const lines = text.slice(0, Number(match[1])).split('\n');
    return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
/** A config key as a bare host: `https://index.docker.io/v1/` -> `index.docker.io` (docker/cli `ConvertToHostname`). */
function configKeyHost(key) {
    const host = key.replace(/^https?:\/\//, '').split('/')[0] ?? '';
    return host === 'docker.io' || host === 'registry-1.docker.io' ? reference/* DOCKER_HUB_HOST */.OC : host.toLowerCase();
}
/** The server URL a credential helper expects: Hub's historic v1 URL, else the host. */
function helperServerUrl(host) {
    return host === reference/* DOCKER_HUB_HOST */.OC ? reference/* DOCKER_HUB_CONFIG_KEY */.Mj : host;
}
/**
 * Credentials for a host from Docker's config: `credHelpers[host]`, then `credsStore`, then
 * `auths` (the order of docker/cli `GetCredentialsStore`). Every secret read is masked at once.
 */
async function dockerConfigCredential(host, ports) {
    const file = dockerConfigPath(ports.env);
    const config = file ? await readDockerConfig(file) : undefined;
    if (!file || !config)
        return undefined;
    const helper = Object.entries(config.credHelpers ?? {}).find(([key]) => configKeyHost(key) === host)?.[1] ??
        config.credsStore;
    if (helper) {
        const credential = await readCredentialHelper(helper, helperServerUrl(host), ports);
        if (credential)
            return { credential, source: `docker-credential-${helper} (from ${file})` };
    }
    const entry = Object.entries(config.auths ?? {}).find(([key]) => configKeyHost(key) === host)?.[1];
    if (entry?.auth)
        ports.log.addSecret(entry.auth);
    const credential = entry ? authEntryCredential(entry, file) : undefined;
    if (!credential)
        return undefined;
    for (const secret of (0,registry_credential/* credentialSecrets */.D)(credential))
        ports.log.addSecret(secret);
    return { credential, source: file };
}
function authEntryCredential(entry, file) {
    let { username, password } = entry;
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8').replace(/\0+$/, '');
        const colon = decoded.indexOf(':');
        if (colon < 0)
            throw new errors/* UserError */.yo(`${file}: an "auth" entry does not decode to user:password`, { location: { file } });
        username = decoded.slice(0, colon);
        password = decoded.slice(colon + 1);
    }
    if (entry.registrytoken)
        return { kind: 'bearer', token: entry.registrytoken };
    if (entry.identitytoken)
        return { kind: 'identity', username: username || '<token>', token: entry.identitytoken };
    return username && password ? { kind: 'basic', username, password } : undefined;
}


/***/ }),

/***/ 2969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ isIndexType),
/* harmony export */   $p: () => (/* binding */ OCI_INDEX),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   gp: () => (/* binding */ manifestMediaType),
/* harmony export */   tr: () => (/* binding */ isImageManifestType)
/* harmony export */ });
/* unused harmony exports OCI_MANIFEST, OCI_CONFIG, OCI_LAYOUT_HEADER, DOCKER_LIST, DOCKER_MANIFEST, DOCKER_CONFIG */
/** The media types the client reads and writes (image-spec media-types.md, Docker distribution). */
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYOUT_HEADER = 'application/vnd.oci.layout.header.v1+json';
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
/**
 * Every manifest type we understand, sent on each manifest GET and HEAD. An incomplete Accept
 * list makes registries answer with a different manifest (a schema1, or the amd64 child of a
 * list) or refuse outright (GHCR: "OCI index found, but Accept header does not support OCI indexes").
 */
const MANIFEST_ACCEPT = [OCI_INDEX, OCI_MANIFEST, DOCKER_LIST, DOCKER_MANIFEST].join(', ');
function isIndexType(mediaType) {
    return mediaType === OCI_INDEX || mediaType === DOCKER_LIST;
}
function isImageManifestType(mediaType) {
    return mediaType === OCI_MANIFEST || mediaType === DOCKER_MANIFEST;
}
/** The media type of a manifest: its own `mediaType` field, else the Content-Type it came with. */
function manifestMediaType(bytes, contentType) {
    const declared = contentType?.split(';')[0]?.trim();
    try {
        const parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
        if (typeof parsed.mediaType === 'string' && parsed.mediaType)
            return parsed.mediaType;
        // An OCI manifest may omit mediaType; a `manifests` array tells an index apart.
        if (!declared || declared === 'application/json')
            return Array.isArray(parsed.manifests) ? OCI_INDEX : OCI_MANIFEST;
    }
    catch {
        // Not JSON: trust the header.
    }
    return declared || OCI_MANIFEST;
}


/***/ }),

/***/ 908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Mj: () => (/* binding */ DOCKER_HUB_CONFIG_KEY),
/* harmony export */   OC: () => (/* binding */ DOCKER_HUB_HOST),
/* harmony export */   RB: () => (/* binding */ sameRepository),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   Z_: () => (/* binding */ manifestTarget),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   yY: () => (/* binding */ withTarget)
/* harmony export */ });
/* unused harmony export splitHostPath */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _shared_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1098);



const DOCKER_HUB_HOST = 'index.docker.io';
/** The key Docker writes for Hub into config.json and passes to credential helpers. */
const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/';
/** distribution-spec `<name>` components. */
const NAME_COMPONENT = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*$/;
/** Parses `host[:port]/path[:tag][@digest]` or `oci:<dir>[:tag][@digest]`. */
function parseReference(text) {
    const input = text.trim();
    const at = input.lastIndexOf('@');
    const digest = at >= 0 ? input.slice(at + 1) : undefined;
    const rest = at >= 0 ? input.slice(0, at) : input;
    if (digest !== undefined && !(0,_shared_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(digest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${text}" has an invalid digest "${digest}" (expected sha256:<64 hex digits>)`);
    }
    const { name, tag } = splitTag(rest);
    if (tag !== undefined && !_shared_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG_PATTERN */ .A0.test(tag)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${text}" has an invalid tag "${tag}" (tags are [A-Za-z0-9_][A-Za-z0-9._-]{0,127})`);
    }
    const extra = { ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
    if (name.startsWith('oci:')) {
        const dir = name.slice(4);
        if (!dir)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${text}" names no directory after oci:`);
        return { kind: 'layout', dir, ...extra };
    }
    return { kind: 'registry', ...splitHost(name, text), ...extra };
}
function splitTag(text) {
    const colon = text.lastIndexOf(':');
    // A colon before the last slash is a port (or the `oci:` prefix), not a tag.
    if (colon < 0 || colon < text.lastIndexOf('/') || text.slice(0, colon) === 'oci')
        return { name: text };
    return { name: text.slice(0, colon), tag: text.slice(colon + 1) };
}
/**
 * A repository to push to, as the `repository` input names it: `host[:port]/path` or
 * `oci:<dir>`, without tag or digest. Docker's rule decides the host (a first component with a
 * `.` or `:`, or `localhost`; else Docker Hub), the same rule every request and every
 * credential look-up of the run then follows. The path is kept as written (no `library/`): with
 * `naming: repository` it is a prefix (`team` -> `index.docker.io/team/<image>`).
 */
function parseRepository(text) {
    const name = text.trim().replace(/\/+$/, '');
    const ref = parseReference(name);
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${text}" names a tag or digest: give the repository only (like registry.example.com/team/images); the tags are computed`);
    }
    if (ref.kind === 'layout')
        return ref;
    const { host, path } = splitHostPath(name);
    return { kind: 'registry', host, repository: path };
}
/** `host/path` (or `oci:<dir>`) without tag or digest: the name the tags are added to. */
function repositoryName(ref) {
    return ref.kind === 'layout' ? `oci:${ref.dir}` : `${ref.host}/${ref.repository}`;
}
/** Docker's rule (distribution/reference `splitDockerDomain`): which part of a name is the registry host. */
function splitHostPath(name) {
    const slash = name.indexOf('/');
    const first = slash < 0 ? '' : name.slice(0, slash);
    const isHost = first.includes('.') || first.includes(':') || first === 'localhost';
    const host = isHost ? first.toLowerCase() : DOCKER_HUB_HOST;
    const path = isHost ? name.slice(slash + 1) : name;
    return { host: host === 'docker.io' || host === 'registry-1.docker.io' ? DOCKER_HUB_HOST : host, path };
}
function splitHost(name, original) {
    const { host, path } = splitHostPath(name);
    let repository = path;
    if (host === DOCKER_HUB_HOST && !repository.includes('/'))
        repository = `library/${repository}`;
    if (!repository || !repository.split('/').every((part) => NAME_COMPONENT.test(part))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${original}" is not a valid image reference: the repository path must be lower case letters, digits and separators (. _ __ -), like registry.example.com/team/images`);
    }
    return { host, repository };
}
function formatReference(ref) {
    return `${repositoryName(ref)}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
/** The same repository (or layout) with another tag or digest. */
function withTarget(ref, target) {
    const { tag: _tag, digest: _digest, ...base } = ref;
    return { ...base, ...target };
}
/** The tag or digest a manifest request addresses: the digest wins when both are given. */
function manifestTarget(ref) {
    const target = ref.digest ?? ref.tag;
    if (target === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${formatReference(ref)}" names neither a tag nor a digest`);
    return target;
}
function sameRepository(a, b) {
    if (a.kind === 'layout')
        return b.kind === 'layout' && a.dir === b.dir;
    return b.kind === 'registry' && a.host === b.host && a.repository === b.repository;
}
/** Hosts we reach over plain HTTP: loopback always, others only when the user lists them. */
function isLoopbackHost(host) {
    const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return name === 'localhost' || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name);
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


/***/ }),

/***/ 7588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ credentialOptions),
/* harmony export */   Rk: () => (/* binding */ registryClient),
/* harmony export */   TB: () => (/* binding */ checkRegistryInputs),
/* harmony export */   fT: () => (/* binding */ imageTagScheme),
/* harmony export */   hu: () => (/* binding */ parseTarget)
/* harmony export */ });
/* unused harmony exports REGISTRY_INPUTS, readRegistryInputs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _plan_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2373);
/* harmony import */ var _inputs_image_set_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3251);
/* harmony import */ var _inputs_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6475);
/* harmony import */ var _inputs_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2239);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(908);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8616);







const { repository, username, password } = _inputs_image_set_js__WEBPACK_IMPORTED_MODULE_2__/* .IMAGE_SET_INPUTS */ .Fh;
/** The three inputs every registry step has, alone. */
const REGISTRY_INPUTS = { repository, username, password };
/**
 * Reads a registry step's inputs through its table (at least `repository`, `username` and
 * `password`: `REGISTRY_INPUTS`), the password masked before anything else, and checks them
 * (`checkRegistryInputs`): the one reader of build-arch, merge-manifest and retag.
 */
function readRegistryInputs(platform, table) {
    const values = readInputs(table, platformInputs(platform), {
        addSecret: (secret) => platform.log.addSecret(secret),
    });
    // T's three inputs are strings (its bound says so); the mapped type loses that, so say it once.
    const registry = values;
    return { ...values, ...checkRegistryInputs(registry, platform) };
}
/**
 * Checks the registry inputs a step's table read: the repository is set and parses (the one
 * parse of it: `target`), a password comes with a username; adds the login the platform gave the job.
 */
function checkRegistryInputs(values, platform) {
    const { repository, username, password } = values;
    if (!repository) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('is required: the registry repository, like registry.example.com/team/images', {
            field: 'input repository',
        });
    }
    const target = parseTarget(repository, 'input repository');
    if (password && !username) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('is set but username is empty: set both or neither', { field: 'input password' });
    }
    const jobLogin = platform.registryLogin();
    return { repository, target, username, password, ...(jobLogin ? { jobLogin } : {}) };
}
/**
 * The `repository` input (or CLI option, named by `field`) parsed, where it is read: the one
 * parse of it, so a bad repository stops a step before it does anything else.
 */
function parseTarget(repository, field) {
    try {
        return (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRepository */ .SU)(repository);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(error.message, { field });
        throw error;
    }
}
/**
 * How this run names its images, in the repository parsed from the inputs: `team/images` is
 * `index.docker.io/team/images` (`index.docker.io/team/images:curl-…`).
 */
function imageTagScheme(inputs, event, now) {
    return (0,_plan_names_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveTagScheme */ .a7)({ naming: inputs.naming, repository: inputs.target, date: inputs.date ?? '' }, event, now);
}
/**
 * How the registry client and the backends' auth file resolve credentials for these inputs: the
 * username and password belong to the parsed repository's registry host, and to no other.
 */
function credentialOptions(inputs) {
    const { target } = inputs;
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
/**
 * The one registry client of a step, from its registry inputs; `options` tune its waiting (a
 * test's sleep, the plan report's short timeout), never its credentials or hosts.
 */
function registryClient(inputs, ports, options = {}) {
    return (0,_registry_client_js__WEBPACK_IMPORTED_MODULE_6__/* .createRegistryClient */ .H)({
        ports,
        credentials: credentialOptions(inputs),
        insecureRegistries: inputs.insecureRegistries,
        ...options,
    });
}


/***/ }),

/***/ 7650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** `fn` over `items` with at most `limit` running at once, results in input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < items.length; i = next++)
            results[i] = await fn(items[i], i);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ })

};
