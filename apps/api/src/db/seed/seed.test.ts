import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { PROVINCE_SLUGS, ProductListQuery } from "@chophien/contracts";
import { freshMigratedDatabase } from "../../../test/database";
import { createSharpImageProcessor } from "../../lib/images/image-processor";
import { variantKey } from "../../lib/images/image-store";
import { createLocalStorage } from "../../lib/storage/local-storage";
import { CatalogService } from "../../modules/catalog/catalog.service";
import { refreshProductSearch } from "../../modules/catalog/search-text";
import { createDataSource } from "../data-source";
import { planMarket } from "./plan";
import { seedDemoMarket, type SeedResult } from "./seed";

const NOW = new Date("2025-11-28T03:00:00Z");
const one = async <T>(ds: DataSource, sql: string, params: unknown[] = []): Promise<T> => (await ds.query<T[]>(sql, params))[0]!;

describe("seedDemoMarket at scale 1", () => {
  let db: { url: string; drop: () => Promise<void> };
  let ds: DataSource;
  let mediaDir: string;
  let result: SeedResult;
  const seed = (force = false) =>
    seedDemoMarket(ds, {
      scale: 1,
      force,
      now: NOW,
      storage: createLocalStorage(mediaDir),
      processor: createSharpImageProcessor(),
    });

  beforeAll(async () => {
    db = await freshMigratedDatabase();
    ds = await createDataSource({ url: db.url, poolSize: 2 }).initialize();
    mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-seed-"));
    result = await seed();
  }, 60_000);

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
    fs.rmSync(mediaDir, { recursive: true, force: true });
  });

  it("makes a market the size of the real channel", async () => {
    expect(result).toMatchObject({ skipped: false, categories: 32 });
    expect(result.stalls).toBeGreaterThanOrEqual(300);
    expect(result.pendingStalls).toBeGreaterThanOrEqual(12);
    expect(result.products).toBeGreaterThanOrEqual(600);
    const counts = await one<Record<string, number>>(
      ds,
      `SELECT (SELECT count(*)::int FROM stall WHERE status = 'approved') AS approved,
              (SELECT count(*)::int FROM stall WHERE status = 'pending') AS pending,
              (SELECT count(*)::int FROM product) AS products,
              (SELECT count(*)::int FROM product_image) AS images,
              (SELECT count(*)::int FROM category WHERE parent_id IS NULL) AS groups`,
    );
    expect(counts).toEqual({
      approved: result.stalls,
      pending: result.pendingStalls,
      products: result.products,
      images: result.images,
      groups: 8,
    });
  });

  it("approves every approved stall through an admin decision; owners are sellers, applicants shoppers", async () => {
    const r = await one<Record<string, number>>(
      ds,
      `SELECT (SELECT count(*)::int FROM stall s JOIN stall_decision d ON d.stall_id = s.id JOIN app_user a ON a.id = d.admin_id
                WHERE s.status = 'approved' AND d.action = 'approve' AND a.role = 'admin' AND d.created_at = s.approved_at
                  AND s.created_at < s.approved_at) AS decided,
              (SELECT count(*)::int FROM stall s JOIN app_user u ON u.id = s.owner_id
                WHERE u.role = CASE s.status WHEN 'approved' THEN 'seller' ELSE 'shopper' END AND u.email LIKE 'stall%@demo.chophien.vn') AS owners,
              (SELECT count(*)::int FROM app_user WHERE email = 'seed-admin@demo.chophien.vn' AND role = 'admin') AS admin`,
    );
    expect(r).toEqual({ decided: result.stalls, owners: result.stalls + result.pendingStalls, admin: 1 });
  });

  it("gives a fifth of the products OCOP stars with a certificate", async () => {
    const r = await one<{ share: number; bad: number }>(
      ds,
      `SELECT avg((ocop_stars IS NOT NULL)::int)::float AS share,
              count(*) FILTER (WHERE ocop_stars IS NOT NULL AND (ocop_certificate_no !~ '^OCOP-[A-Z]+-20[0-9]{2}-[0-9]{4}$' OR ocop_year IS NULL))::int AS bad
         FROM product`,
    );
    expect(r.share).toBeGreaterThanOrEqual(0.15);
    expect(r.share).toBeLessThanOrEqual(0.25);
    expect(r.bad).toBe(0);
  });

  it("puts Quảng Trị first, for stalls and for products", async () => {
    const stalls: { province: string; share: number }[] = await ds.query(
      `SELECT province, (count(*)::float / sum(count(*)) OVER ()) AS share FROM stall GROUP BY province ORDER BY count(*) DESC`,
    );
    const products: { province: string }[] = await ds.query(
      `SELECT province FROM product GROUP BY province ORDER BY count(*) DESC LIMIT 1`,
    );
    expect(stalls[0]).toMatchObject({ province: "quang-tri" });
    expect(stalls[0]!.share).toBeGreaterThan(0.35);
    expect(stalls.length).toBeGreaterThan(15);
    expect(products[0]!.province).toBe("quang-tri");
  });

  it("fills search columns exactly as the catalog does", async () => {
    const r = await one<{ missing: number; provinces: string[] }>(
      ds,
      `SELECT count(*) FILTER (WHERE search_name = '' OR search_text = '' OR search_text NOT LIKE search_name || '%')::int AS missing,
              array_agg(DISTINCT province) AS provinces FROM product`,
    );
    expect(r.missing).toBe(0);
    expect(r.provinces.every((p) => PROVINCE_SLUGS.includes(p))).toBe(true);

    // Recomputing with the catalog's own code changes nothing.
    const snapshot = () => ds.query(`SELECT id, search_name, search_text, province FROM product ORDER BY id LIMIT 40`);
    const before: { id: string }[] = await snapshot();
    await ds.transaction(async (m) => {
      for (const p of before) await refreshProductSearch(m, { productId: p.id });
    });
    expect(await snapshot()).toEqual(before);
  });

  it("answers real-world searches: coffee from Khe Sanh, fish sauce from Cửa Việt, pepper from Cam Lộ", async () => {
    const r = await one<Record<string, number>>(
      ds,
      `SELECT count(*) FILTER (WHERE search_text LIKE '%ca phe%khe sanh%')::int AS coffee,
              count(*) FILTER (WHERE search_text LIKE '%nuoc mam%cua viet%')::int AS fish_sauce,
              count(*) FILTER (WHERE search_text LIKE '%ho tieu%cam lo%')::int AS pepper
         FROM product`,
    );
    expect(r.coffee).toBeGreaterThan(0);
    expect(r.fish_sauce).toBeGreaterThan(0);
    expect(r.pepper).toBeGreaterThan(0);

    const catalog = new CatalogService(ds);
    const hits = await catalog.list(ProductListQuery.parse({ q: "ca phe khe sanh" }));
    expect(hits.total).toBeGreaterThan(0);
    expect(hits.items[0]!.name).toMatch(/Khe Sanh/);
    expect(hits.items[0]!.thumbnail).not.toBeNull();
  });

  it("makes plausible rows: prices in thousands of đồng, young founders, mobile numbers, photos in order", async () => {
    const r = await one<Record<string, number>>(
      ds,
      `SELECT (SELECT count(*)::int FROM product WHERE price % 1000 <> 0 OR (compare_at_price IS NOT NULL AND compare_at_price % 1000 <> 0)) AS odd_prices,
              (SELECT count(*)::int FROM product WHERE compare_at_price IS NOT NULL) AS discounted,
              (SELECT count(*)::int FROM product WHERE stock = 0) AS sold_out,
              (SELECT count(*)::int FROM product WHERE status = 'draft') AS drafts,
              (SELECT count(*)::int FROM stall WHERE founder_birth_year NOT BETWEEN 1990 AND 2006 OR phone !~ '^0[35789][0-9]{8}$') AS bad_stalls,
              (SELECT count(*)::int FROM (SELECT product_id FROM product_image GROUP BY product_id
                 HAVING count(*) NOT BETWEEN 1 AND 3 OR array_agg(position::int ORDER BY position) <> (ARRAY[0, 1, 2])[1:count(*)::int]) x) AS bad_photos,
              (SELECT count(*)::int FROM product p WHERE NOT EXISTS (SELECT 1 FROM product_image i WHERE i.product_id = p.id)) AS no_photo`,
    );
    expect(r).toMatchObject({ odd_prices: 0, bad_stalls: 0, bad_photos: 0, no_photo: 0 });
    expect(r.discounted).toBeGreaterThan(0);
    expect(r.sold_out).toBeGreaterThan(0);
    expect(r.drafts).toBeGreaterThan(0);

    const image: { hash: string; widths: number[] } = await one(ds, `SELECT hash, widths FROM product_image LIMIT 1`);
    const storage = createLocalStorage(mediaDir);
    for (const w of image.widths) expect(await storage.exists(variantKey(image.hash, w))).toBe(true);
  });

  it("is deterministic: the same scale gives the same stalls and products", async () => {
    const digest = (rows: string[]) => crypto.createHash("sha256").update(rows.join("\n")).digest("hex");
    const planned = (at: Date) =>
      planMarket({ scale: 1, now: at }).flatMap((s) => [s.slug, ...s.products.map((p) => `${p.slug}|${p.name}|${p.price}`)]);
    // "Now" only moves dates; everything shoppers search by stays put.
    expect(digest(planned(NOW))).toBe(digest(planned(new Date("2026-03-01T00:00:00Z"))));

    const rows: { line: string }[] = await ds.query(
      `SELECT slug AS line FROM stall UNION ALL SELECT slug || '|' || name || '|' || price FROM product`,
    );
    expect(digest(rows.map((r) => r.line).sort())).toBe(digest(planned(NOW).sort()));
  });

  it("adds nothing when run again, and a second market beside the first with force", async () => {
    const count = () =>
      one<{ stalls: number; products: number; users: number; categories: number }>(
        ds,
        `SELECT (SELECT count(*)::int FROM stall) AS stalls, (SELECT count(*)::int FROM product) AS products,
              (SELECT count(*)::int FROM app_user) AS users, (SELECT count(*)::int FROM category) AS categories`,
      );
    const before = await count();
    expect(await seed()).toMatchObject({ skipped: true, stalls: 0, products: 0 });
    expect(await count()).toEqual(before);

    const again = await seed(true);
    expect(again.skipped).toBe(false);
    const after = await count();
    expect(after.stalls).toBe(before.stalls * 2);
    expect(after.categories).toBe(before.categories);
    expect(after.users).toBe(before.users + again.stalls + again.pendingStalls + again.history.buyers);
  }, 30_000);
});
