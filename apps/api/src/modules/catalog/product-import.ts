import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import Papa from "papaparse";
import type { DataSource } from "typeorm";
import { CreateProductRequest, HELPER_LIMITS, foldVietnamese, type ImportResult } from "@chophien/contracts";
import { AppError } from "../../http/errors";

/**
 * Bulk product import: a CSV (UTF-8, UTF-8 with BOM, or Windows-1258 as old Vietnamese Excel saves it) or an XLSX
 * file, one product per row, columns named like the product JSON fields or their Vietnamese names.
 */

/** A column: the product field it fills, and the header names accepted for it (compared folded, without spaces). */
const COLUMNS: { field: string; vi: string; aliases: string[] }[] = [
  { field: "name", vi: "Tên sản phẩm", aliases: ["ten", "tensanpham", "sanpham"] },
  { field: "category", vi: "Danh mục", aliases: ["categoryid", "categoryslug", "danhmuc", "madanhmuc"] },
  { field: "price", vi: "Giá bán (đồng)", aliases: ["gia", "giaban", "giabandong", "giadong", "dongia"] },
  { field: "compareAtPrice", vi: "Giá gốc (đồng)", aliases: ["giagoc", "giagocdong", "giatruockhigiam"] },
  { field: "unit", vi: "Đơn vị", aliases: ["donvi", "donvitinh", "quycach"] },
  { field: "stock", vi: "Tồn kho", aliases: ["tonkho", "soluong", "soluongton"] },
  { field: "weightGrams", vi: "Khối lượng (g)", aliases: ["khoiluong", "khoiluongg", "trongluong", "trongluongg"] },
  { field: "description", vi: "Mô tả", aliases: ["mota"] },
  { field: "status", vi: "Trạng thái", aliases: ["trangthai"] },
  { field: "originProvince", vi: "Tỉnh xuất xứ", aliases: ["xuatxu", "tinhxuatxu", "tinh"] },
  { field: "gtin", vi: "Mã vạch (GTIN)", aliases: ["mavach", "mavachgtin", "gtin"] },
];

const key = (h: string) => foldVietnamese(h).replace(/[^a-z0-9]/g, "");
const HEADER = new Map<string, string>();
for (const c of COLUMNS) for (const name of [c.field, c.vi, ...c.aliases]) HEADER.set(key(name), c.field);

const STATUS_VI: Record<string, string> = {
  nhap: "draft",
  bannhap: "draft",
  dangban: "active",
  ban: "active",
  hienthi: "active",
  luutru: "archived",
  ngungban: "archived",
};

/** A file's text: UTF-8 (BOM stripped) when it decodes as UTF-8, else Windows-1258 (tones composed, NFC). */
export function decodeCsv(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString("utf8").normalize("NFC");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).normalize("NFC");
  } catch {
    // Windows-1258 writes tones as combining marks after the letter: compose them.
    return iconv.decode(bytes, "windows1258").normalize("NFC");
  }
}

export type Cell = string | number | null;
export interface SheetRow {
  /** The row's number in the file (the header is row 1). */
  row: number;
  cells: Cell[];
}

const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("result" in v) return cellValue(v.result ?? null);
  if ("text" in v) return String(v.text);
  return null;
}

/** The first sheet's rows (XLSX) or the CSV's lines (delimiter detected: `,` `;` or tab). */
export async function readSheet(bytes: Buffer): Promise<SheetRow[]> {
  if (isZip(bytes)) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new AppError("unprocessable", "This file is not a readable XLSX workbook");
    }
    const ws = wb.worksheets[0];
    if (!ws) return [];
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (r, n) => {
      const values = (r.values as ExcelJS.CellValue[]).slice(1); // exceljs rows are 1-based
      rows.push({ row: n, cells: values.map(cellValue) });
    });
    return rows;
  }
  if (bytes.includes(0)) throw new AppError("unsupported_media_type", "Send a CSV or XLSX file");
  const parsed = Papa.parse<string[]>(decodeCsv(bytes), { skipEmptyLines: false, delimitersToGuess: [",", ";", "\t"] });
  return parsed.data.map((cells, i) => ({ row: i + 1, cells }));
}

interface RowError {
  field: string;
  message: string;
}

const blank = (c: Cell | undefined) => c === null || c === undefined || String(c).trim() === "";

/** "120.000 ₫", "120,000", "120000đ" → 120000; text that is not a whole number stays text (zod says why). */
function dong(c: Cell): unknown {
  if (typeof c === "number") return c;
  const s = String(c).replace(/\s|₫|đ|vnd|vnđ/gi, "");
  return /^\d{1,3}([.,]\d{3})+$/.test(s) ? Number(s.replace(/[.,]/g, "")) : /^\d+$/.test(s) ? Number(s) : s;
}
function int(c: Cell): unknown {
  if (typeof c === "number") return c;
  const s = String(c).trim().replace(/\s/g, "");
  return /^-?\d+$/.test(s) ? Number(s) : /^\d{1,3}([.,]\d{3})+$/.test(s) ? Number(s.replace(/[.,]/g, "")) : s;
}

export interface ParsedImport {
  rows: { row: number; name: string | null; errors: RowError[]; product: CreateProductRequest | null }[];
}

/**
 * Maps the header and checks every row against the product contract (categories by id or slug): each row's
 * errors, and the products when a row is fine. Unknown columns are an error of the file, not ignored silently.
 */
