import type { DataSource } from "typeorm";
import { STALL_SCOPES, type StallScope } from "@chophien/contracts";
import type { ImageProcessor } from "../../lib/images/image-processor";
import type { FileStorage } from "../../lib/storage/storage";
import type { ActingStall } from "../../modules/helpers/acting-stall";
import { type LiveActor, LiveService } from "../../modules/live/live.service";
import { BatchesService } from "../../modules/traceability/batches.service";
import { Stall } from "../../modules/stalls/stall.entity";
import { User } from "../../modules/users/user.entity";

/** The demo helper's account (docs/demo-data.md); the shared demo password. */
export const DEMO_HELPER_EMAIL = "helper001@demo.chophien.vn";
const DAY = 86_400_000;

export interface ShowcaseOptions {
  now: Date;
  passwordHash: string;
  storage: FileStorage;
  processor: ImageProcessor;
}

/**
 * What the newer capabilities look like in use, on the busiest demo stall: a youth-union helper working for it
 * under a consented grant, and a lot of its first product with a timeline a phone camera can open. Written after
 * the market's transaction, through the batches service (the chain's hashes are the service's own); a second
 * run finds them and does nothing.
 */
export async function seedShowcase(ds: DataSource, opts: ShowcaseOptions): Promise<{ helper: string; batchCode: string } | null> {
  const [busy] = await ds.query<{ stall_id: string; owner_id: string }[]>(
    `SELECT s.id AS stall_id, s.owner_id FROM stall s JOIN app_user u ON u.id = s.owner_id JOIN stall_order so ON so.stall_id = s.id
      WHERE u.email LIKE 'stall%@demo.chophien.vn' GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 1`,
  );
  if (!busy) return null;
  const [admin] = await ds.query<{ id: string }[]>(
    `SELECT id FROM app_user WHERE role = 'admin' ORDER BY created_at, id LIMIT 1`,
  );
  if (!admin) return null;
  const now = opts.now.getTime();

  const helperId = await ds.transaction(async (m) => {
    const [existing] = await m.query<{ id: string }[]>(`SELECT id FROM app_user WHERE email = $1`, [DEMO_HELPER_EMAIL]);
    if (existing) return existing.id;
    const [user] = await m.query<{ id: string }[]>(
      `INSERT INTO app_user (email, password_hash, full_name, phone, role, created_at, updated_at)
       VALUES ($1, $2, 'Hồ Thị Minh Thư', '0912000111', 'shopper', $3, $3) RETURNING id`,
      [DEMO_HELPER_EMAIL, opts.passwordHash, new Date(now - 40 * DAY)],
    );
    await m.query(
      `INSERT INTO helper (user_id, organisation, created_by_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)`,
      [user!.id, "Tổ công nghệ số cộng đồng xã Hướng Phùng (Đoàn Thanh niên)", admin.id, new Date(now - 35 * DAY)],
    );
    const scopes: StallScope[] = ["catalog", "orders", "reviews"];
    await m.query(
      `INSERT INTO stall_grant (stall_id, helper_id, scopes, status, expires_at, days, consented_at, consent_method, created_at, updated_at)
       VALUES ($1, $2, $3, 'active', $4, 180, $5, 'code', $6, $5)`,
      [busy.stall_id, user!.id, scopes, new Date(now + 150 * DAY), new Date(now - 30 * DAY), new Date(now - 31 * DAY)],
    );
    return user!.id;
  });

  const stall = await ds.getRepository(Stall).findOneByOrFail({ id: busy.stall_id });
  const owner = await ds.getRepository(User).findOneByOrFail({ id: busy.owner_id });
  const [product] = await ds.query<{ id: string }[]>(
    `SELECT id FROM product WHERE stall_id = $1 AND status = 'active' ORDER BY created_at, id LIMIT 1`,
    [stall.id],
  );
  if (!product) return null;
  const [lot] = await ds.query<{ code: string }[]>(
    `SELECT code FROM trace_batch WHERE product_id = $1 AND lot = 'DEMO-2026-11'`,
    [product.id],
  );
  if (lot) return { helper: helperId, batchCode: lot.code };

  // The owner records the lot (no audit row: only helpers' writes have one).
  const ctx: ActingStall = {
    stall,
    actor: owner,
    grant: null,
    scopes: STALL_SCOPES,
    route: "seed",
    audit: () => Promise.resolve(),
  };
  const batches = new BatchesService({
    ds,
    clock: { now: () => new Date(now) },
    publicUrl: "http://localhost:3000",
    images: { processor: opts.processor, storage: opts.storage },
  });
  const day = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString().slice(0, 10);
  const at = (daysAgo: number, hour: number) =>
    new Date(Date.parse(`${day(daysAgo)}T00:00:00+07:00`) + hour * 3_600_000).toISOString().replace("Z", "+00:00");
  const batch = await batches.create(ctx, product.id, {
    lot: "DEMO-2026-11",
    producedOn: day(12),
    bestBefore: day(-350),
    quantity: 400,
    unit: "gói",
    inputs: [
      { name: "Phân hữu cơ vi sinh", supplier: "HTX Nông nghiệp Hướng Phùng", appliedOn: day(120) },
      { name: "Chế phẩm Trichoderma", supplier: "Trạm Khuyến nông Hướng Hóa", appliedOn: day(90) },
    ],
    note: "Lô thu hoạch cuối mùa, sơ chế và đóng gói tại cơ sở.",
  });
  const events: [Parameters<BatchesService["append"]>[2]["type"], number, string, string][] = [
    ["input", 120, "Vườn thôn Cheo Reo", "Bón phân hữu cơ vi sinh quanh gốc, không dùng phân hóa học."],
    ["harvest", 20, "Vườn thôn Cheo Reo", "Thu hái quả chín đỏ bằng tay, loại quả xanh."],
    ["processing", 16, "Xưởng sơ chế của gian hàng", "Phơi trên giàn 12 ngày, độ ẩm còn 12%."],
    ["packing", 12, "Xưởng sơ chế của gian hàng", "Đóng gói 400 túi, dán tem truy xuất."],
  ];
  for (const [type, daysAgo, place, note] of events)
    await batches.append(ctx, batch.id, { type, occurredAt: at(daysAgo, 8), place, note });
  return { helper: helperId, batchCode: batch.code };
}

