import crypto from "node:crypto";
import type { Test } from "supertest";
import type { Product } from "../modules/catalog/product.entity";
import type { Order } from "../modules/orders/order.entity";
import type { StallOrder } from "../modules/orders/stall-order.entity";
import type { Stall } from "../modules/stalls/stall.entity";
import type { User } from "../modules/users/user.entity";
import { authHeader, buildOrder, buildProduct, buildStall, buildUser } from "../../test/factories";
import { startTestApp, type TestApp } from "../../test/harness";

/**
 * Schema-driven fuzzing: every operation of the app's own OpenAPI document gets type-confused, oversized,
 * NUL-laden, lone-surrogate and malformed values in each path/query parameter and body field, and no answer may be
 * a 5xx. Seeded and bounded (CASES_PER_OP per operation), so a failure prints a case that replays exactly.
 */
const SEED = 20_261_203;
const CASES_PER_OP = 24;

/** mulberry32: a tiny seeded PRNG, so every run sends the same cases. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
function shuffle<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  format?: string;
  example?: unknown;
  examples?: unknown[];
  default?: unknown;
  minimum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  minItems?: number;
};
interface Parameter {
  in: "path" | "query" | "header";
  name: string;
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface Doc {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const nested = (depth: number, leaf: unknown = 1): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};
const nestedObject = (depth: number): unknown => {
  let v: unknown = "x";
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
};

/** Values for a JSON body field: wrong types, out of range, oversized, hostile text, deep nesting. */
const JSON_VALUES: unknown[] = [
  12345,
  -1,
  0,
  1.5,
  1e308,
  -1e308,
  2 ** 53 + 2,
  2 ** 31,
  -(2 ** 31) - 1,
  true,
  null,
  {},
  [],
  ["a", 1, null],
  { $gt: "" },
  "",
  " ",
  "x".repeat(200_000),
  "a\u0000b",
  "\u0000",
  "\ud800",
  "x\udfffy",
  "%00%ED%A0%80",
  "'; SELECT pg_sleep(1); --",
  "../../etc/passwd",
  "😀".repeat(3_000),
  "\u202e\u0301\ufeff",
  "1e309",
  "2026-02-30T25:61:00Z",
  nested(1_000),
  nestedObject(200),
];

/** Raw (already encoded) text for a path segment or query value. */
const URL_VALUES: string[] = [
  "%00",
  "a%00b",
  "%ED%A0%80",
  "%",
  "%zz",
  "%E0%A4%A",
  "%C0%AF",
  "x".repeat(5_000),
  "-1",
  "0",
  "99999999999999999999",
  "9007199254740993",
  "2147483648",
  "1e309",
  "-0.5",
  "NaN",
  "0x10",
  "..%2F..%2Fetc%2Fpasswd",
  "%F0%9F%98%80",
  "%27%3B%20DROP%20TABLE%20product%3B--",
  "00000000-0000-0000-0000-00000000000",
  "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
  "%20",
  "true",
];

/** Query strings that confuse the shape: repeated keys (arrays), brackets, empty values. */
const QUERY_SHAPES = (name: string): string[] => [`${name}=a&${name}=b`, `${name}[]=1`, `${name}[a]=1`, `${name}=`, name];

interface World {
  admin: User;
  seller: User;
  stall: Stall;
  product: Product;
  /** The seller's own purchase from another stall. */
  order: Order;
  /** A shopper's order from the seller's stall. */
  sale: StallOrder;
}

interface Case {
  label: string;
  path: string;
  query: string;
  body?: unknown;
  rawBody?: string | Buffer;
  contentType?: string;
  multipart?: { field: string; data: Buffer } | { text: [string, string] };
}

function deref(doc: Doc, s: Schema | undefined): Schema {
  let schema = s ?? {};
  for (let i = 0; schema.$ref && i < 10; i++) schema = doc.components?.schemas?.[schema.$ref.split("/").pop()!] ?? {};
  return schema;
}

/** Body fields that name a row: the world's real one, so cases reach past the 404. */
const realField = (key: string | undefined): unknown =>
  key === "productId"
    ? world.product.id
    : key === "stallId"
      ? world.stall.id
      : key === "categoryId"
        ? world.product.categoryId
        : key === "compareAtPrice"
          ? null // above `price` or nothing; a sampled 1 would be refused
          : undefined;