export async function parseImport(ds: DataSource, bytes: Buffer): Promise<ParsedImport> {
  const sheet = (await readSheet(bytes)).filter((r) => r.cells.some((c) => !blank(c)));
  const [header, ...data] = sheet;
  if (!header) throw new AppError("validation_failed", "The file is empty", [{ path: "file", message: "No header row" }]);
  const fields = header.cells.map((c) => (blank(c) ? null : (HEADER.get(key(String(c))) ?? undefined)));
  const unknown = header.cells.filter((_, i) => fields[i] === undefined).map(String);
  if (unknown.length)
    throw new AppError(
      "validation_failed",
      `Unknown columns: ${unknown.slice(0, 5).join(", ")}. Download the template to see the column names`,
      unknown.slice(0, 20).map((u) => ({ path: "file.header", message: `Unknown column "${u.slice(0, 60)}"` })),
    );
  for (const required of ["name", "category", "price", "unit", "stock"])
    if (!fields.includes(required))
      throw new AppError("validation_failed", `The column "${required}" is missing`, [
        { path: "file.header", message: `Missing column ${required}` },
      ]);
  if (data.length > HELPER_LIMITS.importRows)
    throw new AppError(
      "validation_failed",
      `At most ${HELPER_LIMITS.importRows} products per file (this one has ${data.length})`,
      [{ path: "file", message: "Too many rows" }],
    );

  const categories = await ds.query<{ id: string; slug: string }[]>(`SELECT id, slug FROM category`);
  const categoryId = new Map<string, string>();
  for (const c of categories) {
    categoryId.set(c.id.toLowerCase(), c.id);
    categoryId.set(c.slug.toLowerCase(), c.id);
  }

  const seenGtin = new Map<string, number>();
  const rows = data.map(({ row, cells }) => {
    const raw: Record<string, Cell> = {};
    fields.forEach((f, i) => {
      if (f && !blank(cells[i])) raw[f] = typeof cells[i] === "string" ? cells[i].trim() : (cells[i] ?? null);
    });
    const errors: RowError[] = [];
    const body: Record<string, unknown> = {};
    for (const [f, v] of Object.entries(raw)) {
      if (v === null) continue;
      if (f === "category") {
        const id = categoryId.get(String(v).toLowerCase());
        if (id) body.categoryId = id;
        else errors.push({ field: "category", message: `No category "${String(v).slice(0, 60)}" (use its id or slug)` });
      } else if (f === "price" || f === "compareAtPrice") body[f] = dong(v);
      else if (f === "stock" || f === "weightGrams") body[f] = int(v);
      else if (f === "status") body.status = STATUS_VI[key(String(v))] ?? String(v).toLowerCase();
      else if (f === "gtin") body.gtin = String(v).replace(/\s/g, "");
      else body[f] = String(v);
    }
    if (raw.category === undefined) errors.push({ field: "category", message: "Required" });

    const parsed = CreateProductRequest.safeParse(body);
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join(".") || "row";
        if (field === "categoryId" && errors.some((e) => e.field === "category")) continue;
        errors.push({ field: field.startsWith("ocop") ? "ocop" + field.slice(5) : field, message: issue.message });
      }
    if (parsed.success && parsed.data.gtin) {
      const first = seenGtin.get(parsed.data.gtin);
      if (first) errors.push({ field: "gtin", message: `Same GTIN as row ${first}` });
      else seenGtin.set(parsed.data.gtin, row);
    }
    return {
      row,
      name: typeof raw.name === "string" ? raw.name : null,
      errors,
      product: parsed.success && !errors.length ? parsed.data : null,
    };
  });
  return { rows };
}

/** The answer: per-row errors (only rows with errors are listed, to keep 500-row answers short). */
export function importResult(p: ParsedImport, dryRun: boolean, created: number): ImportResult {
  const bad = p.rows.filter((r) => r.errors.length);
  return {
    dryRun,
    total: p.rows.length,
    valid: p.rows.length - bad.length,
    created,
    rows: bad.map(({ row, name, errors }) => ({ row, name, errors })),
  };
}

/** The template's header (Vietnamese names) and one example row. */
export function templateRows(categorySlug: string): string[][] {
  return [COLUMNS.map((c) => c.vi), exampleRow(categorySlug)];
}

function exampleRow(categorySlug: string): string[] {
  const example: Record<string, string> = {
    name: "Mật ong rừng Hướng Hóa",
    category: categorySlug,
    price: "150000",
    compareAtPrice: "",
    unit: "chai 500ml",
    stock: "20",
    weightGrams: "600",
    description: "Mật ong nguyên chất từ rừng Hướng Hóa",
    status: "nháp",
    ocopStars: "4",
    ocopCertificateNo: "QT-2024-015",
    ocopYear: "2024",
    originProvince: "quang-tri",
    gtin: "",
  };
  return COLUMNS.map((c) => example[c.field] ?? "");
}

/** The template as CSV (UTF-8 with BOM, so Excel shows the Vietnamese) or XLSX. */
export async function templateFile(format: "csv" | "xlsx", categorySlug: string): Promise<Buffer> {
  const rows = templateRows(categorySlug);
  if (format === "csv") return Buffer.from("\uFEFF" + Papa.unparse(rows, { newline: "\r\n" }) + "\r\n", "utf8");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("San pham");
  for (const r of rows) ws.addRow(r);
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c) => (c.width = 22));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
