/**
 * The maintained facet counts (catalog_count, catalog_price_count) against brute force: after every round of
 * random product and stall changes — bulk inserts, deletes, status, stock, hiding, price, category, province,
 * OCOP stars, stall suspension — every total and facet count of the listing equals what a scan of all products
 * says. On a database of its own, so the whole catalogue is known.
 */
import type { DataSource } from "typeorm";
import { type ProductList, ProductListQuery } from "@chophien/contracts";
import { createDataSource } from "../../db/data-source";
import { accessTokenFor, buildCategory, buildStall, buildUser, unique } from "../../../test/factories";
import { freshMigratedDatabase } from "../../../test/database";
import { startTestApp, type TestApp } from "../../../test/harness";
import type { Stall } from "../stalls/stall.entity";
import { buildCatalogQuery, type CatalogRow, MAX_LISTING_DEPTH, type PageStrategy, SEARCH_CANDIDATES } from "./catalog-query";
import type { Category } from "./category.entity";

let t: TestApp;
let ds: DataSource;
let drop: () => Promise<void>;
let adminToken: string;
const roots: Category[] = [];
const leaves: Category[] = [];
const stalls: Stall[] = [];
const PROVINCES = ["quang-tri", "ha-noi", "hue", "da-nang"];
const PRICES = [20_000, 49_999, 50_000, 50_001, 99_999, 100_000, 100_001, 150_000, 300_000, 300_001, 450_000, 2_000_000];

// A small deterministic generator (mulberry32): a failure replays the same way.
let seed = 20251203;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

beforeAll(async () => {
  const db = await freshMigratedDatabase();
  drop = db.drop;
  ds = await createDataSource({ url: db.url, poolSize: 4 }).initialize();
  t = await startTestApp({ ds });
  adminToken = accessTokenFor(t, await buildUser(ds, { role: "admin" }));
  for (const r of ["Đồ uống", "Gia vị"]) {
    const root = await buildCategory(ds, { name: `${r} ${unique()}` });
    roots.push(root);
    for (const c of ["một", "hai"]) leaves.push(await buildCategory(ds, { name: `${r} ${c} ${unique()}`, parentId: root.id }));
  }
  for (const status of ["approved", "approved", "approved", "approved", "pending", "suspended"] as const)
    stalls.push(await buildStall(ds, { status, province: pick(PROVINCES) }));
});
afterAll(async () => {
  await t.close();
  await drop();
});

/** Inserts `n` random products in ONE statement (as the seed's bulk insert does). */
async function insertProducts(n: number): Promise<void> {
  const rows = Array.from({ length: n }, () => ({
    stall: pick(stalls).id,
    category: pick([...leaves, ...leaves, roots[0]!]).id,
    price: pick(PRICES),
    stock: rand() < 0.25 ? 0 : Math.ceil(rand() * 50),
    status: pick(["active", "active", "active", "draft", "archived"]),
    ocop: pick([null, null, 3, 4, 5]),
    province: pick(PROVINCES),
    hidden: rand() < 0.1,
    slug: `sp-${unique()}`,
  }));
  const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
  await ds.query(
    `INSERT INTO product (stall_id, category_id, price, stock, status, ocop_stars, province, hidden_at, hidden_reason,
                          slug, name, unit, search_name, search_text)
     SELECT u.stall, u.category, u.price, u.stock, u.status, u.ocop, u.province,
            CASE WHEN u.hidden THEN now() END, CASE WHEN u.hidden THEN 'Ảnh không đúng sản phẩm' END,
            u.slug, u.slug, 'gói', u.slug, u.slug
       FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::text[], $6::smallint[], $7::text[], $8::bool[], $9::text[])
         AS u(stall, category, price, stock, status, ocop, province, hidden, slug)`,
    [
      col("stall"),
      col("category"),
      col("price"),
      col("stock"),
      col("status"),
      col("ocop"),
      col("province"),
      col("hidden"),
      col("slug"),
    ],
  );
}

