/**
 * The shapes of the strings a build-config.yaml holds: tags, ARG names, git remotes and refs,
 * image references, relative paths. Plain predicates; parse.ts turns a `false` into an error.
 */
import path from 'node:path';
import {TAG_PATTERN} from '../shared/reference.js';

/** An OCI repository path component: `curl`, `manifest-tool`, `a.b`, `a__b`; never upper case. */
export const NAME_COMPONENT_PATTERN = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

/** A Dockerfile ARG (and environment variable) name. */
export const ARG_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `${VAR}`, expanded from the environment at build time (never by a shell). */
const PLACEHOLDER = /\$\{([^}]*)\}/g;

/** The first malformed `${...}` in `text` (`${}`, `${1X}`, an unclosed `${`), if any. */
export function badPlaceholder(text: string): string | undefined {
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (!ARG_NAME_PATTERN.test(match[1] ?? '')) return match[0];
  }
  const rest = text.replace(PLACEHOLDER, '');
  const unclosed = rest.indexOf('${');
  return unclosed === -1 ? undefined : rest.slice(unclosed);
}

/**
 * `text` with each `${VAR}` replaced by a short valid sample, so that a tag or reference that
 * will be complete only at build time can be checked now.
 */
export function withSamplePlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, 'x');
}

export function isTag(text: string): boolean {
  return TAG_PATTERN.test(withSamplePlaceholders(text));
}

/**
 * A git remote: `https://host/path`, `ssh://`, `git://`, `file://` URLs, or scp-style
 * `user@host:path`. Never an option (`-u...`) and never whitespace, which would reach git's argv.
 */
export function isGitRemote(text: string): boolean {
  if (/\s/.test(text) || text.startsWith('-')) return false;
  if (/^(?:https?|ssh|git|git\+ssh|ssh\+git):\/\/[^/]+\/.+/.test(text)) return true;
  if (/^file:\/\/\/?.+/.test(text)) return true;
  return /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:(?!\/\/).+/.test(text);
}

/**
 * The credentials in a git remote, and the remote with them masked: everything between `://`
 * and the last `@` of the host part (so a password holding `@` is masked whole), and the
 * `user:password@` of a scheme-less remote. An ssh login (`ssh://git@host`, `git@host:path`) is
 * not a secret; on http(s) a lone user part is (tokens travel as `https://<token>@host`).
 */
export function remoteCredential(url: string): {secret?: string; display: string} {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)?([^/?#]*)@/.exec(url);
  if (!match) return {display: url};
  const [whole, scheme = '', userinfo] = match as unknown as [string, string | undefined, string];
  const colon = userinfo.indexOf(':');
  const login = colon < 0 && (scheme === '' || !/^https?:/i.test(scheme));
  if (login || userinfo === '') return {display: url};
  const secret = colon < 0 ? userinfo : userinfo.slice(colon + 1);
  return {secret: secret || userinfo, display: `${scheme}***@${url.slice(whole.length)}`};
}

/**
 * A branch, tag or commit as git's check-ref-format allows it, and not an option: no spaces,
 * `..`, `~^:?*[\`, `@{`, leading `-` or `/`, trailing `/`, `.` or `.lock`.
 */
export function isGitRef(text: string): boolean {
  if (text === '' || text === '@' || text.startsWith('-') || text.startsWith('/')) return false;
  if ([...text].some((c) => c < ' ' || c === '\x7f')) return false;
  if (/[\s~^:?*[\\]|\.\.|@\{|\/\/|\/\./.test(text)) return false;
  return !/(?:\/|\.|\.lock)$/.test(text) && !text.startsWith('.');
}

const DOMAIN = String.raw`(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::[0-9]+)?/)?`;
const COMPONENT = String.raw`[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*`;
const REFERENCE_PATTERN = new RegExp(
  String.raw`^${DOMAIN}${COMPONENT}(?:/${COMPONENT})*(?::[A-Za-z0-9_][A-Za-z0-9._-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,})?$`,
);

/** An image reference as docker pull takes it: `[host[:port]/]path[:tag][@digest]`; `${VAR}` allowed. */
export function isImageReference(text: string): boolean {
  return REFERENCE_PATTERN.test(withSamplePlaceholders(text));
}

/** Why a path cannot be a path inside the image directory at all: empty, NUL, or absolute. */
export function pathFormProblem(text: string): string | undefined {
  if (text === '') return 'must not be empty (write `.` for the directory itself)';
  if (text.includes('\0')) return 'must not contain a NUL character';
  if (path.posix.isAbsolute(text) || /^[A-Za-z]:[\\/]/.test(text) || text.startsWith('\\')) {
    return `must be relative to the image directory, not absolute (\`${text}\`)`;
  }
  return undefined;
}

/** True when a relative path climbs out of its directory with `..` (`../x`, `a/../../x`). */
export function climbsOut(text: string): boolean {
  const normal = path.posix.normalize(text);
  return normal === '..' || normal.startsWith('../');
}

/** Why a path from the config may not be used, or undefined when it stays inside its directory. */
export function relativePathProblem(text: string): string | undefined {
  const formProblem = pathFormProblem(text);
  if (formProblem) return formProblem;
  return climbsOut(text) ? `must stay inside the image directory; \`${text}\` leads out of it` : undefined;
}
