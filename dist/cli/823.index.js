export const id = 823;
export const ids = [823];
export const modules = {

/***/ 7823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  build: () => (/* binding */ build)
});

// EXTERNAL MODULE: ./packages/core/src/inputs/cli.ts
var cli = __webpack_require__(2121);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/config/types.ts
var types = __webpack_require__(2281);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/exec.ts + 2 modules
var exec = __webpack_require__(9150);
;// CONCATENATED MODULE: ./packages/core/src/backends/digest.ts
/** A content digest as registries use them: `sha256:<64 hex>` (or sha512). */
const DIGEST_PATTERN = /\b(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})\b/;
/** The whole text is one digest (a digest file), give or take whitespace. */
function parseDigestFile(text) {
    const trimmed = text.trim();
    const match = DIGEST_PATTERN.exec(trimmed);
    return match && match[0] === trimmed ? match[0] : undefined;
}
/**
 * BuildKit's `--metadata-file` JSON (buildctl and buildx write the same keys): the manifest
 * digest is `containerimage.digest`, also inside `containerimage.descriptor`.
 */
function parseBuildkitMetadata(text) {
    let metadata;
    try {
        metadata = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof metadata !== 'object' || metadata === null)
        return undefined;
    const record = metadata;
    const descriptor = record['containerimage.descriptor'];
    const digest = record['containerimage.digest'] ?? descriptor?.digest;
    return typeof digest === 'string' ? parseDigestFile(digest) : undefined;
}
/** The split of `host[:port]/path:tag` into its repository and tag. */
function splitReference(reference) {
    const slash = reference.lastIndexOf('/');
    const colon = reference.lastIndexOf(':');
    if (colon > slash)
        return { repository: reference.slice(0, colon), tag: reference.slice(colon + 1) };
    return { repository: reference, tag: 'latest' };
}
/** The registry host of a reference (`127.0.0.1:5000` of `127.0.0.1:5000/team/app:tag`). */
function referenceHost(reference) {
    return reference.split('/')[0];
}

;// CONCATENATED MODULE: ./packages/core/src/backends/shared-args.ts

/** `--flag value` pairs for each item: `repeat('--build-arg', ['A=1'])` -> `['--build-arg', 'A=1']`. */
function repeat(flag, values) {
    return values.flatMap((value) => [flag, value]);
}
/** Labels as `key=value` entries, sorted so that the argv is the same on every run. */
function labelPairs(labels) {
    return Object.keys(labels)
        .sort()
        .map((key) => `${key}=${labels[key]}`);
}
/**
 * `DOCKER_CONFIG` for tools that read `$DOCKER_CONFIG/config.json` (kaniko, buildctl, ko, spin).
 * build-arch always writes the auth file as `<dir>/config.json` so that this is its directory.
 */
function dockerConfigEnv(authFile) {
    return authFile ? { DOCKER_CONFIG: external_node_path_default().dirname(authFile) } : {};
}

;// CONCATENATED MODULE: ./packages/core/src/backends/run.ts


/** A command line for people to read (and paste): arguments with spaces or quotes are quoted. */
function displayCommand(command) {
    const quote = (arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
    const env = Object.entries(command.env ?? {}).map(([k, v]) => `${k}=${quote(v)}`);
    return [...env, command.file, ...command.args].map((a, i) => (i < env.length ? a : quote(a))).join(' ');
}
/**
 * Runs one backend for one request: writes its generated files, runs its commands in order
 * with live output, and reads the digest back from where this backend reports it.
 */
async function runBackend(backend, request, ports) {
    await (0,promises_.mkdir)(request.workDir, { recursive: true });
    for (const [file, content] of Object.entries(backend.files?.(request) ?? {})) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        await (0,promises_.writeFile)(file, content);
    }
    const cleanup = (await backend.prepare?.(request)) ?? [];
    for (const warning of (await backend.warnings?.(request)) ?? [])
        ports.log.warning(warning);
    const shown = [];
    let stdout = '';
    try {
        for (const command of backend.commands(request)) {
            stdout = (await runCommand(command, ports, shown)).stdout;
        }
    }
    finally {
        // The build's own error (if any) is the one to report: a failed cleanup is only a warning.
        for (const command of cleanup) {
            const result = await runCommand(command, ports, shown, true).catch(() => undefined);
            if (result?.exitCode !== 0)
                ports.log.warning(`could not undo the build's setup: ${shown.at(-1)}`);
        }
    }
    const source = backend.digestSource(request);
    const text = 'file' in source ? await (0,promises_.readFile)(source.file, 'utf8').catch(() => '') : stdout;
    return { digest: backend.parseDigest(text), commands: shown };
}
async function runCommand(command, ports, shown, allowFailure = false) {
    const line = ports.log.mask(displayCommand(command));
    shown.push(line);
    ports.log.info(`$ ${line}`);
    return ports.exec.run(command.file, command.args, {
        cwd: command.cwd,
        env: commandEnv(command, ports.env),
        allowFailure,
        onLine: (text) => ports.log.info(text),
    });
}
/** The environment a backend's command runs with: the inherited one, `env` added, `unsetEnv` removed. */
function commandEnv(command, inherited) {
    const env = { ...inherited, ...command.env };
    for (const name of command.unsetEnv ?? [])
        delete env[name];
    return env;
}

;// CONCATENATED MODULE: ./packages/core/src/backends/version.ts


/**
 * What a tool prints when it was built without a version stamped in: kaniko's `unset`
 * (pkg/version/version.go), BuildKit's and buildx's `v0.0.0+unknown` (version/version.go) or
 * `dev` (their Dockerfiles, for a build from a git worktree), Go's `(devel)` (ko built from a
 * checkout). Every such build prints the same text, so it cannot tell two builds apart.
 */
const PLACEHOLDERS = new Set(['', 'unset', 'v0.0.0+unknown', 'dev', '(devel)']);
/**
 * The version in the first non-empty line of `stdout`: the groups of `pattern`, joined by a space
 * (a version and a revision), or undefined when the line does not match or its first group is a
 * placeholder.
 */
function matchVersion(stdout, pattern) {
    const line = stdout.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
    const match = pattern.exec(line.trim());
    if (!match || PLACEHOLDERS.has(match[1] ?? ''))
        return undefined;
    const groups = match.slice(1).filter((g) => g !== undefined && !PLACEHOLDERS.has(g));
    return groups.join(' ');
}
/** Runs the backend's version command once and reads the version from its stdout. */
async function readBackendVersion(backend, ports) {
    const command = backend.versionCommand(ports.env);
    const shown = `\`${ports.log.mask(displayCommand(command))}\``;
    const unknown = (why) => ({ why: `the version of backend ${backend.name} is unknown: ${why}` });
    try {
        const result = await ports.exec.run(command.file, command.args, {
            cwd: command.cwd,
            env: commandEnv(command, ports.env),
            allowFailure: true,
        });
        if (result.exitCode !== 0) {
            const last = result.stderr.trim().split('\n').at(-1) ?? '';
            return unknown(`${shown} exited with ${result.exitCode}${last ? `: ${ports.log.mask(last)}` : ''}`);
        }
        const version = backend.parseVersion(result.stdout);
        if (!version) {
            const first = result.stdout.trim().split('\n')[0] ?? '';
            return unknown(`${shown} printed ${first ? `"${ports.log.mask(first)}"` : 'nothing'}, no version`);
        }
        ports.log.info(`backend ${backend.name}: version ${version} (${shown}), in every fingerprint`);
        return { version };
    }
    catch (error) {
        return unknown(`${shown} could not be run: ${ports.log.mask((0,src_errors/* errorMessage */.gJ)(error))}`);
    }
}
/**
 * The version of each backend, asked once per run whatever the number of images: concurrent
 * images share the one pending answer.
 */
function backendVersions(ports) {
    const asked = new Map();
    return (backend) => {
        let version = asked.get(backend.name);
        if (!version) {
            version = readBackendVersion(backend, ports);
            asked.set(backend.name, version);
        }
        return version;
    };
}

;// CONCATENATED MODULE: ./packages/core/src/backends/buildah.ts




/**
 * buildah without privileges: chroot isolation and vfs storage work in an unprivileged
 * container. `build` makes the image in local storage; `push --digestfile` sends it and writes
 * the manifest digest as pushed (`--iidfile` would give the config digest, not the manifest's).
 */
const buildah = {
    name: 'buildah',
    commands: (request) => [
        { file: 'buildah', args: buildahBuildArgs(request) },
        ...(request.push ? [{ file: 'buildah', args: buildahPushArgs(request) }] : []),
    ],
    digestSource: (request) => ({ file: digestFile(request) }),
    parseDigest: parseDigestFile,
    // `buildah version 1.28.2 (image-spec 1.1.0-rc2, runtime-spec 1.0.2-dev)`: cobra's version
    // template over rootCmd.Version (containers/buildah cmd/buildah/main.go:93, define/types.go:33,
    // vendor/github.com/spf13/cobra/command.go:552 @6a35b0ab, v1.28.2).
    versionCommand: () => ({ file: 'buildah', args: ['--version'] }),
    parseVersion: (stdout) => matchVersion(stdout, /^buildah version (\S+)/),
};
function digestFile(request) {
    return external_node_path_default().join(request.workDir, 'digest');
}
/** Registry options both commands take. TLS checks are off only for insecure registries. */
function registryArgs(request) {
    return [
        ...(request.authFile ? ['--authfile', request.authFile] : []),
        ...(request.insecure ? ['--tls-verify=false'] : []),
    ];
}
function buildahBuildArgs(request) {
    return [
        '--storage-driver',
        'vfs',
        'build',
        '--isolation',
        'chroot',
        '--platform',
        request.platform,
        // Layer caching only when asked: --cache-from/--cache-to need --layers, and buildah 1.28's
        // local layer cache does not tell platforms apart, so in a storage that built amd64 an arm64
        // build of the same Dockerfile would reuse the amd64 layers. push: false writes nothing to
        // a registry: the cache is read, not written.
        ...(request.cacheRepository
            ? [
                '--layers',
                '--cache-from',
                request.cacheRepository,
                ...(request.push ? ['--cache-to', request.cacheRepository] : []),
            ]
            : []),
        '--file',
        request.dockerfile,
        ...(request.target ? ['--target', request.target] : []),
        ...repeat('--build-arg', request.buildArgs),
        ...repeat('--label', labelPairs(request.labels)),
        ...registryArgs(request),
        '--tag',
        request.destination,
        request.context,
    ];
}
function buildahPushArgs(request) {
    return [
        '--storage-driver',
        'vfs',
        'push',
        '--digestfile',
        digestFile(request),
        ...registryArgs(request),
        request.destination,
        `docker://${request.destination}`,
    ];
}

;// CONCATENATED MODULE: ./packages/core/src/backends/buildkit.ts




/**
 * BuildKit's own client. Without `BUILDKIT_HOST` there is no daemon to talk to, so
 * `buildctl-daemonless.sh` (moby/buildkit images) starts a throw-away one. `--metadata-file`
 * carries `containerimage.digest`: the pushed manifest's digest. Credentials: buildctl reads
 * `$DOCKER_CONFIG/config.json` and hands them to the daemon per registry.
 *
 * Version: `buildctl --version` prints `buildctl github.com/moby/buildkit v0.32.0-57-g73ed6825c
 * 73ed6825...` (name, package, version, revision; `v0.0.0+unknown` or `dev` unstamped), before any
 * command and without contacting a daemon (moby/buildkit cmd/buildctl/main.go:41-47,
 * version/version.go:21-33, Dockerfile:78-91, vendor/github.com/urfave/cli/v3/command_run.go:210-213
 * @73ed6825). It is the client's version: the daemon's (`buildctl debug info`) is not read, so a
 * buildkitd upgraded behind the same buildctl does not change the fingerprint. Without
 * BUILDKIT_HOST it is `$BUILDCTL` (default `buildctl`), the client buildctl-daemonless.sh runs
 * (examples/buildctl-daemonless/buildctl-daemonless.sh:11, 59): asking the script would start and
 * stop a throw-away buildkitd only to print the same client version.
 */
const buildkit = {
    name: 'buildkit',
    commands: (request) => [
        {
            file: request.env.BUILDKIT_HOST ? 'buildctl' : 'buildctl-daemonless.sh',
            args: buildctlArgs(request),
            env: dockerConfigEnv(request.authFile),
        },
    ],
    digestSource: (request) => ({ file: metadataFile(request) }),
    parseDigest: parseBuildkitMetadata,
    versionCommand: (env) => ({
        file: env.BUILDKIT_HOST ? 'buildctl' : env.BUILDCTL || 'buildctl',
        args: ['--version'],
    }),
    parseVersion: (stdout) => matchVersion(stdout, /^buildctl \S+ (v?\d\S*)(?: (\S+))?$/),
};
function metadataFile(request) {
    return external_node_path_default().join(request.workDir, 'metadata.json');
}
/** The registry cache of one image and platform: its dateless tag in the cache repository. */
function cacheRef(request) {
    if (!request.cacheRepository || !request.cacheTag)
        return undefined;
    return `${request.cacheRepository}:${request.cacheTag}`;
}
function buildctlArgs(request) {
    const cache = cacheRef(request);
    // BuildKit reaches a registry over plain HTTP (or skips TLS checks) only when the exporter or
    // importer says `registry.insecure=true`, loopback hosts aside. The cache repository is on the
    // destination's host, so one flag covers the image, the cache import and the cache export.
    const insecure = request.insecure ? ',registry.insecure=true' : '';
    return [
        'build',
        '--frontend',
        'dockerfile.v0',
        '--local',
        `context=${request.context}`,
        '--local',
        `dockerfile=${external_node_path_default().dirname(request.dockerfile)}`,
        '--opt',
        `filename=${external_node_path_default().basename(request.dockerfile)}`,
        '--opt',
        `platform=${request.platform}`,
        ...(request.target ? ['--opt', `target=${request.target}`] : []),
        ...request.buildArgs.flatMap((arg) => ['--opt', `build-arg:${arg}`]),
        ...labelPairs(request.labels).flatMap((label) => ['--opt', `label:${label}`]),
        '--output',
        `type=image,name=${request.destination},push=${request.push}${insecure}`,
        ...(cache ? ['--import-cache', `type=registry,ref=${cache}${insecure}`] : []),
        // push: false writes nothing to any registry, so the cache is read but not exported. The
        // cache is one OCI image manifest (ECR refuses the index BuildKit before v0.21 wrote by
        // default; BuildKit v0.21+ writes the manifest anyway, and every registry takes it).
        ...(cache && request.push
            ? [
                '--export-cache',
                `type=registry,ref=${cache},mode=max,image-manifest=true,oci-mediatypes=true${insecure}`,
            ]
            : []),
        '--metadata-file',
        metadataFile(request),
    ];
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/core/src/registry/docker-config.ts + 1 modules
var docker_config = __webpack_require__(9206);
;// CONCATENATED MODULE: ./packages/core/src/backends/buildx-config.ts




/**
 * The private Docker config directory buildx runs with: `DOCKER_CONFIG` for the docker CLI and
 * buildx's credentials, `BUILDX_CONFIG` for buildx's builder instances. Neither is the user's,
 * so nothing buildx writes (builders, activity, build refs) lands in their `~/.docker`.
 */
function privateDockerConfigDir(workDir) {
    return external_node_path_default().join(workDir, 'docker');
}
/**
 * The user's config.json with our credentials on top, keeping everything else they set
 * (credsStore and credHelpers for other hosts, proxies, currentContext, their other auths):
 * - each host we hold a credential for (`ours`, and DOCKER_AUTH_CONFIG's, which docker/cli
 *   v29 would otherwise put above the file: cli/config/configfile/file.go:328) goes into `auths`
 *   with `credHelpers[host] = ""`, which sends that host to the file store instead of a helper
 *   (file.go:396-402 `getConfiguredCredentialStore` returns the entry, "" = no helper, file.go:324);
 * - `cliPluginsExtraDirs` gains the user's `cli-plugins`, where docker/setup-buildx-action
 *   installs buildx: the CLI looks in the extra dirs, then `<config dir>/cli-plugins`
 *   (cli-plugins/manager/manager.go:42-51).
 */
function mergeDockerConfig(user, ours, envAuths, userDir) {
    const top = { ...envAuths, ...(ours.auths ?? {}) };
    const credHelpers = { ...(user.credHelpers ?? {}) };
    for (const key of Object.keys(top))
        credHelpers[key] = '';
    return {
        ...user,
        auths: { ...(user.auths ?? {}), ...top },
        credHelpers,
        cliPluginsExtraDirs: [...(user.cliPluginsExtraDirs ?? []), external_node_path_default().join(userDir, 'cli-plugins')],
    };
}
/** DOCKER_AUTH_CONFIG's `auths` (docker/cli `parseEnvConfig`, file.go:352), or {} when unset. */
function dockerAuthConfigAuths(env) {
    const value = env.DOCKER_AUTH_CONFIG;
    if (!value)
        return {};
    try {
        const parsed = JSON.parse(value);
        return parsed.auths ?? {};
    }
    catch {
        // Never the parser's message: it would quote the variable, which holds credentials.
        throw new src_errors/* UserError */.yo('DOCKER_AUTH_CONFIG is not valid JSON (its value is not shown: it holds credentials)');
    }
}
/**
 * Writes the private config dir: config.json (owner-only) merged from the user's config, the
 * job's DOCKER_AUTH_CONFIG and our auth file, and a link to the user's `contexts` store so that
 * their current docker context (`currentContext`, DOCKER_CONTEXT) still names the daemon: docker/cli
 * keeps that store at `<config dir>/contexts` (cli/config/config.go:88). The user's own files are
 * only read.
 */
async function writePrivateDockerConfig(dir, authFile, env) {
    const userFile = (0,docker_config/* dockerConfigPath */.Q1)(env);
    const userDir = userFile ? external_node_path_default().dirname(userFile) : dir;
    const user = (userFile ? await (0,docker_config/* readDockerConfig */.TO)(userFile) : undefined);
    const ours = (authFile ? await (0,docker_config/* readDockerConfig */.TO)(authFile) : undefined);
    const merged = mergeDockerConfig(user ?? {}, ours ?? {}, dockerAuthConfigAuths(env), userDir);
    await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
    await (0,promises_.writeFile)(external_node_path_default().join(dir, 'config.json'), `${JSON.stringify(merged, null, 2)}\n`, { mode: 0o600 });
    const contexts = external_node_path_default().join(userDir, 'contexts');
    const link = external_node_path_default().join(dir, 'contexts');
    const exists = (file) => (0,promises_.lstat)(file).then(() => true, () => false);
    if (userFile && (await exists(contexts)) && !(await exists(link)))
        await (0,promises_.symlink)(contexts, link);
}
/**
 * A BuildKit daemon config (buildkitd.toml) for a builder created by us: the destination's
 * registry, which also holds the cache, may be reached over plain HTTP or with an untrusted
 * certificate (`insecure-registries`, loopback). With both keys BuildKit tries HTTPS without
 * verification, then plain HTTP (moby/buildkit util/resolver/resolver.go:28-65,
 * util/resolver/config/config.go:5-6).
 */
function insecureBuildkitdToml(host) {
    return `[registry.${JSON.stringify(host)}]\n  http = true\n  insecure = true\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/backends/buildx.ts







/**
 * `docker buildx build`, for runners with Docker (contract read from docker/buildx v0.36.1+,
 * docker/cli v29.7.2+; see docs/backends.md). Every command runs with a private Docker config
 * dir (buildx-config.ts): our credentials merged over the user's config, and buildx's builder
 * state there too, so the user's `~/.docker` is only read.
 *
 * With a registry cache to write, the build runs on a `docker-container` builder created for it
 * and removed after: Docker's default builder (the `docker` driver) cannot export a cache unless
 * the daemon uses the containerd image store (docker/buildx build/opt.go:271-274,
 * driver/docker/driver.go:97). Without a cache to write it runs on the default builder, which
 * keeps the daemon's own layer cache between builds.
 *
 * Provenance is off: with it a one-platform build pushes an index with an `unknown/unknown`
 * attestation child, which merge-manifest would then have to flatten.
 *
 * Version: `docker buildx version` prints `github.com/docker/buildx v0.36.0-54-g461836ba0
 * 461836ba...` (package, version, revision; `v0.0.0+unknown` or `dev` unstamped; docker/buildx
 * commands/version.go:14-17, version/version.go:3-13, Dockerfile:74-81 @461836ba). It runs with the
 * user's DOCKER_CONFIG rather than the private dir, which needs a build's work dir: the plugin
 * found is the same, as the private config lists the user's plugin dirs first (buildx-config.ts).
 */
const buildx = {
    name: 'buildx',
    files: (request) => exportsCache(request) && request.insecure
        ? { [buildkitdConfig(request)]: insecureBuildkitdToml(referenceHost(request.destination)) }
        : {},
    prepare: async (request) => {
        await writePrivateDockerConfig(privateDockerConfigDir(request.workDir), request.authFile, request.env);
        return exportsCache(request) ? [removeBuilder(request)] : [];
    },
    commands: (request) => [
        ...(exportsCache(request) ? [createBuilder(request)] : []),
        { file: 'docker', args: buildxArgs(request), env: buildxEnv(request) },
    ],
    digestSource: (request) => ({ file: buildx_metadataFile(request) }),
    parseDigest: parseBuildkitMetadata,
    versionCommand: () => ({
        file: 'docker',
        args: ['buildx', 'version'],
        env: { DOCKER_AUTH_CONFIG: '', BUILDX_BUILDER: '' },
    }),
    parseVersion: (stdout) => matchVersion(stdout, /^\S+ (v?\d\S*)(?: (\S+))?$/),
};
function buildx_metadataFile(request) {
    return external_node_path_default().join(request.workDir, 'metadata.json');
}
function buildkitdConfig(request) {
    return external_node_path_default().join(privateDockerConfigDir(request.workDir), 'buildkitd.toml');
}
/** A cache is written only where images are: `push: false` writes nothing to any registry. */
function exportsCache(request) {
    return request.push && cacheRef(request) !== undefined;
}
/**
 * The builder this build creates: unique per build directory, so that parallel jobs on one
 * daemon never share one (its container is `buildx_buildkit_<name>0`). buildx lower-cases
 * names and wants a letter first (store/util.go:31-37).
 */
function builderName(request) {
    return `hephy-${(0,external_node_crypto_.createHash)('sha256').update(request.workDir).digest('hex').slice(0, 12)}`;
}
/**
 * The environment of every docker command: the private config dir (docker/cli reads
 * DOCKER_CONFIG, cli/config/config.go:77-85; buildx keeps builders under BUILDX_CONFIG,
 * util/confutil/config.go:46-50). DOCKER_AUTH_CONFIG is merged into that config, and
 * BUILDX_BUILDER would name one of the user's builders, which the private state lacks
 * (commands/root.go:149): both are emptied, which both tools treat as unset.
 */
function buildxEnv(request) {
    const dir = privateDockerConfigDir(request.workDir);
    return {
        DOCKER_CONFIG: dir,
        BUILDX_CONFIG: external_node_path_default().join(dir, 'buildx'),
        DOCKER_AUTH_CONFIG: '',
        BUILDX_BUILDER: '',
    };
}
/**
 * `network=host`: the BuildKit container then reaches what the daemon reaches (a registry on the
 * runner's loopback), as the default builder does (driver/docker-container/factory.go:63).
 */
function createBuilder(request) {
    return {
        file: 'docker',
        args: [
            'buildx',
            'create',
            '--name',
            builderName(request),
            '--driver',
            'docker-container',
            '--driver-opt',
            'network=host',
            ...(request.insecure ? ['--buildkitd-config', buildkitdConfig(request)] : []),
        ],
        env: buildxEnv(request),
    };
}
/** `rm` without `--keep-state`: the builder's container and its state volume go (commands/rm.go:134). */
function removeBuilder(request) {
    return { file: 'docker', args: ['buildx', 'rm', builderName(request)], env: buildxEnv(request) };
}
function buildxArgs(request) {
    const cache = cacheRef(request);
    const insecure = request.insecure ? ',registry.insecure=true' : '';
    // `--push` cannot say "insecure": the image exporter's option can.
    const push = !request.push
        ? ['--tag', request.destination]
        : request.insecure
            ? ['--output', `type=image,name=${request.destination},push=true${insecure}`]
            : ['--tag', request.destination, '--push'];
    return [
        'buildx',
        'build',
        ...(exportsCache(request) ? ['--builder', builderName(request)] : []),
        '--platform',
        request.platform,
        '--file',
        request.dockerfile,
        ...(request.target ? ['--target', request.target] : []),
        ...repeat('--build-arg', request.buildArgs),
        ...repeat('--label', labelPairs(request.labels)),
        ...push,
        '--provenance=false',
        '--metadata-file',
        buildx_metadataFile(request),
        ...(cache ? ['--cache-from', `type=registry,ref=${cache}${insecure}`] : []),
        ...(cache && exportsCache(request)
            ? ['--cache-to', `type=registry,ref=${cache},mode=max${insecure}`]
            : []),
        request.context,
    ];
}

;// CONCATENATED MODULE: ./packages/core/src/backends/kaniko.ts




/**
 * kaniko's directory: `KANIKO_DIR`, else `/kaniko` where its images keep the executor. kaniko
 * itself takes the executor's own directory unless `KANIKO_DIR` or `--kaniko-dir` names another,
 * and then moves the whole directory there first (cmd/executor/cmd/root.go:137-148,
 * pkg/config/init.go:33-46), hephy-builder's own files with it. So hephy-builder reads
 * `KANIKO_DIR` as where kaniko is, and runs the executor without it: no move, ever.
 */
function kanikoDir(env) {
    return external_node_path_default().resolve(env.KANIKO_DIR || '/kaniko');
}
function kanikoExecutor(env) {
    return external_node_path_default().join(kanikoDir(env), 'executor');
}
/** The executor inside the kaniko images (osscontainertools/kaniko, martizih/kaniko). */
const KANIKO_EXECUTOR = kanikoExecutor({});
/**
 * kaniko builds and pushes in one process, in its own image, on that image's root filesystem:
 * it unpacks each stage's base image over `/` and, between stages (and, with `--cleanup`, at
 * the end) deletes every path that is not under the kaniko dir, a mount point or an
 * `--ignore-path` (pkg/util/fs_util.go:254-282 DeleteFilesystem, :68-85 the ignore list,
 * :581-616 mount points). Flags are osscontainertools/kaniko's (v1.28.3, cmd/executor/cmd/root.go).
 * `--digest-file` receives the manifest digest, computed locally before the push, which is why
 * build-arch HEADs the pushed tag afterwards.
 */
const kaniko = {
    name: 'kaniko',
    commands(request) {
        return [
            {
                file: kanikoExecutor(request.env),
                args: kanikoArgs(request),
                ...kanikoEnv(request),
            },
        ];
    },
    digestSource: (request) => ({ file: kaniko_digestFile(request) }),
    parseDigest: parseDigestFile,
    // `executor version` prints `Kaniko version :  v1.28.3` (Println of two operands: two spaces),
    // `unset` when no version was linked in (osscontainertools/kaniko cmd/executor/cmd/version.go:30-36,
    // pkg/version/version.go:20, Makefile:16-20,35 @6bcc9344). The same executor and environment as
    // the build; `version` skips the executor's setup, the kaniko dir move included (root.go:122).
    versionCommand: (env) => ({ file: kanikoExecutor(env), args: ['version'], unsetEnv: ['KANIKO_DIR'] }),
    parseVersion: (stdout) => matchVersion(stdout, /^Kaniko version :\s+(\S+)/),
};
function kaniko_digestFile(request) {
    return external_node_path_default().join(request.workDir, 'digest');
}
function kanikoArgs(request) {
    const host = referenceHost(request.destination);
    return [
        `--context=dir://${request.context}`,
        `--dockerfile=${request.dockerfile}`,
        `--destination=${request.destination}`,
        `--custom-platform=${request.platform}`,
        ...repeat('--build-arg', request.buildArgs),
        ...(request.target ? [`--target=${request.target}`] : []),
        ...repeat('--label', labelPairs(request.labels)),
        // With --no-push kaniko still pushes cache layers (pkg/executor/build.go:757 and :1203 test
        // only --no-push-cache): a dry run reads the cache and writes nothing.
        ...(request.cacheRepository ? ['--cache=true', `--cache-repo=${request.cacheRepository}`] : []),
        ...(request.cacheRepository && !request.push ? ['--no-push-cache'] : []),
        `--digest-file=${kaniko_digestFile(request)}`,
        ...(request.push ? [] : ['--no-push']),
        // Pushing is checked by the push itself; the permission probe costs an upload session.
        '--skip-push-permission-check',
        ...(request.insecure ? [`--insecure-registry=${host}`, `--skip-tls-verify-registry=${host}`] : []),
        // The next image of the run starts from a clean filesystem, not from this one's last stage.
        '--cleanup',
        ...ignorePaths(request).map((dir) => `--ignore-path=${dir}`),
    ];
}
/**
 * What hephy-builder reads or writes after kaniko has started (the checkout, output-dir, the
 * scratch directory with the auth file, digest file and upstream contexts, the context), as
 * `--ignore-path`s: kaniko neither deletes nor snapshots them (cmd/executor/cmd/root.go:191-196).
 * A path inside another listed path, or inside the kaniko dir, needs no entry of its own.
 */
