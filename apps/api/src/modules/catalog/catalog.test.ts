/**
 * The public catalog on a database of its own, so counts, facets and rankings are exact.
 */
import type { DataSource } from "typeorm";
import { ProductListQuery } from "@chophien/contracts";
import { createDataSource } from "../../db/data-source";
import type { Stall } from "../stalls/stall.entity";
import { CatalogService } from "./catalog.service";
import type { Category } from "./category.entity";
import { Product } from "./product.entity";
import { ProductImage } from "./product-image.entity";
import { buildCategory, buildProduct, buildStall } from "../../../test/factories";
import { freshMigratedDatabase } from "../../../test/database";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
let drop: () => Promise<void>;
const p = {} as Record<"exact" | "arabica" | "fish" | "pepper" | "draft" | "archived" | "fake", Product>;
let drinks: Category, coffee: Category, spices: Category, fishSauce: Category, pepper: Category, rice: Category;
let cuaviet: Stall;

beforeAll(async () => {
  const db = await freshMigratedDatabase();
  drop = db.drop;
  const ds: DataSource = await createDataSource({ url: db.url, poolSize: 4 }).initialize();
  t = await startTestApp({ ds });

  drinks = await buildCategory(ds, { name: "Đồ uống", slug: "do-uong" });
  coffee = await buildCategory(ds, { name: "Cà phê", slug: "ca-phe", parentId: drinks.id });
  spices = await buildCategory(ds, { name: "Gia vị", slug: "gia-vi" });
  fishSauce = await buildCategory(ds, { name: "Nước mắm", slug: "nuoc-mam", parentId: spices.id });
  pepper = await buildCategory(ds, { name: "Hồ tiêu", slug: "ho-tieu", parentId: spices.id });
  rice = await buildCategory(ds, { name: "Gạo", slug: "gao" });

  const khesanh = await buildStall(ds, { name: "Cà phê Khe Sanh Hữu Cơ", province: "quang-tri" });
  cuaviet = await buildStall(ds, { name: "Đặc sản Cửa Việt", province: "ha-noi" });
  const banned = await buildStall(ds, { name: "Hàng giả", status: "suspended" });

  p.exact = await buildProduct(ds, { stall: khesanh, category: coffee, name: "Cà phê Khe Sanh", price: 150000, ocopStars: 4 });
  p.arabica = await buildProduct(ds, {
    stall: khesanh,
    category: coffee,
    name: "Cà phê Arabica Khe Sanh rang mộc",
    price: 250000,
    ocopStars: 5,
  });
  p.fish = await buildProduct(ds, {
    stall: cuaviet,
    category: fishSauce,
    name: "Nước mắm Cửa Việt 40 độ đạm",
    price: 90000,
    stock: 0,
  });
  p.pepper = await buildProduct(ds, { stall: khesanh, category: pepper, name: "Hồ tiêu Cam Lộ", price: 120000, ocopStars: 3 });
  p.draft = await buildProduct(ds, { stall: khesanh, category: coffee, name: "Cà phê Khe Sanh bản nháp", status: "draft" });
  p.archived = await buildProduct(ds, {
    stall: khesanh,
    category: coffee,
    name: "Cà phê Khe Sanh ngừng bán",
    status: "archived",
  });
  p.fake = await buildProduct(ds, { stall: banned, category: coffee, name: "Cà phê Khe Sanh giả" });
  for (let i = 1; i <= 30; i++)
    await buildProduct(ds, { stall: cuaviet, category: rice, name: `Gạo ST25 lô ${i}`, price: 20000 + i * 1000 });

  const img = (productId: string, position: number, hash: string) =>
    ds
      .getRepository(ProductImage)
      .insert({ productId, position, hash: hash.repeat(64), width: 1000, height: 800, widths: [320, 800, 1000] });
  await img(p.exact.id, 1, "b");
  await img(p.exact.id, 0, "a");
}, 60_000);

