import { createDataSource } from "./data-source";
import { isDatabaseUnavailable, isUniqueViolation } from "./errors";

describe("database timeouts and the errors they raise", () => {
  it("cancels a statement running past statementTimeoutMs, an error that counts as 'unavailable'", async () => {
    const ds = await createDataSource({ url: process.env.TEST_DATABASE_URL!, poolSize: 1, statementTimeoutMs: 300 }).initialize();
    try {
      const started = Date.now();
      const err: unknown = await ds.query("SELECT pg_sleep(3)").catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(2000);
      expect((err as { driverError?: { code?: string } }).driverError?.code).toBe("57014");
      expect(isDatabaseUnavailable(err)).toBe(true);
      // The connection is still good for the next query.
      expect(await ds.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await ds.destroy();
    }
  });

  it("gives up waiting for a pooled connection after poolTimeoutMs", async () => {
    const ds = await createDataSource({ url: process.env.TEST_DATABASE_URL!, poolSize: 1, poolTimeoutMs: 300 }).initialize();
    try {
      const busy = ds.query("SELECT pg_sleep(1.5)");
      const started = Date.now();
      const err: unknown = await ds.query("SELECT 1").catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(1200);
      expect(isDatabaseUnavailable(err)).toBe(true);
      await busy;
    } finally {
      await ds.destroy();
    }
  });

  it("tells outages from mistakes", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(
      true,
    );
    expect(isDatabaseUnavailable({ message: "x", driverError: { code: "57P01" } })).toBe(true);
    expect(isDatabaseUnavailable({ code: "08006" })).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([{ code: "ECONNREFUSED" }]))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable({ code: "23505" })).toBe(false);
    expect(isDatabaseUnavailable({ code: "42P01", message: 'relation "x" does not exist' })).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isUniqueViolation({ driverError: { code: "23505" } })).toBe(true);
  });
});
