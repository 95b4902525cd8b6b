import {ExternalError, UserError} from '../errors.js';
import type {Logger} from '../ports.js';
import {parseChallenge, type Challenge} from './challenge.js';
import type {Credential, ResolvedCredential} from './credential.js';
import {readErrorDetails} from './registry-error.js';

/** What a request needs on its repository: `pull`, or `push` and `pull`. */
export type Access = 'pull' | 'push';

/** Sends one request with retries but without registry auth (the token endpoint has its own). */
export type RawSend = (
  url: string,
  init: {method: string; headers: Record<string, string>; body?: string; secretBody?: boolean},
) => Promise<Response>;

interface Token {
  value: string;
  expiresAt: number;
  /** `repository:<name>` -> the access it was asked for. */
  covers: Map<string, Access>;
}

interface HostState {
  challenge?: Challenge;
  credential?: Promise<ResolvedCredential | undefined>;
  /** Every repository this run declared or touched on the host, in order, with the access it needs. */
  scopes: Map<string, Access>;
  token?: Token;
  pending?: Promise<Token>;
}

export interface RegistryAuthOptions {
  resolveCredential: (host: string) => Promise<ResolvedCredential | undefined>;
  send: RawSend;
  now: () => Date;
  log: Logger;
  /** Whether a realm on this host may be reached over plain HTTP. */
  allowHttp: (host: string) => boolean;
}

/** Seconds a token lives when the server does not say (token spec); we renew this long before expiry. */
const DEFAULT_TOKEN_SECONDS = 60;
const RENEW_MARGIN_MS = 5_000;

/**
 * Authentication per registry host, at the request floor: the first request goes out anonymous;
 * its 401 challenge says Basic or Bearer; for Bearer ONE token is fetched for every repository
 * scope the run declared (push,pull on targets first) and reused until it expires.
 */
export class RegistryAuth {
  private readonly hosts = new Map<string, HostState>();
  constructor(private readonly options: RegistryAuthOptions) {}

  /** Declares a repository the run will use, so that the first token already covers it. */
  want(host: string, repository: string, access: Access): void {
    const scopes = this.host(host).scopes;
    if (scopes.get(repository) !== 'push') scopes.set(repository, access);
  }

  /** The Authorization header for a request, or undefined while the host has not challenged us. */
  async header(host: string, repository: string | undefined, access: Access): Promise<string | undefined> {
    const state = this.host(host);
    if (repository) this.want(host, repository, access);
    if (!state.challenge) return undefined;
    const resolved = await this.credential(host);
    if (state.challenge.scheme === 'basic') return resolved ? basicHeader(resolved.credential) : undefined;
    if (resolved?.credential.kind === 'bearer') return `Bearer ${resolved.credential.token}`;
    const token = await this.token(host, repository, access);
    return `Bearer ${token.value}`;
  }

  /**
   * Takes a 401's challenge. True when a retry with new credentials can succeed; false when the
   * credentials we have were already refused (the caller then reports the 401).
   */
  async challenged(host: string, header: string | null, sentAuthorization: boolean): Promise<boolean> {
    const state = this.host(host);
    const challenge = parseChallenge(header);
    if (!challenge) return false;
    const first = !state.challenge || state.challenge.scheme !== challenge.scheme;
    state.challenge = challenge;
    if (first || !sentAuthorization)
      return (await this.credential(host)) !== undefined || challenge.scheme === 'bearer';
    if (challenge.scheme === 'bearer' && challenge.params.error === 'insufficient_scope' && state.token) {
      // A token can be silently down-scoped; ask once more with the scope the registry names first.
      const wanted = challenge.params.scope?.split(' ') ?? [];
      const known = wanted.every((s) => state.token?.covers.has(s.split(':').slice(0, 2).join(':')));
      state.token = undefined;
      return !known;
    }
    return false;
  }

  /** Where the credentials for a host come from, for error messages. */
  async describe(host: string): Promise<string> {
    const resolved = await this.credential(host);
    return resolved ? `the credentials from ${resolved.source}` : 'no credentials (none found for this host)';
  }