afterAll(async () => {
  await t.close();
  await drop();
});

const names = (res: { body: { items: { name: string }[] } }) => res.body.items.map((i) => i.name);
const get = (qs: string) => t.http.get(`/api/products?${qs}`);

describe("search without diacritics", () => {
  it("finds Cà phê Khe Sanh from 'ca phe khe sanh', the exact name first, never hidden products", async () => {
    const res = await get("q=ca%20phe%20khe%20sanh");
    expect(res.status).toBe(200);
    expect(names(res)[0]).toBe("Cà phê Khe Sanh");
    expect(names(res)).toEqual(expect.arrayContaining(["Cà phê Khe Sanh", "Cà phê Arabica Khe Sanh rang mộc"]));
    expect(names(res)).not.toEqual(expect.arrayContaining(["Cà phê Khe Sanh bản nháp"]));
    expect(names(res).some((n) => /nháp|ngừng|giả/.test(n))).toBe(false);
  });

  it("finds fish sauce and pepper by their folded names", async () => {
    expect(names(await get("q=nuoc%20mam%20cua%20viet"))).toEqual(["Nước mắm Cửa Việt 40 độ đạm"]);
    expect(names(await get("q=tieu%20cam%20lo"))).toEqual(["Hồ tiêu Cam Lộ"]);
    expect(names(await get("q=C%C3%80%20PH%C3%8A%20KHE%20SANH"))[0]).toBe("Cà phê Khe Sanh");
  });

  it("still finds it with a one-letter typo", async () => {
    expect(names(await get("q=nuoc%20mam%20cua%20vet"))).toContain("Nước mắm Cửa Việt 40 độ đạm");
    expect(names(await get("q=ca%20phe%20khe%20sanhh"))).toContain("Cà phê Khe Sanh");
  });

  it("finds products by a province's former name (Quảng Bình is now Quảng Trị)", async () => {
    expect(names(await get("q=quang%20binh&limit=60"))).toEqual(expect.arrayContaining(["Hồ tiêu Cam Lộ", "Cà phê Khe Sanh"]));
  });
});

