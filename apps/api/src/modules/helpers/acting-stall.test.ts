import type { Express } from "express";
import { STALL_SCOPES, type StallScope } from "@chophien/contracts";
import { authHeader, buildCategory, buildGrant, buildOrder, buildProduct, buildStall, buildUser } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";
import { Product } from "../catalog/product.entity";
import type { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";
import type { ScopeNeed } from "./acting-stall";
import { StallAudit } from "./stall-audit.entity";
import { StallGrant } from "./stall-grant.entity";

interface Declared {
  method: string;
  path: string;
  scope: ScopeNeed | undefined;
}
interface Layer {
  route?: { path: unknown; methods: Record<string, boolean>; stack: { handle: { stallScope?: ScopeNeed } }[] };
  handle?: { stack?: Layer[] };
}

/** Every route of the app's routers (paths relative to /api), with the scope its handlers declare. */
function routesOf(app: Express): Declared[] {
  const out: Declared[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        const scope = layer.route.stack.map((l) => l.handle.stallScope).find(Boolean);
        // (Regular-expression paths, like the SPA's, are no seller routes.)
        for (const path of ([] as unknown[]).concat(layer.route.path).filter((p) => typeof p === "string"))
          for (const method of Object.keys(layer.route.methods)) out.push({ method, path, scope });
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return out;
}

let t: TestApp;
let stall: Stall;
let owner: User;
let routes: Declared[];
const header = "X-Acting-For-Stall";

beforeAll(async () => {
  t = await startTestApp();
  stall = await buildStall(t.ds);
  owner = await t.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
  routes = routesOf(t.app).filter((r) => r.path.startsWith("/seller"));
});
afterAll(() => t.close());

const call = (r: Declared, who: User, actingFor?: string) => {
  const url = "/api" + r.path.replace(/:[A-Za-z]+/g, "00000000-0000-4000-8000-000000000000");
  const req = t.http[r.method as "get" | "post" | "patch" | "delete"](url).set(authHeader(t, who));
  if (actingFor) req.set(header, actingFor);
  return r.method === "get" || r.method === "delete" ? req : req.send({});
};
const allowed = (status: number) => status !== 401 && status !== 403;

describe("acting for a stall", () => {
  it("every /api/seller route declares a scope, and the OpenAPI document lists no other", async () => {
    expect(routes.length).toBeGreaterThanOrEqual(19);
    expect(routes.filter((r) => !r.scope)).toEqual([]);
    for (const r of routes) expect([...STALL_SCOPES, "owner-only"]).toContain(r.scope);
    // Money is never delegable.
    for (const p of ["/seller/ledger", "/seller/payouts"]) expect(routes.find((r) => r.path === p)?.scope).toBe("owner-only");
    const doc = (await t.http.get("/api/openapi.json")).body as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    };
    for (const [path, ops] of Object.entries(doc.paths).filter(([p]) => p.startsWith("/api/seller")))
      for (const [method, op] of Object.entries(ops)) {
        const express = path.slice(4).replace(/\{(\w+)\}/g, ":$1");
        expect(routes.find((r) => r.path === express && r.method === method)).toMatchObject({ scope: expect.any(String) });
        expect(op.parameters).toContainEqual(expect.objectContaining({ name: header, in: "header" }));
      }
  });

  it("lets each route through for the owner and a helper holding its scope, and refuses every other helper with a reason", async () => {
    const helperWith = new Map<StallScope, User>();
    const helperWithout = new Map<StallScope, User>();
    for (const s of STALL_SCOPES) {
      helperWith.set(s, (await buildGrant(t.ds, stall, { scopes: [s] })).helper);
      helperWithout.set(s, (await buildGrant(t.ds, stall, { scopes: STALL_SCOPES.filter((x) => x !== s) })).helper);
    }
    const everything = (await buildGrant(t.ds, stall)).helper;
    const past = new Date(Date.now() - 60_000);
    const refused: [string, User][] = [
      ["grant_awaiting_consent", (await buildGrant(t.ds, stall, { status: "awaiting_consent" })).helper],
      ["grant_expired", (await buildGrant(t.ds, stall, { expiresAt: past })).helper],
      ["grant_expired", (await buildGrant(t.ds, stall, { status: "expired" })).helper],
      ["grant_revoked", (await buildGrant(t.ds, stall, { status: "revoked" })).helper],
      ["no_grant", await buildUser(t.ds)],
    ];

    for (const r of routes) {
      const what = `${r.method.toUpperCase()} ${r.path} (${r.scope})`;
      const status = async (who: User, actingFor?: string) => (await call(r, who, actingFor)).status;
      const refusal = async (who: User) => {
        const res = await call(r, who, stall.id);
        return `${res.status} ${res.body.error?.code} ${res.body.error?.reason}`;
      };
      expect([what, allowed(await status(owner))]).toEqual([what, true]);
      expect([what, allowed(await status(owner, stall.id))]).toEqual([what, true]);
      if (r.scope === "owner-only") {
        expect([what, await refusal(everything)]).toEqual([what, "403 acting_not_allowed owner_only"]);
      } else {
        const scope = r.scope!;
        expect([what, allowed(await status(helperWith.get(scope)!, stall.id))]).toEqual([what, true]);
        expect([what, await refusal(helperWithout.get(scope)!)]).toEqual([what, "403 acting_not_allowed scope_missing"]);
      }
      for (const [reason, who] of refused) expect([what, await refusal(who)]).toEqual([what, `403 acting_not_allowed ${reason}`]);
    }
  });

  it("applies a revocation or an expiry on the very next request", async () => {
    const { grant, helper } = await buildGrant(t.ds, stall, { scopes: ["catalog"] });
    const list = () => t.http.get("/api/seller/products").set(authHeader(t, helper)).set(header, stall.id);
    expect((await list()).status).toBe(200);
    await t.ds.getRepository(StallGrant).update({ id: grant.id }, { status: "revoked" });
    expect((await list()).body.error).toMatchObject({ code: "acting_not_allowed", reason: "grant_revoked" });

    const second = await buildGrant(t.ds, stall, { helper, scopes: ["catalog"] });
    expect((await list()).status).toBe(200);
    await t.ds.getRepository(StallGrant).update({ id: second.grant.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await list()).body.error).toMatchObject({ code: "acting_not_allowed", reason: "grant_expired" });
  });

  it("does not let a helper reach another stall, nor a suspended one, and refuses a malformed header", async () => {
    const { helper } = await buildGrant(t.ds, stall, { scopes: ["catalog"] });
    const other = await buildStall(t.ds);
    const asHelper = (stallId: string) => t.http.get("/api/seller/products").set(authHeader(t, helper)).set(header, stallId);
    expect((await asHelper(other.id)).body.error).toMatchObject({ code: "acting_not_allowed", reason: "no_grant" });
    expect((await asHelper("00000000-0000-4000-8000-000000000000")).status).toBe(403);
    expect((await asHelper("not-a-stall")).status).toBe(400);
    const suspended = await buildStall(t.ds, { status: "suspended" });
    await buildGrant(t.ds, suspended, { helper, scopes: ["catalog"] });
    expect((await asHelper(suspended.id)).body.error).toMatchObject({ reason: "stall_not_approved" });
    // Without the header a helper is just a user without a stall, as before.
    expect((await t.http.get("/api/seller/products").set(authHeader(t, helper))).status).toBe(403);
  });
});

describe("the audit of writes under a grant", () => {
  const auditOf = (grantId: string) => t.ds.getRepository(StallAudit).find({ where: { grantId }, order: { at: "ASC" } });

  it("records one row per successful write, with who, the grant, the route, the target and the change", async () => {
    const { grant, helper } = await buildGrant(t.ds, stall, { scopes: ["catalog", "orders"] });
    const as = { ...authHeader(t, helper), [header]: stall.id };
    const category = await buildCategory(t.ds);
    const created = await t.http
      .post("/api/seller/products")
      .set(as)
      .send({ name: "Mật ong rừng", categoryId: category.id, price: 150000, unit: "chai", stock: 5 });
    expect(created.status).toBe(201);
    const id = created.body.product.id as string;
    expect(await auditOf(grant.id)).toEqual([
      expect.objectContaining({
        stallId: stall.id,
        actorId: helper.id,
        route: "POST /seller/products",
        targetId: id,
        before: null,
        after: expect.objectContaining({ name: "Mật ong rừng", price: 150000 }),
      }),
    ]);

    expect((await t.http.patch(`/api/seller/products/${id}`).set(as).send({ price: 160000, stock: 5 })).status).toBe(200);
    const [, update] = await auditOf(grant.id);
    expect(update).toMatchObject({ route: "PATCH /seller/products/:id", before: { price: 150000 }, after: { price: 160000 } });

    expect((await t.http.delete(`/api/seller/products/${id}`).set(as)).status).toBe(204);
    expect((await auditOf(grant.id)).at(-1)).toMatchObject({ route: "DELETE /seller/products/:id", after: null });

    const order = await buildOrder(t.ds, { items: [{ product: await buildProduct(t.ds, { stall }) }], status: "placed" });
    const confirmed = await t.http.post(`/api/seller/orders/${order.stallOrders[0]!.id}/confirm`).set(as).send({});
    expect(confirmed.status).toBe(200);
    expect((await auditOf(grant.id)).at(-1)).toMatchObject({
      route: "POST /seller/orders/:id/confirm",
      targetId: order.stallOrders[0]!.id,
      before: { status: "placed" },
      after: { status: "confirmed" },
    });
    expect(await auditOf(grant.id)).toHaveLength(4);

    // Asking the admins to look again at a hidden product is a write too.
    const hidden = await buildProduct(t.ds, { stall });
    await t.ds.getRepository(Product).update({ id: hidden.id }, { hiddenAt: new Date(), hiddenReason: "Ảnh mờ" });
    const asked = await t.http.post(`/api/seller/products/${hidden.id}/request-review`).set(as).send({ note: "Đã thay ảnh" });
    expect(asked.status).toBe(200);
    expect((await auditOf(grant.id)).at(-1)).toMatchObject({
      route: "POST /seller/products/:id/request-review",
      targetId: hidden.id,
      after: { reviewRequestNote: "Đã thay ảnh" },
    });
    expect(await auditOf(grant.id)).toHaveLength(5);

    // The owner's own writes are not a helper's: no audit row.
    const before = await t.ds.getRepository(StallAudit).countBy({ stallId: stall.id });
    await t.http
      .patch(`/api/seller/products/${(await buildProduct(t.ds, { stall })).id}`)
      .set(authHeader(t, owner))
      .send({ stock: 9 });
    expect(await t.ds.getRepository(StallAudit).countBy({ stallId: stall.id })).toBe(before);
  });

  it("leaves no row when the write fails, and goes with its transaction", async () => {
    const { grant, helper } = await buildGrant(t.ds, stall, { scopes: ["catalog", "orders"] });
    const as = { ...authHeader(t, helper), [header]: stall.id };
    const product = await buildProduct(t.ds, { stall, price: 100000 });
    // Refused writes: an unknown category, a compare-at price below the price, an illegal order move.
    expect(
      (
        await t.http
          .post("/api/seller/products")
          .set(as)
          .send({ name: "X y z", categoryId: grant.id, price: 1, unit: "kg", stock: 1 })
      ).status,
    ).toBe(400);
    expect((await t.http.patch(`/api/seller/products/${product.id}`).set(as).send({ compareAtPrice: 90000 })).status).toBe(400);
    const order = await buildOrder(t.ds, { items: [{ product }], status: "delivered" });
    expect((await t.http.post(`/api/seller/orders/${order.stallOrders[0]!.id}/confirm`).set(as).send({})).status).toBe(409);
    expect(await auditOf(grant.id)).toEqual([]);

    // The row is written through the caller's manager: a rollback takes it away with the change.
    await expect(
      t.ds.transaction(async (m) => {
        await m.query(`UPDATE product SET stock = 0 WHERE id = $1`, [product.id]);
        await m.query(
          `INSERT INTO stall_audit (stall_id, actor_id, grant_id, route, target_id, before, after) VALUES ($1, $2, $3, 'test', $4, '{"stock":5}', '{"stock":0}')`,
          [stall.id, helper.id, grant.id, product.id],
        );
        throw new Error("the change fails after its audit row");
      }),
    ).rejects.toThrow("the change fails");
    expect(await auditOf(grant.id)).toEqual([]);
  });

  it("is append-only", async () => {
    const { grant, helper } = await buildGrant(t.ds, stall, { scopes: ["catalog"] });
    const p = await buildProduct(t.ds, { stall });
    await t.http
      .patch(`/api/seller/products/${p.id}`)
      .set({ ...authHeader(t, helper), [header]: stall.id })
      .send({ stock: 3 });
    const [row] = await auditOf(grant.id);
    await expect(t.ds.query(`UPDATE stall_audit SET route = 'x' WHERE id = $1`, [row!.id])).rejects.toThrow(/append-only/);
    await expect(t.ds.query(`DELETE FROM stall_audit WHERE id = $1`, [row!.id])).rejects.toThrow(/append-only/);
  });
});
