import type { DataSource } from "typeorm";
import { normaliseTaxCode } from "@chophien/contracts";
import { ConnectionEventsService } from "../../modules/connection-events/connection-events.service";
import { DemandOffersService } from "../../modules/demands/demand-offers.service";
import { DemandsService } from "../../modules/demands/demands.service";
import { OrganisationsService } from "../../modules/organisations/organisations.service";
import { User } from "../../modules/users/user.entity";

/** The demo business buyer's account (docs/demo-data.md); the shared demo password. */
export const DEMO_BUSINESS_EMAIL = "business001@demo.chophien.vn";
export const DEMO_DEMAND_TITLE = "Thu mua cà phê rang xay Khe Sanh cho chuỗi siêu thị";
const DAY = 86_400_000;

/** The first valid tax code from a fixed stem (the check digit computed, not typed): the same on every seed. */
function demoTaxCode(): string {
  for (let n = 0; n < 100; n++) {
    for (let check = 0; check < 10; check++) {
      const code = `03${String(1_234_500 + n).padStart(7, "0")}${check}`;
      if (normaliseTaxCode(code)) return code;
    }
  }
  throw new Error("no demo tax code");
}

/** A GMT+7 calendar day `days` after `now`, as YYYY-MM-DD. */
function vnDay(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The supply–demand board in use: a verified supermarket chain asking for Khe Sanh coffee, answered by the coffee
 * stalls with the most orders, one offer shortlisted and countered once. Written through the organisations and
 * demands services after the market's transaction (the rules and the mail queue are theirs); a second run finds
 * the demand and does nothing. Null when the market has no admin or fewer than two coffee stalls.
 */
export async function seedDemandShowcase(
  ds: DataSource,
  opts: { now: Date; passwordHash: string },
): Promise<{ demandId: string; offers: number; eventSlug: string } | null> {
  const [existing] = await ds.query<{ id: string }[]>(`SELECT id FROM demand WHERE title = $1`, [DEMO_DEMAND_TITLE]);
  if (existing) return null;
  const [admin] = await ds.query<{ id: string }[]>(
    `SELECT id FROM app_user WHERE role = 'admin' ORDER BY created_at, id LIMIT 1`,
  );
  const [category] = await ds.query<{ id: string }[]>(`SELECT id FROM category WHERE slug = 'ca-phe'`);
  const stalls = await ds.query<{ stall_id: string; owner_id: string; price: string; product_id: string }[]>(
    `SELECT s.id AS stall_id, s.owner_id, min(p.price) AS price,
            (array_agg(p.id ORDER BY p.price, p.id))[1] AS product_id
       FROM stall s JOIN app_user u ON u.id = s.owner_id JOIN product p ON p.stall_id = s.id AND p.status = 'active'
      WHERE u.email LIKE 'stall%@demo.chophien.vn' AND s.status = 'approved' AND p.category_id = $1
      GROUP BY s.id ORDER BY (SELECT count(*) FROM stall_order so WHERE so.stall_id = s.id) DESC, s.id LIMIT 3`,
    [category?.id ?? null],
  );
  if (!admin || !category || stalls.length < 2) return null;

  const clock = { now: () => opts.now };
  const organisations = new OrganisationsService(ds);
  const offers = new DemandOffersService(ds, clock, { offersPerDay: 20 });
  const demands = new DemandsService(ds, clock, organisations, offers);
  const [created] = await ds.query<{ id: string }[]>(
    `INSERT INTO app_user (email, password_hash, full_name, role, created_at, updated_at)
     VALUES ($1, $2, 'Lê Minh Thư (Thu mua, Siêu thị Hòa Bình)', 'shopper', $3, $3)
     ON CONFLICT (email) DO UPDATE SET updated_at = excluded.updated_at RETURNING id`,
    [DEMO_BUSINESS_EMAIL, opts.passwordHash, new Date(opts.now.getTime() - 30 * DAY)],
  );
  const buyer = await ds.getRepository(User).findOneByOrFail({ id: created!.id });
  const adminUser = await ds.getRepository(User).findOneByOrFail({ id: admin.id });
  const org = await organisations.register(buyer, {
    name: "Công ty TNHH Chuỗi siêu thị Hòa Bình Quảng Trị",
    taxCode: demoTaxCode(),
    kind: "retailer",
    province: "quang-tri",
    address: "12 Hùng Vương, phường Đông Hà, tỉnh Quảng Trị",
    phone: "0912345678",
  });
  await organisations.decide(adminUser, org.id, "verify", null);

  const demand = await demands.create(buyer, {
    title: DEMO_DEMAND_TITLE,
    categoryId: category.id,
    description:
      "Chuỗi 14 siêu thị cần cà phê rang xay Khe Sanh đóng gói 500 g, giao ba đợt mỗi tháng một lần về kho Đông Hà. " +
      "Ưu tiên sản phẩm OCOP 3 sao trở lên, có truy xuất nguồn gốc lô hàng.",
    quantity: 6000,
    unit: "kg",
    tolerancePct: 10,
    deliveries: [1, 2, 3].map((k) => ({ from: vnDay(opts.now, 30 * k), to: vnDay(opts.now, 30 * k + 7), quantity: 2000 })),
    province: "quang-tri",
    requirements: { ocopMinStars: 3 },
    priceRange: { min: 180_000, max: 260_000 },
    respondBy: new Date(opts.now.getTime() + 14 * DAY).toISOString(),
  });

  const made = [];
  for (const [i, s] of stalls.entries()) {
    const unitPrice = Math.min(260_000, Math.max(180_000, Math.round((Number(s.price) * 0.8) / 1000) * 1000));
    made.push(
      await offers.create({ stallId: s.stall_id, actorId: s.owner_id }, demand.id, {
        quantity: i === 0 ? 6000 : 2000,
        unitPrice,
        message:
          i === 0
            ? "Gian hàng nhận đủ ba đợt, rang theo mẻ trong tuần giao; gửi mẫu thử trước đợt đầu."
            : "Chúng tôi nhận một đợt 2.000 kg, có chứng nhận OCOP và mã lô truy xuất.",
        productId: s.product_id,
      }),
    );
  }
  const first = made[0]!;
  await offers.decide(buyer, demand.id, first.id, "shortlist", {});
  await offers.counter({ buyer, demandId: demand.id }, first.id, {
    unitPrice: Math.max(180_000, first.unitPrice - 10_000),
    quantity: 6000,
    message: "Đề nghị giảm 10.000 ₫/kg cho cả ba đợt; thanh toán 30 ngày sau mỗi lần giao.",
  });
  const eventSlug = await seedForum(ds, { now: opts.now, admin: adminUser, demandId: demand.id, stalls });
  return { demandId: demand.id, offers: made.length, eventSlug };
}

/** The title of the demo's upcoming supply–demand forum. */
export const DEMO_FORUM_TITLE = "Diễn đàn kết nối cung cầu nông sản thanh niên Quảng Trị";

/**
 * The youth union's next supply–demand forum, published, in ten days at the youth cultural house in Đông Hà, with
 * the coffee demand presented and the answering stalls registered to attend. Returns its slug.
 */
async function seedForum(
  ds: DataSource,
  opts: { now: Date; admin: User; demandId: string; stalls: { stall_id: string; owner_id: string }[] },
): Promise<string> {
  const events = new ConnectionEventsService(ds, { now: () => opts.now });
  // 08:00–11:30 GMT+7, ten days on.
  const day = vnDay(opts.now, 10);
  const event = await events.create(opts.admin, {
    title: DEMO_FORUM_TITLE,
    kind: "forum",
    description:
      "Doanh nghiệp trong và ngoài tỉnh giới thiệu nhu cầu thu mua; các gian hàng thanh niên khởi nghiệp và OCOP " +
      "gặp trực tiếp người mua, chào giá và ký kết. Có gian trưng bày mẫu cà phê, hồ tiêu, nước mắm.",
    startsAt: `${day}T08:00:00+07:00`,
    endsAt: `${day}T11:30:00+07:00`,
    place: "Nhà Văn hóa Thanh niên tỉnh, 2 Hùng Vương, phường Đông Hà",
    province: "quang-tri",
  });
  await events.publish(event.id);
  await events.present(event.id, opts.demandId);
  for (const s of opts.stalls)
    await ds.query(
      `INSERT INTO connection_event_registration (event_id, stall_id, registered_by_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [event.id, s.stall_id, s.owner_id],
    );
  return event.slug;
}