/** The demo's live session (docs/demo-data.md): the slug a second run finds. */
export const DEMO_LIVE_TITLE = "Phiên chợ OCOP Tuổi trẻ Quảng Trị";

/**
 * A scheduled live session the market hosts, two days ahead at 20:00 (GMT+7), with the busy stall and the next two
 * stalls by orders invited, each having accepted and offered its first product 10 % off — all through the live
 * service, as the console would. The hosting admin's identity is recorded as verified, so the demo can go live.
 */
export async function seedLiveShowcase(ds: DataSource, opts: { now: Date }): Promise<string | null> {
  const [existing] = await ds.query<{ slug: string }[]>(`SELECT slug FROM live_session WHERE title = $1`, [DEMO_LIVE_TITLE]);
  if (existing) return existing.slug;
  const [admin] = await ds.query<{ id: string }[]>(
    `SELECT id FROM app_user WHERE role = 'admin' ORDER BY created_at, id LIMIT 1`,
  );
  const stalls = await ds.query<{ stall_id: string; owner_id: string; product_id: string; price: string }[]>(
    `SELECT s.id AS stall_id, s.owner_id,
            (SELECT p.id FROM product p WHERE p.stall_id = s.id AND p.status = 'active' AND p.stock > 0 ORDER BY p.created_at, p.id LIMIT 1) AS product_id,
            (SELECT p.price FROM product p WHERE p.stall_id = s.id AND p.status = 'active' AND p.stock > 0 ORDER BY p.created_at, p.id LIMIT 1) AS price
       FROM stall s JOIN app_user u ON u.id = s.owner_id LEFT JOIN stall_order so ON so.stall_id = s.id
      WHERE u.email LIKE 'stall%@demo.chophien.vn' AND s.status = 'approved'
      GROUP BY s.id ORDER BY count(so.id) DESC, s.id LIMIT 3`,
  );
  if (!admin || stalls.length < 3 || stalls.some((s) => !s.product_id)) return null;
  const adminUser = await ds.getRepository(User).findOneByOrFail({ id: admin.id });
  const live = new LiveService(ds, { now: () => opts.now });
  const host: LiveActor = { kind: "admin", user: adminUser };
  const day = new Date(opts.now.getTime() + 2 * DAY + 7 * 3_600_000).toISOString().slice(0, 10);
  const session = await live.create(host, {
    title: DEMO_LIVE_TITLE,
    description: "Ba gian hàng khởi nghiệp và OCOP cùng lên sóng: giá chỉ có trong phiên, hàng giữ riêng cho người xem.",
    startsAt: `${day}T20:00:00+07:00`,
    endsAt: `${day}T21:30:00+07:00`,
    platform: "tiktok",
    streamUrl: "https://www.tiktok.com/@tuoitrequangtri/live",
  });
  for (const s of stalls) {
    await live.invite(host, session.id, s.stall_id);
    const ctx: ActingStall = {
      stall: await ds.getRepository(Stall).findOneByOrFail({ id: s.stall_id }),
      actor: await ds.getRepository(User).findOneByOrFail({ id: s.owner_id }),
      grant: null,
      scopes: STALL_SCOPES,
      route: "seed",
      audit: () => Promise.resolve(),
    };
    await live.accept(ctx, session.id);
    const price = Number(s.price);
    await live.addOffer(ctx, session.id, {
      productId: s.product_id,
      livePrice: Math.max(1000, Math.floor((price * 0.9) / 1000) * 1000),
      quantity: 20,
      perBuyerLimit: 3,
    });
  }
  await live.verifyIdentity(adminUser, adminUser.id, { documentType: "cccd", note: "Cán bộ Đoàn chủ trì phiên (dữ liệu demo)" });
  return session.slug;
}