function ignorePaths(request) {
    const home = kanikoDir(request.env);
    const candidates = [
        ...(request.keep ?? []),
        request.workDir,
        request.context,
        ...(request.authFile ? [external_node_path_default().dirname(request.authFile)] : []),
    ].map((p) => external_node_path_default().resolve(p));
    const covered = (p, by) => p === by || p.startsWith(`${by}/`);
    return [...new Set(candidates)].filter((p) => !covered(p, home) && !candidates.some((other) => other !== p && covered(p, other)));
}
/**
 * Credentials come from the auth file hephy-builder wrote (`DOCKER_CONFIG`). docker/cli lets a
 * `DOCKER_AUTH_CONFIG` entry win over the file for the same registry
 * (vendor/github.com/docker/cli/cli/config/configfile/file.go:321-351, memorystore/store.go:48-59;
 * kaniko only warns, cmd/executor/cmd/root.go:211-217), so with an auth file kaniko runs without
 * the job's variable. (Not rewritten instead: the logged command would show its credentials.)
 */
function kanikoEnv(request) {
    return {
        env: dockerConfigEnv(request.authFile),
        unsetEnv: ['KANIKO_DIR', ...(request.authFile ? ['DOCKER_AUTH_CONFIG'] : [])],
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/core/src/backends/ko.ts







/**
 * ko builds a Go program into an image without a Dockerfile (contract read from ko-build/ko
 * v0.19.1-24-g42978711). It runs in the build context, where it resolves the import path itself:
 * `./cmd/server` and `example.com/app/cmd/server` alike (`go list` from its working directory,
 * pkg/build/gobuild.go:226-264). `ko_config` becomes a generated `.ko.yaml` (`KO_CONFIG_PATH`)
 * and `KO_DEFAULTBASEIMAGE`. `--bare` pushes to KO_DOCKER_REPO itself; `--sbom=none` keeps ko
 * from pushing an SBOM tag next to ours. The digest comes back in `--image-refs`
 * (`repo:tag@sha256:...`, pkg/publish/default.go:269-275).
 */
const ko = {
    name: 'ko',
    commands: (request) => [{ file: 'ko', args: koArgs(request), env: koEnv(request), cwd: request.context }],
    files: (request) => ({ [external_node_path_default().join(koConfigDir(request), '.ko.yaml')]: koYaml(request) }),
    digestSource: (request) => ({ file: refsFile(request) }),
    parseDigest: (text) => DIGEST_PATTERN.exec(text.split(/\r?\n/).find((l) => l.includes('@')) ?? '')?.[0],
    // `ko version` prints the version alone: `0.19.1` from a release (goreleaser's {{.Version}},
    // .goreleaser.yml:16), else the module version Go stamped (`v0.19.1`, a pseudo-version, or
    // `(devel)`), or "could not determine build information" (pkg/commands/version.go:28-52 @42978711).
    versionCommand: () => ({ file: 'ko', args: ['version'] }),
    parseVersion: (stdout) => matchVersion(stdout, /^(v?\d\S*|\(devel\))$/),
};
function refsFile(request) {
    return external_node_path_default().join(request.workDir, 'image-refs');
}
function koConfigDir(request) {
    return external_node_path_default().join(request.workDir, 'ko');
}
function koConfig(request) {
    if (!request.ko)
        throw new src_errors/* UserError */.yo('build_backend ko needs ko_config.import_path', { field: 'ko_config' });
    return request.ko;
}
/**
 * `ko_config.env` and `ldflags` as `defaultEnv` and `defaultLdflags` (pkg/commands/options/build.go:
 * 165-175), which ko applies to a build that no `builds:` entry names (gobuild.go:1155-1178).
 * No `builds:` entry: ko joins its `dir` onto its working directory and stats `dir/main` there,
 * accepting only a local path as `main` (build.go:243-287, `createBuildConfigMap`), so an
 * absolute `dir` or a module path as `main` fails every build before it starts.
 */
function koYaml(request) {
    const config = koConfig(request);
    return (0,dist/* stringify */.As)({
        ...(config.env.length > 0 ? { defaultEnv: config.env } : {}),
        ...(config.ldflags.length > 0 ? { defaultLdflags: config.ldflags } : {}),
    });
}
function koEnv(request) {
    const config = koConfig(request);
    return {
        KO_DOCKER_REPO: splitReference(request.destination).repository,
        KO_CONFIG_PATH: koConfigDir(request),
        ...(config.baseImage ? { KO_DEFAULTBASEIMAGE: config.baseImage } : {}),
        ...dockerConfigEnv(request.authFile),
    };
}
function koArgs(request) {
    const config = koConfig(request);
    return [
        'build',
        '--bare',
        `--platform=${request.platform}`,
        `--tags=${splitReference(request.destination).tag}`,
        `--image-refs=${refsFile(request)}`,
        '--sbom=none',
        ...(request.push ? [] : ['--push=false']),
        ...labelPairs(request.labels).map((pair) => `--image-label=${csvField(pair)}`),
        ...(request.insecure ? ['--insecure-registry'] : []),
        config.importPath,
    ];
}
/**
 * One label as one CSV field. `--image-label` is a string slice (pkg/commands/options/build.go:104)
 * whose every value pflag reads as a CSV record (spf13/pflag v1.0.10 string_slice.go:22-29,
 * `readAsCSV`): unquoted, `a=1,2` would become the labels `a=1` and `2`, and ko refuses `2`
 * ("invalid label flag", pkg/commands/resolver.go:118-121). Quoted as encoding/csv reads it, a
 * comma or a quote stays in the value (a CR before a newline is dropped by that reader).
 */
function csvField(value) {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

;// CONCATENATED MODULE: ./packages/core/src/backends/spin.ts





/**
 * Spin pushes a platform-neutral Wasm application as an OCI artifact (contract read from
 * spinframework/spin 4.1.0-pre0, 94a8fc8a). It has no digest file: the digest is on stdout
 * (`Pushed with digest sha256:...`, src/commands/registry.rs:123-126) only when the registry
 * returned one. Labels become manifest annotations (`--annotation`, registry.rs:79-82).
 */
const spin = {
    name: 'spin',
    commands: (request) => [
        { file: 'spin', args: spinArgs(request), env: dockerConfigEnv(request.authFile), cwd: request.context },
    ],
    warnings: spinWarnings,
    digestSource: () => ({ stdout: true }),
    parseDigest: (text) => {
        const line = text.split(/\r?\n/).find((l) => l.startsWith('Pushed with digest '));
        return line ? DIGEST_PATTERN.exec(line)?.[0] : undefined;
    },
    // `spin --version` prints clap's `<name> <version>`: `spin 4.1.0-pre0 (94a8fc8a 2026-08-21)`,
    // the crate version, commit and commit date (src/lib.rs:50, 163-167, src/build_info.rs:4-18
    // @94a8fc8a; clap_builder 4.6.0 src/builder/command.rs:4827-4832, 4894-4910 @9ab6dee7).
    versionCommand: () => ({ file: 'spin', args: ['--version'] }),
    parseVersion: (stdout) => matchVersion(stdout, /^spin (\S+(?: \(.*\))?)$/),
};
function spinArgs(request) {
    const manifest = external_node_path_default().join(request.context, request.spin?.manifest ?? 'spin.toml');
    // `spin build` reads the registry at most (component dependencies); it never pushes.
    if (!request.push)
        return ['build', '--from', manifest];
    return [
        'registry',
        'push',
        '--from',
        manifest,
        '--build',
        ...repeat('--annotation', labelPairs(request.labels)),
        ...(plainHttp(request) ? ['--insecure'] : []),
        request.destination,
    ];
}
/**
 * `--insecure` is documented as "Ignore server certificate errors" (registry.rs:49-55) but makes
 * spin speak plain HTTP (crates/oci/src/client.rs:793-806): it is right exactly for the hosts
 * hephy-builder's own registry client reaches over plain HTTP, loopback and `insecure-registries`
 * (registry/transport.ts `baseUrl`). Spin has no switch that keeps TLS but skips verification.
 */
function plainHttp(request) {
    return request.insecure;
}
/**
 * Spin reads only a username and password from Docker's config (`auths[host].auth`): an identity
 * token is used as no credential at all (client.rs:783-788, checked before `auth` by
 * docker_credential's `extract_credential`), and so is a registry token (a key it does not read).
 * The push then goes out anonymous; say so before it fails with a bare 401. The token is never shown.
 */
async function spinWarnings(request) {
    if (!request.push || !request.authFile)
        return [];
    const host = (0,docker_config/* configKeyHost */.Oq)(referenceHost(request.destination));
    const auths = (await (0,docker_config/* readDockerConfig */.TO)(request.authFile))?.auths ?? {};
    const entry = Object.entries(auths).find(([key]) => (0,docker_config/* configKeyHost */.Oq)(key) === host)?.[1];
    if (!entry || (entry.auth && !entry.identitytoken))
        return [];
    const kind = entry.identitytoken
        ? 'an identity token'
        : entry.registrytoken
            ? 'a registry token'
            : 'not an `auth`';
    return [
        `spin: the credential for ${host} is ${kind}, which spin does not use (it reads only a username and password); the push goes out anonymous. Give a username and password for ${host}.`,
    ];
}

;// CONCATENATED MODULE: ./packages/core/src/backends/select.ts











const BACKEND_INPUTS = ['auto', ...types/* BACKENDS */.A];
const byName = { kaniko: kaniko, buildah: buildah, buildkit: buildkit, buildx: buildx, ko: ko, spin: spin };
function backendByName(name) {
    return byName[name];
}
function pathProbe(env) {
    return async (program) => (await (0,exec/* findProgram */.K)(program, env.PATH ?? '')) !== undefined;
}
/** This process's host: its PATH, and the node binary and script it was started with. */
function thisHost(env) {
    return {
        probe: pathProbe(env),
        env,
        ownFiles: [process.execPath, ...(process.argv[1] ? [process.argv[1]] : [])],
    };
}
/** The program a backend starts, and where it comes from on each platform. */
function requiredTool(name, env) {
    switch (name) {
        case 'kaniko':
            return {
                program: kanikoExecutor(env),
                provides: "GitLab: run the job in hephy-builder's kaniko runner image; GitHub: kaniko has no runner there, use buildah (preinstalled on ubuntu runners) or buildx",
            };
        case 'buildah':
            return {
                program: 'buildah',
                provides: "GitHub: preinstalled on the ubuntu runners (else `sudo apt-get install buildah`); GitLab: hephy-builder's buildah runner image",
            };
        case 'buildx':
            return {
                program: 'docker',
                provides: 'GitHub: preinstalled on the ubuntu runners (docker/setup-buildx-action elsewhere); GitLab: an image with the docker CLI and a docker:dind service',
            };
        case 'buildkit':
            // buildkit.ts: buildctl talks to BUILDKIT_HOST; without one the daemonless script starts buildkitd.
            return env.BUILDKIT_HOST
                ? {
                    program: 'buildctl',
                    provides: 'GitHub: moby/buildkit release archive on PATH; GitLab: an image with buildctl (moby/buildkit)',
                }
                : {
                    program: 'buildctl-daemonless.sh',
                    provides: "GitLab: hephy-builder's BuildKit runner image (moby/buildkit:rootless with buildctl and buildkitd); GitHub: moby/buildkit release archive and rootlesskit, or set BUILDKIT_HOST",
                };
        case 'ko':
            return {
                program: 'ko',
                provides: 'GitHub: ko-build/setup-ko; GitLab: an image with ko (ghcr.io/ko-build/ko)',
            };
        case 'spin':
            return {
                program: 'spin',
                provides: 'GitHub: fermyon/actions/spin/setup; GitLab: an image with the spin CLI (ghcr.io/fermyon/spin)',
            };
    }
}
/**
 * Why kaniko cannot build here, or undefined when it can. kaniko treats `/` as the image being
 * built: it unpacks every stage's base image over it and, between stages, deletes everything not
 * under its directory, a mount point or an `--ignore-path` (kaniko pkg/util/fs_util.go:254-282).
 * The directories hephy-builder works in are passed as `--ignore-path`s (kaniko.ts); the node
 * binary and the bundle cannot be (their libraries and the base image's share `/usr`, `/lib`), so
 * kaniko is safe only when they live under the kaniko dir: kaniko's own image with hephy-builder
 * installed in it. Anywhere else kaniko would overwrite and delete the machine's files.
 */
async function kanikoUnsafe(host) {
    const home = kanikoDir(host.env);
    const executor = kanikoExecutor(host.env);
    if (!(await host.probe(executor)))
        return `there is no kaniko executor at ${executor} (KANIKO_DIR names the kaniko directory, default /kaniko)`;
    // Through symlinks: /usr/local/bin/node may link to /kaniko/hephy-builder/bin/node.
    const real = (file) => (0,promises_.realpath)(file).catch(() => external_node_path_default().resolve(file));
    const realHome = await real(home);
    const outside = [];
    for (const file of host.ownFiles)
        if (!(await real(file)).startsWith(`${realHome}/`))
            outside.push(file);
    if (outside.length > 0)
        return `hephy-builder runs from ${outside.join(' and ')}, outside ${home}: kaniko builds on this machine's own root filesystem, where it would unpack base images over these files and delete them between stages. Run kaniko jobs in hephy-builder's kaniko runner image (everything under ${home}), or choose buildah, buildkit or buildx`;
    return undefined;
}
/**
 * The backend for one image: its config's `build_backend` wins; otherwise the step's `backend`
 * input; `auto` picks kaniko inside a kaniko image with hephy-builder in it, else buildah, else
 * docker buildx. The chosen backend's program must be installed: a clear error now, before any
 * build, rather than a failed start halfway through the run.
 */
async function select_selectBackend(configured, input, host, configFile) {
    const where = configured
        ? { ...(configFile ? { location: { file: configFile } } : {}), field: 'build_backend' }
        : { field: 'input backend' };
    const name = configured ?? (input === 'auto' ? await autoBackend(host) : input);
    if (name === 'kaniko') {
        const reason = await kanikoUnsafe(host);
        if (reason)
            throw new src_errors/* UserError */.yo(`backend kaniko cannot run here: ${reason}`, where);
        return kaniko;
    }
    const tool = requiredTool(name, host.env);
    if (!(await host.probe(tool.program))) {
        throw new src_errors/* UserError */.yo(`backend ${name} needs ${tool.program}, which is not installed or not on PATH (${tool.provides})`, where);
    }
    return byName[name];
}
async function autoBackend(host) {
    if (!(await kanikoUnsafe(host)))
        return 'kaniko';
    if (await host.probe('buildah'))
        return 'buildah';
    if (await host.probe('docker'))
        return 'buildx';
    throw new src_errors/* UserError */.yo(`backend auto found neither buildah nor docker on PATH, nor hephy-builder inside a kaniko image (${kanikoDir(host.env)}): install buildah, or set the backend input`, { field: 'input backend' });
}

// EXTERNAL MODULE: ./packages/core/src/config/variables.ts
var variables = __webpack_require__(1605);
// EXTERNAL MODULE: ./packages/core/src/plan/base.ts
var plan_base = __webpack_require__(3208);
// EXTERNAL MODULE: ./packages/core/src/plan/names.ts
var names = __webpack_require__(2373);
// EXTERNAL MODULE: ./packages/core/src/config/rules.ts
var rules = __webpack_require__(8387);
;// CONCATENATED MODULE: ./packages/core/src/source/url.ts


/** The transports git can be told to use; `allow-protocols` names a subset. */
const GIT_PROTOCOLS = ['https', 'http', 'ssh', 'git', 'file', 'ext'];
const DEFAULT_ALLOW_PROTOCOLS = ['https', 'ssh', 'git'];
/**
 * The transport git would use for `url`, by git's own rules (transport.c, connect.c):
 * `<helper>::<address>` is a remote helper (`ext::` runs a command), `<scheme>://` a URL,
 * `[user@]host:path` without a slash before the colon is scp-like ssh, anything else a local path.
 */
function urlProtocol(url) {
    const helper = /^([A-Za-z][A-Za-z0-9+.-]*)::/.exec(url);
    if (helper)
        return helper[1].toLowerCase();
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(url);
    if (scheme) {
        const name = scheme[1].toLowerCase();
        return name === 'git+ssh' || name === 'ssh+git' ? 'ssh' : name;
    }
    const colon = url.indexOf(':');
    const slash = url.indexOf('/');
    if (colon > 0 && (slash < 0 || colon < slash))
        return 'ssh';
    return 'file';
}
/**
 * Checks an `upstream_repo` before git sees it: no option-like or control characters, and a
 * transport in `allow`. Credentials are returned separately so the caller masks them first.
 */
function checkUpstreamUrl(url, allow, where = {}) {
    const { secret, display } = (0,rules/* remoteCredential */.yX)(url);
    const fail = (why) => new src_errors/* UserError */.yo(`upstream_repo ${display}: ${why}`, where);
    if (url === '')
        throw fail('is empty');
    if (url.startsWith('-'))
        throw fail('starts with "-", which git would read as an option');
    const protocol = urlProtocol(url);
    if (!allow.includes(protocol)) {
        throw fail(`uses the ${protocol} transport, which allow-protocols (${allow.join(', ')}) does not allow; use an https:// or ssh URL, or add ${protocol} to allow-protocols if you trust it`);
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f\s]/.test(url))
        throw fail('contains a space or a control character');
    const host = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^@/]*@)?([^/]*)/.exec(url)?.[1] ?? '';
    if (host.startsWith('-'))
        throw fail('names a host starting with "-", which ssh would read as an option');
    return { url, display, protocol, ...(secret ? { secret } : {}) };
}
/** Checks the `allow-protocols` input itself: every entry must be a transport git knows. */
function parseAllowProtocols(values) {
    const unknown = values.filter((v) => !GIT_PROTOCOLS.includes(v));
    if (unknown.length > 0) {
        throw new src_errors/* UserError */.yo(`${unknown.join(', ')}: not a git transport (one of ${GIT_PROTOCOLS.join(', ')})`, {
            field: 'input allow-protocols',
        });
    }
    return values;
}
/**
 * `-c protocol.*` settings that make git itself enforce the same list, for redirects and for
 * submodule URLs, which come from the upstream's own .gitmodules.
 */
function protocolConfig(allow) {
    return ['-c', 'protocol.allow=never', ...allow.flatMap((p) => ['-c', `protocol.${p}.allow=always`])];
}
/** A URL for labels and logs: a password or token in it replaced by `***`. */
function redactUrl(url) {
    return (0,rules/* remoteCredential */.yX)(url).display;
}

// EXTERNAL MODULE: ./packages/core/src/inputs/image-set.ts
var image_set = __webpack_require__(3251);
;// CONCATENATED MODULE: ./packages/core/src/inputs/clone-upstream.ts


/** The inputs of clone-upstream, in the order its action.yml declares them. */
const CLONE_UPSTREAM_INPUTS = {
    dirs: image_set/* DIRS_INPUT */.qH,
    root: image_set/* ROOT_INPUT */.kQ,
    'allow-protocols': {
        type: 'list',
        default: DEFAULT_ALLOW_PROTOCOLS,
        parse: (protocols) => parseAllowProtocols(protocols),
        description: 'Git transports an upstream_repo (and its submodules) may use: https, ssh, git, http, file, ext. Anything else is refused before git runs.',
        on: { gitlab: { description: 'URL schemes an upstream_repo may use.', regex: '^[a-z+,]+$' } },
    },
    'output-dir': {
        type: 'string',
        default: '.',
        description: 'Where the archives are written (and dirs.txt is read).',
        on: { gitlab: image_set/* GITLAB_OUTPUT_DIR */.g6 },
    },
    'artifact-name': {
        type: 'string',
        // The one place this name is set: build-arch downloads what clone-upstream uploads.
        default: 'hephy-sources',
        blankIsOff: true,
        description: 'The workflow artifact carrying the archives to build-arch (GitHub only; an artifact of an earlier attempt of the run is replaced). Empty: none, the archives stay in output-dir (one job).',
        on: { gitlab: false },
    },
};

;// CONCATENATED MODULE: ./packages/core/src/inputs/build-arch.ts





