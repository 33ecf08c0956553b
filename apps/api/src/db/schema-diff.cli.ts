/**
 * Prints the SQL a new migration needs: `DATABASE_URL=postgres://… npm run migration:diff -w @chophien/api`.
 * Run it against a database that has every existing migration applied.
 */
import { loadConfig } from "../config";
import { createDataSource } from "./data-source";
import { pendingSchemaChanges } from "./schema-diff";

async function main() {
  const config = loadConfig();
  if (!config.databaseUrl) throw new Error("Set DATABASE_URL to a PostgreSQL database with all migrations applied");
  const ds = await createDataSource({ url: config.databaseUrl }).initialize();
  await ds.runMigrations();
  const { up, down } = await pendingSchemaChanges(ds);
  await ds.destroy();
  if (!up.length) return console.log("-- entities and migrations agree");
  console.log("-- up\n" + up.map((q) => q + ";").join("\n") + "\n\n-- down\n" + down.map((q) => q + ";").join("\n"));
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
