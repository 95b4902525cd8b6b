import {ExternalError, UserError} from '../errors.js';
import type {Logger} from '../ports.js';
import type {Access, EndDiscovery, RegistryAuth} from './auth.js';
import {
  isNetworkError,
  parseRetryAfter,
  retryDelay,
  RETRYABLE_STATUS,
  type RetryPolicy,
  type Sleep,
} from './retry.js';

export interface TransportOptions {
  fetch: typeof globalThis.fetch;
  log: Logger;
  now: () => Date;
  sleep: Sleep;
  retry: RetryPolicy;
  /** Per request; a registry that stops answering is a dropped connection. */
  timeoutMs: number;
  /** Plain HTTP is allowed for this host (loopback or insecure-registries). */
  allowHttp: (host: string) => boolean;
}

export interface RegistryRequest {
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
  host: string;
  /** `/v2/...` on the host, or an absolute URL (an upload Location). */
  path: string;
  /** The repository the request acts on (for the token scope). */
  repository?: string;
  access: Access;
  headers?: Record<string, string>;
  body?: Uint8Array;
}

type Init = {
  method: string;
  headers: Record<string, string>;
  body?: Uint8Array | string;
  /** The body is a credential (a refresh token): a 307/308 must not carry it to another host. */
  secretBody?: boolean;
};
/** A response and the URL that answered it, after redirects. */
type Answered = {response: Response; from: URL};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const MAX_AUTH_ROUNDS = 2;

/**
 * HTTP for registries: auth from `RegistryAuth`, retries of 408/429/5xx and dropped connections
 * with bounded backoff that honours Retry-After, and redirects followed by hand so that an
 * Authorization header never crosses to another host (distribution-spec, pitfall 14).
 */
export class Transport {
  constructor(
    private readonly options: TransportOptions,
    private readonly auth: RegistryAuth,
  ) {}

  baseUrl(host: string): string {
    return `${this.options.allowHttp(host) ? 'http' : 'https'}://${host}`;
  }