const { repository, naming, date, dirs, root, username, password: build_arch_password } = image_set/* IMAGE_SET_INPUTS */.Fh;
/** The `jobs` input: 0 for blank (the backend and the machine decide), else a whole number >= 1. */
function parseJobsInput(value) {
    if (value === '')
        return 0;
    if (!/^[0-9]+$/.test(value) || Number(value) < 1) {
        throw new src_errors/* UserError */.yo(`"${value}" is not a whole number of 1 or more`, { field: 'input jobs' });
    }
    return Number(value);
}
/** The inputs of build-arch, in the order its action.yml declares them. */
const BUILD_ARCH_INPUTS = {
    arch: {
        type: 'string',
        // Blank: the runner's own architecture, which only the step can ask for.
        default: '',
        description: "The architecture to build (amd64, arm64, armv7, ...). Empty: the runner's.",
        on: {
            cli: { metavar: 'amd64,arm64' },
            gitlab: {
                description: 'The architecture this job builds (arch label: amd64, arm64, armv7, ...). Run the job on a runner of that architecture (runner-tag).',
                default: 'amd64',
                regex: '^[a-z0-9]+$',
            },
        },
    },
    repository: {
        ...repository,
        description: 'The registry repository to push to, like registry.example.com/team/images.',
    },
    naming: {
        ...naming,
        description: 'tag-prefix (one repository: <repository>:<image>-<date>-<arch>) or repository (<repository>/<image>:<date>-<arch>).',
    },
    backend: {
        type: 'choice',
        options: BACKEND_INPUTS,
        default: 'auto',
        description: "auto (kaniko inside a kaniko image, else buildah, else docker buildx), kaniko, buildah, buildkit, buildx, ko or spin. A config's build_backend wins.",
        on: {
            gitlab: {
                description: 'Build backend when a build-config.yaml names none: buildah (default here; unprivileged, vfs and chroot), kaniko, buildkit, buildx, ko, spin, or auto.',
                default: 'buildah',
                options: ['buildah', 'kaniko', 'buildkit', 'buildx', 'ko', 'spin', 'auto'],
            },
        },
    },
    date: { ...date, description: 'The date in tags (YYYYMMDD). Empty: today in UTC.' },
    dirs,
    only: {
        type: 'list',
        default: [],
        description: 'Build only these directories of dirs (one job of the fanned-out workflow). An image built on another directory of dirs that has no .tag file here for this arch is not built: that directory failed or was skipped in its own job, and an old <dep>-latest must not stand in for it. Empty: all of dirs.',
        on: { cli: false, gitlab: false },
    },
    root,
    push: {
        type: 'boolean',
        default: true,
        description: 'false: build only, push nothing and write no .tag files.',
        on: { gitlab: { description: 'Push the images. false: build only.' } },
    },
    reuse: {
        type: 'boolean',
        default: true,
        description: 'true: before building an image, look in the repository for an image with the same fingerprint (its committed directory, config, dependencies, the digests of its external base images, build args, platform, backend and backend version; see docs/backends.md) and give it the run tag instead of building it. false: always build. Ignored when push is false.',
        on: {
            cli: {
                flag: 'no-reuse',
                negated: true,
                description: 'Build every image, even one whose fingerprint the repository or OCI layout already holds.',
            },
            gitlab: {
                description: 'Reuse an image already pushed with the same fingerprint instead of building it. false: always build.',
            },
        },
    },
    cache: {
        type: 'choice',
        options: ['', 'true', 'false'],
        default: '',
        description: "true or false: use the backend's registry cache (<repository>/cache) for every image. Empty: each config's cache key decides.",
        on: {
            gitlab: {
                description: 'Use the backend registry cache: true or false; empty: what each build-config.yaml says.',
                regex: '^(true|false)?$',
            },
        },
    },
    'insecure-registries': {
        ...image_set/* IMAGE_SET_INPUTS */.Fh['insecure-registries'],
        description: 'Registry hosts reached over plain HTTP or with unverified TLS (loopback always is).',
    },
    'build-arg-env': {
        type: 'list',
        default: [],
        parse: (names) => (0,variables/* parseBuildArgEnv */.l3)(names),
        description: "Environment variables that ${NAME} in a config's build_args may read, like ECR_REGISTRY,VERSION (comma, space or newline separated), besides the values hephy-builder provides (REGISTRY, ECR_REGISTRY, <DEP>_TAG, <DEP>_IMAGE). Any other ${NAME} is an error. Names of secrets (INPUT_ and ACTIONS_ variables, names holding TOKEN, PASSWORD, SECRET, KEY, AUTH) are refused.",
        on: {
            cli: { multiple: true, metavar: 'VAR,VAR' },
            gitlab: {
                description: 'Environment variables (CI/CD variables) that `${NAME}` in build_args may read, like `ECR_REGISTRY,VERSION` (comma or space separated), besides the values hephy-builder provides (REGISTRY, ECR_REGISTRY, <DEP>_TAG, <DEP>_IMAGE). Any other `${NAME}` is an error. Names of secrets (INPUT_ and ACTIONS_ variables, names holding TOKEN, PASSWORD, SECRET, KEY, AUTH) are refused.',
                regex: '^[A-Za-z0-9_, ]*$',
            },
        },
    },
    jobs: {
        type: 'string',
        default: '',
        parse: (value) => parseJobsInput(value),
        description: 'How many images are built at once (a positive whole number), dependencies first. Empty: as many as the runner has CPUs, and 1 when an image uses kaniko (it builds in its own root filesystem).',
        // `hephy-builder build` has its own --jobs, over every arch at once.
        on: { cli: false, gitlab: { regex: '^[0-9]*$' } },
    },
    username,
    password: build_arch_password,
    'output-dir': {
        type: 'string',
        default: '.',
        description: 'Where the .tag files are written and dirs.txt and the source archives are read; created (with its parents) before anything is built.',
        // `hephy-builder build` keeps its step files and logs out of the way, under .hephy.
        on: { cli: { default: '.hephy/work', metavar: 'DIR' }, gitlab: image_set/* GITLAB_OUTPUT_DIR */.g6 },
    },
    'artifact-name': {
        type: 'string',
        // The name clone-upstream uploads under.
        default: CLONE_UPSTREAM_INPUTS['artifact-name'].default,
        blankIsOff: true,
        description: 'The workflow artifact clone-upstream uploaded the archives in (GitHub only). Empty: none, the archives are read from output-dir (one job).',
        on: { gitlab: false },
    },
};

// EXTERNAL MODULE: ./packages/core/src/inputs/prepare-diff.ts
var prepare_diff = __webpack_require__(4910);
// EXTERNAL MODULE: ./packages/core/src/inputs/read.ts
var read = __webpack_require__(2239);
// EXTERNAL MODULE: ./packages/core/src/inputs/retag.ts
var retag = __webpack_require__(8600);
// EXTERNAL MODULE: ./packages/cli/src/command.ts
var command = __webpack_require__(8835);
;// CONCATENATED MODULE: ./packages/cli/src/build/options.ts












const { base, head, mode, 'rebuild-list': rebuildList } = prepare_diff/* PREPARE_DIFF_INPUTS */._;
// The images of the whole run, as merge-manifest and retag name them (build-arch's add an arch).
const { repository: options_repository, naming: options_naming } = image_set/* IMAGE_SET_INPUTS */.Fh;
const { root: options_root, backend, arch, date: options_date, reuse } = BUILD_ARCH_INPUTS;
/**
 * The step inputs `hephy-builder build` takes as flags, in the order its usage names them, with
 * their CLI spellings and defaults from the steps' tables.
 */
const BUILD_COMMAND_INPUTS = {
    root: options_root,
    repository: options_repository,
    arch: {
        ...arch,
        description: 'The architectures to build, comma separated. Default: every one this machine can build.',
    },
    base,
    head,
    // Without an event to read, the default follows --base: changed with one, else all.
    mode: {
        ...mode,
        description: 'changed (a diff against --base; the default with --base), all (every image; the default without), list (the rebuild list), or auto (from the event).',
        on: { cli: { default: '' } },
    },
    'rebuild-list': rebuildList,
    naming: options_naming,
    backend,
    date: options_date,
    // One value, comma separated, where retag's own command repeats --tag.
    tags: { ...retag/* RETAG_INPUTS */.U.tags, on: { cli: { metavar: 'T1,T2' } } },
    'insecure-registries': BUILD_ARCH_INPUTS['insecure-registries'],
    'output-dir': BUILD_ARCH_INPUTS['output-dir'],
    'build-arg-env': BUILD_ARCH_INPUTS['build-arg-env'],
    reuse,
};
/** The flags of build that are no step's input: how the one process runs and reports. */
const RUN_OPTIONS = {
    jobs: { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
};
const BUILD_USAGE = `hephy-builder build ${(0,cli/* cliUsage */.eq)(BUILD_COMMAND_INPUTS)} [--jobs N] [--json] [--verbose]`;
const BUILD_HELP = [
    (0,cli/* cliHelp */.Qy)(BUILD_COMMAND_INPUTS),
    '  --jobs  How many builds run at once (default: the number of CPUs).',
    '  --json  Print the result as JSON.',
    "  --verbose  Stream every build's log.",
].join('\n');
const buildCommandOptions = { ...(0,cli/* cliOptions */.$D)(BUILD_COMMAND_INPUTS), ...RUN_OPTIONS };
/** A flag's default on the command line, from the table. */
const fallback = (name) => (0,cli/* cliDefault */.CZ)(BUILD_COMMAND_INPUTS, name);
function choice(values, name, allowed, fallback) {
    const value = values[name] === undefined ? fallback : String(values[name]);
    if (!allowed.includes(value)) {
        throw new command/* UsageError */.eb(`--${name} "${value}" is not one of ${allowed.join(', ')}`);
    }
    return value;
}
function buildArgEnv(values) {
    const names = (values['build-arg-env'] ?? []).flatMap(read/* parseListInput */.UF);
    try {
        return (0,variables/* parseBuildArgEnv */.l3)(names);
    }
    catch (error) {
        throw new command/* UsageError */.eb(`--build-arg-env: ${error.message}`);
    }
}
function positiveInteger(text, fallback) {
    if (text === undefined)
        return fallback;
    if (!/^[1-9][0-9]*$/.test(text))
        throw new command/* UsageError */.eb(`--jobs "${text}" is not a whole number of 1 or more`);
    return Number(text);
}
function parseBuildOptions(values, positionals) {
    if (positionals.length > 0)
        throw new command/* UsageError */.eb(`unexpected argument ${positionals[0]}`);
    const text = (name, fallback = '') => values[name] === undefined ? fallback : String(values[name]);
    const base = text('base');
    const date = text('date');
    if (date && !/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(date)) {
        throw new command/* UsageError */.eb(`--date "${date}" cannot be part of a tag: use YYYYMMDD`);
    }
    const archs = values.arch === undefined ? undefined : (0,read/* parseListInput */.UF)(String(values.arch));
    if (archs && archs.length === 0)
        throw new command/* UsageError */.eb('--arch is empty: name arches like amd64,arm64');
    return {
        base,
        head: text('head', fallback('head')),
        mode: choice(values, 'mode', plan_base/* MODES */.FN, base ? 'changed' : 'all'),
        rebuildList: text('rebuild-list'),
        root: text('root', fallback('root')),
        repository: text('repository', fallback('repository')).replace(/\/+$/, ''),
        naming: choice(values, 'naming', names/* NAMINGS */.ON, options_naming.default),
        backend: choice(values, 'backend', BACKEND_INPUTS, backend.default),
        ...(archs ? { archs } : {}),
        date,
        jobs: positiveInteger(values.jobs === undefined ? undefined : String(values.jobs), (0,external_node_os_.availableParallelism)()),
        insecureRegistries: (values[(0,cli/* cliFlag */.vM)(BUILD_COMMAND_INPUTS, 'insecure-registries')] ?? []).flatMap(read/* parseListInput */.UF),
        buildArgEnv: buildArgEnv(values),
        reuse: values[(0,cli/* cliFlag */.vM)(BUILD_COMMAND_INPUTS, 'reuse')] !== true,
        outputDir: text('output-dir', fallback('output-dir')),
        tags: values.tags === undefined ? [] : (0,read/* parseListInput */.UF)(String(values.tags)),
        json: values.json === true,
        verbose: values.verbose === true,
    };
}

// EXTERNAL MODULE: ./packages/core/src/index.ts + 6 modules
var src = __webpack_require__(4976);
// EXTERNAL MODULE: ./packages/core/src/inputs/table.ts
var table = __webpack_require__(6475);
// EXTERNAL MODULE: ./packages/core/src/inputs/merge-manifest.ts
var merge_manifest = __webpack_require__(1473);
;// CONCATENATED MODULE: ./packages/core/src/inputs/pipeline.ts




const NOT_ON = { action: false, workflow: false, gitlab: false };
/**
 * A step's input as the pipeline entries pass it on: the step's own declaration (type, default,
 * GitHub wording on the action and workflow, GitLab wording in pipeline.yml), with `on` naming
 * the surfaces it is on and, only where the pipeline's wording genuinely differs, what differs.
 */
function passThrough(table, name, on) {
    const spec = table[name];
    if (!spec)
        throw new Error(`no step input ${name}`);
    const surface = (where, own) => {
        const change = on[where];
        if (change === undefined || own === false)
            return false;
        return { ...own, ...(change === true ? {} : change) };
    };
    return {
        ...spec,
        on: {
            action: surface('action', spec.on?.github),
            workflow: surface('workflow', spec.on?.github),
            gitlab: surface('gitlab', spec.on?.gitlab),
        },
    };
}
const EVERYWHERE = { action: true, workflow: true, gitlab: true };
const ACTION_AND_GITLAB = { action: true, gitlab: true };
// The steps' wording is about one step (`Must match build-arch`, `-<arch>`); the pipeline's is not.
const NAMING = {
    description: 'tag-prefix (<repository>:<image>-<date>) or repository (<repository>/<image>:<date>).',
};
/** An image reference without blanks or quotes, as the `image` input of the templates is checked. */
const IMAGE_REGEX = '^[^\\s"\\\']*$';
const PUSH_ALL = { description: 'Push the images, merge and retag. false: build only.' };
/**
 * The inputs of the whole-pipeline entries, in the order the root action and the workflow list
 * them (pipeline.yml keeps its own order). `npm run docs` writes their `inputs:` from this table.
 */
const PIPELINE_INPUTS = {
    root: passThrough(prepare_diff/* PREPARE_DIFF_INPUTS */._, 'root', EVERYWHERE),
    mode: passThrough(prepare_diff/* PREPARE_DIFF_INPUTS */._, 'mode', EVERYWHERE),
    base: passThrough(prepare_diff/* PREPARE_DIFF_INPUTS */._, 'base', { action: true }),
    head: passThrough(prepare_diff/* PREPARE_DIFF_INPUTS */._, 'head', { action: true }),
    'rebuild-list': passThrough(prepare_diff/* PREPARE_DIFF_INPUTS */._, 'rebuild-list', EVERYWHERE),
    ignore: passThrough(prepare_diff/* PREPARE_DIFF_INPUTS */._, 'ignore', EVERYWHERE),
    'require-readme': passThrough(prepare_diff/* PREPARE_DIFF_INPUTS */._, 'require-readme', EVERYWHERE),
    'include-dependents': passThrough(prepare_diff/* PREPARE_DIFF_INPUTS */._, 'include-dependents', EVERYWHERE),
    archs: {
        type: 'string',
        default: 'native',
        description: "Architectures to build here: `native` (the runner's), `all` (every arch of the plan: only for images without RUN steps, or with QEMU set up), or a list (amd64, arm64, ...).",
        on: { workflow: false, gitlab: false },
    },
    repository: passThrough(BUILD_ARCH_INPUTS, 'repository', {
        action: true,
        workflow: {
            required: false,
            default: '',
            description: 'The registry repository to push to. Empty: ghcr.io/<owner>/<repository> in lower case.',
        },
        gitlab: true,
    }),
    naming: passThrough(merge_manifest/* MERGE_MANIFEST_INPUTS */.X, 'naming', { action: NAMING, workflow: NAMING, gitlab: true }),
    backend: passThrough(BUILD_ARCH_INPUTS, 'backend', EVERYWHERE),
    date: passThrough(BUILD_ARCH_INPUTS, 'date', {
        action: true,
        workflow: { description: 'The date in tags (YYYYMMDD). Empty: the day prepare runs (UTC), for every job.' },
        gitlab: {
            description: 'The date stamp of the tags (YYYYMMDD). Empty: the day prepare-diff runs, in UTC, for every job of the pipeline.',
        },
    }),
    push: passThrough(BUILD_ARCH_INPUTS, 'push', { action: PUSH_ALL, workflow: PUSH_ALL, gitlab: true }),
    'push-on-pull-requests': {
        type: 'boolean',
        default: false,
        description: 'Push from pull requests of this repository too (never from forks).',
        on: { action: false, gitlab: false },
    },
    'push-on-merge-requests': {
        type: 'boolean',
        default: false,
        description: 'Push from merge request pipelines too (by default they build without pushing).',
        on: { action: false, workflow: false },
    },
    cache: passThrough(BUILD_ARCH_INPUTS, 'cache', EVERYWHERE),
    reuse: passThrough(BUILD_ARCH_INPUTS, 'reuse', EVERYWHERE),
    jobs: passThrough(BUILD_ARCH_INPUTS, 'jobs', { action: true }),
    tags: passThrough(retag/* RETAG_INPUTS */.U, 'tags', EVERYWHERE),
    'insecure-registries': passThrough(BUILD_ARCH_INPUTS, 'insecure-registries', EVERYWHERE),
    'build-arg-env': passThrough(BUILD_ARCH_INPUTS, 'build-arg-env', {
        action: true,
        workflow: {
            description: `${BUILD_ARCH_INPUTS['build-arg-env'].description} The build jobs of this workflow have the runner's own variables (GITHUB_SHA, GITHUB_RUN_NUMBER, ...).`,
        },
        gitlab: true,
    }),
    // The workflow takes the registry credentials as secrets, not inputs.
    username: passThrough(BUILD_ARCH_INPUTS, 'username', ACTION_AND_GITLAB),
    password: passThrough(BUILD_ARCH_INPUTS, 'password', ACTION_AND_GITLAB),
    'api-token': passThrough(prepare_diff/* PREPARE_DIFF_INPUTS */._, 'api-token', ACTION_AND_GITLAB),
    'output-dir': passThrough(prepare_diff/* PREPARE_DIFF_INPUTS */._, 'output-dir', {
        action: { default: '.hephy-builder', description: 'Where the steps pass files to each other.' },
        gitlab: true,
    }),
    'amd64-runner': workflowOnly('ubuntu-24.04', 'Runner label of the amd64 builds (and of every job that builds nothing).'),
    'arm64-runner': workflowOnly('ubuntu-24.04-arm', 'Runner label of the arm64 builds; native, never emulated.'),
    'other-runner': workflowOnly('ubuntu-24.04', 'Runner label of any other arch (armv7, ...), which needs QEMU or images without RUN steps.'),
    'builder-repository': workflowOnly('kingdon-ci/hephy-builder', 'The hephy-builder repository whose actions run.'),
    'builder-ref': workflowOnly('v1', "The hephy-builder ref whose actions run; keep it equal to this workflow's @ref."),
    'amd64-runner-tag': gitlabOnly('saas-linux-small-amd64', 'The tag of the amd64 runners; amd64 builds, merges and retags run there.', { regex: '^\\S+$' }),
    'arm64-runner-tag': gitlabOnly('saas-linux-small-arm64', 'The tag of the arm64 runners; arm64 images are built there natively, never under emulation.', { regex: '^\\S+$' }),
    'runner-tags': gitlabOnly('', 'Runner tags of other architectures, as `<arch>=<tag>` (for example `armv7=my-arm-runner`). Comma or space separated. An architecture without a tag is built on the amd64 runners.'),
    // The runner images of the build jobs, by backend (platform/gitlab-runner-images.ts).
    'kaniko-image': gitlabOnly('', 'The runner image of kaniko builds: kaniko (debug) with Node and the bundles under /kaniko/hephy-builder, the Containerfile `kaniko` target. Empty: the runner image with `-kaniko` after its repository, same tag (`<image-repository>-kaniko:<version>`).', { regex: IMAGE_REGEX }),
    'buildkit-image': gitlabOnly('', 'The runner image of BuildKit builds: rootless buildctl and buildkitd with Node and the bundles at `dist-dir`, the Containerfile `buildkit` target. Empty: the runner image with `-buildkit` after its repository, same tag.', { regex: IMAGE_REGEX }),
    'buildx-image': gitlabOnly('', 'The runner image of buildx builds: Node 24, the bundles at `dist-dir`, the docker CLI with buildx, and a Docker daemon the runner provides (the child jobs add no services: a privileged docker:dind in the runner configuration, DOCKER_HOST as a CI/CD variable). Empty: the runner image, which has no docker (the build fails naming it).', { regex: IMAGE_REGEX }),
    'ko-image': gitlabOnly('', 'The runner image of ko builds: Node 24, the bundles at `dist-dir`, ko and Go. Empty: the runner image, which has no ko (the build fails naming it).', { regex: IMAGE_REGEX }),
    'spin-image': gitlabOnly('', 'The runner image of spin builds: Node 24, the bundles at `dist-dir` and spin. Empty: the runner image, which has no spin (the build fails naming it).', { regex: IMAGE_REGEX }),
    'max-child-jobs': {
        type: 'number',
        default: 200,
        description: 'Most jobs in the child pipeline; above it, image directories are built together in dependency waves.',
        on: { action: false, workflow: false },
    },
};
function workflowOnly(value, description) {
    return { type: 'string', default: value, description, on: { ...NOT_ON, workflow: {} } };
}
function gitlabOnly(value, description, gitlab = {}) {
    return { type: 'string', default: value, description, on: { ...NOT_ON, gitlab } };
}
/** The pipeline table as one surface declares it, in the step tables' shape (`github`/`gitlab`). */
function pipelineInputsOn(surface, pipeline = PIPELINE_INPUTS) {
    const platform = surface === 'gitlab' ? 'gitlab' : 'github';
    const other = surface === 'gitlab' ? 'github' : 'gitlab';
    const table = {};
    for (const [name, spec] of Object.entries(pipeline)) {
        const own = spec.on?.[surface];
        if (own === false)
            continue;
        table[name] = { ...spec, on: { [platform]: own ?? {}, [other]: false } };
    }
    return table;
}

;// CONCATENATED MODULE: ./packages/core/src/inputs/index.ts














/** Each bundled step's inputs, by the step's name (`actions/<step>`, `templates/<step>.yml`). */
const STEP_INPUTS = {
    'prepare-diff': prepare_diff/* PREPARE_DIFF_INPUTS */._,
    'clone-upstream': CLONE_UPSTREAM_INPUTS,
    'build-arch': BUILD_ARCH_INPUTS,
    'merge-manifest': merge_manifest/* MERGE_MANIFEST_INPUTS */.X,
    retag: retag/* RETAG_INPUTS */.U,
};

// EXTERNAL MODULE: ./packages/core/src/config/platform-spec.ts
var platform_spec = __webpack_require__(3893);
// EXTERNAL MODULE: ./packages/core/src/platform/platform.ts
var platform = __webpack_require__(7110);
// EXTERNAL MODULE: ./packages/core/src/steps/common/registry.ts
var common_registry = __webpack_require__(7588);
;// CONCATENATED MODULE: ./packages/core/src/backends/concurrency.ts

/**
 * How many builds of one backend may run at once in one job. kaniko unpacks every base image
 * into the root filesystem of the container it runs in and snapshots that filesystem, so two
 * kaniko builds in one container would write into each other's image. buildah (its store is
 * locked per layer and container), BuildKit and buildx (a daemon that schedules its own
 * solves), ko and spin (separate output directories per build) share their storage safely.
 */
const SHARED_STORAGE_LIMIT = { kaniko: 1 };
function backendBuildLimit(backend) {
    return SHARED_STORAGE_LIMIT[backend] ?? Number.POSITIVE_INFINITY;
}
/**
 * The builds of one step that run at once: the `jobs` input (0 = as many as the machine has
 * CPUs), never more than the strictest backend among the images allows.
 */
function concurrency_buildConcurrency(requested, backends, cpus = availableParallelism()) {
    const wanted = requested > 0 ? requested : Math.max(1, cpus);
    const strictest = [...new Set(backends)].sort((a, b) => backendBuildLimit(a) - backendBuildLimit(b))[0];
    const limit = strictest ? backendBuildLimit(strictest) : Number.POSITIVE_INFINITY;
    if (strictest && limit < wanted) {
        return {
            jobs: limit,
            why: `${limit} at a time: ${strictest} builds in the filesystem it runs in and cannot share it`,
        };
    }
    const source = requested > 0 ? 'the jobs input' : `${cpus} CPUs`;
    return { jobs: wanted, why: `up to ${wanted} at a time (${source})` };
}

// EXTERNAL MODULE: ./packages/core/src/git/git.ts
var git = __webpack_require__(330);
;// CONCATENATED MODULE: ./packages/core/src/steps/build-arch/fingerprint.ts



/**
 * The version of hephy-builder's own build logic (how a request is made from a config). Raise it
 * whenever that changes what a build produces from the same inputs: every image is built again.
 */
const BUILD_LOGIC_VERSION = 1;
/** The label every pushed image carries its fingerprint in. */
const FINGERPRINT_LABEL = 'dev.hephy-builder.fingerprint';
/** JSON with the keys of every object sorted, so that equal values always give equal text. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
/**
 * The image's fingerprint: the sha256 (64 hex digits) of the canonical JSON of its inputs. The
 * config's `positions` (lines and columns) are left out: moving a key does not change the image.
 */
function imageFingerprint(inputs) {
    const { positions: _positions, ...config } = inputs.config;
    const dependencies = [...inputs.dependencies]
        .map(({ image, digest }) => ({ image, digest }))
        .sort((a, b) => (a.image < b.image ? -1 : a.image > b.image ? 1 : 0));
    const document = {
        logic: BUILD_LOGIC_VERSION,
        tree: inputs.tree,
        config,
        upstreamCommit: inputs.upstreamCommit ?? null,
        dependencies,
        bases: inputs.bases.map(({ reference, platform, digest }) => ({ reference, platform, digest })),
        buildArgs: inputs.buildArgs,
        target: inputs.target,
        platform: inputs.platform,
        backend: inputs.backend,
        backendVersion: inputs.backendVersion,
    };
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(document)).digest('hex');
}
/**
 * Build args as the fingerprint sees them: each dependency tag (`curl-20250101-amd64`, which
 * carries the run's date) becomes `<tag of curl>`; the dependency's digest is in the fingerprint.
 */
function dateFreeBuildArgs(args, dependencies) {
    const byLength = [...dependencies].sort((a, b) => b.tag.length - a.tag.length);
    return args.map((arg) => byLength.reduce((text, dep) => text.split(dep.tag).join(`<tag of ${dep.image}>`), arg));
}
/**
 * The committed tree id of `dir` in the repository at `root`, or undefined when what would be
 * built is not exactly that tree: the directory has uncommitted, untracked or ignored files (they
 * are in the build context but not in the tree), or `root` is not a git work tree. Such an image
 * has no fingerprint and is always built. `ownOutput`: directories the run itself writes
 * (`hephy-builder build`'s `.hephy/work` and `.hephy/images`), not looked at: else an image at the
 * repository root would never have a fingerprint. One that holds `dir` itself is looked at.
 */