/** One random change to one product or stall, in SQL (the triggers must hold wherever products change). */
async function randomChange(): Promise<void> {
  const [row] = await ds.query<{ id: string }[]>(`SELECT id FROM product ORDER BY random() LIMIT 1`);
  const id = row!.id;
  const changes: (() => Promise<unknown>)[] = [
    () => ds.query(`UPDATE product SET status = $2 WHERE id = $1`, [id, pick(["active", "draft", "archived"])]),
    () => ds.query(`UPDATE product SET stock = $2 WHERE id = $1`, [id, pick([0, 0, 1, 7])]),
    () => ds.query(`UPDATE product SET stock = greatest(stock - 1, 0) WHERE id = $1`, [id]),
    () =>
      ds.query(
        `UPDATE product SET hidden_at = CASE WHEN hidden_at IS NULL THEN now() END,
                            hidden_reason = CASE WHEN hidden_at IS NULL THEN 'Vi phạm quy định' END WHERE id = $1`,
        [id],
      ),
    () => ds.query(`UPDATE product SET price = $2 WHERE id = $1`, [id, pick(PRICES)]),
    () => ds.query(`UPDATE product SET category_id = $2 WHERE id = $1`, [id, pick(leaves).id]),
    () => ds.query(`UPDATE product SET province = $2 WHERE id = $1`, [id, pick(PROVINCES)]),
    () => ds.query(`UPDATE product SET ocop_stars = $2 WHERE id = $1`, [id, pick([null, 3, 4, 5])]),
    () => ds.query(`UPDATE product SET stall_id = $2 WHERE id = $1`, [id, pick(stalls).id]),
    () => ds.query(`UPDATE product SET rating_avg = 4.5, name = name || '!' WHERE id = $1`, [id]),
    () => ds.query(`UPDATE stall SET status = $2 WHERE id = $1`, [pick(stalls).id, pick(["approved", "suspended", "pending"])]),
    () => ds.query(`DELETE FROM product WHERE id = $1`, [id]),
    () => ds.query(`UPDATE product SET stock = stock + 1 WHERE category_id = $1`, [pick(leaves).id]),
    () => insertProducts(1 + Math.floor(rand() * 5)),
  ];
  await pick(changes)();
}

interface Row {
  category_id: string;
  province: string;
  ocop_stars: number | null;
  price: number;
  stock: number;
}

/** Every public product, straight from the tables (no count table involved). */
const publicRows = () =>
  ds.query<Row[]>(
    `SELECT p.category_id, p.province, p.ocop_stars, p.price, p.stock FROM product p JOIN stall s ON s.id = p.stall_id
      WHERE p.status = 'active' AND p.hidden_at IS NULL AND s.status = 'approved'`,
  );

type Filters = {
  category?: string;
  province?: string;
  ocopMin?: number;
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
};

/** The listing's total and facets computed in JavaScript from every public row. */
function expected(rows: Row[], f: Filters) {
  const slugOf = new Map([...roots, ...leaves].map((c) => [c.id, c.slug]));
  const inCategory = (r: Row) => {
    if (!f.category) return true;
    const c = [...roots, ...leaves].find((x) => x.id === r.category_id)!;
    const parent = [...roots].find((x) => x.id === c.parentId);
    return c.slug === f.category || parent?.slug === f.category;
  };
  const base = rows.filter(
    (r) =>
      (f.minPrice === undefined || r.price >= f.minPrice) &&
      (f.maxPrice === undefined || r.price <= f.maxPrice) &&
      (!f.inStock || r.stock > 0),
  );
  const inProvince = (r: Row) => !f.province || r.province === f.province;
  const inOcop = (r: Row) => !f.ocopMin || (r.ocop_stars ?? 0) >= f.ocopMin;
  const tally = (xs: Row[], key: (r: Row) => string) => {
    const m = new Map<string, number>();
    for (const r of xs) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
    return m;
  };
  const byCount = (m: Map<string, number>) =>
    [...m].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  return {
    total: base.filter((r) => inCategory(r) && inProvince(r) && inOcop(r)).length,
    categories: byCount(
      tally(
        base.filter((r) => inProvince(r) && inOcop(r)),
        (r) => slugOf.get(r.category_id)!,
      ),
    ),
    provinces: byCount(
      tally(
        base.filter((r) => inCategory(r) && inOcop(r)),
        (r) => r.province,
      ),
    ),
    ocopStars: [
      ...tally(
        base.filter((r) => inCategory(r) && inProvince(r) && r.ocop_stars !== null),
        (r) => String(r.ocop_stars),
      ),
    ]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => Number(b.value) - Number(a.value)),
  };
}

/** Listings to check: the storefront's own (aligned price bands) and odd prices that take the scanning path. */
const listings = (): Filters[] => [
  {},
  { inStock: true },
  { category: roots[0]!.slug },
  { category: leaves[1]!.slug, inStock: true },
  { province: "ha-noi" },
  { ocopMin: 4 },
  { category: roots[1]!.slug, province: "hue", ocopMin: 3 },
  { maxPrice: 100_000 },
  { minPrice: 100_000, maxPrice: 300_000 },
  { minPrice: 300_000 },
  { minPrice: 50_001, maxPrice: 99_999, inStock: true, category: roots[0]!.slug },
  { minPrice: 123_456 },
  { maxPrice: 150_000, province: "quang-tri" },
];

