import {SecretMasker} from '../../../packages/core/src/platform/secrets.js';
import type {Exec, ExecResult, Logger, Ports} from '../../../packages/core/src/ports.js';

export type Handler = (
  url: URL,
  init: RequestInit & {headers: Record<string, string>},
) => Response | Promise<Response>;

/** Ports with a scripted fetch (a fake registry: nothing listens here), a recording log, a fixed clock. */
export function fakePorts(handler: Handler, options: {env?: Record<string, string>; exec?: Exec} = {}) {
  const masker = new SecretMasker();
  const lines: string[] = [];
  const requests: {method: string; url: string; authorization?: string}[] = [];
  const log: Logger = {
    info: (m) => void lines.push(masker.mask(m)),
    warning: (m) => void lines.push(masker.mask(m)),
    error: (m) => void lines.push(masker.mask(m)),
    debug: (m) => void lines.push(masker.mask(m)),
    group: async (_t, fn) => fn(),
    addSecret: (s) => masker.add(s),
    mask: (t) => masker.mask(t),
  };
  const fetch = (async (input: string | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const headers = {...(init.headers as Record<string, string>)};
    requests.push({method: init.method ?? 'GET', url: url.href, authorization: headers.Authorization});
    return handler(url, {...init, headers});
  }) as typeof globalThis.fetch;
  const exec: Exec = options.exec ?? {
    run: async (): Promise<ExecResult> => {
      throw new Error('no process expected');
    },
  };
  const ports: Ports = {
    exec,
    log,
    env: options.env ?? {},
    now: () => new Date('2025-01-01T00:00:00Z'),
    fetch,
  };
  return {ports, requests, logged: () => lines.join('\n'), secrets: () => masker.values};
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {'Content-Type': 'application/json', ...headers},
  });
}

/** Records the waits instead of waiting. */
export function recordingSleep() {
  const waits: number[] = [];
  return {waits, sleep: async (ms: number) => void waits.push(ms)};
}
