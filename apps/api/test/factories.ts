import crypto from "node:crypto";
import type { DataSource } from "typeorm";
import type { Role, StallGrantStatus, StallOrderStatus, StallScope } from "@chophien/contracts";
import { foldVietnamese, normaliseTaxCode, slugify } from "@chophien/contracts";
import { Category } from "../src/modules/catalog/category.entity";
import { Product } from "../src/modules/catalog/product.entity";
import { refreshProductSearch } from "../src/modules/catalog/search-text";
import { StallGrant } from "../src/modules/helpers/stall-grant.entity";
import { Stall } from "../src/modules/stalls/stall.entity";
import { OrderItem } from "../src/modules/orders/order-item.entity";
import { Order } from "../src/modules/orders/order.entity";
import { StallOrder } from "../src/modules/orders/stall-order.entity";
import { hashPassword } from "../src/modules/auth/passwords";
import { User } from "../src/modules/users/user.entity";
import type { TestApp } from "./harness";

export const DEFAULT_PASSWORD = "mat-khau-123";
let defaultHash: Promise<string> | undefined;

/** A unique email, so tests never collide on the shared database. */
export const uniqueEmail = (prefix = "user") => `${prefix}.${crypto.randomUUID().slice(0, 12)}@test.chophien.vn`;

/** Inserts a user (shopper unless told) whose password is DEFAULT_PASSWORD. */
export async function buildUser(
  ds: DataSource,
  overrides: Partial<Pick<User, "email" | "fullName" | "phone" | "role">> = {},
): Promise<User & { email: string }> {
  defaultHash ??= hashPassword(DEFAULT_PASSWORD);
  const repo = ds.getRepository(User);
  const user = repo.create({
    email: overrides.email ?? uniqueEmail(),
    fullName: overrides.fullName ?? "Nguyễn Văn Test",
    phone: overrides.phone ?? null,
    role: overrides.role ?? ("shopper" satisfies Role),
    passwordHash: await defaultHash,
  });
  return (await repo.save(user)) as User & { email: string };
}

/** A valid access token for `user`, as the API would issue it (of a session of its own unless `sid` is given). */
export function accessTokenFor(t: TestApp, user: User, sid: string = crypto.randomUUID()): string {
  return t.tokens.signAccess({ sub: user.id, role: user.role, ver: user.tokenVersion, sid });
}

/** Reads the refresh cookie value out of a response's Set-Cookie headers. */
export function refreshCookie(res: { headers: Record<string, unknown> }): string | undefined {
  const raw = res.headers["set-cookie"];
  const list = Array.isArray(raw) ? (raw as string[]) : typeof raw === "string" ? [raw] : [];
  const c = list.find((h) => h.startsWith("cp_refresh=") && !h.startsWith("cp_refresh=;"));
  return c?.split(";")[0];
}

/** A valid 10-digit tax code made from 9 random digits (retrying the ones whose check digit would be 10). */
export function randomTaxCode(): string {
  for (;;) {
    const nine = Array.from({ length: 9 }, () => Math.floor(Math.random() * 10)).join("");
    for (let d = 0; d <= 9; d++) if (normaliseTaxCode(`${nine}${d}`)) return `${nine}${d}`;
  }
}

