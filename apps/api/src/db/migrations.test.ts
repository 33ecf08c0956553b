import { createDataSource } from "./data-source";
import { pendingSchemaChanges } from "./schema-diff";

describe("migrations", () => {
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
