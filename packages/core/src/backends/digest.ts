/** A content digest as registries use them: `sha256:<64 hex>` (or sha512). */
export const DIGEST_PATTERN = /\b(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})\b/;

/** The whole text is one digest (a digest file), give or take whitespace. */
export function parseDigestFile(text: string): string | undefined {
  const trimmed = text.trim();
  const match = DIGEST_PATTERN.exec(trimmed);
  return match && match[0] === trimmed ? match[0] : undefined;
}

/**
 * BuildKit's `--metadata-file` JSON (buildctl and buildx write the same keys): the manifest
 * digest is `containerimage.digest`, also inside `containerimage.descriptor`.
 */
export function parseBuildkitMetadata(text: string): string | undefined {
  let metadata: unknown;
  try {
    metadata = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof metadata !== 'object' || metadata === null) return undefined;
  const record = metadata as Record<string, unknown>;
  const descriptor = record['containerimage.descriptor'] as {digest?: unknown} | undefined;
  const digest = record['containerimage.digest'] ?? descriptor?.digest;
  return typeof digest === 'string' ? parseDigestFile(digest) : undefined;
}

/** The split of `host[:port]/path:tag` into its repository and tag. */
export function splitReference(reference: string): {repository: string; tag: string} {
  const slash = reference.lastIndexOf('/');
  const colon = reference.lastIndexOf(':');
  if (colon > slash) return {repository: reference.slice(0, colon), tag: reference.slice(colon + 1)};
  return {repository: reference, tag: 'latest'};
}

/** The registry host of a reference (`127.0.0.1:5000` of `127.0.0.1:5000/team/app:tag`). */
export function referenceHost(reference: string): string {
  return reference.split('/')[0] as string;
}
