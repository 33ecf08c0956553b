import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../db/data-source";
import { createJobs } from "../../lib/jobs/jobs";
import { createMailer, type MailMessage, type Mailer } from "../../lib/mail/mailer";
import type { Product } from "../catalog/product.entity";
import { StallOrder } from "../orders/stall-order.entity";
import type { User } from "../users/user.entity";
import { dispatchOutbox, MAX_ATTEMPTS, startNotificationJobs } from "./notifications.service";
import { enqueueNotification, enqueueProductNotice, type OrderNotice, type OrderTopic } from "./outbox";
import { OutboxMessage } from "./outbox.entity";
import { formatVnd } from "@chophien/contracts";
import { formatVnTime } from "./templates";
import { buildOrder, buildProduct, buildStall, buildUser } from "../../../test/factories";
import { freshMigratedDatabase } from "../../../test/database";

// A database of our own: dispatchOutbox takes every pending message, and other suites write outbox rows too.
let db: { url: string; drop: () => Promise<void> };
let ds: DataSource;
let dataDir: string;
beforeAll(async () => {
  db = await freshMigratedDatabase();
  ds = await createDataSource({ url: db.url, poolSize: 6 }).initialize();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-notify-"));
});
afterAll(async () => {
  await ds.destroy();
  await db.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
beforeEach(async () => {
  await ds.query(`DELETE FROM outbox`);
  fs.rmSync(path.join(dataDir, "mail"), { recursive: true, force: true });
});

const enqueue = (topic: OrderTopic, notice: OrderNotice) => ds.transaction((m) => enqueueNotification(m, topic, notice));
const outbox = () => ds.getRepository(OutboxMessage).find({ order: { createdAt: "ASC" } });

/** Records what it is asked to send; `fail(msg)` true makes that send throw. */
function recordingMailer(fail: (msg: MailMessage) => boolean = () => false, delayMs = 0): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return {
    sent,
    async send(msg) {
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      if (fail(msg)) throw new Error(`SMTP 451: mailbox ${msg.to} temporarily unavailable`);
      sent.push(msg);
    },
  };
}

/** The decoded Subject and To of every .eml the dev transport wrote. */
function emlFiles(): { to: string; subject: string; raw: string }[] {
  const dir = path.join(dataDir, "mail");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .map((f) => {
      const raw = fs.readFileSync(path.join(dir, f), "latin1");
      const head = raw.split("\r\n\r\n")[0]!.replace(/\r\n[ \t]+/g, " ");
      const header = (name: string) => new RegExp(`^${name}: (.*)$`, "mi").exec(head)?.[1] ?? "";
      const subject = header("Subject")
        .replace(/\?=\s+=\?/g, "?==?")
        .replace(/=\?utf-8\?q\?([^?]*)\?=/gi, (_m, q: string) =>
          Buffer.from(
            q.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            "latin1",
          ).toString("utf8"),
        )
        .replace(/=\?utf-8\?b\?([^?]*)\?=/gi, (_m, b: string) => Buffer.from(b, "base64").toString("utf8"));
      return { to: header("To"), subject, raw };
    });
}

/** Two stalls with named owners, and a buyer's order of 2 × honey (stall A) and 1 × coffee (stall B). */
async function scene(status: "placed" | "shipped" | "delivered" = "placed") {
  const hung = await buildUser(ds, { fullName: "Lê Văn Hùng", role: "seller" });
  const mai = await buildUser(ds, { fullName: "Hồ Thị Mai", role: "seller" });
  const honeyStall = await buildStall(ds, { owner: hung, name: "Mật ong Hướng Hóa" });
  const coffeeStall = await buildStall(ds, { owner: mai, name: "Cà phê Khe Sanh" });
  const honey: Product = await buildProduct(ds, { stall: honeyStall, name: "Mật ong hoa cà phê", price: 120000 });
  const coffee: Product = await buildProduct(ds, { stall: coffeeStall, name: "Cà phê Arabica rang mộc", price: 185000 });
  const buyer: User = await buildUser(ds, { fullName: "Nguyễn Thị Lan" });
  const { order, stallOrders } = await buildOrder(ds, {
    buyer,
    items: [{ product: honey, quantity: 2 }, { product: coffee }],
    status,
  });
  const honeyPart = stallOrders.find((so) => so.stallId === honeyStall.id)!;
  const coffeePart = stallOrders.find((so) => so.stallId === coffeeStall.id)!;
  return { hung, mai, buyer, order, honeyPart, coffeePart };
}

describe("dispatching the outbox", () => {
  it("mails order.placed to the buyer (every stall's part) and to each stall owner (their part), once", async () => {
    const s = await scene();
    await ds.query(`UPDATE customer_order SET created_at = '2026-11-28T13:46:00Z' WHERE id = $1`, [s.order.id]);
    await enqueue("order.placed", { orderId: s.order.id });
    const mailer = createMailer({ smtpUrl: undefined, dataDir, from: "Chợ Phiên <no-reply@chophien.vn>" });

    expect(await dispatchOutbox(ds, mailer)).toEqual({ processed: 1, failed: 0, mails: 3 });
    const files = emlFiles();
    expect(files.map((f) => [f.to, f.subject]).sort()).toEqual(
      [
        [s.buyer.email, `Chợ Phiên: đã nhận đơn hàng ${s.order.code}`],
        [s.hung.email, `Đơn hàng mới ${s.order.code} — Mật ong Hướng Hóa`],
        [s.mai.email, `Đơn hàng mới ${s.order.code} — Cà phê Khe Sanh`],
      ].sort(),
    );
    const [row] = await outbox();
    expect(row).toMatchObject({ attempts: 1, lastError: null, processedAt: expect.any(Date) });

    expect(await dispatchOutbox(ds, mailer)).toEqual({ processed: 0, failed: 0, mails: 0 });
    expect(emlFiles()).toHaveLength(3);
  });

  it("writes Vietnamese text: đồng as 120.000 ₫, times in GMT+7, each owner sees only their part", async () => {
    const s = await scene();
    await ds.query(`UPDATE customer_order SET created_at = '2026-11-28T13:46:00Z' WHERE id = $1`, [s.order.id]);
    await enqueue("order.placed", { orderId: s.order.id });
    const mailer = recordingMailer();
    await dispatchOutbox(ds, mailer);
    const to = (u: User) => mailer.sent.find((m) => m.to === u.email)!;

    const buyerMail = to(s.buyer);
    expect(buyerMail.text).toContain("Chào Lan,");
    expect(buyerMail.text).toContain("lúc 20:46 28/11/2026 (giờ Việt Nam)");
    expect(buyerMail.text).toContain("Mật ong hoa cà phê (gói 500g) × 2: 240.000 ₫");
    expect(buyerMail.text).toContain("Cà phê Arabica rang mộc (gói 500g) × 1: 185.000 ₫");
    expect(buyerMail.text).toContain("Tổng thanh toán: 425.000 ₫");
    expect(buyerMail.text).toContain("Thanh toán khi nhận hàng (COD)");
    expect(buyerMail.text).toContain("12 Lê Duẩn, Phường Đông Hà, Quảng Trị");
    expect(buyerMail.html).toContain("<strong>425.000 ₫</strong>");

    const hungMail = to(s.hung);
    expect(hungMail.text).toContain("Chào Hùng,");
    expect(hungMail.text).toContain("Mật ong hoa cà phê");
    expect(hungMail.text).not.toContain("Cà phê Arabica");
    expect(hungMail.text).toContain("Giao đến: Nguyễn Thị Lan, 0912345678");
    expect(to(s.mai).text).not.toContain("Mật ong hoa cà phê");
  });

  it("mails the buyer about one stall's confirmation, shipping (carrier, tracking) and delivery; cancellations also reach the owner", async () => {
    const s = await scene();
    await ds
      .getRepository(StallOrder)
      .update({ id: s.honeyPart.id }, { carrier: "Giao Hàng Nhanh", trackingNumber: "GHN5KX29QT" });
    await enqueue("order.confirmed", { orderId: s.order.id, stallOrderId: s.honeyPart.id });
    await enqueue("order.shipped", { orderId: s.order.id, stallOrderId: s.honeyPart.id, note: "Giao Hàng Nhanh · GHN5KX29QT" });
    await enqueue("order.delivered", { orderId: s.order.id, stallOrderId: s.honeyPart.id });
    await enqueue("order.cancelled", { orderId: s.order.id, stallOrderId: s.coffeePart.id, note: "Hết hàng vụ mới" });
    const mailer = recordingMailer();
    expect(await dispatchOutbox(ds, mailer)).toEqual({ processed: 4, failed: 0, mails: 5 });

    const [confirmed, shipped, delivered, cancelled, cancelledOwner] = mailer.sent;
    expect(confirmed).toMatchObject({ to: s.buyer.email, subject: `Đơn hàng ${s.order.code} đã được xác nhận` });
    expect(confirmed!.text).toContain("Gian hàng Mật ong Hướng Hóa đã xác nhận");
    expect(shipped).toMatchObject({ to: s.buyer.email, subject: `Đơn hàng ${s.order.code} đang được giao` });
    expect(shipped!.text).toContain("Đơn vị vận chuyển: Giao Hàng Nhanh");
    expect(shipped!.text).toContain("Mã vận đơn: GHN5KX29QT");
    expect(shipped!.text).not.toContain("Ghi chú"); // the orders module's note only repeats carrier and tracking
    expect(shipped!.text).not.toContain("Cà phê Arabica");
    expect(delivered).toMatchObject({ to: s.buyer.email, subject: `Đơn hàng ${s.order.code} đã giao thành công` });
    expect(delivered!.text).toContain("đánh giá sản phẩm");
    expect(cancelled).toMatchObject({ to: s.buyer.email, subject: `Đơn hàng ${s.order.code} đã bị hủy` });
    expect(cancelled!.text).toContain("Lý do: Hết hàng vụ mới");
    expect(cancelledOwner).toMatchObject({ to: s.mai.email, subject: `Đơn hàng ${s.order.code} đã bị hủy — Cà phê Khe Sanh` });
    expect(cancelledOwner!.text).toContain("Lý do: Hết hàng vụ mới");
    expect(mailer.sent.some((m) => m.to === s.hung.email)).toBe(false);
  });

  it("sends each message once when several processes dispatch at the same time", async () => {
    const orders = [];
    for (let i = 0; i < 4; i++) orders.push((await scene()).order);
    for (const o of orders) await enqueue("order.placed", { orderId: o.id });
    const mailer = recordingMailer(() => false, 15);

    const runs = await Promise.all([1, 2, 3].map(() => dispatchOutbox(ds, mailer)));
    expect(runs.reduce((n, r) => n + r.processed, 0)).toBe(4);
    expect(mailer.sent).toHaveLength(12);
    const keys = mailer.sent.map((m) => `${m.to}|${m.subject}`);
    expect(new Set(keys).size).toBe(12);
    expect((await outbox()).every((r) => r.processedAt !== null)).toBe(true);
  });

  it("leaves a message pending after a failed send (attempts 1, the error kept), retries after a back-off", async () => {
    const s = await scene();
    await enqueue("order.delivered", { orderId: s.order.id, stallOrderId: s.honeyPart.id });
    const broken = recordingMailer(() => true);
    expect(await dispatchOutbox(ds, broken)).toEqual({ processed: 0, failed: 1, mails: 0 });
    let [row] = await outbox();
    expect(row).toMatchObject({ processedAt: null, attempts: 1, lastError: expect.stringContaining("SMTP 451") });

    const working = recordingMailer();
    expect(await dispatchOutbox(ds, working)).toEqual({ processed: 0, failed: 0, mails: 0 }); // still backing off (30 s)
    expect(await dispatchOutbox(ds, working, { retryBaseSeconds: 0 })).toEqual({ processed: 1, failed: 0, mails: 1 });
    [row] = await outbox();
    expect(row).toMatchObject({ processedAt: expect.any(Date), attempts: 2, lastError: null });
  });

  it("does not mail a recipient twice when only some of a message's mails failed", async () => {
    const s = await scene();
    await enqueue("order.placed", { orderId: s.order.id });
    const flaky = recordingMailer((m) => m.to === s.mai.email);
    expect(await dispatchOutbox(ds, flaky)).toEqual({ processed: 0, failed: 1, mails: 2 });
    const [row] = await outbox();
    expect(row!.lastError).toContain(`owner:${s.coffeePart.id}`);

    const working = recordingMailer();
    await dispatchOutbox(ds, working, { retryBaseSeconds: 0 });
    expect(working.sent.map((m) => m.to)).toEqual([s.mai.email]);
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts, and at once on a message that can never be sent, without blocking others`, async () => {
    const s = await scene();
    await enqueue("order.delivered", { orderId: s.order.id, stallOrderId: s.honeyPart.id });
    await ds.query(`UPDATE outbox SET attempts = $1`, [MAX_ATTEMPTS - 1]);
    await enqueue("order.placed", { orderId: "00000000-0000-4000-8000-000000000000" });
    await enqueue("order.confirmed", { orderId: s.order.id, stallOrderId: s.honeyPart.id });

    const broken = recordingMailer((m) => m.subject.includes("đã giao"));
    expect(await dispatchOutbox(ds, broken, { retryBaseSeconds: 0 })).toEqual({ processed: 1, failed: 2, mails: 1 });
    const rows = await outbox();
    expect(rows.map((r) => [r.topic, r.attempts, r.processedAt === null])).toEqual([
      ["order.delivered", MAX_ATTEMPTS, true],
      ["order.placed", MAX_ATTEMPTS, true],
      ["order.confirmed", 1, false],
    ]);
    expect(rows[1]!.lastError).toContain("not found");
    expect(await dispatchOutbox(ds, recordingMailer(), { retryBaseSeconds: 0 })).toEqual({ processed: 0, failed: 0, mails: 0 });
  });

  it("tells a stall's owner when an admin hides one of their products, with the reason, and when it is back", async () => {
    const hung = await buildUser(ds, { fullName: "Lê Văn Hùng", role: "seller" });
    const stall = await buildStall(ds, { owner: hung, name: "Mật ong Hướng Hóa" });
    const honey = await buildProduct(ds, { stall, name: "Mật ong hoa cà phê" });
    // One decision per transaction, as the admins make them (the outbox goes in commit order).
    await ds.transaction((m) =>
      enqueueProductNotice(m, "product.hidden", { productId: honey.id, note: "Ảnh không đúng thực tế" }),
    );
    await ds.transaction((m) => enqueueProductNotice(m, "product.unhidden", { productId: honey.id }));
    await ds.transaction((m) =>
      enqueueProductNotice(m, "product.hidden", { productId: "00000000-0000-4000-8000-000000000000", note: "x" }),
    );
    const mailer = recordingMailer();
    expect(await dispatchOutbox(ds, mailer)).toEqual({ processed: 2, failed: 1, mails: 2 });
    expect(mailer.sent.map((m) => [m.to, m.subject])).toEqual([
      [hung.email, "Sản phẩm “Mật ong hoa cà phê” đã bị tạm ẩn khỏi Chợ Phiên"],
      [hung.email, "Sản phẩm “Mật ong hoa cà phê” đã hiển thị lại trên Chợ Phiên"],
    ]);
    expect(mailer.sent[0]!.text).toContain("Chào Hùng,");
    expect(mailer.sent[0]!.text).toContain("Lý do: Ảnh không đúng thực tế");
    expect(mailer.sent[0]!.text).toContain("gian hàng Mật ong Hướng Hóa");
    const lost = (await outbox()).find((r) => r.payload.productId !== honey.id);
    expect(lost).toMatchObject({ attempts: MAX_ATTEMPTS, lastError: expect.stringContaining("not found") });
  });

  it("tells every admin when a seller asks for another look at a hidden product, with the seller's note", async () => {
    const lan = await buildUser(ds, { fullName: "Trần Thị Lan", role: "admin" });
    const stall = await buildStall(ds, { name: "Mật ong Hướng Hóa" });
    const honey = await buildProduct(ds, { stall, name: "Mật ong hoa cà phê" });
    const admins = await ds.query<{ email: string }[]>(`SELECT email FROM app_user WHERE role = 'admin'`);
    await ds.transaction((m) =>
      enqueueProductNotice(m, "product.review_requested", { productId: honey.id, note: "Đã thay ảnh chụp thật" }),
    );
    const mailer = recordingMailer();
    expect(await dispatchOutbox(ds, mailer)).toEqual({ processed: 1, failed: 0, mails: admins.length });
    expect(mailer.sent.map((m) => m.to).sort()).toEqual(admins.map((a) => a.email).sort());
    const toLan = mailer.sent.find((m) => m.to === lan.email)!;
    expect(toLan.subject).toBe("Người bán nhờ xem lại sản phẩm “Mật ong hoa cà phê”");
    expect(toLan.text).toContain("Chào Lan,");
    expect(toLan.text).toContain("Ghi chú của người bán: Đã thay ảnh chụp thật");
  });
});

describe("the notification job", () => {
  it("dispatches the outbox every few seconds through pg-boss", async () => {
    const s = await scene();
    const jobs = createJobs(db.url, pino({ level: "silent" }));
    await jobs.start();
    try {
      const mailer = createMailer({ smtpUrl: undefined, dataDir, from: "no-reply@chophien.vn" });
      await startNotificationJobs(jobs, ds, mailer, { everySeconds: 1 });
      await enqueue("order.delivered", { orderId: s.order.id, stallOrderId: s.honeyPart.id });
      const t0 = Date.now();
      while (!emlFiles().length && Date.now() - t0 < 15_000) await new Promise((r) => setTimeout(r, 100));
      expect(emlFiles().map((f) => f.subject)).toEqual([`Đơn hàng ${s.order.code} đã giao thành công`]);
    } finally {
      await jobs.stop();
    }
  });
});

describe("mail formatting", () => {
  it("writes đồng the Vietnamese way and times in GMT+7", () => {
    expect([formatVnd(0), formatVnd(5000), formatVnd(120000), formatVnd(1234567890)]).toEqual([
      "0 ₫",
      "5.000 ₫",
      "120.000 ₫",
      "1.234.567.890 ₫",
    ]);
    expect(formatVnTime(new Date("2026-11-28T17:05:00Z"))).toBe("00:05 29/11/2026");
  });
});