  async request(request: RegistryRequest): Promise<Response> {
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
    } finally {
      discovery?.(false);
    }
  }

  private async authorized(
    request: RegistryRequest,
    url: string,
    ownHost: boolean,
    discovery: EndDiscovery | undefined,
  ): Promise<Response> {
    let authRounds = 0;
    for (let attempt = 1; ; attempt++) {
      const authorization = ownHost
        ? await this.auth.header(request.host, request.repository, request.access)
        : undefined;
      const headers = {...request.headers, ...(authorization ? {Authorization: authorization} : {})};
      const answered = await this.attempt(
        url,
        {method: request.method, headers, body: request.body},
        attempt,
      );
      if (!answered) continue;
      const {response, from} = answered;
      if (response.status === 401 && from.host !== request.host) {
        await drain(response);
        throw this.foreignChallenge(request, url, from, response.headers.get('www-authenticate'));
      }
      // An answer that is no 401 and no hiccup says the host lets this request through as it was sent.
      if (response.status !== 401 && !RETRYABLE_STATUS.has(response.status)) discovery?.(true);
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
      if (!(await this.shouldRetry(response, attempt, `${request.method} ${url}`))) return response;
    }
  }

  /** Retries and redirects, no registry auth: for token endpoints. */
  async send(url: string, init: Init): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      const response = (await this.attempt(url, init, attempt))?.response;
      if (response && !(await this.shouldRetry(response, attempt, `${init.method} ${url}`))) return response;
    }
  }

  /** One try; undefined when the connection failed and a retry was waited for. */
  private async attempt(url: string, init: Init, attempt: number): Promise<Answered | undefined> {
    try {
      return await this.follow(url, init);
    } catch (error) {
      if (!isNetworkError(error)) throw error;
      const delay = retryDelay(attempt, undefined, this.options.retry);
      const reason = describeNetworkError(error);
      if (delay === undefined) {
        throw new ExternalError(`${init.method} ${url} failed after ${attempt} tries: ${reason}`, {
          cause: error,
        });
      }
      this.options.log.debug(`${init.method} ${url}: ${reason}; retrying in ${delay} ms`);
      await this.options.sleep(delay);
      return undefined;
    }
  }

  private async shouldRetry(response: Response, attempt: number, what: string): Promise<boolean> {
    if (!RETRYABLE_STATUS.has(response.status)) return false;
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'), this.options.now());
    const delay = retryDelay(attempt, retryAfter, this.options.retry);
    if (delay === undefined) return false;
    await drain(response);
    this.options.log.debug(`${what}: ${response.status}; retrying in ${delay} ms`);
    await this.options.sleep(delay);
    return true;
  }

  private async follow(start: string, init: Init): Promise<Answered> {
    let url = new URL(start);
    let current: Init = init;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const response = await this.options.fetch(url, {
        method: current.method,
        headers: current.headers,
        ...(current.body !== undefined ? {body: current.body} : {}),
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      const location = response.headers.get('location');
      if (!REDIRECTS.has(response.status) || !location) return {response, from: url};
      await drain(response);
      const next = new URL(location, url);
      if (next.protocol === 'http:' && !this.options.allowHttp(next.host)) {
        throw new ExternalError(
          `${current.method} ${url.href} redirected to plain HTTP at ${next.origin}; refused`,
        );
      }
      const keepsBody = response.status === 307 || response.status === 308;
      if (current.secretBody && keepsBody && next.host !== url.host) {
        throw new UserError(
          `${current.method} ${url.origin}${url.pathname} redirected to ${next.origin} with its body, which holds a credential; refused: the token server must answer on its own host`,
        );
      }
      current = redirectedInit(current, response.status, next.host !== url.host);
      url = next;
    }
    throw new ExternalError(`${init.method} ${start}: more than ${MAX_REDIRECTS} redirects`);
  }

  /**
   * A 401 from where the registry redirected us (a storage backend, or anyone the registry lets
   * redirect): its challenge must not be answered, or the registry's credentials, or a token got
   * with them from a realm that host names, would go to it.
   */
  private foreignChallenge(request: RegistryRequest, url: string, from: URL, challenge: string | null) {
    const scheme = /^\s*([A-Za-z]+)/.exec(challenge ?? '')?.[1];
    const asked = new URL(url);
    return new UserError(
      `${request.method} ${asked.origin}${asked.pathname} was redirected to ${from.origin}, which asked for credentials (401${scheme ? ` ${scheme}` : ''}): credentials go only to ${request.host} and the token server its own challenge names, so none were sent; the registry's redirect target must accept the request as redirected`,
    );
  }

  private async refused(request: RegistryRequest, status: number): Promise<UserError> {
    const what = request.repository ? `${request.host}/${request.repository}` : request.host;
    const verb = request.access === 'push' ? 'push to' : 'read';
    const credentials = await this.auth.describe(request.host);
    return new UserError(
      status === 401
        ? `${request.host} did not accept ${credentials} (${request.method} ${request.path} answered 401): log in (docker login), set the username and password inputs, or fix the Docker config`
        : `${request.host} denied ${credentials} the right to ${verb} ${what} (403): grant that access or use another repository`,
    );
  }
}

function redirectedInit(init: Init, status: number, crossHost: boolean): Init {
  const headers = {...init.headers};
  // Credentials belong to the registry; a storage backend on another host must not see them.
  if (crossHost) delete headers.Authorization;
  if (status === 303 || ((status === 301 || status === 302) && init.method === 'POST')) {
    return {method: 'GET', headers};
  }
  return {...init, headers};
}

export async function drain(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function describeNetworkError(error: unknown): string {
  const cause = (error as {cause?: {code?: string; message?: string}}).cause;
  if ((error as Error).name === 'TimeoutError') return 'no answer in time';
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