async function committedTree(exec, root, dir, ownOutput = []) {
    try {
        // Literal: a directory named like a pathspec (`*`, `:(exclude)`) names only itself. The three
        // questions are asked at once: a re-run's cost is these processes and a few requests.
        const status = (0,git/* git */.$)(exec, root, [
            '--literal-pathspecs',
            'status',
            '--porcelain',
            '-z',
            '--ignored',
            '--untracked-files=all',
            '--',
            dir,
        ]);
        const treeId = (0,git/* git */.$)(exec, root, ['rev-parse', '--verify', '--quiet', `HEAD:./${dir === '.' ? '' : dir}`]);
        const [changed, skipped, tree] = await Promise.all([
            status,
            outputInside(exec, root, dir, ownOutput),
            treeId.then((text) => text.trim()),
        ]);
        if (statusPaths(changed).some((file) => !skipped.some((out) => file.startsWith(out))))
            return undefined;
        return /^[0-9a-f]{40,64}$/.test(tree) ? tree : undefined;
    }
    catch {
        return undefined;
    }
}
/** The paths of `git status --porcelain -z` (a rename's second path, its source, included). */
function statusPaths(status) {
    const paths = [];
    const entries = status.split('\0').filter(Boolean);
    for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        paths.push(entry.slice(3));
        if (/^[RC]/.test(entry))
            paths.push(entries[++i] ?? '');
    }
    return paths;
}
/**
 * The `ownOutput` directories inside `dir`, as `git status` names paths (from the repository's
 * top, with a trailing slash). None when there are none: then git is not asked for the prefix.
 */
async function outputInside(exec, root, dir, ownOutput) {
    const image = external_node_path_default().normalize(dir);
    const inside = ownOutput
        .map((out) => external_node_path_default().relative(external_node_path_default().resolve(root), external_node_path_default().resolve(out)))
        .filter((out) => out !== '' && !out.startsWith('..') && !external_node_path_default().isAbsolute(out))
        .filter((out) => image === '.' || out.startsWith(`${image}${(external_node_path_default()).sep}`));
    if (inside.length === 0)
        return [];
    const prefix = (await (0,git/* git */.$)(exec, root, ['rev-parse', '--show-prefix'])).trim();
    return inside.map((out) => `${prefix}${out.split((external_node_path_default()).sep).join('/')}/`);
}

;// CONCATENATED MODULE: ./packages/core/src/steps/build-arch/checkout-state.ts


/**
 * Why the files of `dir` in the checkout may differ from what its committed tree says even when
 * `git status` is clean, or undefined when they cannot: a submodule (its tree holds only the
 * commit id; whether and how it is checked out is the runner's choice, and an uninitialised one
 * is an empty directory `git status` does not report) or a Git LFS file (the tree holds its
 * pointer; the checkout holds the pointer or the content, depending on the runner's `lfs`
 * setting). Either way the tree id does not decide the build context, so no fingerprint.
 */
async function contentBeyondTree(exec, root, dir) {
    const listed = await (0,git/* git */.$)(exec, root, ['--literal-pathspecs', 'ls-files', '-s', '-z', '--', dir]);
    const entries = listed.split('\0').filter(Boolean);
    const submodule = entries.find((entry) => entry.startsWith('160000 '));
    if (submodule)
        return `${submodule.slice(submodule.indexOf('\t') + 1)} is a submodule`;
    const files = entries.map((entry) => entry.slice(entry.indexOf('\t') + 1));
    if (files.length === 0)
        return undefined;
    const attributes = await (0,git/* git */.$)(exec, root, ['check-attr', '-z', '--stdin', 'filter'], {
        input: `${files.join('\0')}\0`,
    });
    // `<path>\0filter\0<value>\0` per file.
    const fields = attributes.split('\0');
    for (let i = 0; i + 2 < fields.length; i += 3) {
        if (fields[i + 2] === 'lfs')
            return `${fields[i]} is a Git LFS file`;
    }
    return undefined;
}
/**
 * The checkout state of each image directory, asked once per run: the images of one
 * directory's `targets:` share it. The git questions of a directory are asked at once: they are
 * the most of a reused image's cost.
 */
function checkoutStates(exec, root, ownOutput = []) {
    const asked = new Map();
    return (dir) => {
        let state = asked.get(dir);
        if (!state) {
            state = Promise.all([
                committedTree(exec, root, dir, ownOutput),
                contentBeyondTree(exec, root, dir).catch(() => 'its files could not be listed'),
            ]).then(([tree, beyond]) => {
                if (!tree)
                    return { why: `${dir} is not committed as is` };
                return beyond ? { why: `${dir}: ${beyond}` } : { tree };
            });
            asked.set(dir, state);
        }
        return state;
    };
}

// EXTERNAL MODULE: ./packages/core/src/steps/common/handoff.ts
var handoff = __webpack_require__(9265);
// EXTERNAL MODULE: ./packages/core/src/plan/load.ts
var load = __webpack_require__(265);
;// CONCATENATED MODULE: ./packages/core/src/platform/scratch.ts

/**
 * Where a step makes its scratch directories: the runner's own temporary directory on GitHub
 * (`RUNNER_TEMP`, emptied after every job), else the system's.
 */
function scratch_scratchParent(env) {
    return env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
}

// EXTERNAL MODULE: ./packages/core/src/steps/common/partial.ts
var partial = __webpack_require__(5038);
// EXTERNAL MODULE: ./packages/core/src/registry/credentials.ts
var credentials = __webpack_require__(695);
;// CONCATENATED MODULE: ./packages/core/src/registry/auth-file.ts




/**
 * Writes a Docker config.json (`{"auths": ...}`) that a build backend can read (kaniko's
 * /kaniko/.docker/config.json, `buildah --authfile`), holding for each host the credential this
 * client would use, resolved the same way. Hosts without credentials are left out. The file is
 * readable by its owner only. Returns the hosts written.
 */
async function writeAuthFile(file, hosts, options, ports) {
    const auths = {};
    for (const host of new Set(hosts.map(docker_config/* configKeyHost */.Oq))) {
        const resolved = await (0,credentials/* resolveCredential */.S)(host, options, ports);
        if (!resolved)
            continue;
        const { credential } = resolved;
        const key = (0,docker_config/* helperServerUrl */.Fp)(host);
        if (credential.kind === 'basic') {
            auths[key] = { auth: Buffer.from(`${credential.username}:${credential.password}`).toString('base64') };
        }
        else if (credential.kind === 'identity') {
            auths[key] = { username: credential.username, identitytoken: credential.token };
        }
        else {
            auths[key] = { registrytoken: credential.token };
        }
    }
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    await (0,promises_.writeFile)(file, `${JSON.stringify({ auths }, null, 2)}\n`, { mode: 0o600 });
    return Object.keys(auths);
}

// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var registry_reference = __webpack_require__(908);
// EXTERNAL MODULE: ./packages/core/src/plan/dependencies.ts
var plan_dependencies = __webpack_require__(5208);
// EXTERNAL MODULE: ./packages/core/src/plan/discover.ts
var discover = __webpack_require__(4794);
;// CONCATENATED MODULE: ./packages/core/src/steps/build-arch/dependencies.ts






/** The ARGs that get the repository. */
const REGISTRY_ARGS = ['ECR_REGISTRY', 'REGISTRY'];
/**
 * The image directories this image may be built on: the plan's, read from its config and local
 * Dockerfile. An upstream image's Dockerfile is not there when the plan is made, so any other
 * image directory may fill the `<DEP>_TAG`/`<DEP>_IMAGE` args it declares.
 */
function dependencyDirs(image, root) {
    if (image.config.source.kind !== 'upstream')
        return image.dependsOn;
    return (0,discover/* listImageDirs */.q1)(root).filter((dir) => dir !== image.dir && dir !== '.');
}
/** Every ARG name hephy-builder gives a value for, given the images an image may be built on. */
function providedArgNames(dependencies) {
    const prefixes = dependencies.map(plan_dependencies/* tagArgPrefix */.pW);
    return [...REGISTRY_ARGS, ...prefixes.flatMap((prefix) => [`${prefix}_TAG`, `${prefix}_IMAGE`])];
}
/** A dependency image as handed to a build: where it came from and its pinned reference. */
/**
 * An image of this run that this job was to build on did not leave its `.tag` file: its build
 * (in this job or another of the fan-out) failed or was skipped. The image is then skipped too,
 * naming that dependency, rather than reported as a failure of its own.
 */
class dependencies_DependencyNotBuilt extends src_errors/* UserError */.yo {
    dependency;
    constructor(dependency, message) {
        super(message);
        this.dependency = dependency;
    }
}
/**
 * The value of each dependency ARG the Dockerfile declares: `ECR_REGISTRY`/`REGISTRY` get the
 * repository, `<DEP>_TAG` the dependency's tag and `<DEP>_IMAGE` its digest-pinned reference,
 * for each of `dependencies` (the images of the plan's `dependsOn` directories).
 * A dependency built in this run for this arch (its `.tag` file) wins; else `<dep>-latest`.
 */
async function dependencyArgs(declared, dependencies, context) {
    const args = new Map();
    for (const name of REGISTRY_ARGS)
        if (declared.has(name))
            args.set(name, (0,registry_reference/* repositoryName */.aR)(context.scheme.repository));
    const used = [];
    for (const image of dependencies) {
        const prefix = (0,plan_dependencies/* tagArgPrefix */.pW)(image);
        if (!declared.has(`${prefix}_TAG`) && !declared.has(`${prefix}_IMAGE`))
            continue;
        const dependency = await findDependency(image, context);
        if (declared.has(`${prefix}_TAG`))
            args.set(`${prefix}_TAG`, dependency.tag);
        if (declared.has(`${prefix}_IMAGE`))
            args.set(`${prefix}_IMAGE`, dependency.reference);
        used.push(dependency);
    }
    return { args, used };
}
async function findDependency(image, context) {
    const built = await (0,handoff/* readTagFile */.z1)(context.outputDir, image, context.arch);
    if (built?.digest) {
        const ref = (0,registry_reference/* withTarget */.yY)((0,names/* archRef */.qh)(context.scheme, image, context.arch), {
            tag: built.tag,
            digest: built.digest,
        });
        return { image, tag: built.tag, reference: (0,registry_reference/* formatReference */.FH)(ref), fromThisRun: true };
    }
    if (context.inRun?.has(image)) {
        throw new dependencies_DependencyNotBuilt(image, `${image} is built for ${context.arch} in this run but left no ${(0,handoff/* tagFileName */.AG)(image, context.arch)} (its build failed or was skipped): not building on an older ${image}-latest`);
    }
    // The default branch's `latest`, even on a feature branch: that is the image others build on.
    const { branch: _branch, ...defaultScheme } = context.scheme;
    const latest = (0,names/* extraTagRef */.C_)(defaultScheme, image, 'latest');
    const digest = await latestDigest(image, (0,registry_reference/* formatReference */.FH)(latest), context);
    if (!digest) {
        throw new src_errors/* UserError */.yo(`${image} was not built for ${context.arch} in this run and ${(0,registry_reference/* formatReference */.FH)(latest)} does not exist: build ${image} first (add it to dirs, or push its latest tag)`);
    }
    return { image, tag: latest.tag, reference: (0,registry_reference/* formatReference */.FH)({ ...latest, digest }), fromThisRun: false };
}
function latestDigest(image, reference, context) {
    const cache = context.latest;
    if (!cache)
        return context.head(reference);
    const key = `${image}\n${context.arch}`;
    let digest = cache.get(key);
    if (!digest) {
        digest = context.head(reference);
        // A failed request is not an answer: the next image asks again.
        digest.catch(() => cache.delete(key));
        cache.set(key, digest);
    }
    return digest;
}

;// CONCATENATED MODULE: ./packages/core/src/steps/build-arch/build-args.ts



/**
 * What `${NAME}` in a build arg may read: the values hephy-builder provides for the image
 * (`provided`: repository, dependencies), then, overriding them, the environment variables the
 * workflow owner named in `build-arg-env` (`fromEnv`). Nothing else of the environment is in
 * the result, so no config can read a step's inputs, tokens or passwords into an image.
 */
function argValues(env, fromEnv, provided) {
    const values = Object.fromEntries(provided);
    for (const name of fromEnv) {
        const value = env[name];
        if (value)
            values[name] = value;
    }
    return values;
}
/**
 * Every `${NAME}` in the `build_args` of `images` that is neither provided for its image nor
 * named in `build-arg-env`, as an error naming file, line and field. Checked for the whole run
 * before the first build, so a bad config stops the run before anything is pushed.
 */
function buildArgVariableProblems(images, options) {
    const problems = new Map();
    for (const image of images) {
        if (image.config.manualBuild)
            continue;
        const dependencies = dependencyDirs(image, options.root).flatMap(options.dependencyImages);
        const provided = providedArgNames(dependencies);
        const allowed = new Set([...provided, ...options.fromEnv]);
        // The images of one config's `targets:` share its build_args: one error per line.
        for (const problem of unknownVariables(image.config, allowed, provided))
            problems.set(String(problem), problem);
    }
    return [...problems.values()];
}
function unknownVariables(config, allowed, provided) {
    return config.buildArgs.flatMap((arg, i) => {
        const field = `build_args[${i}]`;
        const location = { file: config.file, ...config.positions[field] };
        return [...new Set((0,variables/* variableNames */.zo)(arg))]
            .filter((name) => !allowed.has(name))
            .map((name) => {
            const why = (0,variables/* isSecretName */.eh)(name)
                ? `\${${name}} looks like a secret (a step input, a runner variable, or a name with TOKEN, PASSWORD, SECRET, KEY, AUTH, ...): a build arg never reads one, since its value ends up in the pushed image`
                : `\${${name}} is neither a value hephy-builder provides for this image (${provided.join(', ')}) nor named in the build-arg-env input`;
            return new src_errors/* UserError */.yo(why, { location, field });
        });
    });
}
/**
 * The config's `build_args` with `${NAME}` expanded from `values` (argValues). An unset variable
 * becomes '' with a warning, except in an arg that `known` fills anyway: the seed's
 * `ECR_REGISTRY=${ECR_REGISTRY}` on a runner without that variable gets the repository, so a
 * warning about it would be false.
 */
function expandBuildArgs(configArgs, env, known, warn) {
    return configArgs.map((arg) => {
        const missing = [];
        const expanded = (0,variables/* expandVariables */.i7)(arg, env, (name) => missing.push(name));
        const [key, value] = splitArg(expanded);
        if (!(value === '' && known.has(key)))
            missing.forEach((name) => warn(name));
        return expanded;
    });
}
/** The names a Dockerfile declares with `ARG` (`ARG A`, `ARG A=1 B`), before or after FROM. */
function build_args_declaredArgs(dockerfile) {
    const names = new Set();
    for (const match of dockerfile.matchAll(/^[ \t]*ARG[ \t]+(.*)$/gim)) {
        for (const word of match[1].trim().split(/[ \t]+/)) {
            const name = word.split('=')[0];
            if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
                names.add(name);
        }
    }
    return names;
}
/** `KEY=VALUE` entries as a map; later entries win, as they do for every backend. */
function argMap(entries) {
    const map = new Map();
    for (const entry of entries)
        map.set(...splitArg(entry));
    return map;
}
function splitArg(entry) {
    const eq = entry.indexOf('=');
    return eq < 0 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)];
}
/**
 * The build args of one image: the config's `build_args` (expanded), then the values we know
 * for ARGs the Dockerfile declares (registry, dependencies) wherever the config left them unset
 * or empty, as the seed's `ECR_REGISTRY=${ECR_REGISTRY}` does on a runner without that variable.
 */
function mergeBuildArgs(configArgs, known) {
    const merged = argMap(configArgs);
    for (const [name, value] of known)
        if (!merged.get(name))
            merged.set(name, value);
    return [...merged].map(([name, value]) => `${name}=${value}`);
}

// EXTERNAL MODULE: ./packages/core/src/shared/platform-spec.ts
var shared_platform_spec = __webpack_require__(618);
// EXTERNAL MODULE: ./packages/core/src/repo-file.ts
var repo_file = __webpack_require__(9860);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./packages/core/src/source/links.ts
/** Symlinks followed in one chain while resolving a link inside the archive, as the kernel's limit. */
const MAX_LINK_HOPS = 40;
/**
 * Resolves the archive's symlinks the way the kernel would, substituting its other symlinks on the
 * way (a lexical check alone is fooled by `s -> .` plus `a -> s/..`), and says whether a link
 * stays inside the tree. Each link is resolved once and remembered and each step costs its own
 * name, so thousands of links through 40-deep chains cost the size of the archive, not size x
 * chain x depth. A link that leaves the tree, loops, nests more than 40 links or goes deeper than
 * `maxDepth` does not stay inside.
 */
function linkResolver(links, maxDepth) {
    // Every prefix of every symlink path gets an id: "<parent id>/<name>" -> id; the root is 0.
    const ids = new Map();
    const linkAt = new Map();
    for (const rel of links.keys()) {
        let id = 0;
        for (const part of rel.split('/')) {
            const key = `${id}/${part}`;
            let child = ids.get(key);
            if (child === undefined)
                ids.set(key, (child = ids.size + 1));
            id = child;
        }
        linkAt.set(id, rel);
    }
    const root = { id: 0, up: undefined, depth: 0 };
    const enter = (place, part) => ({
        id: place.id < 0 ? -1 : (ids.get(`${place.id}/${part}`) ?? -1),
        up: place,
        depth: place.depth + 1,
    });
    const memo = new Map();
    const active = new Set();
    const resolve = (rel) => {
        const known = memo.get(rel);
        if (known !== undefined)
            return known;
        // A loop, or a chain deeper than the kernel follows. Any null refuses the whole archive, so
        // remembering one found deep in a chain never wrongly refuses a link checked later.
        if (active.has(rel) || active.size >= MAX_LINK_HOPS)
            return null;
        active.add(rel);
        const result = walk(rel);
        active.delete(rel);
        memo.set(rel, result);
        return result;
    };
    const walk = (rel) => {
        const target = links.get(rel) ?? '';
        if (target.startsWith('/'))
            return null;
        let place = root;
        const parents = rel.split('/').slice(0, -1);
        for (const part of parents)
            place = enter(place, part);
        for (const part of target.split('/')) {
            if (part === '' || part === '.')
                continue;
            if (part === '..') {
                if (!place.up)
                    return null;
                place = place.up;
                continue;
            }
            place = enter(place, part);
            if (place.depth > maxDepth)
                return null;
            const link = linkAt.get(place.id);
            if (link === undefined)
                continue;
            const to = resolve(link);
            if (!to)
                return null;
            place = to;
        }
        return place;
    };
    return (rel) => resolve(rel) !== null;
}

;// CONCATENATED MODULE: ./packages/core/src/source/tar.ts
/**
 * A tar reader for the archives we make and unpack (POSIX ustar, pax and GNU long names), over a
 * Buffer. Written here rather than taken from npm because build-arch must see every entry's type
 * and target before it writes a byte (source/unpack.ts), and that is all it needs.
 */
const BLOCK = 512;
class TarFormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TarFormatError';
    }
}
const KINDS = {
    '0': 'file',
    '\0': 'file',
    '7': 'file',
    '5': 'directory',
    '2': 'symlink',
    '1': 'hardlink',
    '3': 'device',
    '4': 'device',
    '6': 'fifo',
};
function tar_text(block, offset, length) {
    const field = block.subarray(offset, offset + length);
    const nul = field.indexOf(0);
    return field.subarray(0, nul < 0 ? length : nul).toString('utf8');
}
function number(block, offset, length) {
    const field = block.subarray(offset, offset + length);
    // GNU base-256 for values too big for octal: the high bit of the first byte is set.
    if ((field[0] & 0x80) !== 0) {
        let value = field[0] & 0x7f;
        for (let i = 1; i < length; i++)
            value = value * 256 + field[i];
        return value;
    }
    const digits = tar_text(block, offset, length).trim();
    if (digits === '')
        return 0;
    if (!/^[0-7]+$/.test(digits))
        throw new TarFormatError(`bad octal number "${digits}" in a tar header`);
    return parseInt(digits, 8);
}
function checksumOk(block) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 32 : block[i];
    return sum === number(block, 148, 8);
}
/** pax extended header records: `<length> <key>=<value>\n`. */
function parsePax(data) {
    const records = {};
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        const length = parseInt(data.subarray(at, space).toString('ascii'), 10);
        if (space < 0 || !Number.isInteger(length) || length <= 0 || at + length > data.length) {
            throw new TarFormatError('bad pax extended header record');
        }
        const record = data.subarray(space + 1, at + length - 1).toString('utf8');
        const eq = record.indexOf('=');
        records[record.slice(0, eq)] = record.slice(eq + 1);
        at += length;
    }
    return records;
}
function isZeroBlock(block) {
    return block.every((byte) => byte === 0);
}
/** Where the archive's data ends: the offset of its first end-of-archive zero block. */
function tarDataEnd(buf) {
    let at = 0;
    while (at + BLOCK <= buf.length) {
        const header = buf.subarray(at, at + BLOCK);
        if (isZeroBlock(header))
            return at;
        at += BLOCK + Math.ceil(number(header, 124, 12) / BLOCK) * BLOCK;
    }
    return at;
}
/** A pax `size`: decimal digits only (`Number` would take `-512`, `1e9` and `0x10`). */
function paxSize(value, at) {
    const size = /^[0-9]{1,15}$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(size)) {
        const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
        throw new TarFormatError(`the pax header at byte ${at} gives the size ${JSON.stringify(shown)}, not a byte count`);
    }
    return size;
}
/**
 * Reads every entry of a tar archive; a malformed header throws `TarFormatError`. Every header
 * moves the reader forward by at least one block, so the work is linear in the archive's size;
 * `maxHeaders` bounds the entries (and their memory) an archive of small headers can create.
 */
