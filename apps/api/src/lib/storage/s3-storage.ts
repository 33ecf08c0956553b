import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import type { Readable } from "node:stream";
import { type FileStorage, isSafeKey } from "./storage";

export interface S3StorageOptions {
  endpoint: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  forcePathStyle: boolean;
  /** Public base URL of the bucket; when set, `/media` redirects there. */
  publicUrl?: string | undefined;
}

const status = (err: unknown) => (err as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;

/** The total of a `Content-Range: bytes 0-99/1234` answer. */
function totalOf(contentRange: string | undefined): number | undefined {
  const m = contentRange?.match(/\/(\d+)$/);
  return m ? Number(m[1]) : undefined;
}

function isNotFound(err: unknown): boolean {
  const e = err as { name?: unknown; $metadata?: { httpStatusCode?: number } } | null;
  return e?.name === "NoSuchKey" || e?.name === "NotFound" || e?.$metadata?.httpStatusCode === 404;
}

/** One object per key in `bucket` (flat, like the keys); S3 PUTs are atomic, so readers never see half a file. */
export function createS3Storage(options: S3StorageOptions): FileStorage & { client: S3Client } {
  const config: S3ClientConfig = {
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
  };
  if (options.accessKeyId && options.secretAccessKey)
    config.credentials = { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey };
  const client = new S3Client(config);
  const Bucket = options.bucket;
  const check = (key: string) => {
    if (!isSafeKey(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key.slice(0, 80))}`);
    return key;
  };

  return {
    client,
    async put(key, data, contentType) {
      await client.send(new PutObjectCommand({ Bucket, Key: check(key), Body: data, ContentType: contentType }));
    },
    async read(key) {
      check(key);
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!out.Body) return undefined;
        return Buffer.from(await out.Body.transformToByteArray());
      } catch (err) {
        if (isNotFound(err)) return undefined;
        throw err;
      }
    },
    async stream(key, range) {
      check(key);
      try {
        const Range = range ? `bytes=${range.start}-${range.end ?? ""}` : undefined;
        const out = await client.send(new GetObjectCommand({ Bucket, Key: key, Range }));
        // In Node the SDK's body is the HTTP response itself (an IncomingMessage): bytes flow as they arrive.
        const body = out.Body as Readable | undefined;
        if (!body) return undefined;
        const length = out.ContentLength ?? 0;
        const total = totalOf(out.ContentRange);
        if (!range || total === undefined) return { body, size: total ?? length };
        return { body, size: total, range: { start: range.start, end: range.start + length - 1 } };
      } catch (err) {
        if (isNotFound(err)) return undefined;
        if (range && status(err) === 416) {
          const head = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
          return { unsatisfiable: true, size: head.ContentLength ?? 0 };
        }
        throw err;
      }
    },
    async exists(key) {
      check(key);
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return true;
      } catch (err) {
        if (isNotFound(err)) return false;
        throw err;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: check(key) }));
    },
    publicUrl: options.publicUrl ? (key) => `${options.publicUrl}/${encodeURIComponent(check(key))}` : undefined,
  };
}
