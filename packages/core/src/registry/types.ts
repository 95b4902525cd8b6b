import type {PlatformSpec} from '../shared/platform-spec.js';
import type {Reference} from '../shared/reference.js';

/** An OCI content descriptor (image-spec descriptor.md), with the index-entry fields we use. */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: PlatformSpec;
  annotations?: Record<string, string>;
  artifactType?: string;
}

/** A manifest as stored: the exact bytes (never re-serialised: that would change its digest). */
export interface Manifest extends Descriptor {
  bytes: Uint8Array;
}

/** A manifest to write: its bytes and the media type that becomes the Content-Type. */
export interface ManifestPayload {
  mediaType: string;
  bytes: Uint8Array;
}

export interface ReadOptions {
  /**
   * The manifest was pushed moments ago: treat "not found" as a replica lagging behind and ask a
   * few more times before believing it (registries are eventually consistent).
   */
  justPushed?: boolean;
}

export interface TagListOptions {
  /** Stop after this many pages and return undefined: checking each tag would be cheaper. */
  maxPages?: number;
}

/** One repository's operations, for a registry and for an OCI layout directory alike. */
export interface ManifestStore {
  headManifest(ref: Reference, options?: ReadOptions): Promise<Descriptor | undefined>;
  getManifest(ref: Reference, options?: ReadOptions): Promise<Manifest | undefined>;
  putManifest(ref: Reference, manifest: ManifestPayload): Promise<Descriptor>;
  headBlob(ref: Reference, digest: string): Promise<boolean>;
  getBlob(ref: Reference, digest: string): Promise<Uint8Array>;
  putBlob(ref: Reference, bytes: Uint8Array): Promise<Descriptor>;
  /** Links a blob of another repository of the same store; false when it had to be skipped. */
  mountBlob(ref: Reference, digest: string, from: Reference): Promise<boolean>;
  /** Every tag (undefined when `maxPages` ran out first). */
  listTags(ref: Reference, options?: TagListOptions): Promise<string[] | undefined>;
}
