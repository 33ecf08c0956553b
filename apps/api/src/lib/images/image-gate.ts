import { AppError } from "../../http/errors";
import type { ImageProcessor } from "./image-processor";

/** How many decodes may run at once in this process, and how long a waiting upload is kept before 503. */
export interface ImageGateOptions {
  concurrency: number;
  queueTimeoutMs: number;
}

/**
 * A first-in first-out counting semaphore: `acquire` resolves in arrival order once one of `size` slots is free,
 * or rejects after `timeoutMs` (the waiter leaves the queue, so a slot is never handed to someone who gave up).
 */
export class FifoSemaphore {
  private free: number;
  private readonly waiting: { grant: () => void }[] = [];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error("a semaphore needs at least one slot");
    this.free = size;
  }

  /** Slots in use and callers queued, for logs and tests. */
  get load(): { running: number; queued: number } {
    return { running: this.size - this.free, queued: this.waiting.length };
  }

  /** Waits for a slot; the returned function gives it back (call it exactly once). */
  acquire(timeoutMs: number): Promise<() => void> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        grant: () => {
          clearTimeout(timer);
          resolve(this.releaser());
        },
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        reject(new SemaphoreTimeout());
      }, timeoutMs);
      this.waiting.push(waiter);
    });
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so `free` only grows when nobody waits.
      if (next) next.grant();
      else this.free++;
    };
  }
}

export class SemaphoreTimeout extends Error {}

/** Seconds a client is asked to wait after a 503 from a full image queue. */
export const IMAGE_BUSY_RETRY_SECONDS = 5;

/**
 * Bounds the image work of this process: at most `concurrency` decodes at once, the rest wait in order for at most
 * `queueTimeoutMs`, then get 503 with Retry-After (the upload is lost, nothing else is). With `IMAGE_MAX_PIXELS`
 * this caps the decoders' memory: see docs/security.md, "Image work".
 */
export function gateImageProcessor(
  inner: ImageProcessor,
  opts: ImageGateOptions,
): ImageProcessor & { load(): FifoSemaphore["load"] } {
  const slots = new FifoSemaphore(opts.concurrency);
  return {
    load: () => slots.load,
    async process(bytes) {
      let release: () => void;
      try {
        release = await slots.acquire(opts.queueTimeoutMs);
      } catch (err) {
        if (!(err instanceof SemaphoreTimeout)) throw err;
        throw new AppError(
          "unavailable",
          "Too many images are being processed right now; please try again in a few seconds",
          undefined,
          { "Retry-After": String(IMAGE_BUSY_RETRY_SECONDS) },
        );
      }
      try {
        return await inner.process(bytes);
      } finally {
        release();
      }
    },
  };
}
