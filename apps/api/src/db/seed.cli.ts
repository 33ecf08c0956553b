/**
 * `npm run seed -- [--scale N] [--force]`: fills the configured database (DATABASE_URL, else the embedded
 * one under DATA_DIR) with the demo market. A database that already has stalls is left alone unless --force.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfigOrExit } from "../config";
import { createSharpImageProcessor } from "../lib/images/image-processor";
import { createLogger } from "../lib/logger";
import { createLocalStorage } from "../lib/storage/local-storage";
import { openDatabase } from "./database";
import { seedDemoMarket } from "./seed/seed";

const USAGE = `Usage: npm run seed -- [--scale N] [--force]
  --scale N   1 (default) ≈ 300 approved stalls and ~680 products; 20 ≈ 6,000 stalls and ~13,000 products
  --force     seed even if the database already has stalls (adds a second demo market beside the first)`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        scale: { type: "string", default: "1" },
        force: { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const scale = Number(args.values.scale);
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000) {
    console.error(`--scale must be a whole number from 1 to 1000\n${USAGE}`);
    return 2;
  }

  const config = loadConfigOrExit();
  const log = createLogger(config.logLevel);
  const db = await openDatabase(config, log);
  try {
    const started = performance.now();
    // Under the startup lock, like a server's start: migrations first, and never beside a starting server's seed.
    const result = await db.startup(() =>
      seedDemoMarket(db.dataSource, {
        scale,
        force: args.values.force,
        // The same folder the server serves /media from.
        storage: createLocalStorage(path.join(config.dataDir, "media")),
        processor: createSharpImageProcessor(),
        log,
        commissionRateBps: config.commissionRateBps,
        codRemittedBy: config.codRemittedBy,
      }),
    );
    if (result.skipped) {
      console.log("The database already has stalls: already seeded, nothing added (use --force to add another demo market).");
      return 0;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      [
        `Seeded in ${seconds}s: ${result.stalls} approved stalls, ${result.pendingStalls} pending applications, ${result.products} products,`,
        `${result.images} product photos (${result.imageFiles} generated pictures), ${result.categories} categories;`,
        `history: ${result.history.orders} orders from ${result.history.buyers} buyers, ${result.history.reviews} reviews, ${result.history.payouts} payouts.`,
        "Stall owners sign in as stall001@demo.chophien.vn and onwards; docs/demo-data.md has the shared demo password.",
      ].join("\n"),
    );
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error("Seeding failed:", err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
