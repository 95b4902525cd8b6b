import {ExternalError} from '../errors.js';

/** One entry of a registry's `{"errors":[...]}` body (distribution-spec "Error Codes"). */
export interface RegistryErrorDetail {
  code: string;
  message: string;
}

/**
 * A registry answered with an error we do not retry. The message names the method, the URL
 * (which never carries credentials) and the registry's own error codes.
 */
export class RegistryError extends ExternalError {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly details: readonly RegistryErrorDetail[],
  ) {
    const codes = details.map((d) => `${d.code}${d.message ? `: ${d.message}` : ''}`).join('; ');
    super(`${method} ${url} answered ${status}${codes ? ` (${codes})` : ''}`);
    this.name = 'RegistryError';
  }

  hasCode(...codes: string[]): boolean {
    return this.details.some((d) => codes.includes(d.code));
  }
}

/** Characters of an unparsable error body kept for the message. */
const SNIPPET_CHARS = 200;

/**
 * Reads an error body; a 4xx body may be in any format (spec), so anything unparsable is kept
 * short. Secrets are masked BEFORE the cut: a secret split by the cut would no longer match the
 * masker and half of it would be printed.
 */
export async function readErrorDetails(
  response: Response,
  mask: (text: string) => string,
): Promise<RegistryErrorDetail[]> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = JSON.parse(text) as {errors?: {code?: unknown; message?: unknown}[]};
    if (Array.isArray(parsed.errors)) {
      return parsed.errors.map((e) => ({
        code: mask(String(e.code ?? 'UNKNOWN')),
        message: mask(String(e.message ?? '')),
      }));
    }
  } catch {
    // Not JSON.
  }
  const snippet = mask(text).replace(/\s+/g, ' ').trim().slice(0, SNIPPET_CHARS);
  return snippet ? [{code: 'UNKNOWN', message: snippet}] : [];
}
