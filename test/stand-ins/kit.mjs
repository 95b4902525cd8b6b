// The shared half of the stand-ins: executables that play a build tool that cannot run on the
// test machines (kaniko, buildctl, docker buildx, ko, spin). Each stand-in keeps its tool's
// contract as the tool's own source states it (cited in the stand-in): the flags it accepts, the
// files and environment it reads, where it writes the digest. The image itself is built with the
// real buildah and pushed to the real test registry with only the credentials the tool would see.
import {spawn} from 'node:child_process';
import {appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A usage error, printed the way the tool prints it; exit code 1 unless said otherwise. */
export class StandInError extends Error {
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
}

/**
 * Flags as spf13/pflag parses them (kaniko, ko, buildx and spin's clap differ only in details the
 * stand-ins pass in): `--name=value` or `--name value`; a bool takes no separate value; a
 * `stringSlice` splits its value on commas (pflag's `readAsCSV`), a `stringArray` does not; an
 * unknown flag is an error (`unknown flag: --name`). `--` ends the flags.
 *
 * spec: {name: {type: 'bool' | 'string' | 'stringSlice' | 'stringArray', short?: 'x'}}
 */
export function parseFlags(argv, spec) {
  const flags = {};
  const positionals = [];
  const byShort = Object.fromEntries(
    Object.entries(spec)
      .filter(([, s]) => s.short)
      .map(([name, s]) => [s.short, name]),
  );
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let name;
    let value;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      value = eq === -1 ? undefined : arg.slice(eq + 1);
      if (!spec[name]) throw new StandInError(`unknown flag: --${name}`);
    } else if (arg.startsWith('-') && arg.length > 1) {
      name = byShort[arg[1]];
      if (!name) throw new StandInError(`unknown shorthand flag: '${arg[1]}' in ${arg}`);
      value = arg.length > 2 ? arg.slice(arg[2] === '=' ? 3 : 2) : undefined;
    } else {
      positionals.push(arg);
      continue;
    }
    const {type} = spec[name];
    if (type === 'bool') {
      if (value !== undefined && value !== 'true' && value !== 'false')
        throw new StandInError(`invalid argument "${value}" for "--${name}" flag: strconv.ParseBool`);
      flags[name] = value !== 'false';
      continue;
    }
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new StandInError(`flag needs an argument: --${name}`);
      value = argv[++i];
    }
    if (type === 'string') flags[name] = value;
    else if (type === 'stringSlice') flags[name] = [...(flags[name] ?? []), ...splitCsv(value, name)];
    else flags[name] = [...(flags[name] ?? []), value];
  }
  return {flags, positionals};
}

/**
 * pflag's readAsCSV: one CSV record; a bare quote inside a field is an error. Also BuildKit's
 * CSV values (`--output`, `--cache-to`: go-csvvalue, the same encoding/csv rules).
 */
export function splitCsv(value, name) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quoted) {
      if (c === '"' && value[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '"' && field === '') quoted = true;
    else if (c === '"')
      throw new StandInError(`invalid argument "${value}" for "--${name}" flag: bare " in field`);
    else field += c;
  }
  if (quoted)
    throw new StandInError(
      `invalid argument "${value}" for "--${name}" flag: extraneous or missing " in quoted-field`,
    );
  fields.push(field);
  return fields;
}

/**
 * The Docker config directory a tool reads, as docker/cli's config package resolves it
 * (cli/config/config.go, `Dir()`): `$DOCKER_CONFIG`, else `$HOME/.docker`.
 */
export function dockerConfigDir(env = process.env) {
  return env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), '.docker');
}

