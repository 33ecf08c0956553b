import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { DataSource } from "typeorm";
import { authHeader, buildCategory, buildUser, postCheckout } from "../../../test/factories";
import { freshMigratedDatabase } from "../../../test/database";
import { startTestApp, TEST_JWT_SECRET, type TestApp } from "../../../test/harness";
import { createDataSource } from "../../db/data-source";
import type { Mailer } from "../../lib/mail/mailer";
import { createOutboxSms, readSmsOutbox } from "../../lib/sms/sms";
import { dispatchOutbox } from "../notifications/notifications.service";
import { User } from "../users/user.entity";

/**
 * The "done when": a helper onboards a producer without a smartphone (witnessed paper consent), imports 40
 * products from a spreadsheet and confirms their orders; the producer sees every action and ends the help in one call.
 */
let db: { url: string; drop: () => Promise<void> };
let ds: DataSource;
let t: TestApp;
let smsDir: string;
beforeAll(async () => {
  db = await freshMigratedDatabase();
  ds = await createDataSource({ url: db.url, poolSize: 4 }).initialize();
  t = await startTestApp({ ds });
  smsDir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-scenario-sms-"));
});
afterAll(async () => {
  await t.close();
  await db.drop();
  fs.rmSync(smsDir, { recursive: true, force: true });
});

const mailer: Mailer = { send: () => Promise.resolve() };