async function checkEverything(): Promise<void> {
  const rows = await publicRows();
  for (const f of listings()) {
    const res = await t.http.get("/api/products").query({ ...f, limit: 5 });
    expect(res.status).toBe(200);
    const body = res.body as ProductList;
    const want = expected(rows, f);
    const got = {
      total: body.total,
      categories: body.facets.categories.map(({ value, count }) => ({ value, count })),
      provinces: body.facets.provinces.map(({ value, count }) => ({ value, count })),
      ocopStars: body.facets.ocopStars.map(({ value, count }) => ({ value, count })),
    };
    expect({ f, ...got }).toEqual({ f, ...want });
    expect(body.items.length).toBe(Math.min(5, want.total));
  }
  const tree = (await t.http.get("/api/categories")).body.items as {
    slug: string;
    productCount: number;
    children: { slug: string; productCount: number }[];
  }[];
  for (const root of roots) {
    const node = tree.find((n) => n.slug === root.slug)!;
    expect(node.productCount).toBe(expected(rows, { category: root.slug }).total);
    for (const child of node.children) expect(child.productCount).toBe(expected(rows, { category: child.slug }).total);
  }
}

describe("maintained facet counts", () => {
  it("start equal to brute force after a bulk insert", async () => {
    await insertProducts(250);
    await checkEverything();
  });

  it("stay equal to brute force through rounds of random product and stall changes", async () => {
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 25; i++) await randomChange();
      await checkEverything();
    }
  });

  it("stay equal through several changes in one transaction, and after a rollback", async () => {
    await ds.transaction(async (m) => {
      const stall = stalls[0]!.id;
      await m.query(`UPDATE stall SET status = 'suspended' WHERE id = $1`, [stall]);
      await m.query(`UPDATE product SET price = 99999, stock = 0 WHERE stall_id = $1`, [stall]);
      await m.query(`UPDATE stall SET status = 'approved' WHERE id = $1`, [stall]);
      await m.query(`UPDATE product SET status = 'active', hidden_at = NULL, hidden_reason = NULL WHERE stall_id = $1`, [stall]);
    });
    await checkEverything();
    const before = await ds.query(`SELECT * FROM catalog_count ORDER BY 1, 2, 3, 4`);
    await ds
      .transaction(async (m) => {
        await m.query(`UPDATE product SET stock = 0`);
        throw new Error("roll back");
      })
      .catch(() => undefined);
    expect(await ds.query(`SELECT * FROM catalog_count ORDER BY 1, 2, 3, 4`)).toEqual(before);
  });

  it("follow moderation and stall decisions made through the API", async () => {
    const auth = { Authorization: `Bearer ${adminToken}` };
    const [p] = await ds.query<{ id: string }[]>(
      `SELECT p.id FROM product p JOIN stall s ON s.id = p.stall_id
        WHERE p.status = 'active' AND p.hidden_at IS NULL AND s.status = 'approved' LIMIT 1`,
    );
    expect(
      (await t.http.post(`/api/admin/products/${p!.id}/hide`).set(auth).send({ reason: "Ảnh không đúng sản phẩm" })).status,
    ).toBe(200);
    await checkEverything();
    const [s] = await ds.query<{ id: string }[]>(`SELECT id FROM stall WHERE status = 'approved' LIMIT 1`);
    expect(
      (await t.http.post(`/api/admin/stalls/${s!.id}/suspend`).set(auth).send({ reason: "Bán hàng giả mạo nhãn" })).status,
    ).toBe(200);
    await checkEverything();
    expect((await t.http.post(`/api/admin/stalls/${s!.id}/reinstate`).set(auth).send({})).status).toBe(200);
    expect((await t.http.post(`/api/admin/products/${p!.id}/unhide`).set(auth).send({})).status).toBe(200);
    await checkEverything();
  });

  it("count a stall's product once when the stall is suspended while the product is added", async () => {
    const stall = stalls[1]!.id;
    await ds.query(`UPDATE stall SET status = 'approved' WHERE id = $1`, [stall]);
    const [category] = leaves;
    const adding = ds.createQueryRunner();
    const suspending = ds.createQueryRunner();
    await adding.startTransaction();
    await suspending.startTransaction();
    try {
      await adding.query(
        `INSERT INTO product (stall_id, category_id, price, stock, status, province, slug, name, unit, search_name, search_text)
         VALUES ($1, $2, 100000, 5, 'active', 'hue', $3, 'x', 'gói', 'x', 'x')`,
        [stall, category!.id, `sp-${unique()}`],
      );
      // The suspension waits for the insert's share lock on the stall, then counts the new product out too.
      const suspended = suspending.query(`UPDATE stall SET status = 'suspended' WHERE id = $1`, [stall]);
      await new Promise((r) => setTimeout(r, 200));
      await adding.commitTransaction();
      await suspended;
      await suspending.commitTransaction();
    } finally {
      await adding.release();
      await suspending.release();
    }
    await checkEverything();
  });
});