/** A plausible valid value for `schema`, so that each case breaks exactly one thing. */
function sample(doc: Doc, s: Schema | undefined, depth = 0, key?: string): unknown {
  const schema = deref(doc, s);
  if (depth > 8) return null;
  const real = realField(key);
  if (real !== undefined) return real;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.example !== undefined) return schema.example;
  if (schema.examples?.length) return schema.examples[0];
  const alt = schema.anyOf ?? schema.oneOf;
  if (alt) return sample(doc, alt.find((a) => deref(doc, a).type !== "null") ?? alt[0], depth + 1);
  if (schema.allOf?.length) return sample(doc, schema.allOf[0], depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((x) => x !== "null") : schema.type;
  switch (type) {
    case "object":
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, sample(doc, v, depth + 1, k)]));
    case "array":
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => sample(doc, schema.items, depth + 1));
    case "integer":
    case "number":
      return Math.max(1, schema.minimum ?? 1, (schema.exclusiveMinimum ?? 0) + 1);
    case "boolean":
      return true;
    case "string":
      if (schema.format === "uuid") return crypto.randomUUID();
      if (schema.format === "email") return `fuzz.${crypto.randomUUID().slice(0, 8)}@test.chophien.vn`;
      if (schema.format === "date-time") return new Date().toISOString();
      if (schema.format === "date") return "2026-01-15";
      if (schema.format === "uri") return "https://example.vn/x";
      return "Chợ phiên".padEnd(Math.max(3, schema.minLength ?? 3), "x");
    default:
      return "x";
  }
}

/** Every position in a JSON value (the root excluded), as key paths. */
function positions(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const here = [...at, Array.isArray(value) ? Number(k) : k];
    return [here, ...positions(v, here)];
  });
}
function replaced(value: unknown, at: (string | number)[], by: unknown): unknown {
  if (!at.length) return by;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[at[0]!] = replaced(copy[at[0]!], at.slice(1), by);
  return copy;
}

/** Interleaves each target's shuffled values, so CASES_PER_OP covers every target before repeating one. */
function roundRobin<T>(lists: T[][], limit: number): T[] {
  const queues = lists.map((l) => shuffle(l));
  const out: T[] = [];
  while (out.length < limit && queues.some((q) => q.length))
    for (const q of queues) if (q.length && out.length < limit) out.push(q.shift()!);
  return out;
}

/** A real id for a path parameter where the world has one, so cases reach past the 404. */
function realParam(w: World, path: string, name: string): string | undefined {
  if (name === "slug") return path.startsWith("/api/stalls") ? w.stall.slug : w.product.slug;
  if (name === "code") return w.order.code;
  if (name === "productId") return w.product.id;
  if (name === "kind") return "logo";
  if (name !== "id") return undefined;
  if (path.includes("/orders/{id}")) return w.sale.id;
  if (path.includes("/stalls/{id}")) return w.stall.id;
  if (path.includes("/products/{id}")) return w.product.id;
  return undefined;
}

function casesFor(doc: Doc, w: World, method: string, path: string, op: Operation): Case[] {
  const params = op.parameters ?? [];
  const pathParams = Object.fromEntries(
    params
      .filter((p) => p.in === "path")
      .map((p) => [p.name, realParam(w, path, p.name) ?? encodeURIComponent(String(sample(doc, p.schema)))]),
  );
  const urlWith = (over: Record<string, string> = {}) =>
    path.replace(/\{(\w+)\}/g, (_m, name: string) => over[name] ?? pathParams[name] ?? "x");
  const baseQuery = params
    .filter((p) => p.in === "query" && p.required)
    .map((p) => `${p.name}=${encodeURIComponent(String(sample(doc, p.schema)))}`);
  const queryWith = (extra: string, skip?: string) =>
    [...baseQuery.filter((q) => !skip || !q.startsWith(`${skip}=`)), extra].filter(Boolean).join("&");

  const content = op.requestBody?.content ?? {};
  const jsonSchema = content["application/json"]?.schema;
  const multipart = "multipart/form-data" in content;
  const body = jsonSchema ? sample(doc, jsonSchema) : undefined;
  const base: Omit<Case, "label"> = { path: urlWith(), query: queryWith(""), ...(body !== undefined && { body }) };

  const targets: Case[][] = [];
  for (const p of params.filter((x) => x.in === "path"))
    targets.push(URL_VALUES.map((v) => ({ ...base, label: `path ${p.name}=${v.slice(0, 60)}`, path: urlWith({ [p.name]: v }) })));
  for (const p of params.filter((x) => x.in === "query"))
    targets.push(
      [...URL_VALUES.map((v) => `${p.name}=${v}`), ...QUERY_SHAPES(p.name)].map((q) => ({
        ...base,
        label: `query ${q.slice(0, 80)}`,
        query: queryWith(q, p.name),
      })),
    );
  // A parameter the operation does not declare: checked all the same.
  targets.push(
    ["stray=%00", "stray=%ED%A0%80", "%00=1", "stray=%"].map((q) => ({ ...base, label: `query ${q}`, query: queryWith(q) })),
  );
  if (body !== undefined)
    for (const at of positions(body))
      targets.push(
        JSON_VALUES.map((v) => ({
          ...base,
          label: `body.${at.join(".")} = ${JSON.stringify(v)?.slice(0, 60)}`,
          body: replaced(body, at, v),
        })),
      );
  if (jsonSchema || ["post", "put", "patch"].includes(method))
    targets.push([
      { ...base, label: "body []", body: [] },
      { ...base, label: "body nested 100000 deep", rawBody: "[".repeat(100_000) + "]".repeat(100_000) },
      { ...base, label: "body cut off", rawBody: '{"a": "\\u00' },
      { ...base, label: "body with a NUL key", rawBody: '{"\\u0000": 1, "__proto__": {"admin": true}}' },
      {
        ...base,
        label: "body with invalid UTF-8",
        rawBody: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xc0, 0x22, 0x7d]),
      },
      { ...base, label: "body in UTF-7", rawBody: "{}", contentType: "application/json; charset=utf-7" },
      { ...base, label: "JSON sent as text/plain", rawBody: JSON.stringify(body ?? {}), contentType: "text/plain" },
    ]);
  if (multipart)
    targets.push([
      { ...base, label: "multipart junk bytes", multipart: { field: "image", data: crypto.randomBytes(2_000) } },
      { ...base, label: "multipart empty file", multipart: { field: "image", data: Buffer.alloc(0) } },
      { ...base, label: "multipart wrong field", multipart: { field: "a\u0000b", data: Buffer.from("x") } },
      { ...base, label: "multipart NUL text field", multipart: { text: ["caption", "a\u0000b"] } },
      { ...base, label: "multipart without boundary", rawBody: "--x\r\n", contentType: "multipart/form-data" },
    ]);
  return roundRobin(targets, CASES_PER_OP);
}

