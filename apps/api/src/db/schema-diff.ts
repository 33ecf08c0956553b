import type { DataSource } from "typeorm";

/** SQL that would bring the database in line with the entities; empty when migrations and entities agree. */
export async function pendingSchemaChanges(ds: DataSource): Promise<{ up: string[]; down: string[] }> {
  const log = await ds.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((q) => q.query.trim()),
    down: log.downQueries.map((q) => q.query.trim()).reverse(),
  };
}
