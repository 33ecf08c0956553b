import { createDataSource } from "../src/db/data-source";
import { provideTestDatabase, type TestDatabase } from "./database";

declare global {
  var __TEST_DB__: TestDatabase | undefined;
}

/** Once per run: pick the database, apply the migrations, hand the URL to the workers through the environment. */
export default async function globalSetup(): Promise<void> {
  const db = await provideTestDatabase(process.env);
  globalThis.__TEST_DB__ = db;
  const ds = createDataSource({ url: db.url, poolSize: 1 });
  await ds.initialize();
  await ds.runMigrations({ transaction: "each" });
  await ds.destroy();
  process.env.TEST_DATABASE_URL = db.url;
}
