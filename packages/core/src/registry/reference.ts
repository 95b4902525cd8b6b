import type {Reference} from '../shared/reference.js';
import {UserError} from '../errors.js';
import {TAG_PATTERN} from '../shared/reference.js';
import {isDigest} from '../shared/reference.js';

export const DOCKER_HUB_HOST = 'index.docker.io';
/** The key Docker writes for Hub into config.json and passes to credential helpers. */
export const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/';

/** distribution-spec `<name>` components. */
const NAME_COMPONENT = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*$/;

/** Parses `host[:port]/path[:tag][@digest]` or `oci:<dir>[:tag][@digest]`. */
export function parseReference(text: string): Reference {
  const input = text.trim();
  const at = input.lastIndexOf('@');
  const digest = at >= 0 ? input.slice(at + 1) : undefined;
  const rest = at >= 0 ? input.slice(0, at) : input;
  if (digest !== undefined && !isDigest(digest)) {
    throw new UserError(`"${text}" has an invalid digest "${digest}" (expected sha256:<64 hex digits>)`);
  }
  const {name, tag} = splitTag(rest);
  if (tag !== undefined && !TAG_PATTERN.test(tag)) {
    throw new UserError(`"${text}" has an invalid tag "${tag}" (tags are [A-Za-z0-9_][A-Za-z0-9._-]{0,127})`);
  }
  const extra = {...(tag !== undefined ? {tag} : {}), ...(digest !== undefined ? {digest} : {})};
  if (name.startsWith('oci:')) {
    const dir = name.slice(4);
    if (!dir) throw new UserError(`"${text}" names no directory after oci:`);
    return {kind: 'layout', dir, ...extra};
  }
  return {kind: 'registry', ...splitHost(name, text), ...extra};
}

function splitTag(text: string): {name: string; tag?: string} {
  const colon = text.lastIndexOf(':');
  // A colon before the last slash is a port (or the `oci:` prefix), not a tag.
  if (colon < 0 || colon < text.lastIndexOf('/') || text.slice(0, colon) === 'oci') return {name: text};
  return {name: text.slice(0, colon), tag: text.slice(colon + 1)};
}

/**
 * A repository to push to, as the `repository` input names it: `host[:port]/path` or
 * `oci:<dir>`, without tag or digest. Docker's rule decides the host (a first component with a
 * `.` or `:`, or `localhost`; else Docker Hub), the same rule every request and every
 * credential look-up of the run then follows. The path is kept as written (no `library/`): with
 * `naming: repository` it is a prefix (`team` -> `index.docker.io/team/<image>`).
 */
export function parseRepository(text: string): Reference {
  const name = text.trim().replace(/\/+$/, '');
  const ref = parseReference(name);
  if (ref.tag !== undefined || ref.digest !== undefined) {
    throw new UserError(
      `"${text}" names a tag or digest: give the repository only (like registry.example.com/team/images); the tags are computed`,
    );
  }
  if (ref.kind === 'layout') return ref;
  const {host, path} = splitHostPath(name);
  return {kind: 'registry', host, repository: path};
}

/** `host/path` (or `oci:<dir>`) without tag or digest: the name the tags are added to. */
export function repositoryName(ref: Reference): string {
  return ref.kind === 'layout' ? `oci:${ref.dir}` : `${ref.host}/${ref.repository}`;
}

/** Docker's rule (distribution/reference `splitDockerDomain`): which part of a name is the registry host. */
export function splitHostPath(name: string): {host: string; path: string} {
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  const isHost = first.includes('.') || first.includes(':') || first === 'localhost';
  const host = isHost ? first.toLowerCase() : DOCKER_HUB_HOST;
  const path = isHost ? name.slice(slash + 1) : name;
  return {host: host === 'docker.io' || host === 'registry-1.docker.io' ? DOCKER_HUB_HOST : host, path};
}

function splitHost(name: string, original: string): {host: string; repository: string} {
  const {host, path} = splitHostPath(name);
  let repository = path;
  if (host === DOCKER_HUB_HOST && !repository.includes('/')) repository = `library/${repository}`;
  if (!repository || !repository.split('/').every((part) => NAME_COMPONENT.test(part))) {
    throw new UserError(
      `"${original}" is not a valid image reference: the repository path must be lower case letters, digits and separators (. _ __ -), like registry.example.com/team/images`,
    );
  }
  return {host, repository};
}

export function formatReference(ref: Reference): string {
  return `${repositoryName(ref)}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}

/** The same repository (or layout) with another tag or digest. */
export function withTarget(ref: Reference, target: {tag?: string; digest?: string}): Reference {
  const {tag: _tag, digest: _digest, ...base} = ref;
  return {...base, ...target} as Reference;
}

/** The tag or digest a manifest request addresses: the digest wins when both are given. */
export function manifestTarget(ref: Reference): string {
  const target = ref.digest ?? ref.tag;
  if (target === undefined) throw new UserError(`"${formatReference(ref)}" names neither a tag nor a digest`);
  return target;
}

export function sameRepository(a: Reference, b: Reference): boolean {
  if (a.kind === 'layout') return b.kind === 'layout' && a.dir === b.dir;
  return b.kind === 'registry' && a.host === b.host && a.repository === b.repository;
}

/** Hosts we reach over plain HTTP: loopback always, others only when the user lists them. */
export function isLoopbackHost(host: string): boolean {
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name);
}