describe("filters, facets, sorting and pagination", () => {
  it("filters by category (a group includes its children), province, OCOP stars, price and stock", async () => {
    expect(names(await get("category=gia-vi")).sort()).toEqual(["Hồ tiêu Cam Lộ", "Nước mắm Cửa Việt 40 độ đạm"]);
    expect(names(await get("category=ca-phe")).sort()).toEqual(["Cà phê Arabica Khe Sanh rang mộc", "Cà phê Khe Sanh"]);
    expect((await get("province=ha-noi")).body.total).toBe(31);
    expect(names(await get("ocopMin=4")).sort()).toEqual(["Cà phê Arabica Khe Sanh rang mộc", "Cà phê Khe Sanh"]);
    expect(names(await get("minPrice=100000&maxPrice=160000")).sort()).toEqual(["Cà phê Khe Sanh", "Hồ tiêu Cam Lộ"]);
    expect(names(await get("category=nuoc-mam&inStock=true"))).toEqual([]);
    expect((await get("inStock=true")).body.total).toBe(33);
  });

  it("counts facets over every other filter but their own", async () => {
    const res = await get("category=ca-phe");
    const { categories, provinces, ocopStars } = res.body.facets;
    expect(categories).toEqual(
      expect.arrayContaining([
        { value: "ca-phe", label: "Cà phê", count: 2 },
        { value: "gao", label: "Gạo", count: 30 },
        { value: "nuoc-mam", label: "Nước mắm", count: 1 },
      ]),
    );
    expect(provinces).toEqual([{ value: "quang-tri", label: "Quảng Trị", count: 2 }]);
    expect(ocopStars).toEqual([
      { value: "5", label: "5★", count: 1 },
      { value: "4", label: "4★", count: 1 },
    ]);
  });

  it("sorts by price and newest, and pages with a stable order", async () => {
    const asc = (await get("sort=price_asc&limit=60")).body.items.map((i: { price: number }) => i.price);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    const desc = (await get("sort=price_desc&limit=3")).body.items.map((i: { price: number }) => i.price);
    expect(desc).toEqual([250000, 150000, 120000]);
    expect(names(await get("sort=newest&limit=1"))).toEqual(["Gạo ST25 lô 30"]);

    const page1 = await get("category=gao&sort=price_asc&limit=12&page=1");
    const page3 = await get("category=gao&sort=price_asc&limit=12&page=3");
    expect(page1.body).toMatchObject({ total: 30, page: 1, limit: 12 });
    expect(page1.body.items).toHaveLength(12);
    expect(names(page3)).toEqual([
      "Gạo ST25 lô 25",
      "Gạo ST25 lô 26",
      "Gạo ST25 lô 27",
      "Gạo ST25 lô 28",
      "Gạo ST25 lô 29",
      "Gạo ST25 lô 30",
    ]);
  });

  it("rejects bad parameters with 400", async () => {
    for (const qs of ["limit=61", "page=0", "ocopMin=6", "sort=cheapest", "minPrice=-1", "province=atlantis", "color=red"])
      expect([qs, (await get(qs)).status]).toEqual([qs, 400]);
  });

  it("answers with one SQL statement whatever the page size, two when only a typo matches or facets filter", async () => {
    const spy = jest.spyOn(t.ds, "query");
    try {
      await get("q=ca%20phe&limit=60&category=do-uong");
      expect(spy).toHaveBeenCalledTimes(1);
      spy.mockClear();
      await get("limit=60&sort=rating&page=2&inStock=true");
      expect(spy).toHaveBeenCalledTimes(1);
      spy.mockClear();
      // The first reads only the maintained counts, to pick how to find the page.
      await get("limit=60&category=gao&sort=rating&page=2");
      expect(spy).toHaveBeenCalledTimes(2);
      expect(String(spy.mock.calls[0]![0])).not.toMatch(/FROM product/);
      spy.mockClear();
      const typo = await get("q=ca%20phe%20khe%20sanhh&limit=60&province=quang-tri");
      expect(names(typo)).toContain("Cà phê Khe Sanh");
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });

  it("looks for typos only when no product has every word", async () => {
    // Every word is in one product's text: the 29 other lots, as close by trigrams, are not added.
    expect(names(await get("q=gao%20st25%20lo%203"))).toEqual(["Gạo ST25 lô 3"]);
    expect((await get("q=khong%20co%20dau")).body).toMatchObject({ items: [], total: 0 });
  });

  it("ranks a word in the name above the same word in a description", async () => {
    const salt = await buildProduct(t.ds, {
      stall: cuaviet,
      category: spices,
      name: "Muối chấm Tây Ninh",
      description: "Ngon nhất khi chấm cùng hồ tiêu Cam Lộ.",
    });
    try {
      expect(names(await get("q=cam%20lo"))).toEqual(["Hồ tiêu Cam Lộ", "Muối chấm Tây Ninh"]);
    } finally {
      await t.ds.getRepository(Product).delete(salt.id);
    }
  });
});

describe("product pages, categories and stalls", () => {
  it("show a public product with ordered images, its stall and related products, in one SQL statement", async () => {
    const spy = jest.spyOn(t.ds, "query");
    const res = await t.http.get(`/api/products/${p.exact.slug}`);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(res.status).toBe(200);
    const product = res.body.product;
    // The card's star is the product's column; the page's certificate details need a verified certificate (ocop.test.ts).
    expect(product).toMatchObject({ name: "Cà phê Khe Sanh", price: 150000, ocopStars: 4, category: { slug: "ca-phe" } });
    expect(product.images.map((i: { url: string }) => i.url)).toEqual([
      `/media/${"a".repeat(64)}-800.webp`,
      `/media/${"b".repeat(64)}-800.webp`,
    ]);
    expect(product.thumbnail.url).toBe(`/media/${"a".repeat(64)}-800.webp`);
    expect(product.stallInfo).toMatchObject({ name: "Cà phê Khe Sanh Hữu Cơ", productCount: 3 });
    expect(product.related.map((r: { name: string }) => r.name)).toEqual(["Cà phê Arabica Khe Sanh rang mộc"]);
    expect(product).toMatchObject({
      description: null,
      descriptionHtml: "",
      stock: 10,
      weightGrams: 500,
      images: [expect.objectContaining({ id: expect.any(String) }), expect.objectContaining({ id: expect.any(String) })],
      stallInfo: { slug: expect.any(String), province: { slug: "quang-tri", name: "Quảng Trị" }, logo: null },
      createdAt: p.exact.createdAt.toISOString(),
    });
  });

  it("are 404 for drafts, archived products and suspended stalls", async () => {
    for (const hidden of [p.draft, p.archived, p.fake])
      expect((await t.http.get(`/api/products/${hidden.slug}`)).status).toBe(404);
  });

  it("lists the category tree with public counts", async () => {
    const res = await t.http.get("/api/categories");
    const group = res.body.items.find((c: { slug: string }) => c.slug === "gia-vi");
    expect(group).toMatchObject({
      productCount: 2,
      children: expect.arrayContaining([expect.objectContaining({ slug: "nuoc-mam", productCount: 1 })]),
    });
    expect(res.body.items.find((c: { slug: string }) => c.slug === "do-uong").productCount).toBe(2);
  });

  it("lists approved stalls, searchable without diacritics and by province", async () => {
    const all = await t.http.get("/api/stalls");
    expect(all.body.total).toBe(2);
    expect((await t.http.get("/api/stalls?q=khe%20sanh")).body.items.map((s: { name: string }) => s.name)).toEqual([
      "Cà phê Khe Sanh Hữu Cơ",
    ]);
    expect((await t.http.get("/api/stalls?province=ha-noi")).body.items.map((s: { name: string }) => s.name)).toEqual([
      "Đặc sản Cửa Việt",
    ]);
    const page = await t.http.get(
      `/api/stalls/${all.body.items.find((s: { name: string }) => s.name === "Cà phê Khe Sanh Hữu Cơ").slug}`,
    );
    expect(page.body.stall.products).toHaveLength(3);
    expect(page.body.stall.story).toBeTruthy();
  });
});

describe("the in-process cache (off unless configured)", () => {
  const query = (q: Record<string, unknown>) => ProductListQuery.parse(q);

  it("serves repeated public reads from memory for its TTL; a folded query shares the entry", async () => {
    const cached = new CatalogService(t.ds, { ttlMs: 60_000 });
    const spy = jest.spyOn(t.ds, "query");
    try {
      const first = await cached.list(query({ q: "Cà Phê Khe Sanh" }));
      expect(await cached.list(query({ q: "ca phe khe sanh" }))).toBe(first);
      expect(await cached.list(query({ q: "ca phe khe sanh", page: "2" }))).not.toBe(first);
      await cached.product(p.exact.slug);
      await cached.product(p.exact.slug);
      await cached.categories();
      await cached.categories();
      expect(spy).toHaveBeenCalledTimes(4);
      await expect(cached.product(p.draft.slug)).rejects.toMatchObject({ code: "not_found" });
      await expect(cached.product(p.draft.slug)).rejects.toMatchObject({ code: "not_found" });
      expect(spy).toHaveBeenCalledTimes(6); // a 404 is not kept
    } finally {
      spy.mockRestore();
    }
  });

  it("reads the database every time by default", async () => {
    const uncached = new CatalogService(t.ds);
    const spy = jest.spyOn(t.ds, "query");
    try {
      await uncached.list(query({}));
      await uncached.list(query({}));
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });
});
