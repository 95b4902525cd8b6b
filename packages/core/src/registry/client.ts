import type {Ports} from '../ports.js';
import {RegistryAuth, type Access} from './auth.js';
import {configKeyHost} from './docker-config.js';
import {resolveCredential, type CredentialOptions} from './credentials.js';
import {LayoutStore} from './oci-layout.js';
import {isLoopbackHost, parseReference} from './reference.js';
import type {Reference} from '../shared/reference.js';
import {RemoteStore} from './remote.js';
import {DEFAULT_RETRY, realSleep, type RetryPolicy, type Sleep} from './retry.js';
import {Transport} from './transport.js';
import type {Descriptor, Manifest, ManifestPayload, ReadOptions, TagListOptions} from './types.js';

export interface RegistryClientOptions {
  ports: Pick<Ports, 'fetch' | 'log' | 'env' | 'exec' | 'now'>;
  /** The username/password inputs (and the host they are for). */
  credentials?: CredentialOptions;
  /** Hosts reached over plain HTTP besides loopback (`registry.local:5000`). */
  insecureRegistries?: readonly string[];
  /** How to wait between retries; tests pass one that does not. */
  sleep?: Sleep;
  retry?: Partial<RetryPolicy>;
  /** Per request, default 120 s. */
  timeoutMs?: number;
}

type Ref = string | Reference;

/** Registry and OCI-layout operations by reference: `host[:port]/path:tag[@digest]` or `oci:<dir>:tag`. */
export interface RegistryClient {
  /** Declares a repository the run will use, so that a single token covers all of them. */
  want(reference: Ref, access: Access): void;
  headManifest(reference: Ref, options?: ReadOptions): Promise<Descriptor | undefined>;
  getManifest(reference: Ref, options?: ReadOptions): Promise<Manifest | undefined>;
  putManifest(reference: Ref, manifest: ManifestPayload): Promise<Descriptor>;
  headBlob(reference: Ref, digest: string): Promise<boolean>;
  getBlob(reference: Ref, digest: string): Promise<Uint8Array>;
  putBlob(reference: Ref, bytes: Uint8Array): Promise<Descriptor>;
  mountBlob(reference: Ref, digest: string, from: Ref): Promise<boolean>;
  listTags(reference: Ref, options?: TagListOptions): Promise<string[] | undefined>;
}

export function createRegistryClient(options: RegistryClientOptions): RegistryClient {
  const {ports} = options;
  const insecure = new Set((options.insecureRegistries ?? []).map(configKeyHost));
  const allowHttp = (host: string) => isLoopbackHost(host) || insecure.has(host.toLowerCase());
  const sleep = options.sleep ?? realSleep;
  const auth = new RegistryAuth({
    resolveCredential: (host) => resolveCredential(host, options.credentials ?? {}, ports),
    // `transport` is created below; the token endpoint is only called once requests flow.
    send: (url, init) => transport.send(url, init),
    now: ports.now,
    log: ports.log,
    allowHttp,
  });
  const transport: Transport = new Transport(
    {
      fetch: ports.fetch,
      log: ports.log,
      now: ports.now,
      sleep,
      retry: {...DEFAULT_RETRY, ...options.retry},
      timeoutMs: options.timeoutMs ?? 120_000,
      allowHttp,
    },
    auth,
  );
  const remote = new RemoteStore(transport, auth, sleep, ports.log);
  const layout = new LayoutStore();
  const resolve = (reference: Ref) => {
    const ref = typeof reference === 'string' ? parseReference(reference) : reference;
    return {ref, store: ref.kind === 'layout' ? layout : remote};
  };
  return {
    want(reference, access) {
      const {ref} = resolve(reference);
      if (ref.kind === 'registry') auth.want(ref.host, ref.repository, access);
    },
    headManifest: (reference, o) => withStore(resolve(reference), (s, r) => s.headManifest(r, o)),
    getManifest: (reference, o) => withStore(resolve(reference), (s, r) => s.getManifest(r, o)),
    putManifest: (reference, m) => withStore(resolve(reference), (s, r) => s.putManifest(r, m)),
    headBlob: (reference, d) => withStore(resolve(reference), (s, r) => s.headBlob(r, d)),
    getBlob: (reference, d) => withStore(resolve(reference), (s, r) => s.getBlob(r, d)),
    putBlob: (reference, b) => withStore(resolve(reference), (s, r) => s.putBlob(r, b)),
    mountBlob: (reference, d, from) =>
      withStore(resolve(reference), (s, r) => s.mountBlob(r, d, resolve(from).ref)),
    listTags: (reference, o) => withStore(resolve(reference), (s, r) => s.listTags(r, o)),
  };
}

function withStore<T>(
  target: {ref: Reference; store: RemoteStore | LayoutStore},
  call: (store: RemoteStore | LayoutStore, ref: Reference) => Promise<T>,
): Promise<T> {
  return call(target.store, target.ref);
}
