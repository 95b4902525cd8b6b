import {ExternalError, UserError} from '../errors.js';
import type {Logger} from '../ports.js';
import type {RegistryAuth} from './auth.js';
import {sha256Digest} from './digest.js';
import {MANIFEST_ACCEPT, manifestMediaType} from './media-types.js';
import {formatReference, manifestTarget} from './reference.js';
import type {Reference, RegistryReference} from '../shared/reference.js';
import {readErrorDetails, RegistryError} from './registry-error.js';
import type {Sleep} from './retry.js';
import {drain, type RegistryRequest, type Transport} from './transport.js';
import type {
  Descriptor,
  Manifest,
  ManifestPayload,
  ManifestStore,
  ReadOptions,
  TagListOptions,
} from './types.js';

/** Waits before believing a "not found" for something pushed moments ago (eventual consistency). */
const NOT_FOUND_WAITS_MS = [500, 1000, 2000, 4000];
/** Tags per page: ECR refuses more than 1000 (ggcr#1091). */
const TAG_PAGE = 1000;
/** Whole-upload restarts: a blob upload session cannot be resumed after a dropped PUT. */
const UPLOAD_TRIES = 3;

/** The OCI distribution API of one registry, at the request floor. */
export class RemoteStore implements ManifestStore {
  constructor(
    private readonly transport: Transport,
    private readonly auth: RegistryAuth,
    private readonly sleep: Sleep,
    private readonly log: Logger,
  ) {}

  async headManifest(ref: Reference, options: ReadOptions = {}): Promise<Descriptor | undefined> {
    const r = remote(ref);
    const response = await this.untilFound(options, () =>
      this.call(r, 'HEAD', `/manifests/${manifestTarget(r)}`, 'pull', {Accept: MANIFEST_ACCEPT}),
    );
    if (!response) return undefined;
    const digest = r.digest ?? response.headers.get('docker-content-digest');
    const size = Number(response.headers.get('content-length'));
    const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim();
    // Registries before distribution-spec 1.1 may leave the digest out of a HEAD: read the bytes then.
    if (!digest || !mediaType || !Number.isFinite(size) || size <= 0) return this.getManifest(ref, options);
    return {digest, mediaType, size};
  }

  async getManifest(ref: Reference, options: ReadOptions = {}): Promise<Manifest | undefined> {
    const r = remote(ref);
    const response = await this.untilFound(options, () =>
      this.call(r, 'GET', `/manifests/${manifestTarget(r)}`, 'pull', {Accept: MANIFEST_ACCEPT}),
    );
    if (!response) return undefined;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const digest = sha256Digest(bytes);
    if (r.digest && r.digest !== digest) {
      throw new ExternalError(
        `${formatReference(r)}: the registry sent a manifest whose digest is ${digest}`,
      );
    }
    return {
      digest,
      size: bytes.length,
      mediaType: manifestMediaType(bytes, response.headers.get('content-type')),
      bytes,
    };
  }

  async putManifest(ref: Reference, manifest: ManifestPayload): Promise<Descriptor> {
    const r = remote(ref);
    const digest = sha256Digest(manifest.bytes);
    const request = {
      ...this.base(r, 'PUT', `/manifests/${manifestTarget(r)}`, 'push'),
      headers: {'Content-Type': manifest.mediaType},
      body: manifest.bytes,
    };
    const response = await this.transport.request(request);
    await this.expect(response, request, [200, 201, 202]);
    const echoed = response.headers.get('docker-content-digest');
    if (echoed && echoed !== digest) {
      throw new ExternalError(
        `${formatReference(r)}: the registry stored the manifest as ${echoed}, not ${digest}`,
      );
    }
    return {mediaType: manifest.mediaType, digest, size: manifest.bytes.length};
  }

  async headBlob(ref: Reference, digest: string): Promise<boolean> {
    const r = remote(ref);
    const response = await this.call(r, 'HEAD', `/blobs/${digest}`, 'pull');
    return response !== undefined;
  }

