/**
 * The migration that ended self-declared stars (1764510000000-ocop-certificates.ts), run on a database holding
 * products of the old shape: every declared star becomes a `submitted` certificate waiting for an admin, and no
 * product shows a star afterwards — not in the listing, the `ocopMin` filter, the facets or the product page.
 */
import { DataSource } from "typeorm";
import { createDataSource } from "../../db/data-source";
import { migrations } from "../../db/migrations";
import { emptyDatabase } from "../../../test/database";
import { startTestApp, type TestApp } from "../../../test/harness";

const TARGET = "OcopCertificates1764510000000";
let db: { url: string; drop: () => Promise<void> };
let ds: DataSource | undefined;
let t: TestApp | undefined;
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

/** The old product shape: `ocop_stars`, `ocop_certificate_no` and `ocop_year` typed by the seller. */
const OLD = [
  { slug: "ca-phe-khe-sanh", stars: 4, no: "QĐ 1234/QĐ-UBND", year: 2022 },
  { slug: "nuoc-mam-cua-viet", stars: 3, no: "", year: 2024 },
  { slug: "tieu-vinh-linh", stars: 5, no: "125/QĐ-BNN", year: null },
  { slug: "gao-hai-lang", stars: null, no: null, year: null },
];

it("turns every self-declared star into a submitted certificate and shows none of them", async () => {
  db = await emptyDatabase();
  const target = migrations.findIndex((m) => m.name === TARGET);
  expect(target).toBeGreaterThan(0);
  // Up to the migration before it, on the schema as it was then (no entities: the old columns are raw SQL).
  const before = new DataSource({
    type: "postgres",
    url: db.url,
    migrations: migrations.slice(0, target),
    migrationsTableName: "typeorm_migration",
    migrationsTransactionMode: "each",
    installExtensions: false,
  });
  await before.initialize();
  await before.runMigrations({ transaction: "each" });
  const [{ id: ownerId }] = await before.query(
    `INSERT INTO app_user (full_name, role, email) VALUES ('Chị Hoa', 'seller', 'hoa@old.test') RETURNING id`,
  );
  const [{ id: stallId }] = await before.query(
    `INSERT INTO stall (owner_id, slug, name, search_name, story, province, address, phone, business_type, status)
     VALUES ($1, 'dac-san-hoa', 'Đặc sản Hoa', 'dac san hoa', 'Từ Quảng Trị', 'quang-tri', 'Đông Hà', '0912345678', 'household', 'approved')
     RETURNING id`,
    [ownerId],
  );
  const [{ id: categoryId }] = await before.query(
    `INSERT INTO category (slug, name, name_en) VALUES ('dac-san', 'Đặc sản', 'Specialities') RETURNING id`,
  );
  for (const p of OLD)
    await before.query(
      `INSERT INTO product (stall_id, slug, name, category_id, price, unit, stock, status, province, search_name, search_text,
                            ocop_stars, ocop_certificate_no, ocop_year)
       VALUES ($1, $2::text, $2::text, $3, 120000, 'gói', 10, 'active', 'quang-tri', $2::text, $2::text, $4, $5, $6)`,
      [stallId, p.slug, categoryId, p.stars, p.no, p.year],
    );
  const starred = await before.query(`SELECT coalesce(sum(n), 0)::int AS n FROM catalog_count WHERE ocop_stars > 0`);
  expect(starred[0].n).toBe(3); // the old stars were counted in the facets (0 there means no star)
  await before.destroy();

  // The rest, as a new release's start would run them.
  ds = await createDataSource({ url: db.url, poolSize: 2 }).initialize();
  await ds.runMigrations({ transaction: "each" });
  const applied = await ds.query(`SELECT name FROM typeorm_migration ORDER BY id`);
  expect(applied.map((r: { name: string }) => r.name)).toEqual(migrations.map((m) => m.name));

  const certs: Array<Record<string, unknown>> = await ds.query(
    `SELECT p.slug, c.stall_id, c.status, c.stars, c.regime, c.product_group, c.issuing_level, c.issuing_authority,
            c.decision_no, to_char(c.decision_date, 'YYYY-MM-DD') AS decision_date,
            to_char(c.valid_until, 'YYYY-MM-DD') AS valid_until, c.reason
       FROM ocop_certificate c JOIN ocop_certificate_product cp ON cp.certificate_id = c.id JOIN product p ON p.id = cp.product_id
      ORDER BY p.slug`,
  );
  const year = new Date().getFullYear();
  expect(certs).toEqual([
    expect.objectContaining({
      slug: "ca-phe-khe-sanh",
      stall_id: stallId,
      status: "submitted",
      stars: 4,
      regime: "1048-2019",
      issuing_level: "province",
      decision_no: "QĐ 1234/QĐ-UBND",
      decision_date: "2022-01-01",
      valid_until: "2025-01-01",
    }),
    expect.objectContaining({
      slug: "nuoc-mam-cua-viet",
      status: "submitted",
      stars: 3,
      regime: "148-2023",
      decision_no: "tự khai",
    }),
    expect.objectContaining({
      slug: "tieu-vinh-linh",
      status: "submitted",
      stars: 5,
      issuing_level: "central",
      decision_no: "125/QĐ-BNN",
      // No year typed: the product's creation year stands in for the decision.
      decision_date: `${year}-01-01`,
      valid_until: `${year + 3}-01-01`,
    }),
  ]);
  for (const c of certs) expect(c.issuing_authority).toBe("UBND tỉnh (tự khai)");
  const decisions = await ds.query(`SELECT count(*)::int AS n FROM ocop_certificate_decision`);
  expect(decisions[0].n).toBe(0); // nobody decided anything yet

  const products = await ds.query(
    `SELECT count(*)::int AS n FROM product WHERE ocop_stars IS NOT NULL OR ocop_certificate_id IS NOT NULL`,
  );
  expect(products[0].n).toBe(0);
  const counted = await ds.query(`SELECT coalesce(sum(n), 0)::int AS n FROM catalog_count WHERE ocop_stars > 0`);
  expect(counted[0].n).toBe(0);

  // What a shopper sees through the API.
  t = await startTestApp({ ds });
  const listing = await t.http.get("/api/products?limit=24").expect(200);
  expect(listing.body.items).toHaveLength(OLD.length);
  for (const item of listing.body.items) expect(item.ocopStars).toBeNull();
  expect(listing.body.facets.ocopStars.filter((f: { count: number }) => f.count > 0)).toEqual([]);
  const filtered = await t.http.get("/api/products?limit=24&ocopMin=3").expect(200);
  expect(filtered.body.items).toEqual([]);
  for (const p of OLD) {
    const page = await t.http.get(`/api/products/${p.slug}`).expect(200);
    expect(page.body.product.ocop).toBeNull();
  }
}, 120_000);
