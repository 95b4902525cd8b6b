/** A parsed `WWW-Authenticate` challenge (RFC 7235; distribution's token spec). */
export interface Challenge {
  scheme: 'basic' | 'bearer';
  /** Lower-cased parameter names: realm, service, scope, error. */
  params: Record<string, string>;
}

/**
 * Parses the first Basic or Bearer challenge of a header. Registries send one challenge; the
 * quoted-string parser still copes with commas inside quotes (`scope="repository:a:pull,push"`).
 */
export function parseChallenge(header: string | null): Challenge | undefined {
  if (!header) return undefined;
  const match = /^\s*(basic|bearer)\b\s*(.*)$/is.exec(header);
  if (!match) return undefined;
  const scheme = (match[1] as string).toLowerCase() as Challenge['scheme'];
  const params: Record<string, string> = {};
  const pattern = /([a-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/giy;
  const text = match[2] as string;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    params[(m[1] as string).toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
  }
  return {scheme, params};
}