  private host(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = {scopes: new Map()};
      this.hosts.set(host, state);
    }
    return state;
  }

  private credential(host: string): Promise<ResolvedCredential | undefined> {
    const state = this.host(host);
    state.credential ??= this.options.resolveCredential(host);
    return state.credential;
  }

  private async token(host: string, repository: string | undefined, access: Access): Promise<Token> {
    const state = this.host(host);
    const now = this.options.now().getTime();
    const key = repository ? `repository:${repository}` : undefined;
    const covered = (t: Token) => !key || t.covers.get(key) === 'push' || t.covers.get(key) === access;
    if (state.token && state.token.expiresAt > now && covered(state.token)) return state.token;
    if (state.pending) {
      const token = await state.pending;
      if (covered(token) && token.expiresAt > now) return token;
    }
    state.pending = this.fetchToken(host, state);
    try {
      state.token = await state.pending;
      return state.token;
    } finally {
      state.pending = undefined;
    }
  }

  private async fetchToken(host: string, state: HostState): Promise<Token> {
    const params = state.challenge?.params ?? {};
    const realm = this.realm(host, params.realm);
    const covers = new Map(
      [...state.scopes].map(([repo, access]) => [`repository:${repo}`, access] as const),
    );
    // Push targets first: some registries read only the first scope parameter.
    const scopes = [...covers]
      .sort((a, b) => (a[1] === b[1] ? 0 : a[1] === 'push' ? -1 : 1))
      .map(([name, access]) => `${name}:${access === 'push' ? 'push,pull' : 'pull'}`);
    const resolved = await this.credential(host);
    const response = await this.requestToken(realm, params.service, scopes, resolved?.credential);
    if (!response.ok) {
      const details = await readErrorDetails(response, (text) => this.options.log.mask(text));
      const why = response.status === 401 || response.status === 403 ? ' refused' : ' failed with';
      throw new UserError(
        `the token server ${realm.origin}${realm.pathname} for ${host}${why} ${await this.describe(host)} (${response.status}${details[0] ? ` ${details[0].code}` : ''}): check the username and password or the Docker config`,
      );
    }
    const body = (await response.json()) as {token?: string; access_token?: string; expires_in?: number};
    const value = body.token || body.access_token;
    if (!value) throw new ExternalError(`the token server ${realm.origin} for ${host} returned no token`);
    this.options.log.addSecret(value);
    const seconds = Math.max(Number(body.expires_in) || DEFAULT_TOKEN_SECONDS, DEFAULT_TOKEN_SECONDS);
    return {value, expiresAt: this.options.now().getTime() + seconds * 1000 - RENEW_MARGIN_MS, covers};
  }

  private async requestToken(
    realm: URL,
    service: string | undefined,
    scopes: string[],
    credential: Credential | undefined,
  ): Promise<Response> {
    if (credential?.kind === 'identity') {
      // OAuth2 refresh-token grant; "not all token servers implement oauth2" (ggcr), so 404 falls back to GET.
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credential.token,
        client_id: 'hephy-builder',
      });
      if (service) form.set('service', service);
      if (scopes.length) form.set('scope', scopes.join(' '));
      const headers = {'Content-Type': 'application/x-www-form-urlencoded'};
      const response = await this.options.send(realm.href, {
        method: 'POST',
        headers,
        body: form.toString(),
        secretBody: true,
      });
      if (response.status !== 404 && response.status !== 405) return response;
      await response.body?.cancel();
    }
    const url = new URL(realm);
    if (service) url.searchParams.set('service', service);
    for (const scope of scopes) url.searchParams.append('scope', scope);
    url.searchParams.set('client_id', 'hephy-builder');
    const header = credential ? basicHeader(credential) : undefined;
    return this.options.send(url.href, {method: 'GET', headers: header ? {Authorization: header} : {}});
  }

  private realm(host: string, realm: string | undefined): URL {
    let url: URL;
    try {
      url = new URL(realm ?? '');
    } catch {
      throw new ExternalError(
        `${host} asked for a bearer token but named no usable realm ("${realm ?? ''}")`,
      );
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && this.options.allowHttp(url.host))) {
      throw new UserError(
        `${host} sends us for a token to ${url.origin}, which is not https: add its host to insecure-registries only if you trust the network`,
      );
    }
    return url;
  }
}

function basicHeader(credential: Credential): string | undefined {
  if (credential.kind === 'bearer') return undefined;
  const secret = credential.kind === 'basic' ? credential.password : credential.token;
  return `Basic ${Buffer.from(`${credential.username}:${secret}`).toString('base64')}`;
}