describe("listing pages, whichever way they are found", () => {
  const ORDER = {
    newest: "p.created_at DESC, p.id",
    price_asc: "p.price ASC, p.id",
    price_desc: "p.price DESC, p.id",
    rating: "p.rating_avg DESC, p.rating_count DESC, p.id",
  } as const;

  /** The page by brute force: every public product passing the filters, sorted, cut. */
  async function brutePage(f: Filters, sort: keyof typeof ORDER, page: number, limit: number): Promise<string[]> {
    const params: unknown[] = [];
    const where = [`p.status = 'active'`, `p.hidden_at IS NULL`, `s.status = 'approved'`];
    const add = (sql: string, v: unknown) => where.push(sql.replace("?", `$${params.push(v)}`));
    if (f.category)
      add(
        `p.category_id IN (SELECT c.id FROM category c LEFT JOIN category pc ON pc.id = c.parent_id WHERE ? IN (c.slug, pc.slug))`,
        f.category,
      );
    if (f.province) add(`p.province = ?`, f.province);
    if (f.ocopMin) add(`p.ocop_stars >= ?`, f.ocopMin);
    if (f.minPrice !== undefined) add(`p.price >= ?`, f.minPrice);
    if (f.maxPrice !== undefined) add(`p.price <= ?`, f.maxPrice);
    if (f.inStock) where.push(`p.stock > 0`);
    const rows = await ds.query<{ id: string }[]>(
      `SELECT p.id FROM product p JOIN stall s ON s.id = p.stall_id WHERE ${where.join(" AND ")}
        ORDER BY ${ORDER[sort]} LIMIT ${limit} OFFSET ${(page - 1) * limit}`,
      params,
    );
    return rows.map((r) => r.id);
  }

  it("are the same pages as brute force for every strategy, sort and filter", async () => {
    await insertProducts(200);
    await ds.query(`UPDATE product SET rating_avg = (abs(hashtext(id::text)) % 5) + 1, rating_count = abs(hashtext(slug)) % 9`);
    for (const f of listings())
      for (const sort of Object.keys(ORDER) as (keyof typeof ORDER)[])
        for (const page of [1, 3]) {
          const want = await brutePage(f, sort, page, 7);
          if (page === 1 && !f.minPrice) expect(want.length).toBeGreaterThan(0);
          for (const strategy of ["walk", "whole", "categories"] satisfies PageStrategy[]) {
            const query = ProductListQuery.parse({ ...f, inStock: f.inStock ? "true" : undefined, sort, page, limit: 7 });
            const { sql, params } = buildCatalogQuery(query, "text", strategy);
            const [row] = await ds.query<[CatalogRow]>(sql, params);
            expect({ f, sort, page, strategy, ids: row.items.map((i) => i.id) }).toEqual({ f, sort, page, strategy, ids: want });
          }
        }
  });

  it("refuse to go deeper than the bound, with 400", async () => {
    const res = await t.http.get("/api/products").query({ page: MAX_LISTING_DEPTH / 24 + 1, limit: 24 });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("bad_request");
    expect((await t.http.get("/api/products").query({ page: MAX_LISTING_DEPTH / 24, limit: 24 })).status).toBe(200);
  });
});

describe("search", () => {
  it("ranks and counts a bounded set of candidates: exact below the bound, the bound above it", async () => {
    const word = `banhchung${unique()}`;
    const add = (n: number) =>
      ds.query(
        `INSERT INTO product (stall_id, category_id, price, stock, status, province, slug, name, unit, search_name, search_text, search_vector)
         SELECT $1, $2, 100000, 5, 'active', 'hue', $3 || '-' || i, $3, 'cái', $3, $3, to_tsvector('simple', $3)
           FROM generate_series(1, $4) i`,
        [stalls[2]!.id, leaves[0]!.id, `${word} ${unique()}`, n],
      );
    await ds.query(`UPDATE stall SET status = 'approved' WHERE id = $1`, [stalls[2]!.id]);
    await add(30);
    const few = await t.http.get("/api/products").query({ q: word, limit: 5 });
    expect(few.body.total).toBe(30);
    await add(SEARCH_CANDIDATES);
    const many = await t.http.get("/api/products").query({ q: word, limit: 5 });
    expect(many.status).toBe(200);
    expect(many.body.total).toBe(SEARCH_CANDIDATES);
    expect(many.body.items).toHaveLength(5);
    expect(many.body.facets.categories).toEqual([expect.objectContaining({ value: leaves[0]!.slug, count: SEARCH_CANDIDATES })]);
  });
});