function parseTar(buf, limits = {}) {
    const archive = { entries: [] };
    const maxHeaders = limits.maxHeaders ?? Infinity;
    let headers = 0;
    let pending = {};
    let at = 0;
    while (at + BLOCK <= buf.length) {
        const header = buf.subarray(at, at + BLOCK);
        if (isZeroBlock(header))
            return archive;
        if (!checksumOk(header))
            throw new TarFormatError(`bad tar header checksum at byte ${at}`);
        if (++headers > maxHeaders)
            throw new TarFormatError(`more than ${maxHeaders} entries (headers), more than a source tree holds`);
        const typeflag = String.fromCharCode(header[156]);
        const size = pending.size ?? number(header, 124, 12);
        const start = at + BLOCK;
        if (start + size > buf.length) {
            throw new TarFormatError(`the entry at byte ${at} claims ${size} bytes of data, but only ${buf.length - start} follow: the archive is truncated`);
        }
        const data = buf.subarray(start, start + size);
        at = start + Math.ceil(size / BLOCK) * BLOCK;
        if (typeflag === 'g') {
            archive.comment ??= parsePax(data).comment;
            continue;
        }
        if (typeflag === 'x') {
            const pax = parsePax(data);
            pending = {
                ...(pax.path !== undefined ? { path: pax.path } : {}),
                ...(pax.linkpath !== undefined ? { linkName: pax.linkpath } : {}),
                ...(pax.size !== undefined ? { size: paxSize(pax.size, start - BLOCK) } : {}),
            };
            continue;
        }
        if (typeflag === 'L' || typeflag === 'K') {
            const value = tar_text(data, 0, data.length);
            pending = typeflag === 'L' ? { ...pending, path: value } : { ...pending, linkName: value };
            continue;
        }
        archive.entries.push(entryFrom(header, typeflag, data, pending));
        pending = {};
    }
    return archive;
}
function entryFrom(header, typeflag, data, pending) {
    const isUstar = tar_text(header, 257, 5) === 'ustar';
    const prefix = isUstar ? tar_text(header, 345, 155) : '';
    const name = tar_text(header, 0, 100);
    return {
        path: pending.path ?? (prefix ? `${prefix}/${name}` : name),
        kind: KINDS[typeflag] ?? 'other',
        typeflag,
        mode: number(header, 100, 8),
        linkName: pending.linkName ?? tar_text(header, 157, 100),
        data,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/source/unpack.ts






const UNPACK_LIMITS = {
    maxBytes: 1024 ** 3,
    maxEntries: 1_000_000,
    maxPathBytes: 4096,
    maxNameBytes: 255,
    maxDepth: 256,
};
/**
 * Unpacks a `<dir>-source.tar.gz` into `target` (which must be missing or empty), after checking
 * every entry: nothing may land outside `target`, directly or through a link, and no device or
 * fifo is created. Nothing is written unless the whole archive passes.
 */
async function unpackSourceArchive(archive, target, name, limits = UNPACK_LIMITS) {
    let parsed;
    try {
        parsed = parseTar(await inflate(archive, limits.maxBytes), { maxHeaders: limits.maxEntries });
    }
    catch (error) {
        throw new src_errors/* UserError */.yo(`${name}: ${error instanceof TarFormatError ? error.message : String(error)}`);
    }
    const plan = checkEntries(parsed.entries, name, limits);
    await (0,promises_.mkdir)(target, { recursive: true });
    if ((await (0,promises_.readdir)(target)).length > 0)
        throw new src_errors/* UserError */.yo(`${target} must be empty to unpack ${name} into it: a leftover of an earlier run? Remove it (or empty RUNNER_TEMP) and run again`);
    for (const entry of plan)
        await writeEntry(entry, target);
    return { ...(parsed.comment ? { commit: parsed.comment } : {}), entries: plan.length };
}
/** zlib's default 16 KiB output chunks cost five times the CPU of 1 MiB ones on a large archive. */
const INFLATE_CHUNK_BYTES = 1024 ** 2;
/** Inflates chunk by chunk and stops at `maxBytes`: a gzip bomb costs that much, never more. */
function inflate(archive, maxBytes) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let total = 0;
        const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: INFLATE_CHUNK_BYTES });
        gunzip.on('data', (chunk) => {
            total += chunk.length;
            if (total <= maxBytes)
                return void chunks.push(chunk);
            gunzip.destroy();
            reject(new TarFormatError(`inflates to more than ${formatBytes(maxBytes)} (${archive.length} bytes compressed): a gzip bomb, or not a source tree`));
        });
        gunzip.on('error', (error) => reject(new TarFormatError(`not a gzip-compressed tar (${error.message})`)));
        gunzip.on('end', () => resolve(Buffer.concat(chunks, total)));
        gunzip.end(archive);
    });
}
function formatBytes(bytes) {
    for (const [unit, size] of [
        ['GiB', 1024 ** 3],
        ['MiB', 1024 ** 2],
        ['KiB', 1024],
    ]) {
        if (bytes >= size && bytes % size === 0)
            return `${bytes / size} ${unit}`;
    }
    return `${bytes} bytes`;
}
/** Validates every entry (see `unpackSourceArchive`) and returns them with normalised paths. */
function checkEntries(entries, name, limits = UNPACK_LIMITS) {
    const fail = (entry, why) => new src_errors/* UserError */.yo(`${name}: entry ${JSON.stringify(shorten(entry.path))} ${why}; refusing to unpack any of it`);
    const checked = entries.map((entry) => {
        const tooBig = pathProblem(entry.path, limits) ?? pathProblem(entry.linkName, limits);
        if (tooBig)
            throw fail(entry, tooBig);
        return { ...entry, rel: insidePath(entry.path, () => fail(entry, 'leaves the target directory')) };
    });
    const links = new Map(checked.filter((e) => e.kind === 'symlink').map((e) => [e.rel, e.linkName]));
    const staysInside = linkResolver(links, limits.maxDepth);
    const files = new Set();
    const seen = new Set();
    for (const entry of checked) {
        if (entry.kind === 'device' || entry.kind === 'fifo' || entry.kind === 'other') {
            throw fail(entry, `is a ${entry.kind === 'other' ? `type ${JSON.stringify(entry.typeflag)} entry` : entry.kind}`);
        }
        if (entry.rel === '' && entry.kind !== 'directory')
            throw fail(entry, 'has no name');
        if (throughLink(entry.rel, links))
            throw fail(entry, 'would be written through a symbolic link');
        if (entry.kind !== 'directory' && seen.has(entry.rel))
            throw fail(entry, 'appears twice');
        seen.add(entry.rel);
        if (entry.kind === 'symlink' && !staysInside(entry.rel)) {
            throw fail(entry, `is a symbolic link to ${JSON.stringify(entry.linkName)}, outside the target directory`);
        }
        if (entry.kind === 'hardlink') {
            const to = insidePath(entry.linkName, () => fail(entry, 'is a hard link to a path outside the target directory'));
            if (!files.has(to))
                throw fail(entry, `is a hard link to ${JSON.stringify(entry.linkName)}, which is not a file before it`);
        }
        if (entry.kind === 'file')
            files.add(entry.rel);
    }
    return checked;
}
/** What makes a path (or link target) too long or too deep to be checked and written, if anything. */
function pathProblem(entryPath, limits) {
    const bytes = Buffer.byteLength(entryPath);
    if (bytes > limits.maxPathBytes)
        return `has a path or link target of ${bytes} bytes, more than ${limits.maxPathBytes}`;
    const parts = entryPath.split('/');
    if (parts.length - 1 > limits.maxDepth)
        return `is ${parts.length - 1} directories deep, more than ${limits.maxDepth}`;
    const long = parts.find((part) => Buffer.byteLength(part) > limits.maxNameBytes);
    if (long !== undefined)
        return `has a name of ${Buffer.byteLength(long)} bytes, more than ${limits.maxNameBytes}`;
    return undefined;
}
/** A path for a message: a hostile one can be megabytes long. */
function shorten(entryPath) {
    return entryPath.length > 100 ? `${entryPath.slice(0, 100)}…` : entryPath;
}
/** `a/./b/` -> `a/b`; an absolute path or one climbing above the root calls `fail`. */
function insidePath(entryPath, fail) {
    if (entryPath.startsWith('/') || /^[A-Za-z]:[\\/]/.test(entryPath) || entryPath.includes('\\'))
        throw fail();
    const parts = [];
    for (const part of entryPath.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            throw fail();
        parts.push(part);
    }
    return parts.join('/');
}
/** True when a proper ancestor of `rel` is a symlink of the archive. */
function throughLink(rel, links) {
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++)
        if (links.has(parts.slice(0, i).join('/')))
            return true;
    return false;
}
async function writeEntry(entry, target) {
    const file = external_node_path_default().join(target, entry.rel);
    if (entry.kind === 'directory') {
        await (0,promises_.mkdir)(file, { recursive: true });
        return;
    }
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    if (entry.kind === 'symlink')
        await (0,promises_.symlink)(entry.linkName, file);
    else if (entry.kind === 'hardlink')
        await (0,promises_.link)(external_node_path_default().join(target, external_node_path_default().posix.normalize(entry.linkName)), file);
    // 'wx': never write through whatever might already be there.
    else
        await (0,promises_.writeFile)(file, entry.data, { mode: entry.mode & 0o111 ? 0o755 : 0o644, flag: 'wx' });
}

;// CONCATENATED MODULE: ./packages/core/src/steps/build-arch/context.ts







async function exists(file) {
    return (0,promises_.access)(file).then(() => true, () => false);
}
/**
 * Resolves the build context of every directory once (the targets of one directory share one
 * clone): the directory itself, or the upstream archive unpacked safely into scratch.
 */
function contextResolver(options) {
    const cache = new Map();
    return (config) => {
        let prepared = cache.get(config.dir);
        if (!prepared) {
            prepared = resolveContext(config, options);
            cache.set(config.dir, prepared);
        }
        return prepared;
    };
}
async function resolveContext(config, options) {
    if (config.source.kind === 'local')
        return paths(config, external_node_path_default().resolve(options.root, config.dir));
    const archive = external_node_path_default().join(options.outputDir, (0,handoff/* sourceArchiveName */.VO)(config.dir));
    if (!(await exists(archive)))
        await options.ensureSources();
    if (!(await exists(archive))) {
        throw new src_errors/* UserError */.yo(`${archive} is missing: clone-upstream did not fetch ${config.dir} (its log says why), or did not run before build-arch with the same output-dir`, {
            location: { file: config.file },
            field: 'upstream_repo',
        });
    }
    const target = external_node_path_default().join(options.scratch, `${config.dir}-source`);
    const { commit } = await unpackSourceArchive(await (0,promises_.readFile)(archive), target, external_node_path_default().basename(archive));
    const upstream = { repository: redactUrl(config.source.repo), ...(commit ? { commit } : {}) };
    return { ...paths(config, target), upstream };
}
function paths(config, base) {
    const context = external_node_path_default().resolve(base, config.contextPath);
    const dockerfile = external_node_path_default().resolve(context, config.dockerfilePath);
    for (const [field, file] of [
        ['context_path', context],
        ['dockerfile_path', dockerfile],
    ]) {
        const relative = external_node_path_default().relative(base, file);
        if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative)) {
            throw new src_errors/* UserError */.yo(`leaves the image's source tree (${relative})`, {
                location: { file: config.file, ...config.positions[field] },
                field,
            });
        }
    }
    return { context, dockerfile, tree: base };
}
/**
 * The Dockerfile's text, read the one safe way (readRepoFile: a regular file inside the tree, not
 * through a symlink out, not over the size cap), or a user error naming dockerfile_path.
 */