it("a helper runs a stall for a producer with consent and a trail, until the producer ends it", async () => {
  const admin = await buildUser(ds, { role: "admin" });
  const helper = await buildUser(ds, { fullName: "Nguyễn Văn A" });
  const category = await buildCategory(ds, { name: "Mật ong và sản phẩm từ ong" });
  const A = authHeader(t, admin);
  const H = authHeader(t, helper);

  // 1. An admin makes the youth-union member a helper.
  expect(
    (
      await t.http
        .post("/api/admin/helpers")
        .set(A)
        .send({ email: helper.email, organisation: "Tổ công nghệ số cộng đồng xã Hướng Phùng" })
    ).status,
  ).toBe(201);

  // 2. The helper onboards a producer who has only a basic phone and no e-mail.
  const onboarded = await t.http
    .post("/api/helper/stalls")
    .set(H)
    .send({
      name: "Mật ong bà Lành",
      story: "Bà Hồ Thị Lành nuôi ong dưới tán rừng Hướng Hóa hơn hai mươi năm.",
      province: "quang-tri",
      address: "Thôn Tà Rùng, xã Hướng Phùng",
      phone: "0356789012",
      businessType: "household",
      owner: { fullName: "Hồ Thị Lành", phone: "0356 789 012" },
      scopes: ["catalog", "orders"],
      days: 90,
    });
  expect(onboarded.status).toBe(201);
  const stallId = onboarded.body.stall.id as string;
  const grantId = onboarded.body.grant.id as string;
  expect(onboarded.body.grant.status).toBe("awaiting_consent");

  // The basic phone gets the claim link and the consent code by SMS; she cannot type codes, so she signs on paper.
  await dispatchOutbox(ds, mailer, {
    sms: createOutboxSms(smsDir),
    signInLinks: { publicUrl: "http://localhost", secret: TEST_JWT_SECRET },
  });
  expect((await readSmsOutbox(smsDir)).filter((s) => s.to === "+84356789012")).toHaveLength(2);
  expect((await t.http.post(`/api/admin/stalls/${stallId}/approve`).set(A).send({})).status).toBe(200);
  const witnessed = await t.http
    .post(`/api/admin/grants/${grantId}/witness`)
    .set(A)
    .send({ note: "Bà Lành ký giấy đồng ý tại nhà văn hoá thôn, cán bộ Đoàn xã chứng kiến" });
  expect(witnessed.body.grant).toMatchObject({ status: "active", consentMethod: "witnessed", scopes: ["catalog", "orders"] });

  // 3. The helper imports 40 products from a spreadsheet, acting for her stall.
  const acting = { ...H, "X-Acting-For-Stall": stallId };
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sản phẩm");
  ws.addRow(["Tên sản phẩm", "Danh mục", "Giá bán (đồng)", "Đơn vị", "Tồn kho", "Trạng thái", "Mô tả"]);
  for (let i = 1; i <= 40; i++)
    ws.addRow([`Mật ong rừng loại ${i}`, category.slug, 100000 + i * 1000, "chai 500ml", 20, "đang bán", "Mật ong nguyên chất"]);
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  const dry = await t.http.post("/api/seller/products/import?dryRun=true").set(acting).attach("file", file, "mat-ong.xlsx");
  expect(dry.body).toMatchObject({ dryRun: true, total: 40, valid: 40, created: 0 });
  const imported = await t.http.post("/api/seller/products/import").set(acting).attach("file", file, "mat-ong.xlsx");
  expect(imported.status).toBe(201);
  expect(imported.body.created).toBe(40);

  // 4. Shoppers order; the helper sees the orders waiting and confirms them.
  const products = (await t.http.get("/api/seller/products?limit=60").set(acting)).body.items as { id: string }[];
  expect(products).toHaveLength(40);
  for (const p of products.slice(0, 3)) {
    const buyer = await buildUser(ds);
    expect((await t.http.put("/api/cart/items").set(authHeader(t, buyer)).send({ productId: p.id, quantity: 2 })).status).toBe(
      200,
    );
    expect((await postCheckout(t, buyer)).status).toBe(201);
  }
  const waiting = (await t.http.get("/api/seller/orders?status=placed").set(acting)).body.items as { id: string }[];
  expect(waiting).toHaveLength(3);
  for (const o of waiting)
    expect((await t.http.post(`/api/seller/orders/${o.id}/confirm`).set(acting).send({})).status).toBe(200);

  // Money stays hers: the helper cannot see the ledger or payouts.
  expect((await t.http.get("/api/seller/ledger").set(acting)).body.error.reason).toBe("owner_only");

  // 5. The producer (signed in) sees every action in the audit, who did it and under which grant.
  const owner = await ds.getRepository(User).findOneByOrFail({ id: onboarded.body.owner.id as string });
  const O = authHeader(t, owner);
  const audit = await t.http.get("/api/me/stall/audit?limit=60").set(O);
  expect(audit.body.total).toBe(43);
  const routes = (audit.body.items as { route: string; actor: { fullName: string }; grantId: string }[]).map((r) => r.route);
  expect(routes.filter((r) => r === "POST /seller/products/import")).toHaveLength(40);
  expect(routes.filter((r) => r === "POST /seller/orders/:id/confirm")).toHaveLength(3);
  expect(
    audit.body.items.every(
      (r: { actor: { fullName: string }; grantId: string }) => r.actor.fullName === "Nguyễn Văn A" && r.grantId === grantId,
    ),
  ).toBe(true);
  const csv = await t.http.get("/api/me/stall/audit?format=csv").set(O);
  expect(csv.text.trim().split("\r\n")).toHaveLength(44);

  // 6. She ends the help in one call; the helper's very next request is refused.
  const grants = await t.http.get("/api/me/stall/grants").set(O);
  expect(grants.body.items).toEqual([
    expect.objectContaining({ id: grantId, status: "active", helper: expect.objectContaining({ fullName: "Nguyễn Văn A" }) }),
  ]);
  expect((await t.http.delete(`/api/me/stall/grants/${grantId}`).set(O)).body.grant.status).toBe("revoked");
  const next = await t.http.get("/api/seller/orders").set(acting);
  expect(next.status).toBe(403);
  expect(next.body.error).toMatchObject({ code: "acting_not_allowed", reason: "grant_revoked" });
  expect((await t.http.get("/api/helper/stalls").set(H)).body.items[0].grant.status).toBe("revoked");
});
