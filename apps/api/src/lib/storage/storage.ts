import type { Readable } from "node:stream";

/** Bytes `start` to `end` of a file, both inclusive (HTTP's `bytes=start-end`); no `end` means to the last byte. */
export interface ByteRange {
  start: number;
  end?: number | undefined;
}

/** A stored file as a stream, read from the backend as it is sent, never held whole in memory. */
export type StoredStream =
  | {
      body: Readable;
      /** The whole file's size in bytes. */
      size: number;
      /** The bytes `body` carries (inclusive), when a range was asked for; otherwise the whole file. */
      range?: { start: number; end: number } | undefined;
    }
  /** The asked-for range starts at or after the end of the file (HTTP 416). */
  | { unsatisfiable: true; size: number };

/** Where uploaded files live: a local folder or an S3-compatible bucket, behind the same few calls. */
export interface FileStorage {
  /** Stores `data` under `key`, replacing any previous file; `contentType` is for backends that serve files themselves. */
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The stored bytes, or undefined when there is no such key. */
  read(key: string): Promise<Buffer | undefined>;
  /** The stored bytes as a stream (all of them, or one range), or undefined when there is no such key. */
  stream(key: string, range?: ByteRange): Promise<StoredStream | undefined>;
  exists(key: string): Promise<boolean>;
  /** Removes the file; deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Set when files are also served directly by the backend (a public bucket): `/media` redirects there. */
  publicUrl?: ((key: string) => string) | undefined;
}

/** Keys are flat, safe file names (`<sha256>-<width>.webp`): no slashes, no leading dot, no `..`. */
export const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;

/** True when `key` can be used as a storage key without escaping its folder. */
export function isSafeKey(key: string): boolean {
  return SAFE_KEY.test(key) && !key.includes("..");
}
