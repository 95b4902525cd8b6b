import {checkAssignment} from './checks.js';
import type {ConfigReader, Entry} from './config-reader.js';
import {KO_CONFIG_KEYS, SPIN_CONFIG_KEYS} from './keys.js';
import {readPlatforms} from './read-platforms.js';
import {nearest} from './suggest.js';
import {isImageReference, relativePathProblem} from './rules.js';
import {BACKENDS, type BackendName, type KoConfig, type SpinConfig} from './types.js';

export function readBackend(reader: ConfigReader, entry: Entry): BackendName | undefined {
  const value = reader.string(entry);
  if (value === undefined) return undefined;
  if ((BACKENDS as readonly string[]).includes(value)) return value as BackendName;
  const suggestion = nearest(value, BACKENDS);
  const hint = suggestion ? ` (did you mean \`${suggestion}\`?)` : '';
  return reader.fail(entry, `\`${value}\` is not a backend${hint}; use one of ${BACKENDS.join(', ')}`);
}

/** `ko_config`: the Go package to build (required), its base image, environment and flags. */
export function readKoConfig(reader: ConfigReader, entry: Entry): KoConfig | undefined {
  const fields = reader.mapping(entry, KO_CONFIG_KEYS);
  if (!fields) return undefined;
  const importEntry = fields.get('import_path');
  const importPath = importEntry ? readImportPath(reader, importEntry) : undefined;
  if (!importEntry) reader.report(entry, 'needs `import_path`: the Go package to build, e.g. ./cmd/server');
  const get = <T>(key: string, read: (e: Entry) => T | undefined) => {
    const found = fields.get(key);
    return found ? read(found) : undefined;
  };
  const baseImage = get('base_image', (e) => readReference(reader, e));
  const env = get('env', (e) => reader.stringList(e, checkAssignment));
  const ldflags = get('ldflags', (e) => reader.stringList(e));
  const platforms = get('platforms', (e) => readPlatforms(reader, e));
  const workingDir = get('working_dir', (e) => reader.string(e));
  if (importPath === undefined) return undefined;
  return {
    importPath,
    env: env ?? [],
    ldflags: ldflags ?? [],
    ...(baseImage === undefined ? {} : {baseImage}),
    ...(platforms === undefined ? {} : {platforms}),
    ...(workingDir === undefined ? {} : {workingDir}),
  };
}

/** A Go import path (`example.com/app/cmd/server`) or a path inside the directory (`./cmd/server`). */
function readImportPath(reader: ConfigReader, entry: Entry): string | undefined {
  const value = reader.string(entry);
  if (value === undefined) return undefined;
  if (value.startsWith('.') || value.startsWith('/')) {
    const problem = relativePathProblem(value);
    return problem ? reader.fail(entry, problem) : value;
  }
  if (/^[A-Za-z0-9][\w.~/-]*$/.test(value)) return value;
  return reader.fail(
    entry,
    `\`${value}\` is not a Go import path: write ./cmd/server or example.com/app/cmd/server`,
  );
}

export function readReference(reader: ConfigReader, entry: Entry): string | undefined {
  const value = reader.string(entry);
  if (value === undefined || isImageReference(value)) return value;
  return reader.fail(
    entry,
    `\`${value}\` is not an image reference: write [host[:port]/]path[:tag][@sha256:digest]`,
  );
}

/** `spin_config`: where the Spin manifest is (default `spin.toml`), inside the directory. */
export function readSpinConfig(reader: ConfigReader, entry: Entry): SpinConfig | undefined {
  const fields = reader.mapping(entry, SPIN_CONFIG_KEYS);
  if (!fields) return undefined;
  const manifestEntry = fields.get('manifest');
  const manifest = manifestEntry ? readRelativePath(reader, manifestEntry) : 'spin.toml';
  return manifest === undefined ? undefined : {manifest};
}

export function readRelativePath(reader: ConfigReader, entry: Entry): string | undefined {
  const value = reader.string(entry, {allowEmpty: true});
  const problem = value === undefined ? undefined : relativePathProblem(value);
  return problem ? reader.fail(entry, problem) : value;
}
