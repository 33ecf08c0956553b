import type { DataSource, EntityManager } from "typeorm";
import type { ImageProcessor } from "../../lib/images/image-processor";
import type { FileStorage } from "../../lib/storage/storage";
import { hashPassword } from "../../modules/auth/passwords";
import { upsertCategories } from "./categories";
import { planMarket } from "./plan";
import { buildImagePool } from "./product-images";
import { writeMarket } from "./write-market";
import { type HistoryCounts, writeHistory } from "./history-write";
import { seedLiveShowcase, seedShowcase } from "./showcase";
import { seedDemandShowcase } from "./showcase-demand";

/** The password of every demo account the seed creates (documented in docs/demo-data.md; demo data only). */
export const DEMO_PASSWORD = "cho-phien-demo";
/** Made only when the database has no admin to sign the seeded approvals. */
export const SEED_ADMIN_EMAIL = "seed-admin@demo.chophien.vn";

/** Options of `seedDemoMarket`. */
export interface SeedOptions {
  /** 1 ≈ the real channel (300 approved stalls, 12 pending, ~680 products); 20 for benchmarks. */
  scale?: number;
  /** Where the generated pictures' variants go (the app's media storage). */
  storage: FileStorage;
  processor: ImageProcessor;
  log?: { info(obj: object, msg: string): void };
  /** Seed even though the database already has stalls (demo accounts and slugs then continue after the existing ones). */
  force?: boolean;
  /** "Now" for approval and listing dates; names, slugs and prices do not depend on it. */
  now?: Date;
  /** The market's commission (basis points) and whose carrier collects COD, as configured: the history books with them. */
  commissionRateBps?: number;
  codRemittedBy?: "stall" | "platform";
  /** Leave out the six months of orders, reviews and payouts. */
  noHistory?: boolean;
}

/** What one run made; all zero with `skipped` when the database already had stalls. */
export interface SeedResult {
  skipped: boolean;
  stalls: number;
  pendingStalls: number;
  products: number;
  /** product_image rows */
  images: number;
  /** Distinct generated pictures (reused across products; storage dedupes them). */
  imageFiles: number;
  categories: number;
  /** The history: demo buyers, orders, reviews and payouts (docs/demo-data.md). */
  history: HistoryCounts;
}

const NO_HISTORY: HistoryCounts = { buyers: 0, orders: 0, reviews: 0, payouts: 0, busySeller: null, buyer: null };
const SKIPPED: SeedResult = {
  skipped: true,
  stalls: 0,
  pendingStalls: 0,
  products: 0,
  images: 0,
  imageFiles: 0,
  categories: 0,
  history: NO_HISTORY,
};
/** Arbitrary key of the advisory lock that keeps two seeders (say, two replicas starting) from both seeding. */
const SEED_LOCK = 73_640_001;

const stallCount = async (m: EntityManager | DataSource) =>
  (await m.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM stall`))[0]!.n;

/**
 * Fills the market with deterministic demo data: categories, stall owners, approved and pending stalls,
 * products with generated photos. Does nothing when stalls already exist unless `force`. All rows are
 * written in one transaction, so a failed seed leaves nothing behind (image files are content-addressed).
 */
export async function seedDemoMarket(ds: DataSource, opts: SeedOptions): Promise<SeedResult> {
  const scale = opts.scale ?? 1;
  if (!(scale > 0 && scale <= 1000)) throw new Error(`scale must be above 0 and at most 1,000, got ${scale}`);
  if (!opts.force && (await stallCount(ds)) > 0) return SKIPPED;

  const started = performance.now();
  // Outside the transaction: the slow part touches files only, and must not hold a connection meanwhile.
  const [pool, passwordHash] = await Promise.all([buildImagePool(opts.processor, opts.storage), hashPassword(DEMO_PASSWORD)]);

  const result = await ds.transaction(async (m): Promise<SeedResult> => {
    await m.query(`SELECT pg_advisory_xact_lock($1)`, [SEED_LOCK]);
    if (!opts.force && (await stallCount(m)) > 0) return SKIPPED;
    const categories = await upsertCategories(m);
    const adminId = await seedAdmin(m, passwordHash);
    const existing = opts.force ? await existingDemo(m) : undefined;
    const now = opts.now ?? new Date();
    const plan = planMarket({ scale, now, ...existing });
    const counts = await writeMarket(m, { plan, categories, adminId, passwordHash, pool });
    const history = opts.noHistory
      ? NO_HISTORY
      : await writeHistory(m, {
          plan,
          scale,
          now,
          adminId,
          passwordHash,
          commissionRateBps: opts.commissionRateBps ?? 500,
          codRemittedBy: opts.codRemittedBy ?? "stall",
        });
    return { skipped: false, ...counts, imageFiles: pool.count, categories: categories.size, history };
  });
  if (result.skipped) return result;
  // Fresh statistics now rather than whenever autovacuum gets round to it: without them the planner assumes a few
  // dozen products and stalls, skips the search indexes and makes the first minutes of a demo or benchmark slow —
  // and matching the showcase's demand to stalls (one product scan per stall) would take minutes at scale 20.
  await ds.query(
    `ANALYZE app_user, stall, stall_decision, category, product, product_image, customer_order, stall_order, order_item, order_event, payment, refund, review, ledger_entry, payout`,
  );
  // A helper under a grant and a traced lot on the busiest stall, through the services (after the market commits).
  if (!opts.noHistory) {
    await seedShowcase(ds, { now: opts.now ?? new Date(), passwordHash, storage: opts.storage, processor: opts.processor });
    // A scheduled live session the market hosts, with offers from three stalls (docs/live.md).
    await seedLiveShowcase(ds, { now: opts.now ?? new Date() });
    // A verified business's demand for coffee on the board, answered by coffee stalls (docs/demand-board.md).
    await seedDemandShowcase(ds, { now: opts.now ?? new Date(), passwordHash });
  }
  opts.log?.info({ ...result, scale, ms: Math.round(performance.now() - started) }, "demo market seeded");
  return result;
}

/** The admin who "approved" the seeded stalls: the oldest admin, else a demo admin made for it. */
async function seedAdmin(m: EntityManager, passwordHash: string): Promise<string> {
  const [admin] = await m.query<{ id: string }[]>(`SELECT id FROM app_user WHERE role = 'admin' ORDER BY created_at, id LIMIT 1`);
  if (admin) return admin.id;
  const [created] = await m.query<{ id: string }[]>(
    `INSERT INTO app_user (email, password_hash, full_name, role) VALUES ($1, $2, 'Quản trị viên demo', 'admin')
     ON CONFLICT (email) DO UPDATE SET role = 'admin', updated_at = now() RETURNING id`,
    [SEED_ADMIN_EMAIL, passwordHash],
  );
  return created!.id;
}

/** With force: slugs already used and the next free demo account number, so a second market fits beside the first. */
async function existingDemo(m: EntityManager) {
  const slugs = async (table: string) => (await m.query<{ slug: string }[]>(`SELECT slug FROM "${table}"`)).map((r) => r.slug);
  const [row] = await m.query<{ n: number }[]>(
    `SELECT coalesce(max(substring(email FROM '^stall([0-9]+)@demo\\.chophien\\.vn$')::int), 0) AS n FROM app_user WHERE email LIKE 'stall%@demo.chophien.vn'`,
  );
  return { firstNumber: (row?.n ?? 0) + 1, takenStallSlugs: await slugs("stall"), takenProductSlugs: await slugs("product") };
}
