import {remoteCredential} from '../config/rules.js';
import {UserError} from '../errors.js';
import type {SourceLocation} from '../ports.js';

/** The transports git can be told to use; `allow-protocols` names a subset. */
export const GIT_PROTOCOLS = ['https', 'http', 'ssh', 'git', 'file', 'ext'] as const;
export type GitProtocol = (typeof GIT_PROTOCOLS)[number];
export const DEFAULT_ALLOW_PROTOCOLS: readonly GitProtocol[] = ['https', 'ssh', 'git'];

export interface UpstreamUrl {
  /** The URL as git receives it. */
  url: string;
  /** The URL for logs and outputs: its credentials (user and password) replaced by `***`. */
  display: string;
  protocol: GitProtocol | string;
  /** The credential found in the URL, to register as a secret before anything prints. */
  secret?: string;
}

/**
 * The transport git would use for `url`, by git's own rules (transport.c, connect.c):
 * `<helper>::<address>` is a remote helper (`ext::` runs a command), `<scheme>://` a URL,
 * `[user@]host:path` without a slash before the colon is scp-like ssh, anything else a local path.
 */
export function urlProtocol(url: string): string {
  const helper = /^([A-Za-z][A-Za-z0-9+.-]*)::/.exec(url);
  if (helper) return (helper[1] as string).toLowerCase();
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(url);
  if (scheme) {
    const name = (scheme[1] as string).toLowerCase();
    return name === 'git+ssh' || name === 'ssh+git' ? 'ssh' : name;
  }
  const colon = url.indexOf(':');
  const slash = url.indexOf('/');
  if (colon > 0 && (slash < 0 || colon < slash)) return 'ssh';
  return 'file';
}

/**
 * Checks an `upstream_repo` before git sees it: no option-like or control characters, and a
 * transport in `allow`. Credentials are returned separately so the caller masks them first.
 */
export function checkUpstreamUrl(
  url: string,
  allow: readonly string[],
  where: {location?: SourceLocation; field?: string} = {},
): UpstreamUrl {
  const {secret, display} = remoteCredential(url);
  const fail = (why: string) => new UserError(`upstream_repo ${display}: ${why}`, where);
  if (url === '') throw fail('is empty');
  if (url.startsWith('-')) throw fail('starts with "-", which git would read as an option');
  const protocol = urlProtocol(url);
  if (!allow.includes(protocol)) {
    throw fail(
      `uses the ${protocol} transport, which allow-protocols (${allow.join(', ')}) does not allow; use an https:// or ssh URL, or add ${protocol} to allow-protocols if you trust it`,
    );
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\s]/.test(url)) throw fail('contains a space or a control character');
  const host = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^@/]*@)?([^/]*)/.exec(url)?.[1] ?? '';
  if (host.startsWith('-')) throw fail('names a host starting with "-", which ssh would read as an option');
  return {url, display, protocol, ...(secret ? {secret} : {})};
}

/** Checks the `allow-protocols` input itself: every entry must be a transport git knows. */
export function parseAllowProtocols(values: readonly string[]): GitProtocol[] {
  const unknown = values.filter((v) => !(GIT_PROTOCOLS as readonly string[]).includes(v));
  if (unknown.length > 0) {
    throw new UserError(`${unknown.join(', ')}: not a git transport (one of ${GIT_PROTOCOLS.join(', ')})`, {
      field: 'input allow-protocols',
    });
  }
  return values as GitProtocol[];
}

/**
 * `-c protocol.*` settings that make git itself enforce the same list, for redirects and for
 * submodule URLs, which come from the upstream's own .gitmodules.
 */
export function protocolConfig(allow: readonly string[]): string[] {
  return ['-c', 'protocol.allow=never', ...allow.flatMap((p) => ['-c', `protocol.${p}.allow=always`])];
}

/** A URL for labels and logs: a password or token in it replaced by `***`. */
export function redactUrl(url: string): string {
  return remoteCredential(url).display;
}
