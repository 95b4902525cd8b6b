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

/** A token fetch shared by every request that needs its scope set; `token` once it has arrived. */
interface TokenEntry {
  promise: Promise<Token>;
  token?: Token;
}

interface HostState {
  challenge?: Challenge;
  /** The host has answered a request: its challenge, if it has one, is known. */
  learned: boolean;
  /** The request that is learning the host's challenge; the others wait for its answer. */
  discovery?: Promise<void>;
  credential?: Promise<ResolvedCredential | undefined>;
  /** Every repository this run declared or touched on the host, in order, with the access it needs. */
  scopes: Map<string, Access>;
  /** One token per scope set (the scope parameters, joined), for the run. */
  tokens: Map<string, TokenEntry>;
}

/**
 * Ends a host's challenge discovery: `true` once the host's answer (and its challenge) has been
 * taken, `false` when the request failed without one (another request then learns it).
 */
export type EndDiscovery = (learned: boolean) => void;

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
 * Authentication per registry host, at the request floor: the first request goes out anonymous
 * and alone, while the requests fanned out beside it wait for its answer, so a host costs one 401,
 * not one per request in flight; its challenge says Basic (then every request carries the header)
 * or Bearer: ONE token is fetched for every repository scope the run declared (push,pull on
 * targets first), shared by every request needing that scope set, and reused until it expires.
 */
export class RegistryAuth {
  private readonly hosts = new Map<string, HostState>();
  constructor(private readonly options: RegistryAuthOptions) {}

  /** Declares a repository the run will use, so that the first token already covers it. */
  want(host: string, repository: string, access: Access): void {
    const scopes = this.host(host).scopes;
    if (scopes.get(repository) !== 'push') scopes.set(repository, access);
  }

  /**
   * Waits while another request is learning the host's challenge. Returns how to end the
   * discovery when this request is the one to learn it (the host's first), else undefined. The
   * request's repository is declared first, so the token the discovery leads to covers it.
   */
  async discover(
    host: string,
    repository: string | undefined,
    access: Access,
  ): Promise<EndDiscovery | undefined> {
    const state = this.host(host);
    if (repository) this.want(host, repository, access);
    // A known challenge is enough even when the request that learned it then failed.
    while (!state.learned && !state.challenge) {
      if (!state.discovery) {
        let settle: () => void = () => undefined;
        const discovery = new Promise<void>((resolve) => (settle = resolve));
        state.discovery = discovery;
        return (learned) => {
          if (state.discovery !== discovery) return;
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
  async describe(host: string): Promise<string> {
    const resolved = await this.credential(host);
    return resolved ? `the credentials from ${resolved.source}` : 'no credentials (none found for this host)';
  }

  private host(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = {learned: false, scopes: new Map(), tokens: new Map()};
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
    const usable = (t: Token | undefined): t is Token =>
      t !== undefined &&
      t.expiresAt > now &&
      (!key || t.covers.get(key) === 'push' || t.covers.get(key) === access);
    for (const entry of state.tokens.values()) if (usable(entry.token)) return entry.token;
    // The scope set of every repository declared so far: requests fanned out after the
    // declarations all ask for the same one, so they share its fetch.
    const covers = new Map([...state.scopes].map(([repo, a]) => [`repository:${repo}`, a] as const));
    // Push targets first: some registries read only the first scope parameter.
    const scopes = [...covers]
      .sort((a, b) => (a[1] === b[1] ? 0 : a[1] === 'push' ? -1 : 1))
      .map(([name, a]) => `${name}:${a === 'push' ? 'push,pull' : 'pull'}`);
    const scopeSet = scopes.join(' ');
    const shared = state.tokens.get(scopeSet);
    if (shared && (!shared.token || usable(shared.token))) {
      const token = await shared.promise;
      if (usable(token)) return token;
    }
    const entry: TokenEntry = {promise: this.fetchToken(host, state, scopes, covers)};
    state.tokens.set(scopeSet, entry);
    try {
      entry.token = await entry.promise;
      return entry.token;
    } catch (error) {
      // A refused or failed fetch is not kept: a later request may ask again.
      if (state.tokens.get(scopeSet) === entry) state.tokens.delete(scopeSet);
      throw error;
    }
  }

  private async fetchToken(
    host: string,
    state: HostState,
    scopes: string[],
    covers: Map<string, Access>,
  ): Promise<Token> {
    const params = state.challenge?.params ?? {};
    const realm = this.realm(host, params.realm);
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