/** `<dir>/config.json` parsed, or `{}` when there is none (every tool treats that as anonymous). */
export function readDockerConfig(dir) {
  const file = path.join(dir, 'config.json');
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * The version a stand-in's version command reports: `$HEPHY_STANDIN_VERSION` when set, a
 * TEST-ONLY knob (no real tool reads it) with which a test changes the backend's version between
 * two runs; else `readAt`, the version of the source the stand-in was read from. Only the version
 * changes: each stand-in prints it in its tool's own format.
 */
export function reportedVersion(readAt) {
  return process.env.HEPHY_STANDIN_VERSION || readAt;
}

/** Appends one JSON line to `$HEPHY_STANDIN_LOG` (when set): what the stand-in was asked to do. */
export function record(tool, data) {
  const log = process.env.HEPHY_STANDIN_LOG;
  if (log) appendFileSync(log, `${JSON.stringify({tool, ...data})}\n`);
}

/**
 * buildah's environment without the credentials the stand-in was started with: buildah 1.28's
 * containers/image reads `$XDG_CONFIG_HOME/containers/auth.json`, `$DOCKER_CONFIG/config.json`
 * (else `$HOME/.docker/config.json`) and `$HOME/.dockercfg` after `--authfile` (containers/image
 * v5.23.0 pkg/docker/config/config.go:206-235), so a tool's DOCKER_CONFIG would reach the push
 * even when the tool itself would not have read it. All of them point into `dir` instead.
 */
function buildahEnv(dir) {
  const {DOCKER_CONFIG: _config, REGISTRY_AUTH_FILE: _authFile, ...rest} = process.env;
  return {...rest, HOME: dir, XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_RUNTIME_DIR: dir};
}

function run(file, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {env, stdio: ['ignore', 'pipe', 'pipe']});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      process.stderr.write(d);
    });
    child.on('error', reject);
    child.on('close', (status) => {
      if (status === 0) resolve(stdout);
      else
        reject(new StandInError(`${file} ${args[0]} failed (${status}): ${stderr.trim().split('\n').pop()}`));
    });
  });
}

/**
 * Builds with the real buildah (the storage and isolation come from the environment the test
 * set: CONTAINERS_STORAGE_CONF, BUILDAH_ISOLATION) and returns the local image name. Base images
 * are pulled with exactly `auths` (as the tool read them), over plain HTTP only when `plainHttp`.
 * `annotations` go on the OCI manifest (what spin's `--annotation` sets).
 */
export async function buildImage({
  context,
  dockerfile,
  target,
  platform,
  buildArgs = [],
  labels = [],
  annotations = [],
  auths = {},
  plainHttp = false,
}) {
  const name = `localhost/hephy-standin:${process.pid}-${Date.now()}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hephy-standin-'));
  try {
    const authFile = path.join(dir, 'auth.json');
    writeFileSync(authFile, JSON.stringify({auths}));
    await run(
      'buildah',
      [
        'build',
        '--quiet',
        '--platform',
        platform,
        '--authfile',
        authFile,
        `--tls-verify=${plainHttp ? 'false' : 'true'}`,
        ...(target ? ['--target', target] : []),
        ...buildArgs.flatMap((a) => ['--build-arg', a]),
        ...labels.flatMap((l) => ['--label', l]),
        ...annotations.flatMap((a) => ['--annotation', a]),
        '-f',
        dockerfile,
        '-t',
        name,
        context,
      ],
      buildahEnv(dir),
    );
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
  return name;
}

/**
 * Pushes a built image with exactly the credentials in `auths` (a Docker config's `auths`, as
 * the tool read it) and returns the manifest digest the registry stored. `plainHttp` is the
 * tool's own insecure switch: without it a plain-HTTP registry cannot be reached, as with the tool.
 */
export async function pushImage({image, destination, auths = {}, plainHttp = false}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hephy-standin-'));
  try {
    const authFile = path.join(dir, 'auth.json');
    writeFileSync(authFile, JSON.stringify({auths}));
    const digestFile = path.join(dir, 'digest');
    await run(
      'buildah',
      [
        'push',
        '--quiet',
        '--authfile',
        authFile,
        `--tls-verify=${plainHttp ? 'false' : 'true'}`,
        '--digestfile',
        digestFile,
        image,
        `docker://${destination}`,
      ],
      buildahEnv(dir),
    );
    return readFileSync(digestFile, 'utf8').trim();
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/** Runs a stand-in's main, printing a StandInError as `Error: <message>` with its exit code. */
export function main(tool, body) {
  body(process.argv.slice(2), process.env).then(
    () => process.exit(0),
    (error) => {
      process.stderr.write(`${tool}: Error: ${error.message}\n`);
      process.exit(error instanceof StandInError ? error.code : 1);
    },
  );
}
