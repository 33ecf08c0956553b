import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { authHeader, buildCategory, buildGrant, buildStall, buildUser } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";
import type { Category } from "./category.entity";
import { StallAudit } from "../helpers/stall-audit.entity";
import type { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";
import { decodeCsv } from "./product-import";

let t: TestApp;
let stall: Stall;
let owner: User;
let category: Category;
beforeAll(async () => {
  t = await startTestApp();
  stall = await buildStall(t.ds);
  owner = await t.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
  category = await buildCategory(t.ds);
});
afterAll(() => t.close());

/** Vietnamese as Windows-1258 stores it: the letter (with its vowel mark: â, ơ, ư…) then the tone as a combining mark. */
function toWindows1258(text: string): Buffer {
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const decomposed = [...text.normalize("NFC")]
    .map((ch) => {
      const d = ch.normalize("NFD");
      const tones = d.match(TONES)?.join("") ?? "";
      return d.replace(TONES, "").normalize("NFC") + tones;
    })
    .join("");
  return iconv.encode(decomposed, "windows1258");
}

const csvOf = (rows: (string | number)[][], sep = ",") =>
  rows
    .map((r) => r.map((c) => (/[",;\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(sep))
    .join("\r\n");

const upload = (file: Buffer, opts: { dryRun?: boolean; as?: Record<string, string>; name?: string } = {}) =>
  t.http
    .post(`/api/seller/products/import${opts.dryRun ? "?dryRun=true" : ""}`)
    .set(opts.as ?? authHeader(t, owner))
    .attach("file", file, opts.name ?? "san-pham.csv");

const countProducts = async () =>
  Number((await t.ds.query<{ n: string }[]>(`SELECT count(*) AS n FROM product WHERE stall_id = $1`, [stall.id]))[0]!.n);

const VI_HEADER = ["Tên sản phẩm", "Danh mục", "Giá bán (đồng)", "Đơn vị", "Tồn kho", "Mô tả"];
const row = (i: number) => [
  `Mật ong rừng Hướng Hóa số ${i}`,
  category.slug,
  "150.000",
  "chai 500ml",
  10 + (i % 5),
  "Ngọt, thơm; không pha",
];

describe("bulk product import", () => {
  it("decodes UTF-8 with a BOM, plain UTF-8 and Windows-1258 to the same text", () => {
    const text = "Tên sản phẩm,Đơn vị\r\nMật ong rừng Hướng Hóa,chai\r\nCà phê Khe Sanh rang mộc,gói 500g\r\n";
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]))).toBe(text);
    expect(decodeCsv(Buffer.from(text, "utf8"))).toBe(text);
    const cp1258 = toWindows1258(text);
    expect(cp1258.equals(Buffer.from(text, "utf8"))).toBe(false);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(cp1258)).toThrow();
    expect(decodeCsv(cp1258)).toBe(text);
  });

  it("dry run: each row's errors, nothing written; the real run creates every row", async () => {
    const before = await countProducts();
    const rows = [
      VI_HEADER,
      row(1),
      ["Ab", category.slug, "-5", "chai", "x", ""],
      ["Trà Atiso", "khong-co-danh-muc", "90000", "hộp", "3", ""],
      row(4),
    ];
    const dry = await upload(Buffer.from(csvOf(rows), "utf8"), { dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, total: 4, valid: 2, created: 0 });
    expect(dry.body.rows).toEqual([
      {
        row: 3,
        name: "Ab",
        errors: expect.arrayContaining([
          expect.objectContaining({ field: "name" }),
          expect.objectContaining({ field: "price" }),
          expect.objectContaining({ field: "stock" }),
        ]),
      },
      { row: 4, name: "Trà Atiso", errors: [expect.objectContaining({ field: "category" })] },
    ]);
    expect(await countProducts()).toBe(before);

    const real = await upload(Buffer.from(csvOf([VI_HEADER, row(1), row(2)]), "utf8"));
    expect(real.status).toBe(201);
    expect(real.body).toMatchObject({ dryRun: false, total: 2, valid: 2, created: 2, rows: [] });
    expect(await countProducts()).toBe(before + 2);
    const [p] = await t.ds.query<{ name: string; price: number; description: string; status: string }[]>(
      `SELECT name, price, description, status FROM product WHERE stall_id = $1 AND name = $2`,
      [stall.id, "Mật ong rừng Hướng Hóa số 1"],
    );
    expect(p).toEqual({
      name: "Mật ong rừng Hướng Hóa số 1",
      price: 150000,
      description: "Ngọt, thơm; không pha",
      status: "draft",
    });
  });

  it("is all or none: 400 rows with a bad row 317 create nothing, and say which row", async () => {
    const before = await countProducts();
    const rows: (string | number)[][] = [["name", "categoryId", "price", "unit", "stock"]];
    for (let i = 2; i <= 401; i++) rows.push([`Cà phê Khe Sanh lô ${i}`, category.id, 120000, "gói 500g", 5]);
    rows[316] = ["Cà phê Khe Sanh lô 317", category.id, 120000, "gói 500g", -1]; // spreadsheet row 317
    const res = await upload(Buffer.from(csvOf(rows), "utf8"));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain("row 317");
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: "rows.317.stock" })]);
    expect(await countProducts()).toBe(before);

    rows[316] = ["Cà phê Khe Sanh lô 317", category.id, 120000, "gói 500g", 5];
    const ok = await upload(Buffer.from(csvOf(rows), "utf8"));
    expect(ok.status).toBe(201);
    expect(ok.body.created).toBe(400);
    expect(await countProducts()).toBe(before + 400);
  });

  it("refuses more than 500 rows, unknown columns, a missing column, and files that are not spreadsheets", async () => {
    const rows: (string | number)[][] = [["name", "category", "price", "unit", "stock"]];
    for (let i = 0; i < 501; i++) rows.push([`Sản phẩm ${i}`, category.slug, 1000, "cái", 1]);
    const tooMany = await upload(Buffer.from(csvOf(rows), "utf8"));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toContain("500");
    expect((await upload(Buffer.from("name,price,colour\r\nA,1,red\r\n"))).body.error.message).toMatch(/Unknown columns: colour/);
    expect((await upload(Buffer.from("name,category,price,unit\r\nA b c,x,1,cái\r\n"))).body.error.message).toContain("stock");
    expect((await upload(Buffer.from([0x00, 0x01, 0x02, 0x03]))).status).toBe(415);
    expect((await upload(Buffer.from("PK\u0003\u0004garbage"))).status).toBe(422);
    expect((await t.http.post("/api/seller/products/import").set(authHeader(t, owner)).send({})).status).toBe(415);
    expect(
      (await t.http.post("/api/seller/products/import").set(authHeader(t, owner)).attach("image", Buffer.from("a"), "a.csv"))
        .status,
    ).toBe(400);
    expect((await upload(Buffer.from("a"), { dryRun: true }).query({ extra: 1 })).status).toBe(400);
  });

  it("reads Windows-1258 and UTF-8-with-BOM CSV (semicolons too) with Vietnamese text intact", async () => {
    const name = "Nước mắm Cửa Việt thượng hạng";
    const text = csvOf([VI_HEADER, [name, category.slug, "85.000 ₫", "chai 650ml", 12, "Ủ chượp 12 tháng"]], ";");
    for (const [label, bytes] of [
      ["cp1258", toWindows1258(text)],
      ["bom", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])],
    ] as const) {
      const res = await upload(bytes);
      expect([label, res.status]).toEqual([label, 201]);
    }
    const rows = await t.ds.query<{ name: string; price: number; description: string; unit: string }[]>(
      `SELECT name, price, description, unit FROM product WHERE stall_id = $1 AND name = $2`,
      [stall.id, name],
    );
    expect(rows).toEqual([
      { name, price: 85000, description: "Ủ chượp 12 tháng", unit: "chai 650ml" },
      { name, price: 85000, description: "Ủ chượp 12 tháng", unit: "chai 650ml" },
    ]);
  });

  it("reads XLSX, and the template (XLSX and CSV) imports as it is", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sản phẩm");
    ws.addRow(VI_HEADER);
    ws.addRow(["Gạo lứt Hải Lăng", category.slug, 45000, "túi 2kg", 30, { richText: [{ text: "Gạo " }, { text: "hữu cơ" }] }]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(xlsx, { name: "san-pham.xlsx" });
    expect(res.status).toBe(201);
    const [p] = await t.ds.query<{ price: number; description: string }[]>(
      `SELECT price, description FROM product WHERE stall_id = $1 AND name = 'Gạo lứt Hải Lăng'`,
      [stall.id],
    );
    expect(p).toEqual({ price: 45000, description: "Gạo hữu cơ" });

    for (const format of ["xlsx", "csv"]) {
      const tpl = await t.http
        .get(`/api/seller/products/import/template?format=${format}`)
        .set(authHeader(t, owner))
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on("data", (c: Buffer) => chunks.push(c));
          r.on("end", () => cb(null, Buffer.concat(chunks)));
        });
      expect(tpl.status).toBe(200);
      expect(tpl.headers["content-disposition"]).toContain(`mau-nhap-san-pham.${format}`);
      const dry = await upload(tpl.body as Buffer, { dryRun: true, name: `t.${format}` });
      expect([format, dry.body]).toEqual([format, expect.objectContaining({ total: 1, valid: 1 })]);
    }
    expect((await t.http.get("/api/seller/products/import/template?format=pdf").set(authHeader(t, owner))).status).toBe(400);
  });

  it("works for a helper with the catalog scope, one audit row per product; refuses one without it", async () => {
    const { helper, grant } = await buildGrant(t.ds, stall, { scopes: ["catalog"] });
    const file = Buffer.from(csvOf([VI_HEADER, row(7), row(8), row(9)]), "utf8");
    const res = await upload(file, { as: { ...authHeader(t, helper), "X-Acting-For-Stall": stall.id } });
    expect(res.status).toBe(201);
    const audit = await t.ds.getRepository(StallAudit).find({ where: { grantId: grant.id } });
    expect(audit).toHaveLength(3);
    expect(audit.every((a) => a.route === "POST /seller/products/import" && a.actorId === helper.id)).toBe(true);
    expect(audit.map((a) => a.after?.name).sort()).toEqual([row(7)[0], row(8)[0], row(9)[0]]);

    const other = (await buildGrant(t.ds, stall, { scopes: ["orders"] })).helper;
    const refused = await upload(file, { as: { ...authHeader(t, other), "X-Acting-For-Stall": stall.id } });
    expect(refused.body.error).toMatchObject({ code: "acting_not_allowed", reason: "scope_missing" });
    // A shopper without a stall is refused as on every seller route.
    expect((await upload(file, { as: authHeader(t, await buildUser(t.ds)) })).status).toBe(403);
  });
});