async function context_readDockerfile(config, context) {
    const location = { file: config.file, ...config.positions.dockerfile_path };
    try {
        return (0,repo_file/* readRepoFile */.v6)(context.tree, external_node_path_default().relative(context.tree, context.dockerfile));
    }
    catch (error) {
        if (!(error instanceof repo_file/* RepoFileError */.lD))
            throw error;
        const where = config.source.kind === 'upstream' ? `the upstream tree at ${config.source.ref}` : config.dir;
        const message = error.problem === 'missing'
            ? `${config.dockerfilePath} does not exist in ${where} (looked for ${context.dockerfile})`
            : `${config.dockerfilePath} in ${where}: ${error.message}`;
        throw new src_errors/* UserError */.yo(message, { location, field: 'dockerfile_path' });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/steps/build-arch/from-hosts.ts
/**
 * The registry hosts a build pulls from (dockerfile-from.ts, names expanded), so that the auth
 * file handed to the backend holds their credentials too. The repository's own host is always
 * included by the caller.
 */
function fromHosts(images) {
    return [...new Set(images.flatMap(({ ref }) => (ref.kind === 'registry' ? [ref.host] : [])))];
}

// EXTERNAL MODULE: ./packages/core/src/registry/image-index.ts
var image_index = __webpack_require__(2245);
;// CONCATENATED MODULE: ./packages/core/src/steps/build-arch/base-images.ts




/**
 * ko's base image when neither the config nor the environment names one: ko-build/ko
 * pkg/commands/options/build.go:34 (`defaultBaseImage`), read at :177-183 (commit 42978711).
 */
const KO_DEFAULT_BASE_IMAGE = 'cgr.dev/chainguard/static:latest';
/** The image ko builds on: the config's `base_image`, else `KO_DEFAULTBASEIMAGE`, else ko's default. */
function koBaseImages(config, env, platform) {
    const reference = config.ko?.baseImage || env.KO_DEFAULTBASEIMAGE || KO_DEFAULT_BASE_IMAGE;
    return [{ reference, ref: (0,registry_reference/* parseReference */.F2)(reference), platform, line: 0 }];
}
/** The same image without its digest, for comparing a `FROM` with a dependency's pinned reference. */
function unpinned(reference) {
    const ref = (0,registry_reference/* parseReference */.F2)(reference);
    return (0,registry_reference/* formatReference */.FH)((0,registry_reference/* withTarget */.yY)(ref, ref.tag !== undefined ? { tag: ref.tag } : {}));
}
/**
 * The digest of every external image in `images` for its platform, or why one is unknown. An
 * image of this repository the build is given (`dependencies`) is left out: its digest is
 * already in the fingerprint. A reference pinned by digest needs no request; any other costs one
 * manifest GET per run (an index's entry for the platform is picked from the same bytes).
 */
async function baseDigests(registry, images, dependencies, read) {
    const given = new Set(dependencies.map((dep) => unpinned(dep.reference)));
    const bases = [];
    for (const image of images) {
        const where = image.line > 0 ? ` (line ${image.line})` : '';
        if (given.has(unpinned(image.reference)))
            continue;
        if (image.ref.digest) {
            bases.push({ reference: image.reference, platform: image.platform, digest: image.ref.digest });
            continue;
        }
        const key = (0,registry_reference/* formatReference */.FH)(image.ref);
        if (!read.has(key))
            read.set(key, registry.getManifest(image.ref));
        let manifest;
        try {
            manifest = await read.get(key);
        }
        catch (error) {
            return { why: `looking up ${image.reference}${where} failed: ${(0,src_errors/* errorMessage */.gJ)(error)}` };
        }
        if (!manifest)
            return { why: `${image.reference}${where} is not in its registry` };
        const wanted = (0,platform_spec/* parsePlatform */.FL)(image.platform);
        const digest = wanted && (0,image_index/* imageDigestFor */.R4)(manifest, wanted);
        if (!digest)
            return { why: `${image.reference}${where} has no ${image.platform} image` };
        bases.push({ reference: image.reference, platform: image.platform, digest });
    }
    return { bases };
}

;// CONCATENATED MODULE: ./packages/core/src/steps/build-arch/dockerfile-from.ts


/** The parser directives (`# syntax=...`, `# escape=...`): comment lines before anything else. */
function directives(dockerfile) {
    const found = new Map();
    const lines = dockerfile.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const match = /^#\s*([A-Za-z]+)\s*=\s*(\S+)\s*$/.exec(lines[i]);
        if (!match)
            break;
        found.set(match[1].toLowerCase(), { value: match[2], line: i + 1 });
    }
    return found;
}
/** Instructions with their continuation lines joined (`\`, or the `# escape=` directive's), comments dropped. */
function instructions(dockerfile, escape) {
    const result = [];
    const lines = dockerfile.split(/\r?\n/);
    const continues = (text) => text.trimEnd().endsWith(escape);
    for (let i = 0; i < lines.length; i++) {
        const start = i;
        let text = lines[i];
        if (/^\s*#/.test(text) || text.trim() === '')
            continue;
        while (continues(text) && i + 1 < lines.length) {
            i++;
            const next = lines[i];
            // Comment lines and empty lines inside a continued instruction are dropped, as the parser does.
            if (/^\s*#/.test(next) || next.trim() === '')
                continue;
            text = `${text.trimEnd().slice(0, -1)} ${next}`;
        }
        const match = /^\s*([A-Za-z]+)\s*(.*)$/.exec(text);
        if (!match)
            continue;
        result.push({ keyword: match[1].toUpperCase(), rest: match[2], line: start + 1 });
        // A here-document's lines (`RUN <<EOF` ... `EOF`) are its content, never instructions.
        for (const heredoc of text.matchAll(/<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g)) {
            const [, dash, , word] = heredoc;
            while (i + 1 < lines.length) {
                i++;
                const body = lines[i];
                if ((dash ? body.replace(/^\t+/, '') : body) === word)
                    break;
            }
        }
    }
    return result;
}
/** The automatic platform args BuildKit and buildah define for every `FROM`. */
function platformArgs(target, build) {
    const args = new Map();
    for (const [side, platform] of [
        ['TARGET', target],
        ['BUILD', build],
    ]) {
        const [os = '', arch = '', variant = ''] = platform.split('/');
        args.set(`${side}PLATFORM`, platform);
        args.set(`${side}OS`, os);
        args.set(`${side}ARCH`, arch);
        args.set(`${side}VARIANT`, variant);
    }
    return args;
}
const WORD = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
/** `$A`, `${A}`, `${A:-word}` and `${A:+word}` as the Dockerfile frontend expands them; undefined otherwise. */
function expandWord(text, args) {
    const rest = text.replace(WORD, '');
    if (rest.includes('$'))
        return undefined;
    return text.replace(WORD, (_m, braced, op, word, bare) => {
        const value = args.get((braced ?? bare)) ?? '';
        if (op === ':-')
            return value === '' ? (word ?? '') : value;
        if (op === ':+')
            return value === '' ? '' : (word ?? '');
        return value;
    });
}
/** `--flag=value` options at the start of an instruction, and what follows them. */
function splitFlags(rest) {
    const words = rest.trim().split(/\s+/).filter(Boolean);
    const flags = new Map();
    while (words[0]?.startsWith('--')) {
        const word = words.shift();
        const eq = word.indexOf('=');
        const name = (eq < 0 ? word.slice(2) : word.slice(2, eq)).toLowerCase();
        flags.set(name, [...(flags.get(name) ?? []), eq < 0 ? '' : word.slice(eq + 1)]);
    }
    return { flags, words };
}
/** `ARG A=1 B` as name/default pairs. */
function argDeclarations(rest) {
    return rest
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => {
        const eq = word.indexOf('=');
        return eq < 0 ? [word, undefined] : [word.slice(0, eq), word.slice(eq + 1).replace(/^"(.*)"$/, '$1')];
    });
}
/**
 * The images `dockerfile` pulls for a build on `platform` with `buildArgs` (`KEY=VALUE`, as the
 * backend gets them), on a machine of `buildPlatform` (`$BUILDPLATFORM`: the same, but for a
 * build under emulation). `scratch`, stage names and stage indexes are not images.
 */
function dockerfileImages(dockerfile, buildArgs, platform, buildPlatform = platform) {
    const given = new Map(buildArgs.map((arg) => [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]));
    const globals = platformArgs(platform, buildPlatform);
    const stages = new Set();
    const images = [];
    const unresolved = [];
    let seenFrom = false;
    /** The image `raw` names, expanded; undefined for none (a stage, scratch) or an unresolved name. */
    const image = (raw, line, platformFlag) => {
        const reference = expandWord(raw, globals);
        if (reference === undefined)
            return void unresolved.push(`line ${line}: ${raw} cannot be expanded`);
        const lower = reference.toLowerCase();
        // An empty name (an ARG the build does not set, or one scoped to a stage) is unknown, not nothing.
        if (reference === '')
            return void unresolved.push(`line ${line}: ${raw} expands to nothing`);
        if (lower === 'scratch' || stages.has(lower) || /^\d+$/.test(reference))
            return;
        const wanted = platformFlag ? expandWord(platformFlag, globals) : platform;
        if (!wanted)
            return void unresolved.push(`line ${line}: --platform=${platformFlag} cannot be expanded`);
        try {
            return { reference, ref: (0,registry_reference/* parseReference */.F2)(reference), platform: wanted, line };
        }
        catch (error) {
            return void unresolved.push(`line ${line}: ${(0,src_errors/* errorMessage */.gJ)(error)}`);
        }
    };
    const add = (raw, line, platformFlag) => {
        const found = image(raw, line, platformFlag);
        if (found)
            images.push(found);
    };
    const parser = directives(dockerfile);
    const directive = parser.get('syntax');
    // The frontend runs on the building machine: it is pulled for that machine's platform.
    const syntax = directive ? image(directive.value, directive.line, buildPlatform) : undefined;
    const escape = parser.get('escape')?.value === '`' ? '`' : '\\';
    for (const { keyword, rest, line } of instructions(dockerfile, escape)) {
        if (keyword === 'ARG' && !seenFrom) {
            for (const [name, fallback] of argDeclarations(rest)) {
                const value = given.get(name) ?? (fallback !== undefined ? expandWord(fallback, globals) : undefined);
                if (value !== undefined)
                    globals.set(name, value);
            }
        }
        else if (keyword === 'FROM') {
            seenFrom = true;
            const { flags, words } = splitFlags(rest);
            add(words[0] ?? '', line, flags.get('platform')?.[0]);
            if (words[1]?.toUpperCase() === 'AS' && words[2])
                stages.add(words[2].toLowerCase());
        }
        else if (keyword === 'COPY' || keyword === 'ADD') {
            const from = splitFlags(rest).flags.get('from')?.[0];
            if (from)
                add(from, line);
        }
        else if (keyword === 'RUN') {
            for (const mount of splitFlags(rest).flags.get('mount') ?? []) {
                const from = /(?:^|,)from=([^,]+)/.exec(mount)?.[1];
                if (from)
                    add(from, line);
            }
        }
    }
    return { images, unresolved, ...(syntax ? { syntax } : {}) };
}

;// CONCATENATED MODULE: ./packages/core/src/steps/build-arch/build-fingerprint.ts




/** The images a build pulls: the Dockerfile's (names expanded), ko's base, none for spin. */
function pulledImages(backend, dockerfile, request, env, config, buildPlatform) {
    if (backend === 'spin')
        return { images: [], unresolved: [] };
    if (backend !== 'ko') {
        const found = dockerfileImages(dockerfile, request.buildArgs, request.platform, buildPlatform);
        // Only BuildKit runs the `# syntax=` frontend image; buildah and kaniko read the file themselves.
        const frontend = ['buildkit', 'buildx'].includes(backend) && found.syntax ? [found.syntax] : [];
        return { ...found, images: [...frontend, ...found.images] };
    }
    try {
        return { images: koBaseImages(config, env, request.platform), unresolved: [] };
    }
    catch (error) {
        return { images: [], unresolved: [`ko base image: ${(0,src_errors/* errorMessage */.gJ)(error)}`] };
    }
}
/**
 * The fingerprint of one build (fingerprint.ts), or undefined (logged) when an input is unknown:
 * the image directory is not exactly a committed tree, or an external image it pulls cannot be
 * read now. Such an image is always built, never reused.
 */
async function buildFingerprint(image, request, sources) {
    const none = (why) => {
        sources.ports.log.info(`${image.image}: ${why}: no fingerprint, always built`);
        return undefined;
    };
    // ko and spin compile source with the runner's toolchain (go, cargo), and ko reads the Go
    // module wherever its go.mod is, above the image directory too: inputs the tree does not hold.
    if (sources.backend === 'ko' || sources.backend === 'spin')
        return none(`${sources.backend} builds with the runner's toolchain from sources the fingerprint cannot see`);
    const checkout = await sources.checkout();
    if (checkout.tree === undefined)
        return none(checkout.why);
    const { tree } = checkout;
    const upstreamCommit = sources.context.upstream?.commit;
    if (sources.context.upstream && !upstreamCommit)
        return none('the upstream commit is unknown');
    const version = await sources.backendVersion();
    if (version.version === undefined)
        return none(version.why);
    if (sources.pulled.unresolved.length > 0)
        return none(`${image.config.dockerfilePath}: ${sources.pulled.unresolved.join('; ')}`);
    const resolved = await baseDigests(sources.registry, sources.pulled.images, sources.dependencies, sources.baseManifests);
    if ('why' in resolved)
        return none(resolved.why);
    return imageFingerprint({
        tree,
        config: image.config,
        ...(upstreamCommit ? { upstreamCommit } : {}),
        dependencies: sources.dependencies.map((dep) => ({
            image: dep.image,
            digest: dep.reference.slice(dep.reference.lastIndexOf('@') + 1),
        })),
        bases: resolved.bases,
        buildArgs: dateFreeBuildArgs(request.buildArgs, sources.dependencies),
        target: request.target,
        platform: request.platform,
        backend: sources.backend,
        backendVersion: version.version,
    });
}

;// CONCATENATED MODULE: ./packages/core/src/steps/build-arch/labels.ts
/**
 * The OCI labels of an image (image-spec annotations.md): the source repository and commit (the
 * upstream's for an upstream image, credentials masked), when it was built, and its version. This
 * repository's address and commit come from the run's event, as merge-manifest's index annotations
 * do, so that an image and its index name the same commit (a pull request's head, not its merge).
 */
function ociLabels(config, options) {
    const source = options.upstream ? options.upstream.repository : options.event?.sourceUrl;
    const revision = options.upstream ? options.upstream.commit : options.event?.headSha;
    const version = config.source.kind === 'upstream' ? config.source.ref : options.date;
    return {
        'org.opencontainers.image.created': options.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        'org.opencontainers.image.version': version,
        ...(source ? { 'org.opencontainers.image.source': source } : {}),
        ...(revision ? { 'org.opencontainers.image.revision': revision } : {}),
    };
}

// EXTERNAL MODULE: ./packages/core/src/registry/media-types.ts
var media_types = __webpack_require__(2969);
;// CONCATENATED MODULE: ./packages/core/src/steps/build-arch/reuse.ts




/**
 * The fingerprint tag pushed next to the run tag: `curl-fp-<16 hex>-amd64` (`naming: repository`:
 * `fp-<16 hex>-amd64`). It has no date and no branch: the same inputs find the same image on any
 * day and branch. 16 hex digits only name it; the full fingerprint is checked in the image's label.
 */
function fingerprintRef(runRef, date, fingerprint) {
    const suffix = runRef.tag.slice(runRef.tag.lastIndexOf(`${date}-`) + date.length + 1);
    const prefix = runRef.tag.slice(0, runRef.tag.lastIndexOf(`${date}-`));
    return (0,registry_reference/* withTarget */.yY)(runRef, { tag: `${prefix}fp-${fingerprint.slice(0, 16)}-${suffix}` });
}
/**
 * Looks up the image with `fingerprint` for `platform` (`linux/arm/v7`) at its fingerprint tag:
 * one GET of the manifest, one GET of its config blob (the label must hold the whole fingerprint and
 * its platform must be ours: never across platforms) and one HEAD per layer (a blob missing, as
 * after a registry's garbage collection, means building again).
 */
async function findReusable(registry, ref, fingerprint, platform) {
    const manifest = await registry.getManifest(ref);
    if (!manifest)
        return { found: false, why: 'no image with this fingerprint yet' };
    if (!(0,media_types/* isImageManifestType */.tr)(manifest.mediaType))
        return { found: false, why: `the fingerprint tag holds a ${manifest.mediaType}, not an image` };
    const parsed = JSON.parse(Buffer.from(manifest.bytes).toString('utf8'));
    const configDigest = parsed.config?.digest;
    const layers = (parsed.layers ?? []).map((layer) => layer.digest);
    if (typeof configDigest !== 'string' || !layers.every((d) => typeof d === 'string'))
        return { found: false, why: 'the fingerprint tag holds a manifest without config or layers' };
    const configBytes = await registry.getBlob(ref, configDigest).catch(() => undefined);
    if (!configBytes)
        return { found: false, why: `its config blob ${configDigest} is missing` };
    const config = JSON.parse(Buffer.from(configBytes).toString('utf8'));
    if (config.config?.Labels?.[FINGERPRINT_LABEL] !== fingerprint)
        return { found: false, why: `its ${FINGERPRINT_LABEL} label is not this fingerprint` };
    const [os, architecture, variant] = platform.split('/');
    const found = {
        os: String(config.os),
        architecture: String(config.architecture),
        ...(typeof config.variant === 'string' && config.variant ? { variant: config.variant } : {}),
    };
    const wanted = { os: os ?? '', architecture: architecture ?? '', ...(variant ? { variant } : {}) };
    if (found.os !== wanted.os || (0,shared_platform_spec/* archLabel */.l)(found) !== (0,shared_platform_spec/* archLabel */.l)(wanted))
        return { found: false, why: `it is for ${found.os}/${(0,shared_platform_spec/* archLabel */.l)(found)}, not ${platform}` };
    const present = await Promise.all(layers.map((digest) => registry.headBlob(ref, digest)));
    const missing = layers.filter((_, i) => !present[i]);
    if (missing.length > 0)
        return { found: false, why: `its layer blob ${missing[0]} is missing` };
    return {
        found: true,
        manifest: { mediaType: manifest.mediaType, bytes: manifest.bytes, digest: manifest.digest },
    };
}
/** Puts the fingerprint tag on the manifest just pushed as `pushed@digest` (same bytes, no layer moved). */
async function tagFingerprint(registry, pushed, digest, fingerprintTag) {
    const manifest = await registry.getManifest((0,registry_reference/* withTarget */.yY)(pushed, { digest }), { justPushed: true });
    if (!manifest)
        return;
    await registry.putManifest(fingerprintTag, { mediaType: manifest.mediaType, bytes: manifest.bytes });
}

;// CONCATENATED MODULE: ./packages/core/src/steps/build-arch/build-image.ts

















/** The platform of `image` whose arch label is `arch` (`linux/arm/v7` for `armv7`). */
function platformFor(config, arch) {
    const specs = config.platforms.length > 0 ? config.platforms : (config.ko?.platforms ?? []);
    const spec = specs.find((p) => (0,shared_platform_spec/* archLabel */.l)(p) === arch);
    return spec ? (0,shared_platform_spec/* formatPlatform */.B)(spec) : `linux/${arch}`;
}
async function manifestDigest(run, reference, options = {}) {
    return (await run.registry.headManifest(reference, options))?.digest;
}
/** Builds and pushes one image for the run's arch, and writes its `.tag` file. */
async function build_image_buildImage(image, run) {
    const { inputs, ports } = run;
    const started = ports.now().getTime();
    const ref = (0,names/* archRef */.qh)(run.scheme, image.image, inputs.arch);
    const base = { image: image.image, arch: inputs.arch, reference: (0,registry_reference/* formatReference */.FH)(ref) };
    if (image.config.manualBuild) {
        ports.log.info(`${image.image}: manual_build is set; not building (merge-manifest uses manual_images)`);
        const backend = image.config.buildBackend ?? inputs.backend;
        return { ...base, backend, digest: '', seconds: 0, status: 'manual', dependencies: [] };
    }
    const backend = await select_selectBackend(image.config.buildBackend, inputs.backend, run.host, image.config.file);
    const { request, dependencies, fingerprint } = await prepareRequest(image, run, backend.name, ref);
    // A registry and an OCI layout (the CLI's target) alike: the registry client speaks both.
    const fingerprintTag = fingerprint && inputs.push ? fingerprintRef(ref, run.scheme.date, fingerprint) : undefined;
    if (fingerprintTag && fingerprint && inputs.reuse) {
        const reused = await reuseImage(run, image.image, ref, fingerprintTag, fingerprint, request.platform);
        if (reused) {
            const seconds = (ports.now().getTime() - started) / 1000;
            return { ...base, backend: backend.name, seconds, dependencies, fingerprint, ...reused };
        }
    }
    if (!inputs.push && request.cacheRepository) {
        ports.log.info(`${image.image}: push is false: the cache in ${request.cacheRepository} is read, not written`);
    }
    const result = await runBackend(backend, request, ports);
    const seconds = (ports.now().getTime() - started) / 1000;
    const built = { ...base, backend: backend.name, seconds, dependencies };
    if (!inputs.push)
        return { ...built, digest: '', status: 'built' };
    const digest = await registryDigest(run, base.reference, result.digest);
    if (fingerprintTag) {
        await tagFingerprint(run.registry, ref, digest, fingerprintTag).catch((error) => ports.log.warning(`${image.image}: the fingerprint tag was not pushed: ${(0,src_errors/* errorMessage */.gJ)(error)}`));
    }
    await (0,handoff/* writeTagFile */.oC)(inputs.outputDir, image.image, inputs.arch, { tag: ref.tag, digest });
    return { ...built, digest, status: 'pushed', ...(fingerprint ? { fingerprint } : {}) };
}
/**
 * Puts the run tag on the image the registry holds with this fingerprint and writes its `.tag`
 * file, or returns undefined (logging why) when there is none to reuse: then the image is built.
 */
async function reuseImage(run, image, ref, fingerprintTag, fingerprint, platform) {
    const { ports, inputs } = run;
    const lookup = await findReusable(run.registry, fingerprintTag, fingerprint, platform).catch((error) => ({ found: false, why: `the lookup failed: ${(0,src_errors/* errorMessage */.gJ)(error)}` }));
    if (!lookup.found) {
        ports.log.info(`${image}: building (fingerprint ${fingerprint}: ${lookup.why})`);
        return undefined;
    }
    const { mediaType, bytes, digest } = lookup.manifest;
    await run.registry.putManifest(ref, { mediaType, bytes });
    await (0,handoff/* writeTagFile */.oC)(inputs.outputDir, image, inputs.arch, { tag: ref.tag, digest });
    ports.log.info(`${image}: reused ${digest} (fingerprint ${fingerprint}), tagged ${(0,registry_reference/* formatReference */.FH)(ref)}`);
    return { digest, status: 'reused' };
}
/** The build request of one image: its context, args (with dependencies), labels and auth. */
async function prepareRequest(image, run, backend, ref) {
    const { inputs, ports, scheme } = run;
    const config = image.config;
    const context = await run.contextOf(config);
    const dockerfile = ['ko', 'spin'].includes(backend) ? '' : await context_readDockerfile(config, context);
    const declared = build_args_declaredArgs(dockerfile);
    // A `${CURL_TAG}` in build_args needs the value even where the Dockerfile declares no such ARG.
    const referenced = config.buildArgs.flatMap(variables/* variableNames */.zo);
    const deps = await dependencyArgs(new Set([...declared, ...referenced]), dependencyDirs(image, inputs.root).flatMap(run.dependencyImages), {
        scheme,
        arch: inputs.arch,
        outputDir: inputs.outputDir,
        head: (r) => manifestDigest(run, r),
        latest: run.latestDigests,
        ...(run.inRun ? { inRun: run.inRun } : {}),
    });
    for (const dep of deps.used) {
        ports.log.info(`${dep.image}: ${dep.reference}${dep.fromThisRun ? ' (built in this run)' : ''}`);
    }
    const fill = new Map([...deps.args].filter(([name]) => declared.has(name)));
    const values = argValues(ports.env, inputs.buildArgEnv, deps.args);
    const configArgs = expandBuildArgs(config.buildArgs, values, fill, (name) => ports.log.warning(`${config.file}: build_args: \${${name}} is not set; using ''`));
    const destination = (0,registry_reference/* formatReference */.FH)(ref);
    const host = ref.kind === 'registry' ? ref.host : '';
    const workDir = external_node_path_default().join(run.scratch, image.image);
    const request = {
        context: context.context,
        dockerfile: context.dockerfile,
        target: image.target,
        platform: platformFor(config, inputs.arch),
        buildArgs: mergeBuildArgs(configArgs, fill),
        labels: ociLabels(config, {
            ...(run.event ? { event: run.event } : {}),
            now: ports.now(),
            date: scheme.date,
            upstream: context.upstream,
        }),
        destination,
        ...(cacheOn(inputs, config)
            ? {
                cacheRepository: `${(0,registry_reference/* repositoryName */.aR)(ref)}/cache`,
                cacheTag: (0,names/* cacheTag */.z)(scheme, image.image, inputs.arch),
            }
            : {}),
        insecure: run.insecure(host),
        workDir,
        keep: [inputs.root, inputs.outputDir, run.scratch],
        push: inputs.push,
        ...(config.ko ? { ko: config.ko } : {}),
        ...(config.spin ? { spin: config.spin } : {}),
        env: ports.env,
    };
    const pulled = pulledImages(backend, dockerfile, request, ports.env, config, run.buildPlatform);
    const authFile = external_node_path_default().join(workDir, 'auth', 'config.json');
    if ((await run.writeAuthFile(authFile, [...(host ? [host] : []), ...fromHosts(pulled.images)])).length > 0)
        request.authFile = authFile;
    // Only a pushed image is ever looked up by its fingerprint.
    const fingerprint = inputs.push
        ? await buildFingerprint(image, request, {
            ports,
            checkout: () => run.checkoutState(config.dir),
            registry: run.registry,
            baseManifests: run.baseManifests,
            context,
            dependencies: deps.used,
            backend,
            backendVersion: () => run.backendVersion(backend),
            pulled,
        })
        : undefined;
    if (fingerprint)
        request.labels = { ...request.labels, [FINGERPRINT_LABEL]: fingerprint };
    return { request, dependencies: deps.used, ...(fingerprint ? { fingerprint } : {}) };
}
function cacheOn(inputs, config) {
    return inputs.cache === 'true' || (inputs.cache === '' && config.cache);
}
/**
 * The digest of what this build pushed, as the registry reports it. The backend's own digest is
 * checked first with a HEAD by digest: a HEAD of the tag alone could answer with another run's
 * image pushed to the same tag a moment later. Backends whose digest is computed before the push
 * (kaniko) or absent (spin) fall back to the tag, with a warning when the two differ.
 */
async function registryDigest(run, reference, reported) {
    // Just pushed: a registry slow to show it is asked again a few times before we give up on it.
    if (reported && (await manifestDigest(run, `${reference}@${reported}`, { justPushed: true })) === reported) {
        return reported;
    }
    const digest = await manifestDigest(run, reference);
    if (!digest) {
        throw new src_errors/* UserError */.yo(`${reference} was pushed, but the registry does not have it: check that repository and the registry's logs (a proxy or a mirror in between?), then run again`);
    }
    if (reported && reported !== digest) {
        run.ports.log.warning(`${reference}: the backend reported ${reported}, the registry has ${digest}; using the registry's`);
    }
    return digest;
}

;// CONCATENATED MODULE: ./packages/core/src/steps/build-arch/schedule.ts










/**
 * The images among `images` that `image` is built on: its plan dependencies, and for an upstream
 * image (whose Dockerfile the plan could not read) every image whose `<DEP>_TAG`/`<DEP>_IMAGE`
 * its Dockerfile (`declared`: its ARG names) declares. manual_build images are never built here.
 */
function imageDependencies(image, images, declared = new Set()) {
    const upstream = image.config.source.kind === 'upstream';
    const usesArg = (other) => upstream && (declared.has(`${(0,plan_dependencies/* tagArgPrefix */.pW)(other)}_TAG`) || declared.has(`${(0,plan_dependencies/* tagArgPrefix */.pW)(other)}_IMAGE`));
    return images
        .filter((other) => other !== image && !other.config.manualBuild)
        .filter((other) => image.dependsOn.includes(other.dir) || usesArg(other.image));
}
/** An upstream image's Dockerfile ARG names (empty when unreadable: its build reports that). */
async function upstreamArgs(image, run) {
    if (image.config.source.kind !== 'upstream')
        return new Set();
    return run
        .contextOf(image.config)
        .then((context) => readDockerfile(image.config, context))
        .then(declaredArgs, () => new Set());
}
/** Lines prefixed with the image, for builds whose output interleaves. */
function prefixedLogger(base, prefix) {
    const each = (message) => message.replace(/^/gm, prefix);
    return {
        info: (message) => base.info(each(message)),
        warning: (message, location) => base.warning(each(message), location),
        error: (message, location) => base.error(each(message), location),
        debug: (message) => base.debug(each(message)),
        group: (title, fn) => {
            base.info(each(`== ${title}`));
            return fn();
        },
        addSecret: (secret) => base.addSecret(secret),
        mask: (text) => base.mask(text),
    };
}
/**
 * Builds `images` (one arch, plan order) up to `jobs` at a time, each after the images it is
 * built on, with the scheduler `hephy-builder build` uses. A failed image does not stop the
 * others: only the images built on it, directly or not, are skipped, so none is ever built on a
 * missing base or on an older one. One at a time, each build's log is a group; several at once,
 * each line starts with `[image]`.
 */
async function schedule_buildScheduled(images, run, jobs) {
    const { ports, inputs } = run;
    // A `.tag` file left from another run would let a dependent build on an image this run failed.
    await Promise.all(images.map((image) => rm(path.join(inputs.outputDir, tagFileName(image.image, inputs.arch)), { force: true })));
    const scheduled = [];
    for (const image of images) {
        const needs = imageDependencies(image, images, await upstreamArgs(image, run));
        scheduled.push({ key: image.image, image, needs: needs.map((other) => other.image) });
    }
    const concurrent = jobs > 1 && images.length > 1;
    const title = (image) => `${image} (${inputs.arch})`;
    const outcomes = await runScheduled(scheduled, {
        limit: jobs,
        run: ({ image }) => {
            if (!concurrent)
                return ports.log.group(title(image.image), () => buildImage(image, run));
            const log = prefixedLogger(ports.log, `[${image.image}] `);
            return buildImage(image, { ...run, ports: { ...ports, log } });
        },
        events: {
            ...(concurrent ? { started: (job) => ports.log.info(`[${job.key}] started`) } : {}),
            finished: (job, outcome) => ports.log.info(`${title(job.key)}: ${outcomeText(outcome)}`),
        },
    });
    return collect(images, inputs.arch, outcomes, ports.log);
}
function outcomeText(outcome) {
    if (outcome.status === 'done') {
        const build = outcome.value;
        return `${build.status === 'reused' ? 'reused' : 'built'} ${build.reference}`;
    }
    if (outcome.status === 'failed')
        return `failed: ${errorMessage(outcome.error)}`;
    return `skipped: ${outcome.reason}`;
}
function collect(images, arch, outcomes, log) {
    const result = { builds: [], failed: [], skipped: [] };
    for (const { image } of images) {
        const outcome = outcomes.get(image);
        if (outcome?.status === 'done')
            result.builds.push(outcome.value);
        else if (outcome?.status === 'failed' && outcome.error instanceof DependencyNotBuilt) {
            // Built on an image another job of the fan-out failed to build: skipped, as within a job.
            const { error } = outcome;
            result.skipped.push({ image, arch, reason: errorMessage(error), cause: error.dependency });
        }
        else if (outcome?.status === 'failed') {
            const { error } = outcome;
            if (isBug(error) && error instanceof Error && error.stack)
                log.debug(log.mask(error.stack));
            const reason = isBug(error) ? `${errorMessage(error)} (${BUG_NOTE})` : errorMessage(error);
            result.failed.push({ image, arch, error, reason });
        }
        else if (outcome?.status === 'skipped') {
            const { reason, cause } = outcome;
            result.skipped.push({ image, arch, reason, ...(cause ? { cause } : {}) });
        }
    }
    return result;
}

// EXTERNAL MODULE: ./packages/core/src/plan/outputs.ts
var outputs = __webpack_require__(9175);
;// CONCATENATED MODULE: ./packages/core/src/steps/build-arch/only.ts


/**
 * `only` picks directories of the plan (`dirs`); empty picks them all. Only pushed images leave
 * `.tag` files, so a build-only run (push false) keeps the `<dep>-latest` fallback.
 */
function only_planPart(planned, only, arch, push) {
    const inRun = new Set(push ? builtImages(planned).flatMap((image) => (image.archs.includes(arch) ? [image.image] : [])) : []);
    if (only.length === 0)
        return { build: [...planned], planned: [...planned], inRun };
    const dirs = new Set(planned.map((image) => image.dir));
    const unknown = only.filter((dir) => !dirs.has(dir));
    if (unknown.length > 0) {
        throw new UserError(`${unknown.join(', ')} not in dirs: only picks directories of the plan`, {
            field: 'input only',
        });
    }
    const picked = new Set(only);
    const build = planned.filter((image) => picked.has(image.dir));
    const needed = new Set([...picked, ...build.flatMap((image) => image.dependsOn)]);
    return {
        build,
        planned: planned.filter((image) => needed.has(image.dir)),
        inRun,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/steps/build-arch/run.ts





















/**
 * build-arch built what it could and some images failed: one problem per failed or skipped
 * image (a failed config keeps its file and line), and the whole result for the outputs.
 */
class BuildArchFailed extends partial/* StepIncomplete */.Vt {
    constructor(result) {
        super([
            ...result.failed.map(({ image, arch, error, reason }) => {
                const located = error instanceof src_errors/* UserError */.yo && !(error instanceof src_errors/* UserErrors */.tQ) ? error : undefined;
                return new src_errors/* UserError */.yo(`${image} (${arch}) failed: ${located ? located.message : reason}`, {
                    ...(located?.location ? { location: located.location } : {}),
                    ...(located?.field ? { field: located.field } : {}),
                    cause: error,
                });
            }),
            ...result.skipped.map(({ image, arch, reason }) => new src_errors/* UserError */.yo(`${image} (${arch}) was not built: ${reason}`)),
        ], result);
        this.name = 'BuildArchFailed';
    }
}
/**
 * Builds, for one arch, every image of `dirs` whose platforms include it, dependencies first and
 * up to `jobs` at a time, and pushes each as `<image>-<date>-<arch>`. A failed image stops only
 * the images built on it; the step throws BuildArchFailed at the end. Bad input found before any
 * build (a config, a build arg, output-dir) stops everything: nothing is built or pushed.
 */
async function runBuildArch(inputs, ports, deps = {}) {
    const dirs = await resolveDirsInput(inputs.dirs, inputs.outputDir);
    const part = planPart(await loadPlannedImages(inputs.root, dirs), inputs.only, inputs.arch, inputs.push);
    const images = part.build.filter((image) => image.archs.includes(inputs.arch));
    // The `.tag` files go there after each push: a missing one must fail now, before any push.
    await ensureOutputDir(inputs.outputDir);
    const scratch = await mkdtemp(path.join(scratchParent(ports.env), 'hephy-build-'));
    const run = createBuildRun({
        inputs,
        ports,
        scheme: imageTagScheme(inputs, deps.event ?? {}, ports.now()),
        ...(deps.event ? { event: deps.event } : {}),
        planned: part.planned,
        inRun: part.inRun,
        scratch,
        ...(deps.host ? { host: deps.host } : {}),
        ensureSources: async () => void (await deps.artifacts?.download(inputs.artifactName, inputs.outputDir)),
    });
    try {
        // A backend that cannot run here fails the run before the first image is built and pushed.
        const backends = [];
        for (const image of images.filter((i) => !i.config.manualBuild)) {
            backends.push((await selectBackend(image.config.buildBackend, inputs.backend, run.host, image.config.file)).name);
        }
        const concurrency = buildConcurrency(inputs.jobs, backends);
        if (images.length > 1)
            ports.log.info(`building ${images.length} images, ${concurrency.why}`);
        const { builds, failed, skipped } = await buildScheduled(images, run, concurrency.jobs);
        const result = { arch: inputs.arch, images: builds, failed, skipped };
        if (failed.length > 0 || skipped.length > 0)
            throw new BuildArchFailed(result);
        return result;
    }
    finally {
        await rm(scratch, { recursive: true, force: true });
    }
}
/**
 * What every `buildImage` call of a run shares. build-arch makes one per arch; the
 * hephy-builder command makes one per arch too, in one process. Every `${NAME}` of every
 * planned image's build_args is checked here, before anything is built or pushed.
 */
function createBuildRun(options) {
    const { inputs, ports } = options;
    const credentials = (0,common_registry/* credentialOptions */.Kn)(inputs);
    const insecureHosts = new Set(inputs.insecureRegistries.map(docker_config/* configKeyHost */.Oq));
    const registry = options.registry ?? (0,common_registry/* registryClient */.Rk)(inputs, ports);
    const dependencyImagesOf = dependencyImages(options.planned);
    const problems = buildArgVariableProblems(options.planned, {
        root: inputs.root,
        fromEnv: inputs.buildArgEnv,
        dependencyImages: dependencyImagesOf,
    });
    if (problems.length > 0)
        throw problems.length === 1 ? problems[0] : new src_errors/* UserErrors */.tQ(problems);
    let sources;
    const versions = backendVersions(ports);
    return {
        inputs,
        ports,
        scheme: options.scheme,
        ...(options.event ? { event: options.event } : {}),
        registry,
        scratch: options.scratch,
        host: options.host ?? thisHost(ports.env),
        contextOf: contextResolver({
            root: inputs.root,
            outputDir: inputs.outputDir,
            scratch: options.scratch,
            ensureSources: () => (sources ??= options.ensureSources()),
        }),
        dependencyImages: dependencyImagesOf,
        latestDigests: new Map(),
        baseManifests: new Map(),
        checkoutState: checkoutStates(ports.exec, inputs.root, options.ownOutput),
        ...(options.inRun ? { inRun: options.inRun } : {}),
        ...(options.buildPlatform ? { buildPlatform: options.buildPlatform } : {}),
        insecure: (host) => (0,registry_reference/* isLoopbackHost */.cW)(host) || insecureHosts.has((0,docker_config/* configKeyHost */.Oq)(host)),
        backendVersion: (name) => versions(backendByName(name)),
        writeAuthFile: (file, hosts) => writeAuthFile(file, hosts, credentials, ports),
    };
}
/**
 * The images a dependency directory stands for. `<DIR>_TAG` always means the image named like
 * the directory (for a directory with `targets:` there is none, so it must come from a pushed
 * `<dir>-latest`); its `targets:` images planned in this run are offered as `<DIR>_<TARGET>_TAG` too.
 */
function dependencyImages(planned) {
    return (dir) => [...new Set([dir, ...planned.filter((p) => p.dir === dir).map((p) => p.image)])];
}
/** The job summary: one row per image, built, failed (why) or skipped (because of which image). */
function buildArchSummary(result) {
    const { arch, images, failed, skipped } = result;
    if (images.length + failed.length + skipped.length === 0)
        return `No image in \`dirs\` is built for ${markdownText(arch)}.`;
    const rows = [
        ...images.map((b) => `| ${markdownText(b.image)} | ${markdownText(b.arch)} | ${referenceCell(b)} | ${markdownCode(b.digest ?? '')} | ${markdownText(b.backend)} | ${b.seconds.toFixed(1)} |`),
        ...failed.map((f) => `| ${markdownText(f.image)} | ${markdownText(f.arch)} | failed: ${markdownText(oneLine(f.reason))} | | | |`),
        ...skipped.map((s) => `| ${markdownText(s.image)} | ${markdownText(s.arch)} | skipped: ${markdownText(oneLine(s.reason))} | | | |`),
    ];
    return [
        '| image | arch | reference | digest | backend | seconds |',
        '|---|---|---|---|---|---|',
        ...rows,
    ].join('\n');
}
/** The reference pushed; a reused image says so, with the fingerprint it was found by. */
function referenceCell(build) {
    if (build.status === 'pushed')
        return markdownCode(build.reference);
    if (build.status === 'reused')
        return `${markdownCode(build.reference)} reused (fingerprint ${markdownCode(build.fingerprint ?? '')})`;
    return build.status;
}
/** A reason in a table cell: one line, cut (a build's stderr tail is in the log). */
function oneLine(text) {
    const line = text.replace(/\s*\n\s*/g, ' / ');
    return line.length > 300 ? `${line.slice(0, 300)}...` : line;
}

;// CONCATENATED MODULE: ./packages/core/src/git/fetch.ts



/** Git must never stop to ask for a password on a runner, and must not read a user's askpass. */
function gitEnv(env) {
    return { ...env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'true', SSH_ASKPASS: 'true' };
}
/**
 * Fetches exactly one ref (branch, tag or full commit id) one commit deep into a new repository
 * at `dir`, and returns the commit it resolves to. URL and ref must have been checked
 * (source/url.ts, source/ref.ts); `--` keeps them from ever being read as options regardless.
 */
async function fetchRef(exec, dir, url, ref, options) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const env = gitEnv(options.env);
    await (0,git/* git */.$)(exec, dir, ['init', '--quiet'], { env });
    const config = protocolConfig(options.allowProtocols);
    await (0,git/* git */.$)(exec, dir, [...config, 'fetch', '--quiet', '--depth', '1', '--no-tags', '--', url, ref], { env });
    const commit = (await (0,git/* git */.$)(exec, dir, ['rev-parse', '--verify', 'FETCH_HEAD^{commit}'], { env })).trim();
    if (options.submodules) {
        await (0,git/* git */.$)(exec, dir, ['checkout', '--quiet', '--detach', commit], { env });
        await (0,git/* git */.$)(exec, dir, [...config, 'submodule', 'update', '--init', '--recursive', '--depth', '1'], { env });
    }
    return commit;
}
/** The submodules checked out under `dir` (recursively), outermost first. */
async function checkedOutSubmodules(exec, dir) {
    const out = await (0,git/* git */.$)(exec, dir, ['submodule', 'status', '--recursive']);
    return out
        .split('\n')
        .map((line) => /^.([0-9a-f]{40,64}) (.*?)(?: \(.*\))?$/.exec(line))
        .filter((m) => m !== null)
        .map((m) => ({ commit: m[1], path: m[2] }));
}

;// CONCATENATED MODULE: ./packages/core/src/git/archive.ts





/**
 * The tree of `commit` as tar bytes, made by `git archive` from the commit (not the tree), so
 * that every entry carries the commit's time and the pax header its id: the same commit gives
 * the same bytes. With submodules, each one's own archive follows under its path.
 */
async function archiveCommit(exec, repoDir, commit, options) {
    const parts = [await archiveOne(exec, repoDir, commit, '', external_node_path_default().join(options.scratch, 'top.tar'))];
    if (options.submodules) {
        const modules = await checkedOutSubmodules(exec, repoDir);
        for (const [i, module] of modules.entries()) {
            const file = external_node_path_default().join(options.scratch, `submodule-${i}.tar`);
            parts.push(await archiveOne(exec, external_node_path_default().join(repoDir, module.path), module.commit, `${module.path}/`, file));
        }
    }
    return concatTars(parts);
}
/** git archive writes binary to a file: the exec port's stdout is text. */
async function archiveOne(exec, dir, commit, prefix, file) {
    const prefixArgs = prefix ? [`--prefix=${prefix}`] : [];
    await (0,git/* git */.$)(exec, dir, ['archive', '--format=tar', ...prefixArgs, `--output=${file}`, commit]);
    const bytes = await (0,promises_.readFile)(file);
    await (0,promises_.rm)(file, { force: true });
    return bytes;
}
/** Tar archives end with zero blocks; joining means dropping all but the last archive's end. */
function concatTars(parts) {
    if (parts.length === 1)
        return parts[0];
    const bodies = parts.map((part) => part.subarray(0, tarDataEnd(part)));
    return Buffer.concat([...bodies, Buffer.alloc(1024)]);
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./packages/core/src/source/pack.ts


const gzipAsync = (0,external_node_util_.promisify)(external_node_zlib_.gzip);
/**
 * gzip with a fixed header: Node's zlib writes mtime 0 and no file name, so equal tar bytes give
 * equal archive bytes (unlike `gzip` without -n, or `git archive --format=tar.gz` across git versions).
 */
function gzipDeterministic(tar) {
    return gzipAsync(tar, { level: 9 });
}

;// CONCATENATED MODULE: ./packages/core/src/source/ref.ts

/** A full commit id (SHA-1, or SHA-256 for repositories in that format). */
function isFullCommitId(ref) {
    return /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(ref);
}
/**
 * Why `ref` is not a ref name by `git check-ref-format --allow-onelevel` rules, or undefined.
 * Checked in code rather than by running git, so that nothing runs on a hostile value.
 */
function refNameProblem(ref) {
    if (ref === '')
        return 'is empty';
    if (ref.startsWith('-'))
        return 'starts with "-", which git would read as an option';
    if (ref === '@')
        return 'is "@"';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(ref))
        return 'contains a space, a control character or one of ~ ^ : ? * [ \\';
    if (ref.includes('..'))
        return 'contains ".."';
    if (ref.includes('@{'))
        return 'contains "@{"';
    if (ref.startsWith('/') || ref.endsWith('/') || ref.includes('//'))
        return 'has an empty path component';
    if (ref.endsWith('.'))
        return 'ends with "."';
    for (const component of ref.split('/')) {
        if (component.startsWith('.'))
            return `has a component starting with "." (${component})`;
        if (component.endsWith('.lock'))
            return `has a component ending with ".lock" (${component})`;
    }
    return undefined;
}
/** Checks an `upstream_ref` (branch, tag, `refs/...` or full commit id) before git sees it. */
function checkUpstreamRef(ref, where = {}) {
    if (isFullCommitId(ref))
        return ref;
    const problem = refNameProblem(ref);
    if (problem) {
        throw new src_errors/* UserError */.yo(`upstream_ref ${JSON.stringify(ref)} ${problem}: name a branch, a tag or a full 40-character commit id`, where);
    }
    return ref;
}

;// CONCATENATED MODULE: ./packages/core/src/steps/clone-upstream/fetch-upstream.ts









/**
 * Checks every upstream before any git runs, collecting all problems with their config lines.
 * Credentials found in URLs are registered as secrets here, before anything can print them.
 */
function checkUpstreams(configs, allow, ports) {
    const errors = [];
    const checked = [];
    for (const config of configs) {
        if (config.source.kind !== 'upstream')
            continue;
        const at = (field) => ({
            location: { file: config.file, ...config.positions[field] },
            field,
        });
        try {
            const url = checkUpstreamUrl(config.source.repo, allow, at('upstream_repo'));
            if (url.secret)
                ports.log.addSecret(url.secret);
            const ref = checkUpstreamRef(config.source.ref, at('upstream_ref'));
            checked.push({ dir: config.dir, url, ref, submodules: config.source.submodules });
        }
        catch (error) {
            if (!(error instanceof src_errors/* UserError */.yo))
                throw error;
            errors.push(error);
        }
    }
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new src_errors/* UserErrors */.tQ(errors);
    return checked;
}
/**
 * Fetches one upstream at its ref, one commit deep, and writes its tree as
 * `<outputDir>/<dir>-source.tar.gz`. The archive appears whole or not at all.
 */
async function fetchUpstreamSource(upstream, options, ports) {
    const repoDir = external_node_path_default().join(options.scratch, upstream.dir, 'repo');
    await (0,promises_.rm)(repoDir, { recursive: true, force: true });
    const commit = await fetchRef(ports.exec, repoDir, upstream.url.url, upstream.ref, {
        allowProtocols: options.allowProtocols,
        submodules: upstream.submodules,
        env: ports.env,
    });
    if (/^[0-9a-f]{40,64}$/.test(upstream.ref) && upstream.ref !== commit) {
        throw new src_errors/* UserError */.yo(`upstream_ref ${upstream.ref} resolved to ${commit}: name the commit itself, not a tag object`);
    }
    const tar = await archiveCommit(ports.exec, repoDir, commit, {
        submodules: upstream.submodules,
        scratch: external_node_path_default().join(options.scratch, upstream.dir),
    });
    const archive = external_node_path_default().join(options.outputDir, (0,handoff/* sourceArchiveName */.VO)(upstream.dir));
    const bytes = await gzipDeterministic(tar);
    await (0,promises_.mkdir)(options.outputDir, { recursive: true });
    await (0,promises_.writeFile)(`${archive}.partial`, bytes);
    await (0,promises_.rename)(`${archive}.partial`, archive);
    await (0,promises_.rm)(external_node_path_default().join(options.scratch, upstream.dir), { recursive: true, force: true });
    return {
        dir: upstream.dir,
        repository: upstream.url.display,
        ref: upstream.ref,
        commit,
        archive,
        bytes: bytes.length,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/steps/clone-upstream/run.ts









/**
 * For every directory in `dirs` built from another repository: fetch exactly its ref and pack
 * the tree. Every URL and ref is checked first, so one hostile config stops the step before any
 * git runs for any directory. Directories with several targets are fetched once. A fetch that
 * fails does not stop the others: their archives are written, and the step then fails naming
 * each directory it could not fetch (StepIncomplete), so only the images built from those fail.
 */
async function runCloneUpstream(inputs, ports) {
    const dirs = await (0,handoff/* resolveDirsInput */.Bm)(inputs.dirs, inputs.outputDir);
    const images = await (0,load/* loadPlannedImages */.Nv)(inputs.root, dirs);
    const configs = [...new Map(images.map((image) => [image.dir, image.config])).values()];
    const upstreams = checkUpstreams(configs, inputs.allowProtocols, ports);
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join(scratch_scratchParent(ports.env), 'hephy-clone-'));
    const result = { sources: [], failed: [] };
    const problems = [];
    try {
        for (const upstream of upstreams) {
            const source = await ports.log
                .group(`clone ${upstream.dir}: ${upstream.url.display} ${upstream.ref}`, () => fetchUpstreamSource(upstream, { outputDir: inputs.outputDir, scratch, allowProtocols: inputs.allowProtocols }, ports))
                .catch((error) => {
                const reason = (0,src_errors/* isBug */.X9)(error) ? `${(0,src_errors/* errorMessage */.gJ)(error)} (${src_errors/* BUG_NOTE */.Sl})` : (0,src_errors/* errorMessage */.gJ)(error);
                const config = configs.find((c) => c.dir === upstream.dir);
                result.failed.push({ dir: upstream.dir, reason });
                problems.push(new src_errors/* UserError */.yo(`${upstream.dir}: ${upstream.url.display} ${upstream.ref} was not fetched: ${reason}`, {
                    ...(config ? { location: { file: config.file, ...config.positions.upstream_ref } } : {}),
                    field: 'upstream_ref',
                }));
                return undefined;
            });
            if (!source)
                continue;
            ports.log.info(`${source.dir}: ${source.ref} is ${source.commit} -> ${source.archive} (${source.bytes} bytes)`);
            result.sources.push(source);
        }
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
    if (problems.length > 0)
        throw new partial/* StepIncomplete */.Vt(problems, result);
    return result;
}
/** The job summary: one row per fetched upstream. */
function cloneUpstreamSummary(result) {
    if (result.sources.length + result.failed.length === 0)
        return 'No image in `dirs` is built from an upstream repository.';
    const rows = result.sources.map((s) => `| ${markdownText(s.dir)} | ${markdownCode(s.repository)} | ${markdownCode(s.ref)} | ${markdownCode(s.commit.slice(0, 12))} | ${s.bytes} |`);
    for (const f of result.failed)
        rows.push(`| ${markdownText(f.dir)} | not fetched: ${markdownText(f.reason.replace(/\s+/g, ' '))} | | | |`);
    return ['| dir | repository | ref | commit | archive bytes |', '|---|---|---|---|---|', ...rows].join('\n');
}

// EXTERNAL MODULE: ./packages/core/src/steps/merge-manifest/run.ts + 2 modules
var run = __webpack_require__(6777);
// EXTERNAL MODULE: ./packages/core/src/steps/prepare-diff/run.ts + 8 modules
var prepare_diff_run = __webpack_require__(4479);
// EXTERNAL MODULE: ./packages/core/src/steps/retag/run.ts
var retag_run = __webpack_require__(5592);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/cli/src/build/arch-support.ts


/** Where the kernel lists the interpreters it runs foreign binaries with (qemu-user via binfmt_misc). */
const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';
/** qemu-user's binfmt entry names (`qemu-aarch64`) by our arch labels. */
const QEMU_ARCHS = {
    'qemu-x86_64': 'amd64',
    'qemu-aarch64': 'arm64',
    'qemu-arm': 'armv7',
    'qemu-i386': '386',
    'qemu-ppc64le': 'ppc64le',
    'qemu-s390x': 's390x',
    'qemu-riscv64': 'riscv64',
    'qemu-mips64el': 'mips64le',
    'qemu-loong64': 'loong64',
};
/**
 * The arches an enabled binfmt_misc entry emulates. Entries are read by name (docker/binfmt and
 * Debian's qemu-user-static both register `qemu-<cpu>`); an unreadable or unmounted directory
 * means no emulator, which is the safe answer.
 */
function emulatedArchs(dir = BINFMT_DIR) {
    const found = new Set();
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir);
        if (!(0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, 'status'), 'utf8').startsWith('enabled'))
            return found;
    }
    catch {
        return found;
    }
    for (const entry of entries) {
        const arch = QEMU_ARCHS[entry];
        if (!arch)
            continue;
        try {
            if ((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, entry), 'utf8').startsWith('enabled'))
                found.add(arch);
        }
        catch {
            // Removed while we looked: not registered.
        }
    }
    if (found.has('armv7'))
        found.add('armv6');
    return found;
}
/** Instructions with line continuations joined; comments and parser directives dropped. */
function arch_support_instructions(dockerfile) {
    const joined = dockerfile.replace(/\\[ \t]*\r?\n/g, ' ');
    const result = [];
    for (const line of joined.split(/\r?\n/)) {
        const match = /^[ \t]*([A-Za-z]+)(?:[ \t]+(.*))?$/.exec(line);
        if (match && !line.trimStart().startsWith('#')) {
            result.push({ keyword: match[1].toUpperCase(), rest: match[2] ?? '' });
        }
    }
    return result;
}
/**
 * Whether building `target` (a stage name; '' = the last stage) runs a command inside the image,
 * which needs a CPU that can execute it. Stages after the target are never built; stages before
 * it are counted, since a builder may build them (buildah does unless told to skip them).
 */
function runsCommands(dockerfile, target = '') {
    let runs = false;
    let inTarget = false;
    for (const { keyword, rest } of arch_support_instructions(dockerfile)) {
        if (keyword === 'FROM') {
            if (inTarget)
                return runs;
            const stage = /\bAS[ \t]+(\S+)/i.exec(rest)?.[1];
            inTarget = target !== '' && stage !== undefined && stage.toLowerCase() === target.toLowerCase();
        }
        if (keyword === 'RUN')
            runs = true;
    }
    return runs;
}

;// CONCATENATED MODULE: ./packages/cli/src/build/job-log.ts



/**
 * A logger writing one job's (or one step's) output to its own file, so that parallel builds do
 * not interleave on the terminal and a failure can point at a complete log. Masking goes through
 * `base`, so a secret registered anywhere is masked everywhere.
 */
function fileLogger(file, base, echo, prefix = '') {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, '');
    const write = (text) => {
        const masked = base.mask(text);
        (0,external_node_fs_.appendFileSync)(file, `${masked}\n`);
        echo.line?.(`${prefix}${masked}`);
    };
    const located = (kind, message, location) => {
        const text = `${kind}: ${(0,src/* formatLocated */.Cc)(message, location)}`;
        write(text);
        echo.warning(`${prefix}${base.mask(text)}`);
    };
    return {
        info: write,
        warning: (message, location) => located('warning', message, location),
        error: (message, location) => located('error', message, location),
        debug: (message) => (0,external_node_fs_.appendFileSync)(file, `debug: ${base.mask(message)}\n`),
        async group(title, fn) {
            write(`== ${title}`);
            return fn();
        },
        addSecret: (secret) => base.addSecret(secret),
        mask: (text) => base.mask(text),
    };
}
/** The last lines of a log file, for an error message ('' when it cannot be read). */
function logTail(file, lines = 15) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    }
    catch {
        return '';
    }
}

