/** How many times and how long to wait when a registry is busy or a connection drops. */
export interface RetryPolicy {
  /** Tries per request, the first included. */
  attempts: number;
  /** The first wait; each further wait doubles. */
  baseMs: number;
  /** The longest wait we choose ourselves. */
  maxMs: number;
  /** The longest `Retry-After` we honour; a registry asking for more fails the request instead. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {attempts: 5, baseMs: 250, maxMs: 8_000, maxRetryAfterMs: 60_000};

/** 408, 429 and the 5xx a proxy or an overloaded registry gives (ggcr and regclient retry these). */
export const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504, 522]);

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: Date): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}

/**
 * The wait before try number `attempt + 1` (attempt counts from 1): the registry's Retry-After
 * when it gave one, else exponential backoff. Undefined means give up.
 */
export function retryDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  policy: RetryPolicy,
): number | undefined {
  if (attempt >= policy.attempts) return undefined;
  if (retryAfterMs !== undefined) return retryAfterMs <= policy.maxRetryAfterMs ? retryAfterMs : undefined;
  return Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
}

/** A dropped or refused connection, a reset, a timeout: worth another try. */
export function isNetworkError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return true;
  // undici throws `TypeError: fetch failed` with the socket error as its cause.
  return error instanceof TypeError && /fetch failed|terminated|socket/i.test(error.message);
}
