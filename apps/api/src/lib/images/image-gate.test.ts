import { AppError } from "../../http/errors";
import { FifoSemaphore, gateImageProcessor, SemaphoreTimeout } from "./image-gate";
import type { ImageProcessor, ProcessedImage } from "./image-processor";

/** A processor whose calls finish only when the test says so, recording how many run at once. */
function heldProcessor() {
  const pending: { bytes: Buffer; finish: () => void }[] = [];
  let running = 0;
  let peak = 0;
  const processor: ImageProcessor = {
    process: (bytes) =>
      new Promise<ProcessedImage>((resolve) => {
        running++;
        peak = Math.max(peak, running);
        pending.push({
          bytes,
          finish: () => {
            running--;
            resolve({ ref: { hash: bytes.toString(), width: 1, height: 1, widths: [1] }, variants: [] });
          },
        });
      }),
  };
  return { processor, pending, peak: () => peak };
}

const tick = () => new Promise((r) => setImmediate(r));

describe("FifoSemaphore", () => {
  it("hands slots out in arrival order and never more than its size", async () => {
    const s = new FifoSemaphore(2);
    const order: number[] = [];
    const a = await s.acquire(1000);
    const b = await s.acquire(1000);
    const waits = [3, 4, 5].map((n) => s.acquire(1000).then((release) => (order.push(n), release)));
    expect(s.load).toEqual({ running: 2, queued: 3 });
    a();
    a(); // a second call is ignored: the slot is not given back twice
    const c = await waits[0]!;
    expect(s.load).toEqual({ running: 2, queued: 2 });
    b();
    c();
    await Promise.all(waits).then((rs) => rs.forEach((r) => r()));
    expect(order).toEqual([3, 4, 5]);
    expect(s.load).toEqual({ running: 0, queued: 0 });
  });

  it("drops a waiter that timed out, so its slot goes to the next one", async () => {
    const s = new FifoSemaphore(1);
    const first = await s.acquire(1000);
    const late = s.acquire(20);
    const patient = s.acquire(5000);
    await expect(late).rejects.toBeInstanceOf(SemaphoreTimeout);
    first();
    const release = await patient;
    expect(s.load).toEqual({ running: 1, queued: 0 });
    release();
  });
});

describe("gateImageProcessor", () => {
  it("runs at most `concurrency` decodes and answers 503 with Retry-After to one kept waiting too long", async () => {
    const held = heldProcessor();
    const gate = gateImageProcessor(held.processor, { concurrency: 2, queueTimeoutMs: 50 });
    const running = [gate.process(Buffer.from("1")), gate.process(Buffer.from("2"))];
    const queued = gate.process(Buffer.from("3"));
    await tick();
    expect(held.pending).toHaveLength(2);
    expect(gate.load()).toEqual({ running: 2, queued: 1 });

    const err = (await queued.catch((e: unknown) => e)) as AppError;
    expect(err).toBeInstanceOf(AppError);
    expect(err.status).toBe(503);
    expect(err.headers).toEqual({ "Retry-After": "5" });

    const more = gate.process(Buffer.from("4"));
    held.pending[0]!.finish();
    await tick();
    expect(held.pending).toHaveLength(3);
    held.pending.slice(1).forEach((p) => p.finish());
    expect((await Promise.all([...running, more])).map((r) => r.ref.hash)).toEqual(["1", "2", "4"]);
    expect(held.peak()).toBe(2);
  });

  it("gives the slot back when a decode fails", async () => {
    const failing: ImageProcessor = { process: () => Promise.reject(new AppError("unprocessable", "bad")) };
    const gate = gateImageProcessor(failing, { concurrency: 1, queueTimeoutMs: 50 });
    await expect(gate.process(Buffer.from("x"))).rejects.toThrow("bad");
    await expect(gate.process(Buffer.from("y"))).rejects.toThrow("bad");
    expect(gate.load()).toEqual({ running: 0, queued: 0 });
  });
});