// EXTERNAL MODULE: ./packages/core/src/shared/reference.ts
var reference = __webpack_require__(1098);
// EXTERNAL MODULE: ./packages/core/src/registry/copy.ts
var copy = __webpack_require__(5100);
;// CONCATENATED MODULE: ./packages/cli/src/build/oci-local.ts









/**
 * Images of an OCI layout as buildah's local storage knows them. buildah 1.28 cannot build FROM
 * (or pull) `oci:<dir>:<tag>` when a directory name starts with a dot, as `.hephy/images` does:
 * it names the pulled image after the path and rejects that name. So within one run an image
 * headed for `oci:<dir>:<tag>` is built under the local name
 * `localhost/hephy-oci/<platform>/<dir>:<tag>`, and its dependents are built FROM that name. The
 * platform is part of the name because a tag like `hello-latest` is an index: each arch's build
 * needs its own image of it.
 */
function localRepository(dir, platform) {
    const parts = external_node_path_default().resolve(dir)
        .toLowerCase()
        .split((external_node_path_default()).sep)
        .map((part) => part.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
        .filter(Boolean);
    const arch = platform.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    return `localhost/hephy-oci/${arch}/${parts.join('/') || 'root'}`;
}
/** `oci:<dir>[:<tag>][@digest]` as the local name (the digest dropped: local storage is by tag). */
function localReference(reference, platform) {
    if (!reference.startsWith('oci:'))
        return undefined;
    const ref = (0,registry_reference/* parseReference */.F2)(reference);
    if (ref.kind !== 'layout')
        return undefined;
    return `${localRepository(ref.dir, platform)}${ref.tag !== undefined ? `:${ref.tag}` : ''}`;
}
function shortHash(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 16);
}
/**
 * Copies the image buildah pushed into a private layout into the shared one, in this process:
 * one writer updates `index.json` (buildah processes pushing into one layout at once would
 * overwrite each other's index).
 */
async function importIntoLayout(client, staging, destination) {
    const from = (0,registry_reference/* parseReference */.F2)(staging);
    const to = (0,registry_reference/* parseReference */.F2)(destination);
    const manifest = await client.getManifest(from);
    if (!manifest)
        throw new Error(`buildah pushed nothing to ${(0,registry_reference/* formatReference */.FH)(from)}`);
    await (0,copy/* copyManifest */.n)(client, manifest, (0,registry_reference/* withTarget */.yY)(from, {}), (0,registry_reference/* withTarget */.yY)(to, {}));
    await client.putManifest(to, { mediaType: manifest.mediaType, bytes: manifest.bytes });
}
/** A private layout for one push or pull, under a path buildah accepts as an image name. */
function stagingLayout(scratch, reference) {
    return external_node_path_default().join(scratch, 'oci-staging', shortHash(reference));
}
/**
 * The config digest of `manifest` for `platform` (an index: its entry for that platform). It is
 * what buildah's storage calls the image's ID, pulled or built (buildah's `--iidfile`).
 */
async function configDigest(client, source, manifest, platform) {
    const wanted = (0,platform_spec/* parsePlatform */.FL)(platform);
    const digest = wanted && (0,image_index/* imageDigestFor */.R4)(manifest, wanted);
    const image = digest === manifest.digest
        ? manifest
        : digest && (await client.getManifest((0,registry_reference/* withTarget */.yY)(source, { digest })));
    if (!image || !(0,media_types/* isImageManifestType */.tr)(image.mediaType))
        return undefined;
    const parsed = JSON.parse(Buffer.from(image.bytes).toString('utf8'));
    return typeof parsed.config?.digest === 'string' ? parsed.config.digest : undefined;
}
/**
 * Makes `oci:<dir>:<tag>` (built by an earlier run, like `<dep>-latest`, or reused by this one)
 * available under its local name: copied into a private layout whose path buildah accepts,
 * pulled, and tagged. A local image of that name is used only when it is the layout's image (same
 * config digest): the name may be left from another build of the same tag, as when this run
 * reused an image whose fingerprint an earlier run of the day had built, then built it anew.
 */
async function pullIntoStorage(exec, storageArgs, client, reference, platform, env) {
    // The build's environment: it names the buildah storage (CONTAINERS_STORAGE_CONF).
    const options = env ? { env } : {};
    const local = localReference(reference, platform);
    const source = (0,registry_reference/* parseReference */.F2)(reference);
    const manifest = await client.getManifest(source);
    const found = await exec.run('buildah', [...storageArgs, 'inspect', '--type', 'image', '--format', '{{.FromImageID}}', local], { ...options, allowFailure: true });
    // Not in the layout: the local image, if any; else the build says what is missing.
    if (!manifest)
        return;
    const wanted = await configDigest(client, source, manifest, platform);
    if (found.exitCode === 0 && wanted === `sha256:${found.stdout.trim()}`)
        return;
    // os.tmpdir() and a hex name: a path that is also a valid image name for buildah.
    const dir = external_node_path_default().join((0,external_node_os_.tmpdir)(), `hephy-oci-pull-${shortHash((0,external_node_crypto_.randomUUID)())}`);
    const staging = (0,registry_reference/* parseReference */.F2)(`oci:${dir}:${source.tag ?? 'latest'}`);
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,copy/* copyManifest */.n)(client, manifest, (0,registry_reference/* withTarget */.yY)(source, {}), (0,registry_reference/* withTarget */.yY)(staging, {}));
        await client.putManifest(staging, { mediaType: manifest.mediaType, bytes: manifest.bytes });
        const pulled = await exec.run('buildah', [...storageArgs, 'pull', '--quiet', '--platform', platform, (0,registry_reference/* formatReference */.FH)(staging)], options);
        const id = pulled.stdout.trim();
        await exec.run('buildah', [...storageArgs, 'tag', id, local], options);
        // Drop the name buildah gave the pull (after its path); the image keeps its local name.
        await exec.run('buildah', [...storageArgs, 'rmi', `localhost${dir}:latest`], {
            ...options,
            allowFailure: true,
        });
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/build/buildah-exec.ts




/**
 * An adapter around the buildah backend's commands for building several arches in ONE buildah
 * storage, and into an OCI layout (the CLI's default target). Other programs pass through.
 *
 * - `build --tag oci:<dir>:<tag>` builds under a local name (oci-local.ts), and build args naming
 *   `oci:` images become their local names, pulled from the layout first when not built here.
 * - `push <dest> docker://oci:<dir>:<tag>` pushes into a private layout, then imports it into the
 *   shared one in this process.
 */
function buildahExec(exec, client, scratch) {
    /** The local name each `oci:` destination was built under, for its push. */
    const built = new Map();
    return {
        async run(file, args, options) {
            if (external_node_path_default().basename(file) !== 'buildah')
                return exec.run(file, args, options);
            const command = args.find((arg) => arg === 'build' || arg === 'bud' || arg === 'push');
            if (command === 'push' && args.at(-1)?.startsWith('docker://oci:')) {
                const destination = args.at(-1).slice('docker://'.length);
                const dir = stagingLayout(scratch, destination);
                await (0,promises_.mkdir)(external_node_path_default().dirname(dir), { recursive: true });
                const staging = `oci:${dir}:${destination.slice(destination.lastIndexOf(':') + 1)}`;
                const local = built.get(destination);
                if (!local)
                    throw new Error(`${destination} is pushed but was not built by this job`);
                const result = await exec.run(file, [...args.slice(0, -2), local, staging], options);
                await importIntoLayout(client, staging, destination);
                return result;
            }
            if (command !== 'build' && command !== 'bud')
                return exec.run(file, args, options);
            const storage = args.slice(0, args.indexOf(command));
            const platform = args[args.indexOf('--platform') + 1] ?? `linux/amd64`;
            for (const reference of layoutImagesUsed(args)) {
                await pullIntoStorage(exec, storage, client, reference, platform, options?.env);
            }
            const tag = args[args.indexOf('--tag') + 1] ?? '';
            const local = localReference(tag, platform);
            if (local)
                built.set(tag, local);
            return exec.run(file, localBuildArgs(args, platform), options);
        },
    };
}
/** The build argv for one storage and local names (see buildahExec). */
function localBuildArgs(args, platform) {
    const result = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const flag = args[i - 1];
        if (flag === '--tag')
            result.push(localReference(arg, platform) ?? arg);
        else if (flag === '--build-arg')
            result.push(localBuildArg(arg, platform));
        else
            result.push(arg);
    }
    return result;
}
function localBuildArg(arg, platform) {
    const eq = arg.indexOf('=');
    const local = eq > 0 ? localReference(arg.slice(eq + 1), platform) : undefined;
    return local ? `${arg.slice(0, eq + 1)}${local}` : arg;
}
/**
 * The `oci:` images a build will start FROM: `<DEP>_IMAGE=oci:<dir>:<tag>@...` args, and for
 * `REGISTRY=oci:<dir>` with `<DEP>_TAG=<tag>` (the seed's `FROM ${REGISTRY}:${DEP_TAG}`), each
 * `oci:<dir>:<tag>`.
 */
function layoutImagesUsed(args) {
    const values = args
        .filter((_arg, i) => args[i - 1] === '--build-arg')
        .map((arg) => [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]);
    const images = values.filter(([, v]) => /^oci:.*:/.test(v)).map(([, v]) => v.replace(/@.*$/, ''));
    const layouts = values.filter(([, v]) => v.startsWith('oci:') && !/^oci:.*:/.test(v)).map(([, v]) => v);
    const tags = values.filter(([k, v]) => k.endsWith('_TAG') && reference/* TAG_PATTERN */.A0.test(v)).map(([, v]) => v);
    return [...new Set([...images, ...layouts.flatMap((dir) => tags.map((tag) => `${dir}:${tag}`))])];
}

;// CONCATENATED MODULE: ./packages/core/src/util/scheduler.ts
/**
 * Runs a set of jobs that depend on each other, at most `limit` at a time. A job starts once
 * every job it needs has succeeded; when one of them failed or was skipped, it is skipped too,
 * with the reason, and so are the jobs waiting on it. Independent jobs keep going: one broken
 * image does not stop the others, as `make -k` would not.
 */
/** Runs `jobs` (in the given order where they are free to start) and returns every outcome by key. */
function scheduler_runScheduled(jobs, options) {
    const outcomes = new Map(options.known ?? []);
    const keys = new Set(jobs.map((job) => job.key));
    const pending = [...jobs];
    const limit = Math.max(1, Math.floor(options.limit));
    let running = 0;
    return new Promise((resolve) => {
        const finish = (job, outcome) => {
            outcomes.set(job.key, outcome);
            options.events?.finished?.(job, outcome);
        };
        const start = (job) => {
            running++;
            options.events?.started?.(job);
            // A job that throws synchronously is a failed job, not a crashed scheduler.
            Promise.resolve()
                .then(() => options.run(job))
                .then((value) => ({ status: 'done', value }), (error) => ({ status: 'failed', error }))
                .then((outcome) => {
                running--;
                finish(job, outcome);
                pump();
            });
        };
        const pump = () => {
            for (let changed = true; changed;) {
                changed = false;
                for (const job of [...pending]) {
                    const state = readiness(job, outcomes, keys);
                    if (state === 'waiting' || (state === 'ready' && running >= limit))
                        continue;
                    pending.splice(pending.indexOf(job), 1);
                    changed = true;
                    if (state === 'ready')
                        start(job);
                    else
                        finish(job, { status: 'skipped', ...state });
                }
            }
            if (running > 0)
                return;
            // Nothing runs and nothing can start: what is left waits on itself.
            for (const job of pending.splice(0)) {
                finish(job, { status: 'skipped', reason: 'its dependencies wait on each other (a cycle)' });
            }
            resolve(outcomes);
        };
        pump();
    });
}
function readiness(job, outcomes, keys) {
    let waiting = false;
    for (const need of job.needs) {
        const outcome = outcomes.get(need);
        if (outcome?.status === 'failed')
            return { reason: `${need} failed`, cause: need };
        if (outcome?.status === 'skipped') {
            const { cause } = outcome;
            return cause
                ? { reason: `${need} was skipped because ${cause} failed`, cause }
                : { reason: `${need} was skipped` };
        }
        if (!outcome && keys.has(need))
            waiting = true;
    }
    return waiting ? 'waiting' : 'ready';
}

