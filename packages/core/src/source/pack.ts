import {gzip} from 'node:zlib';
import {promisify} from 'node:util';

const gzipAsync = promisify(gzip);

/**
 * gzip with a fixed header: Node's zlib writes mtime 0 and no file name, so equal tar bytes give
 * equal archive bytes (unlike `gzip` without -n, or `git archive --format=tar.gz` across git versions).
 */
export function gzipDeterministic(tar: Buffer): Promise<Buffer> {
  return gzipAsync(tar, {level: 9});
}