  async getBlob(ref: Reference, digest: string): Promise<Uint8Array> {
    const r = remote(ref);
    const response = await this.call(r, 'GET', `/blobs/${digest}`, 'pull');
    if (!response) throw new UserError(`${formatReference({...r, digest})}: blob not found`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (sha256Digest(bytes) !== digest)
      throw new ExternalError(`${r.host}/${r.repository}: blob ${digest} arrived corrupted`);
    return bytes;
  }

  async putBlob(ref: Reference, bytes: Uint8Array): Promise<Descriptor> {
    const r = remote(ref);
    const digest = sha256Digest(bytes);
    const descriptor = {mediaType: 'application/octet-stream', digest, size: bytes.length};
    for (let attempt = 1; ; attempt++) {
      try {
        await this.upload(r, digest, bytes);
        return descriptor;
      } catch (error) {
        // The PUT may have landed before its answer was lost; the blob then exists.
        if (await this.headBlob(r, digest).catch(() => false)) return descriptor;
        if (attempt >= UPLOAD_TRIES || error instanceof UserError) throw error;
        this.log.debug(`upload of ${digest} to ${r.host}/${r.repository} failed; starting a new session`);
      }
    }
  }

  async mountBlob(ref: Reference, digest: string, from: Reference): Promise<boolean> {
    const r = remote(ref);
    const source = remote(from);
    this.auth.want(r.host, source.repository, 'pull');
    const query = `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(source.repository)}`;
    const request = this.base(r, 'POST', `/blobs/uploads/${query}`, 'push');
    const response = await this.transport.request(request);
    if (response.status === 201) return (await drain(response), true);
    if (response.status !== 202) return (await this.expect(response, request, [201]), false);
    // 202: the registry opened an ordinary upload instead of mounting; close that session again.
    await drain(response);
    const location = response.headers.get('location');
    if (location) {
      const url = new URL(location, this.transport.baseUrl(r.host)).href;
      await drain(await this.transport.request(this.base(r, 'DELETE', url, 'push')));
    }
    return false;
  }

  async listTags(ref: Reference, options: TagListOptions = {}): Promise<string[] | undefined> {
    const r = remote(ref);
    const tags: string[] = [];
    let path: string | undefined =
      `${this.transport.baseUrl(r.host)}/v2/${r.repository}/tags/list?n=${TAG_PAGE}`;
    for (let page = 0; path; page++) {
      if (options.maxPages !== undefined && page >= options.maxPages) return undefined;
      const request = this.base(r, 'GET', path, 'pull');
      const response = await this.transport.request(request);
      if (response.status === 404) return (await drain(response), tags);
      await this.expect(response, request, [200]);
      const body = (await response.json()) as {tags?: string[] | null};
      tags.push(...(body.tags ?? []));
      path = nextPage(response.headers.get('link'), this.transport.baseUrl(r.host));
    }
    return tags;
  }

  private async upload(r: RegistryReference, digest: string, bytes: Uint8Array): Promise<void> {
    const begin = this.base(r, 'POST', '/blobs/uploads/', 'push');
    const start = await this.transport.request(begin);
    await this.expect(start, begin, [202]);
    await drain(start);
    const location = new URL(start.headers.get('location') ?? '', this.transport.baseUrl(r.host));
    location.searchParams.set('digest', digest);
    const finish = {
      ...this.base(r, 'PUT', location.href, 'push'),
      headers: {'Content-Type': 'application/octet-stream'},
      body: bytes,
    };
    const put = await this.transport.request(finish);
    await this.expect(put, finish, [201, 204]);
    await drain(put);
  }

  /** A request whose 404 means "absent" (undefined); other failures throw. */
  private async call(
    r: RegistryReference,
    method: 'GET' | 'HEAD',
    path: string,
    access: 'pull' | 'push',
    headers: Record<string, string> = {},
  ): Promise<Response | undefined> {
    const request = {...this.base(r, method, path, access), headers};
    const response = await this.transport.request(request);
    if (response.status === 404) return (await drain(response), undefined);
    await this.expect(response, request, [200]);
    return response;
  }

  /** A request on the repository: `path` is relative to `/v2/<repository>`, or an absolute URL. */
  private base(
    r: RegistryReference,
    method: RegistryRequest['method'],
    path: string,
    access: 'pull' | 'push',
  ): RegistryRequest {
    const full = /^https?:\/\//.test(path) ? path : `/v2/${r.repository}${path}`;
    return {method, host: r.host, path: full, repository: r.repository, access};
  }

  private async untilFound(
    options: ReadOptions,
    request: () => Promise<Response | undefined>,
  ): Promise<Response | undefined> {
    const waits = options.justPushed ? NOT_FOUND_WAITS_MS : [];
    for (let i = 0; ; i++) {
      const response = await request();
      if (response || i >= waits.length) return response;
      await this.sleep(waits[i] as number);
    }
  }

  private async expect(response: Response, request: RegistryRequest, ok: number[]): Promise<void> {
    if (ok.includes(response.status)) return;
    const details = await readErrorDetails(response, (text) => this.log.mask(text));
    // Origin and path only: an upload URL's query carries the registry's session state.
    const url = new URL(request.path, this.transport.baseUrl(request.host));
    throw new RegistryError(request.method, `${url.origin}${url.pathname}`, response.status, details);
  }
}

function remote(ref: Reference): RegistryReference {
  if (ref.kind !== 'registry') throw new Error(`${formatReference(ref)} is not a registry reference`);
  return ref;
}

/** The next page from a `Link: </v2/x/tags/list?n=..&last=..>; rel="next"` header. */
export function nextPage(link: string | null, base: string): string | undefined {
  const match = link ? /<([^>]+)>\s*;\s*rel="?next"?/i.exec(link) : null;
  return match ? new URL(match[1] as string, base).href : undefined;
}