;// CONCATENATED MODULE: ./packages/cli/src/build/select-jobs.ts

function jobKey(image, arch) {
    return `${image}/${arch}`;
}
/**
 * The builds of this run, in plan order. By default: every arch of every image that this machine
 * can build, which is the host's arch, any arch with a registered emulator, and any other arch
 * for an image whose build runs no command (COPY and metadata only need no CPU of that arch).
 * With `--arch`, exactly those arches. An image built on one that is skipped for an arch is
 * skipped for that arch too: it would be built on the wrong thing or on nothing.
 */
function selectJobs(images, options) {
    const jobs = [];
    const skipped = [];
    const skippedKeys = new Set();
    for (const image of images) {
        if (image.config.manualBuild)
            continue;
        const dependencies = imageDependencies(image, images, options.upstreamArgs?.(image));
        for (const arch of image.archs) {
            const deps = dependencies.filter((dep) => dep.archs.includes(arch));
            const reason = whyNot(image, arch, options) ?? dependencySkipped(deps, arch, skippedKeys);
            if (reason) {
                skipped.push({ image: image.image, arch, reason });
                skippedKeys.add(jobKey(image.image, arch));
                continue;
            }
            const needs = deps.map((dep) => jobKey(dep.image, arch));
            jobs.push({ key: jobKey(image.image, arch), image, arch, needs });
        }
    }
    return { jobs, skipped };
}
function whyNot(image, arch, options) {
    const { requested, support } = options;
    if (requested)
        return requested.includes(arch) ? undefined : `not in --arch ${requested.join(',')}`;
    if (arch === support.host || support.emulated.has(arch) || !options.runsCommands(image))
        return undefined;
    return `its Dockerfile has RUN steps and this ${support.host} machine has no ${arch} emulator: build it on ${arch}, or register qemu-user-static for ${arch} (binfmt_misc) and run again`;
}
function dependencySkipped(deps, arch, skippedKeys) {
    const dep = deps.find((d) => skippedKeys.has(jobKey(d.image, arch)));
    return dep && `built on ${dep.image}, which is not built for ${arch} here`;
}

;// CONCATENATED MODULE: ./packages/cli/src/build/build-jobs.ts











/**
 * Which images run commands when built, and the ARGs of upstream ones (the images they are built
 * on), read from their Dockerfiles (upstream ones: unpacked).
 */
async function readDockerfiles(images, run) {
    const commands = new Map();
    const args = new Map();
    for (const image of images) {
        if (image.config.manualBuild)
            continue;
        // Unreadable: try to build it anyway, so that its build reports the problem with its line.
        const text = await run
            .contextOf(image.config)
            .then((context) => context_readDockerfile(image.config, context))
            .catch(() => '');
        commands.set(image.image, runsCommands(text, image.target));
        if (image.config.source.kind === 'upstream')
            args.set(image.image, build_args_declaredArgs(text));
    }
    return { commands, args };
}
/** An arch image the target holds after the run, built or reused: merge-manifest may use it. */
function published(row) {
    return row.status === 'pushed' || row.status === 'reused';
}
/** Builds every selected image x arch, dependencies first, up to `jobs` at a time. */
async function runBuildJobs(options) {
    const { images, run, progress } = options;
    const { commands, args } = await readDockerfiles(images, run);
    const support = options.support ?? { host: (0,platform/* nodeArchLabel */.ho)(), emulated: emulatedArchs() };
    const selection = selectJobs(images, {
        ...(options.archs ? { requested: options.archs } : {}),
        support,
        runsCommands: (image) => commands.get(image.image) ?? true,
        upstreamArgs: (image) => args.get(image.image) ?? new Set(),
    });
    for (const job of selection.jobs)
        progress.update(job.image.image, job.arch, 'waiting');
    for (const skip of selection.skipped)
        progress.update(skip.image, skip.arch, 'skipped', skip.reason);
    const outcomes = await scheduler_runScheduled(selection.jobs, {
        limit: options.jobs,
        run: (job) => buildOne(job, options),
        events: {
            started: (job) => progress.update(job.image.image, job.arch, 'building'),
            finished: (job, outcome) => reportOutcome(progress, job, outcome),
        },
    });
    return rows(images, selection.skipped, outcomes, options.logDir);
}
function logFile(logDir, image, arch) {
    return external_node_path_default().join(logDir, `${image}-${arch}.log`);
}
async function buildOne(job, options) {
    const { run } = options;
    const prefix = `[${job.image.image} ${job.arch}] `;
    const log = fileLogger(logFile(options.logDir, job.image.image, job.arch), run.ports.log, options.echo, prefix);
    const exec = (0,src/* createExec */.k7)(log, run.ports.env);
    const ports = {
        ...run.ports,
        log,
        exec: buildahExec(exec, options.registry, run.scratch),
    };
    // build-arch keeps one image's digest and auth files in scratch/<image>: one arch per process
    // there, several here, so each arch gets its own scratch.
    const scratch = external_node_path_default().join(run.scratch, job.arch);
    return build_image_buildImage(job.image, { ...run, ports, scratch, inputs: { ...run.inputs, arch: job.arch } });
}
function reportOutcome(progress, job, outcome) {
    const { image } = job.image;
    if (outcome.status === 'done') {
        const build = outcome.value;
        progress.update(image, job.arch, build.status === 'reused' ? 'reused' : 'pushed', build.reference);
    }
    else if (outcome.status === 'failed') {
        progress.update(image, job.arch, 'failed');
    }
    else {
        progress.update(image, job.arch, 'skipped', outcome.reason);
    }
}
function rows(images, skipped, outcomes, logDir) {
    const notHere = new Map(skipped.map((s) => [jobKey(s.image, s.arch), s.reason]));
    const result = [];
    for (const image of images) {
        for (const arch of image.archs) {
            const key = jobKey(image.image, arch);
            const base = { image: image.image, arch, reference: '', digest: '', seconds: 0 };
            const outcome = outcomes.get(key);
            const reason = notHere.get(key);
            if (reason !== undefined)
                result.push({ ...base, status: 'skipped', reason, notHere: true });
            else if (outcome?.status === 'done') {
                const { reference, digest, seconds, fingerprint } = outcome.value;
                const status = outcome.value.status === 'reused' ? 'reused' : 'pushed';
                result.push({
                    ...base,
                    status,
                    reference,
                    digest,
                    seconds,
                    ...(fingerprint ? { fingerprint } : {}),
                });
            }
            else if (outcome?.status === 'failed') {
                const log = logFile(logDir, image.image, arch);
                result.push({ ...base, status: 'failed', error: outcome.error, log });
            }
            else if (outcome?.status === 'skipped') {
                result.push({ ...base, status: 'skipped', reason: outcome.reason });
            }
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/cli/src/build/tag-files.ts


/**
 * Removes the `.tag` files a previous run left in output-dir. build-arch takes a dependency's
 * `.tag` file as "built in this run" and merge-manifest takes every one it finds, so a stale one
 * would build on, or merge, an image of another run. (In CI every job starts with an empty
 * output-dir; here it persists between runs.)
 */
async function removeTagFiles(outputDir) {
    const names = await (0,promises_.readdir)(outputDir).catch(() => []);
    const stale = names.filter((name) => name.endsWith('.tag'));
    await Promise.all(stale.map((name) => (0,promises_.rm)(external_node_path_default().join(outputDir, name), { force: true })));
}

;// CONCATENATED MODULE: ./packages/cli/src/build/pipeline.ts



















/**
 * The whole pipeline in one process, with the functions the actions call: prepare-diff,
 * clone-upstream, build-arch for every arch built here, merge-manifest, retag. The step files
 * (dirs.txt, plan.json, archives, .tag files) are written to output-dir exactly as in CI, and
 * each step's and each build's log to output-dir/logs.
 */
async function runLocalBuild(options, context) {
    const { ports } = context;
    const date = options.date || (0,names/* utcDate */.HB)(ports.now());
    const logDir = external_node_path_default().join(options.outputDir, 'logs');
    const stepPorts = (step) => {
        const log = fileLogger(external_node_path_default().join(logDir, `${step}.log`), ports.log, context.echo, `[${step}] `);
        return { ...ports, log, exec: (0,src/* createExec */.k7)(log, ports.env) };
    };
    // A bad --repository must stop the run before anything is built.
    const target = (0,common_registry/* parseTarget */.hu)(options.repository, 'option repository');
    const ociLayout = target.kind === 'layout';
    if (ociLayout && !['auto', 'buildah'].includes(options.backend)) {
        throw new src/* UserError */.yo(`builds into an OCI layout (${options.repository}) need the buildah backend: use --backend buildah, or --repository HOST/PATH to push to a registry with ${options.backend}`, { field: 'option backend' });
    }
    const { plan, notes } = await (0,prepare_diff_run/* runPrepareDiff */.k)({
        ...(0,table/* inputDefaults */.V0)(prepare_diff/* PREPARE_DIFF_INPUTS */._, 'cli'),
        base: options.base,
        head: options.head,
        mode: options.mode,
        rebuildList: options.rebuildList,
        root: options.root,
        outputDir: options.outputDir,
        event: context.event,
    }, stepPorts('prepare-diff'));
    await removeTagFiles(options.outputDir);
    await (0,handoff/* writePlanFiles */.ip)(options.outputDir, plan);
    const result = {
        repository: options.repository,
        date,
        why: plan.why ?? '',
        notes,
        images: plan.images.map((image) => image.image),
        builds: [],
        manifests: [],
        tags: [],
        stepErrors: [],
        ok: true,
    };
    if (plan.images.length === 0)
        return result;
    await cloneUpstreams(plan, options, stepPorts('clone-upstream'), context.progress);
    result.builds = await buildImages(plan, { options, target, date, ociLayout, logDir, context });
    const failed = new Set(result.builds.filter((b) => !published(b) && !b.notHere).map((b) => b.image));
    const mergeable = plan.images.filter((image) => !failed.has(image.image) &&
        (image.config.manualBuild || result.builds.some((b) => b.image === image.image && published(b))));
    await publish(mergeable, { options, target, date, context, stepPorts, result });
    result.ok = failed.size === 0 && result.stepErrors.length === 0;
    return result;
}
async function cloneUpstreams(plan, options, ports, progress) {
    const upstream = plan.images.filter((image) => image.config.source.kind === 'upstream');
    if (upstream.length === 0)
        return;
    for (const image of upstream)
        progress.update(image.image, 'source', 'cloning');
    // A fetch that failed fails only the images built from it (their archive is missing).
    const { sources, failed } = await runCloneUpstream({ ...(0,table/* inputDefaults */.V0)(CLONE_UPSTREAM_INPUTS, 'cli'), root: options.root, outputDir: options.outputDir }, ports).catch((error) => {
        if (error instanceof partial/* StepIncomplete */.Vt)
            return error.result;
        throw error;
    });
    for (const image of upstream) {
        const source = sources.find((s) => s.dir === image.dir);
        const failure = failed.find((f) => f.dir === image.dir);
        if (source)
            progress.update(image.image, 'source', 'cloned', `${source.ref} ${source.commit.slice(0, 12)}`);
        else
            progress.update(image.image, 'source', 'failed', failure?.reason ?? '');
    }
}
async function buildImages(plan, stage) {
    const { options, context } = stage;
    const inputs = {
        ...(0,table/* inputDefaults */.V0)(BUILD_ARCH_INPUTS, 'cli'),
        repository: options.repository,
        target: stage.target,
        naming: options.naming,
        // An OCI layout is written by buildah (see buildah-exec.ts); `auto` could pick another backend.
        backend: stage.ociLayout ? 'buildah' : options.backend,
        date: stage.date,
        root: options.root,
        // A layout has no registry to keep a cache in.
        cache: stage.ociLayout ? 'false' : '',
        // An image whose fingerprint tag the registry or layout holds is tagged, not built again.
        reuse: options.reuse,
        insecureRegistries: options.insecureRegistries,
        outputDir: options.outputDir,
        buildArgEnv: options.buildArgEnv,
    };
    const registry = (0,common_registry/* registryClient */.Rk)(inputs, context.ports);
    const scheme = (0,common_registry/* imageTagScheme */.fT)(inputs, context.event, context.ports.now());
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'hephy-build-'));
    try {
        const run = createBuildRun({
            inputs,
            scheme,
            ports: context.ports,
            registry,
            planned: plan.images,
            scratch,
            // The labels name the commit and repository being built, as on CI.
            event: context.event,
            // clone-upstream ran in this process with the same output-dir: nothing to download.
            ensureSources: async () => { },
            // Other arches are built here under emulation: $BUILDPLATFORM is this machine's.
            buildPlatform: (0,platform_spec/* suggestPlatform */.eZ)(context.support?.host ?? (0,platform/* nodeArchLabel */.ho)()) ?? '',
            // .hephy/work and .hephy/images are this command's output: an image at the repository root
            // is still committed as is (docs/backends.md).
            ownOutput: [options.outputDir, ...(stage.target.kind === 'layout' ? [stage.target.dir] : [])],
        });
        return await runBuildJobs({
            images: plan.images,
            run,
            registry,
            ...(options.archs ? { archs: options.archs } : {}),
            jobs: options.jobs,
            logDir: stage.logDir,
            progress: context.progress,
            echo: context.echo,
            ...(context.support ? { support: context.support } : {}),
        });
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
/** merge-manifest, then retag, for the images whose every build here succeeded. */
async function publish(images, stage) {
    if (images.length === 0)
        return;
    const { options, context, result } = stage;
    const inputs = {
        ...(0,table/* inputDefaults */.V0)(merge_manifest/* MERGE_MANIFEST_INPUTS */.X, 'cli'),
        repository: options.repository,
        target: stage.target,
        naming: options.naming,
        date: stage.date,
        root: options.root,
        insecureRegistries: options.insecureRegistries,
        outputDir: options.outputDir,
    };
    const logDir = external_node_path_default().join(options.outputDir, 'logs');
    // The index holds the arches built here: the ones this machine cannot build were left out on
    // purpose and are listed as skipped, not missing.
    const archsOf = (image) => image.config.manualBuild
        ? image.archs
        : result.builds.filter((b) => b.image === image.image && published(b)).map((b) => b.arch);
    const merged = await partialStep(() => (0,run/* runMergeManifest */.h)(inputs, stage.stepPorts('merge-manifest'), { images, event: context.event, archsOf }), (error) => result.stepErrors.push({ step: 'merge-manifest', error, log: external_node_path_default().join(logDir, 'merge-manifest.log') }));
    if (!merged)
        return;
    result.manifests = merged.manifests;
    for (const m of merged.manifests)
        context.progress.update(m.image, 'index', 'merged', m.platforms.join(','));
    const tagged = images.filter((image) => result.manifests.some((m) => m.image === image.image));
    const retagged = await partialStep(() => (0,retag_run/* runRetag */.d)({ ...inputs, tags: options.tags }, stage.stepPorts('retag'), {
        images: tagged,
        event: context.event,
        archsOf,
    }), (error) => result.stepErrors.push({ step: 'retag', error, log: external_node_path_default().join(logDir, 'retag.log') }));
    result.tags = retagged?.tags ?? [];
    for (const image of tagged) {
        const mine = result.tags.filter((t) => t.image === image.image).map((t) => t.tag);
        if (mine.length > 0)
            context.progress.update(image.image, 'tags', 'tagged', mine.join(','));
    }
}
/** A step's result, also when it did only part of its work; its error goes to `failed`. */
async function partialStep(run, failed) {
    try {
        return await run();
    }
    catch (error) {
        failed(error);
        return error instanceof partial/* StepIncomplete */.Vt ? error.result : undefined;
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/progress.ts
/**
 * What `hephy-builder build` shows while it works. On a terminal: a table of image x arch redrawn
 * in place with each job's state and elapsed time. Elsewhere (CI logs, pipes): one plain line per
 * change of state, which reads well in a log and greps well afterwards.
 */
const FINAL = new Set([
    'cloned',
    'pushed',
    'reused',
    'merged',
    'tagged',
    'failed',
    'skipped',
]);
function createProgressView(stream, now = Date.now) {
    return stream.isTTY ? new LiveView(stream, now) : new LineView(stream, now);
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)}s`;
}
class LineView {
    stream;
    now;
    began;
    constructor(stream, now) {
        this.stream = stream;
        this.now = now;
        this.began = now();
    }
    update(image, arch, state, detail = '') {
        const at = seconds(this.now() - this.began).padStart(7);
        this.stream.write(`[${at}] ${image} ${arch} ${state}${detail ? ` ${detail}` : ''}\n`);
    }
    finish() { }
}
class LiveView {
    stream;
    now;
    jobs = new Map();
    drawn = 0;
    timer;
    constructor(stream, now) {
        this.stream = stream;
        this.now = now;
    }
    update(image, arch, state, detail = '') {
        const key = `${image}\u0000${arch}`;
        const job = this.jobs.get(key) ?? { image, arch, state, detail, started: this.now() };
        if (job.state === 'waiting' && state !== 'waiting')
            job.started = this.now();
        job.state = state;
        job.detail = detail;
        if (FINAL.has(state))
            job.ended = this.now();
        this.jobs.set(key, job);
        // Redraw on a timer as well, so elapsed times move while a long build is quiet.
        this.timer ??= setInterval(() => this.draw(), 250).unref();
        this.draw();
    }
    finish() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
        this.draw();
    }
    draw() {
        const rows = [...this.jobs.values()].map((job) => {
            const elapsed = job.state === 'waiting' ? '' : seconds((job.ended ?? this.now()) - job.started);
            return [job.image, job.arch, job.state, elapsed, job.detail];
        });
        const lines = renderTable(['IMAGE', 'ARCH', 'STATE', 'ELAPSED', ''], rows).split('\n');
        // Move up over the previous frame and clear it before drawing the new one.
        const up = this.drawn > 0 ? `\u001b[${this.drawn}A` : '';
        this.stream.write(`${up}${lines.map((line) => `\u001b[2K${line}`).join('\n')}\n`);
        this.drawn = lines.length;
    }
}
/** A plain aligned table, for the final result and the live view. */
function renderTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
    const line = (cells) => cells
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd();
    return [line(header), ...rows.map(line)].join('\n');
}

;// CONCATENATED MODULE: ./packages/cli/src/build/next-step.ts

/** Known failures of a build and what to do about them, matched on the error and its log. */
const HINTS = [
    {
        pattern: /exec format error/i,
        hint: (arch) => `a RUN step needs a ${arch} CPU: build on a ${arch} machine, register qemu-user-static for ${arch} (binfmt_misc), or leave --arch out so that images with RUN steps are skipped for ${arch}`,
    },
    {
        pattern: /could not start (\S+):/,
        hint: (_arch, m) => `install ${m[1]} (Debian/Ubuntu: apt-get install ${m[1]}), or choose another --backend`,
    },
    {
        pattern: /server gave HTTP response to HTTPS client/i,
        hint: () => 'the registry speaks plain HTTP: pass --insecure-registry HOST:PORT',
    },
    {
        pattern: /connection refused|no such host|dial tcp|ECONNREFUSED|ENOTFOUND/,
        hint: () => 'the registry cannot be reached: is it running, and is --repository right? (no --repository writes to the OCI layout .hephy/images)',
    },
    {
        pattern: /unauthorized|authentication required|denied|\b401\b|\b403\b/i,
        hint: () => 'the registry refused the credentials: log in (docker login HOST, or a credential helper in ~/.docker/config.json) and run again',
    },
    {
        pattern: /no space left on device/i,
        hint: () => "the disk is full: buildah's vfs storage keeps every layer; free it with buildah rmi --prune (or buildah rmi --all)",
    },
];
/** One line saying what to do about a failed build, when the failure is a known one. */
function nextStep(error, arch, log = '') {
    const text = `${(0,src/* errorMessage */.gJ)(error)}\n${log}`;
    for (const { pattern, hint } of HINTS) {
        const match = pattern.exec(text);
        if (match)
            return hint(arch, match);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/cli/src/build/report.ts





/** `sha256:` and the first 12 hex digits: enough to tell images apart in a table (--json has all). */
function shortDigest(digest) {
    return digest ? digest.slice(0, 'sha256:'.length + 12) : '';
}
function buildCell(row) {
    if (row.status === 'pushed')
        return row.reference;
    if (row.status === 'reused')
        return `${row.reference} (reused)`;
    return row.status === 'failed' ? '(failed)' : '(skipped)';
}
/** The final table: per image its arch images, its index and its extra tags, in build order. */
function resultTable(result) {
    const rows = [];
    for (const image of result.images) {
        for (const row of result.builds.filter((b) => b.image === image)) {
            rows.push([image, row.arch, buildCell(row), shortDigest(row.digest)]);
        }
        for (const m of result.manifests.filter((x) => x.image === image)) {
            rows.push([image, 'index', m.reference, shortDigest(m.digest)]);
        }
        for (const t of result.tags.filter((x) => x.image === image)) {
            rows.push([image, 'tag', t.reference, shortDigest(t.digest)]);
        }
    }
    return renderTable(['IMAGE', 'ARCH/INDEX/TAG', 'REFERENCE', 'DIGEST'], rows);
}
/** What the person reads after the table: why things were skipped, and what failed with what to do. */
function resultNotes(result) {
    const notes = result.builds
        .filter((b) => b.status === 'skipped' && b.notHere)
        .map((b) => `skipped ${b.image} ${b.arch}: ${b.reason}`);
    const reused = result.builds.filter((b) => b.status === 'reused').length;
    if (reused > 0)
        notes.push(`reused ${reused} of ${result.builds.length} arch images: ${result.repository} already held each with the same fingerprint (--no-reuse builds them all)`);
    const errors = [];
    for (const row of result.builds) {
        if (row.status === 'skipped' && !row.notHere)
            errors.push(`${row.image} ${row.arch}: not built: ${row.reason}`);
        if (row.status !== 'failed')
            continue;
        const tail = row.log ? logTail(row.log) : '';
        const hint = nextStep(row.error, row.arch, tail);
        errors.push([
            `${row.image} ${row.arch} failed: ${(0,src/* errorMessage */.gJ)(row.error)}`,
            ...(row.log ? [`  full log: ${row.log}`] : []),
            ...(hint ? [`  what to do: ${hint}`] : []),
        ].join('\n'));
    }
    for (const { step, error, log } of result.stepErrors) {
        const problems = error instanceof src/* UserErrors */.tQ ? error.errors.map(src/* errorMessage */.gJ) : [(0,src/* errorMessage */.gJ)(error)];
        errors.push([`${step} failed:`, ...problems.map((p) => `  ${p}`), `  full log: ${log}`].join('\n'));
    }
    return { notes, errors };
}
/** `--json`: the run for machines, with full digests. */
function resultJson(result) {
    const json = {
        ok: result.ok,
        repository: result.repository,
        date: result.date,
        why: result.why,
        notes: result.notes,
        images: result.builds.map((row) => ({
            image: row.image,
            arch: row.arch,
            status: row.status,
            ...(published(row) ? { reference: row.reference, digest: row.digest, seconds: row.seconds } : {}),
            ...(row.fingerprint ? { fingerprint: row.fingerprint } : {}),
            ...(row.reason ? { reason: row.reason } : {}),
            ...(row.error !== undefined ? { error: (0,src/* errorMessage */.gJ)(row.error), log: row.log } : {}),
        })),
        manifests: result.manifests,
        tags: result.tags,
        errors: result.stepErrors.map(({ step, error, log }) => ({ step, error: (0,src/* errorMessage */.gJ)(error), log })),
    };
    return `${JSON.stringify(json, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/build.ts






/** `hephy-builder build`: the whole pipeline on this machine, as CI runs it, in one process. */
const build = {
    summary: `Build the images of a monorepo on this machine: prepare-diff, clone-upstream, build-arch for every arch this machine can build, merge-manifest and retag, in one process. Images go to ${(0,cli/* cliDefault */.CZ)(BUILD_COMMAND_INPUTS, 'repository')} (an OCI image layout) unless --repository names a registry.`,
    usage: BUILD_USAGE,
    help: BUILD_HELP,
    options: buildCommandOptions,
    async run({ values, positionals, platform, ports, out }) {
        const options = parseBuildOptions(values, positionals);
        const stderr = process.stderr;
        // --verbose streams every build's log, which a redrawn table would tear apart.
        const live = stderr.isTTY === true && !options.verbose;
        const progress = createProgressView({ write: (t) => stderr.write(t), isTTY: live });
        const later = [];
        const say = (text) => (live ? later.push(text) : stderr.write(`${text}\n`));
        let result;
        try {
            result = await runLocalBuild(options, {
                ports,
                event: await platform.event(),
                progress,
                echo: { warning: say, ...(options.verbose ? { line: say } : {}) },
            });
        }
        finally {
            progress.finish();
            for (const text of later)
                stderr.write(`${text}\n`);
        }
        const { notes, errors } = resultNotes(result);
        if (options.json)
            out(resultJson(result));
        else if (result.images.length === 0)
            out(`${result.why}\nnothing to build\n`);
        else
            out(`\n${resultTable(result)}\n`);
        for (const note of [...result.notes, ...notes])
            stderr.write(`note: ${note}\n`);
        for (const error of errors)
            platform.log.error(error);
        return result.ok ? command/* EXIT_OK */.Ij : command/* EXIT_INVALID */.jL;
    },
};


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
