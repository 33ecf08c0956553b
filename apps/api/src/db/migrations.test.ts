import { createDataSource } from "./data-source";
import { migrations } from "./migrations";
import { pendingSchemaChanges } from "./schema-diff";

describe("migrations", () => {
  it("are listed in the order of their timestamps, the order TypeORM applies them in", () => {
    const stamps = migrations.map((m) => Number(/(\d{13})$/.exec(m.name)![1]));
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
  });

  it("match the entities exactly (no drift for the next migration to trip on)", async () => {
    const ds = await createDataSource({ url: process.env.TEST_DATABASE_URL!, poolSize: 1 }).initialize();
    try {
      expect(await ds.showMigrations()).toBe(false);
      expect((await pendingSchemaChanges(ds)).up).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });
});
