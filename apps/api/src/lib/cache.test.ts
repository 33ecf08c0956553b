import { TtlCache } from "./cache";

function setup(opts: { ttlMs?: number; max?: number } = {}) {
  let now = 0;
  const cache = new TtlCache<string>({ ttlMs: opts.ttlMs ?? 1000, max: opts.max ?? 10, now: () => now });
  let loads = 0;
  const load = (value: string) => () => {
    loads++;
    return Promise.resolve(value);
  };
  return { cache, load, loads: () => loads, advance: (ms: number) => void (now += ms) };
}

describe("TtlCache", () => {
  it("serves an entry until its TTL, then loads again", async () => {
    const { cache, load, loads, advance } = setup();
    expect(await cache.get("k", load("a"))).toBe("a");
    advance(999);
    expect(await cache.get("k", load("b"))).toBe("a");
    advance(1);
    expect(await cache.get("k", load("c"))).toBe("c");
    expect(loads()).toBe(2);
  });

  it("shares one load between concurrent misses of a key", async () => {
    const { cache } = setup();
    let release!: (v: string) => void;
    let calls = 0;
    const load = () => {
      calls++;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const both = Promise.all([cache.get("k", load), cache.get("k", load)]);
    release("v");
    expect(await both).toEqual(["v", "v"]);
    expect(calls).toBe(1);
  });

  it("never keeps a failed load", async () => {
    const { cache, load } = setup();
    await expect(cache.get("k", () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    expect(await cache.get("k", load("a"))).toBe("a");
  });

  it("keeps at most `max` entries, dropping the least recently used", async () => {
    const { cache, load, loads } = setup({ max: 2 });
    await cache.get("a", load("a"));
    await cache.get("b", load("b"));
    await cache.get("a", load("a")); // a is now the most recently used
    await cache.get("c", load("c")); // drops b
    expect(cache.size).toBe(2);
    await cache.get("a", load("a"));
    expect(loads()).toBe(3);
    await cache.get("b", load("b"));
    expect(loads()).toBe(4);
  });

  it("is off with a TTL of 0", async () => {
    const { cache, load, loads } = setup({ ttlMs: 0 });
    await cache.get("k", load("a"));
    await cache.get("k", load("a"));
    expect(loads()).toBe(2);
    expect(cache.size).toBe(0);
  });
});