let seq = 0;
/** A short unique suffix for names, so tests sharing one database never collide. */
export const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}${crypto.randomBytes(2).toString("hex")}`;

/** A category (a top-level group unless `parent` is given). */
export async function buildCategory(
  ds: DataSource,
  overrides: Partial<Pick<Category, "name" | "nameEn" | "parentId" | "slug">> = {},
): Promise<Category> {
  const name = overrides.name ?? `Danh mục ${unique()}`;
  const repo = ds.getRepository(Category);
  return repo.save(
    repo.create({
      name,
      nameEn: overrides.nameEn ?? `Category ${name}`,
      slug: overrides.slug ?? slugify(name),
      parentId: overrides.parentId ?? null,
    }),
  );
}

/** A stall (approved unless told), with its owner made as needed; an approved stall's owner is a seller. */
export async function buildStall(
  ds: DataSource,
  overrides: Partial<Pick<Stall, "name" | "province" | "status" | "story">> & { owner?: User } = {},
): Promise<Stall> {
  const status = overrides.status ?? "approved";
  const owner = overrides.owner ?? (await buildUser(ds, { role: status === "approved" ? "seller" : "shopper" }));
  const name = overrides.name ?? `Gian hàng ${unique()}`;
  const repo = ds.getRepository(Stall);
  return repo.save(
    repo.create({
      ownerId: owner.id,
      name,
      slug: `${slugify(name)}-${unique()}`,
      searchName: foldVietnamese(name),
      story: overrides.story ?? "Chúng tôi là những người trẻ ở Quảng Trị làm nông sản sạch.",
      description: null,
      province: overrides.province ?? "quang-tri",
      address: "Thôn 3, xã Hướng Phùng, Quảng Trị",
      phone: "0912345678",
      businessType: "household",
      businessRegistrationNo: null,
      founderBirthYear: 1998,
      status,
      statusReason: null,
      commissionRateBps: null,
      logo: null,
      banner: null,
      approvedAt: status === "approved" ? new Date() : null,
    }),
  );
}

/**
 * A grant for `helper` (a new shopper if missing) to act for `stall` — active, every scope, 30 days, unless told.
 * The consent flow comes later; until then tests make grants here.
 */
export async function buildGrant(
  ds: DataSource,
  stall: Stall,
  overrides: { helper?: User; scopes?: StallScope[]; status?: StallGrantStatus; expiresAt?: Date } = {},
): Promise<{ grant: StallGrant; helper: User }> {
  const helper = overrides.helper ?? (await buildUser(ds, { fullName: "Trần Thị Giúp" }));
  const repo = ds.getRepository(StallGrant);
  const grant = await repo.save(
    repo.create({
      stallId: stall.id,
      helperId: helper.id,
      scopes: overrides.scopes ?? ["catalog", "orders", "reviews", "live", "certificates", "profile"],
      status: overrides.status ?? "active",
      expiresAt: overrides.expiresAt ?? new Date(Date.now() + 30 * 86_400_000),
    }),
  );
  return { grant, helper };
}

/** A product (active, in stock unless told) of `stall` (made if missing) in `category` (made if missing). */
export async function buildProduct(
  ds: DataSource,
  overrides: Partial<Pick<Product, "name" | "price" | "stock" | "status" | "ocopStars" | "description" | "originProvince">> & {
    stall?: Stall;
    category?: Category;
  } = {},
): Promise<Product> {
  const stall = overrides.stall ?? (await buildStall(ds));
  const category = overrides.category ?? (await buildCategory(ds));
  const name = overrides.name ?? `Sản phẩm ${unique()}`;
  const repo = ds.getRepository(Product);
  const product = await repo.save(
    repo.create({
      stallId: stall.id,
      categoryId: category.id,
      name,
      slug: `${slugify(name)}-${unique()}`,
      description: overrides.description ?? null,
      price: overrides.price ?? 120000,
      compareAtPrice: null,
      unit: "gói 500g",
      weightGrams: 500,
      stock: overrides.stock ?? 10,
      status: overrides.status ?? "active",
      ocopStars: overrides.ocopStars ?? null,
      ocopCertificateNo: null,
      ocopYear: null,
      originProvince: overrides.originProvince ?? null,
      province: overrides.originProvince ?? stall.province,
      searchName: "",
      searchText: "",
    }),
  );
  await refreshProductSearch(ds.manager, { productId: product.id });
  return product;
}

/** A valid Quảng Trị shipping address for checkouts. */
export const TEST_ADDRESS = {
  fullName: "Trần Thị Mai",
  phone: "0987654321",
  province: "quang-tri",
  ward: "Phường Đông Hà",
  street: "12 Lê Duẩn",
};

/** POST /api/checkout as `user` (COD to TEST_ADDRESS unless `body` says otherwise) with a new Idempotency-Key unless given. */
export const postCheckout = (t: TestApp, user: User, body: object = {}, key = `test-${crypto.randomUUID()}`) =>
  t.http
    .post("/api/checkout")
    .set(authHeader(t, user))
    .set("Idempotency-Key", key)
    .send({ shippingAddress: TEST_ADDRESS, paymentMethod: "cod", ...body });

/** An `Authorization` header for `user`. */
export const authHeader = (t: TestApp, user: User) => ({ Authorization: `Bearer ${accessTokenFor(t, user)}` });

/**
 * An order of `buyer` (made if missing) for `items`, one stall order per stall, every stall order in `status`
 * (default `delivered`). Rows are written directly: use it to set the scene, not to test checkout.
 */
export async function buildOrder(
  ds: DataSource,
  opts: {
    buyer?: User;
    items: { product: Product; quantity?: number }[];
    status?: StallOrderStatus;
    paymentMethod?: "cod" | "vnpay";
  },
): Promise<{ order: Order; stallOrders: StallOrder[]; buyer: User }> {
  const buyer = opts.buyer ?? (await buildUser(ds));
  const status = opts.status ?? "delivered";
  return ds.transaction(async (m) => {
    const lines = opts.items.map(({ product, quantity = 1 }) => ({ product, quantity, total: product.price * quantity }));
    const subtotal = lines.reduce((s, l) => s + l.total, 0);
    const order = await m.save(
      m.create(Order, {
        code: `CP-TEST-${unique().toUpperCase()}`.slice(0, 24),
        buyerId: buyer.id,
        shippingAddress: {
          fullName: buyer.fullName,
          phone: "0912345678",
          province: "quang-tri",
          ward: "Phường Đông Hà",
          street: "12 Lê Duẩn",
        },
        note: null,
        paymentMethod: opts.paymentMethod ?? "cod",
        paymentStatus: status === "completed" ? "paid" : "unpaid",
        status,
        subtotal,
        shippingTotal: 0,
        grandTotal: subtotal,
      }),
    );
    const stallOrders: StallOrder[] = [];
    for (const stallId of [...new Set(lines.map((l) => l.product.stallId))]) {
      const mine = lines.filter((l) => l.product.stallId === stallId);
      const sub = mine.reduce((s, l) => s + l.total, 0);
      const so = await m.save(
        m.create(StallOrder, {
          orderId: order.id,
          stallId,
          status,
          subtotal: sub,
          shippingFee: 0,
          commissionRateBps: 500,
          commission: Math.round((sub * 500) / 10000),
          carrier: null,
          trackingNumber: null,
          cancelReason: null,
          deliveredAt: status === "delivered" || status === "completed" ? new Date() : null,
        }),
      );
      for (const l of mine)
        await m.insert(OrderItem, {
          stallOrderId: so.id,
          productId: l.product.id,
          name: l.product.name,
          unit: l.product.unit,
          unitPrice: l.product.price,
          quantity: l.quantity,
          lineTotal: l.total,
          thumbnail: null,
        });
      stallOrders.push(so);
    }
    return { order, stallOrders, buyer };
  });
}