let t: TestApp;
let world: World;
beforeAll(async () => {
  t = await startTestApp();
  const admin = await buildUser(t.ds, { role: "admin" });
  const stall = await buildStall(t.ds);
  const seller = await t.ds.getRepository("User").findOneByOrFail({ id: stall.ownerId });
  const product = await buildProduct(t.ds, { stall, stock: 1_000 });
  const other = await buildProduct(t.ds, { stock: 1_000 });
  const { order } = await buildOrder(t.ds, { buyer: seller as User, items: [{ product: other }], status: "placed" });
  const { stallOrders } = await buildOrder(t.ds, { items: [{ product }], status: "placed" });
  world = { admin, seller: seller as User, stall, product, order, sale: stallOrders[0]! };
});
afterAll(() => t.close());

async function send(method: string, c: Case, who: User | undefined) {
  const url = c.query ? `${c.path}?${c.query}` : c.path;
  let req = (t.http as unknown as Record<string, (u: string) => Test>)[method]!(url);
  if (who) req = req.set(authHeader(t, who));
  req = req.set("Idempotency-Key", `fuzz-${crypto.randomUUID()}`);
  if (c.multipart)
    return "data" in c.multipart
      ? req.attach(c.multipart.field, c.multipart.data, "photo.png")
      : req.field(c.multipart.text[0], c.multipart.text[1]);
  if (c.rawBody !== undefined) return req.set("Content-Type", c.contentType ?? "application/json").send(c.rawBody);
  if (c.body !== undefined) return req.send(c.body as object);
  return req;
}

const short = (v: unknown) => {
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return s && s.length > 300 ? `${s.slice(0, 300)}… (${s.length} chars)` : s;
};

describe("the OpenAPI fuzz", () => {
  it("answers every hostile case of every operation without a 5xx", async () => {
    const doc = (await t.http.get("/api/openapi.json")).body as Doc;
    const failures: string[] = [];
    let sent = 0;
    // Deletions last, so every other operation still finds the world's rows.
    const operations = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })))
      .sort((a, b) => Number(a.method === "delete") - Number(b.method === "delete"));
    for (const { path, method, op } of operations) {
      const who = op.security?.length ? (path.startsWith("/api/admin") ? world.admin : world.seller) : undefined;
      for (const c of casesFor(doc, world, method, path, op)) {
        sent++;
        const res = await send(method, c, who).catch((err: Error) => ({ status: 599, body: err.message }));
        if (res.status >= 500)
          failures.push(
            `${method.toUpperCase()} ${path} [${c.label}] → ${res.status}\n  url: ${short(`${c.path}?${c.query}`)}\n  body: ${short(c.rawBody ?? c.body ?? c.multipart)}\n  answer: ${short(res.body)}`,
          );
      }
    }
    expect(sent).toBeGreaterThan(1_000);
    expect(failures).toEqual([]);
  }, 300_000);
});
