import type { EntityManager } from "typeorm";
import type { CodRemitter } from "../../modules/ledger/ledger";
import { bulkInsert } from "./bulk-insert";
import { type HistoryStall, type PlannedHistory, planHistory, vnpDate } from "./history";
import type { PlannedStall } from "./plan";

/** What the history added, by kind. */
export interface HistoryCounts {
  buyers: number;
  orders: number;
  reviews: number;
  payouts: number;
  /** The demo accounts worth signing in as: the busy stall's owner and the buyer with the most orders and reviews. */
  busySeller: string | null;
  buyer: string | null;
}

export interface HistoryInput {
  plan: PlannedStall[];
  scale: number;
  now: Date;
  adminId: string;
  passwordHash: string;
  commissionRateBps: number;
  codRemittedBy: CodRemitter;
}

/** The stalls and products writeMarket just wrote, in plan order (so the history is the same every time). */
export async function loadHistoryStalls(m: EntityManager, plan: PlannedStall[]): Promise<HistoryStall[]> {
  const approved = plan.filter((s) => s.approvedAt);
  const rows = await m.query<
    {
      stall_id: string;
      stall_slug: string;
      owner_id: string;
      province: string;
      approved_at: Date;
      id: string | null;
      slug: string | null;
      name: string;
      unit: string;
      price: number;
      stock: number;
      status: string;
      created_at: Date;
      thumb: unknown;
    }[]
  >(
    `SELECT s.id AS stall_id, s.slug AS stall_slug, s.owner_id, s.province, s.approved_at,
            p.id, p.slug, p.name, p.unit, p.price, p.stock, p.status, p.created_at,
            (SELECT json_build_object('hash', i.hash, 'width', i.width, 'height', i.height, 'widths', i.widths)
               FROM product_image i WHERE i.product_id = p.id ORDER BY i.position LIMIT 1) AS thumb
       FROM stall s LEFT JOIN product p ON p.stall_id = s.id
      WHERE s.slug = ANY($1)`,
    [approved.map((s) => s.slug)],
  );
  const bySlug = new Map<string, HistoryStall>();
  const products = new Map<string, HistoryStall["products"][number]>();
  for (const r of rows) {
    let stall = bySlug.get(r.stall_slug);
    if (!stall) {
      stall = { id: r.stall_id, ownerId: r.owner_id, province: r.province, approvedAt: new Date(r.approved_at), products: [] };
      bySlug.set(r.stall_slug, stall);
    }
    if (r.id && r.slug)
      products.set(r.slug, {
        id: r.id,
        name: r.name,
        unit: r.unit,
        price: r.price,
        stock: r.stock,
        active: r.status === "active",
        createdAt: new Date(r.created_at),
        thumbnail: r.thumb,
      });
  }
  return approved.map((s) => {
    const stall = bySlug.get(s.slug)!;
    stall.products = s.products.map((p) => products.get(p.slug)!).filter(Boolean);
    return stall;
  });
}

/**
 * Plans six months of trade over the stalls just written and inserts it in batches inside the caller's
 * transaction: rows exactly as checkout, OrdersService.transition, the VNPay IPN, the refund job,
 * recordCompletedStallOrder, LedgerService.createPayout and recomputeRating write them (history.test.ts replays
 * them through those services to prove it).
 */
export async function writeHistory(m: EntityManager, input: HistoryInput): Promise<HistoryCounts> {
  const stalls = await loadHistoryStalls(m, input.plan);
  const [row] = await m.query<{ n: number }[]>(
    `SELECT coalesce(max(substring(email FROM '^buyer([0-9]+)@demo\\.chophien\\.vn$')::int), 0) AS n FROM app_user WHERE email LIKE 'buyer%@demo.chophien.vn'`,
  );
  const h = planHistory({
    scale: input.scale,
    now: input.now,
    stalls,
    commissionRateBps: input.commissionRateBps,
    codRemittedBy: input.codRemittedBy,
    firstBuyer: (row?.n ?? 0) + 1,
  });
  const counts = await insertHistory(m, h, input);
  const busy = stalls[h.busyStall];
  const owner = busy ? input.plan.filter((s) => s.approvedAt)[h.busyStall]?.email : undefined;
  return { ...counts, busySeller: owner ?? null, buyer: h.buyers[0]?.email ?? null };
}

async function insertHistory(
  m: EntityManager,
  h: PlannedHistory,
  input: HistoryInput,
): Promise<Omit<HistoryCounts, "busySeller" | "buyer">> {
  const users = await bulkInsert<{ id: string; email: string }>(
    m,
    "app_user",
    {
      email: "text",
      password_hash: "text",
      full_name: "text",
      phone: "text",
      role: "text",
      created_at: "timestamptz",
      updated_at: "timestamptz",
    },
    h.buyers.map((b) => ({
      email: b.email,
      password_hash: input.passwordHash,
      full_name: b.fullName,
      phone: b.phone,
      role: "shopper",
      created_at: b.createdAt,
      updated_at: b.createdAt,
    })),
    ["id", "email"],
  );
  const userId = new Map(users.map((u) => [u.email, u.id]));
  const buyerId = (i: number) => userId.get(h.buyers[i]!.email)!;
  const lastAt = (dates: (Date | null | undefined)[]) =>
    new Date(Math.max(...dates.filter((d): d is Date => !!d).map((d) => d.getTime())));

  const orders = await bulkInsert<{ id: string; code: string }>(
    m,
    "customer_order",
    {
      code: "text",
      buyer_id: "uuid",
      shipping_address: "jsonb",
      note: "text",
      payment_method: "text",
      payment_status: "text",
      status: "text",
      subtotal: "int",
      shipping_total: "int",
      grand_total: "int",
      created_at: "timestamptz",
      updated_at: "timestamptz",
    },
    h.orders.map((o) => {
      const b = h.buyers[o.buyer]!;
      return {
        code: o.code,
        buyer_id: buyerId(o.buyer),
        shipping_address: JSON.stringify({
          fullName: b.fullName,
          phone: b.phone,
          province: b.province,
          ward: b.ward,
          street: b.street,
        }),
        note: null,
        payment_method: o.paymentMethod,
        payment_status: o.paymentStatus,
        status: o.status,
        subtotal: o.subtotal,
        shipping_total: o.shippingTotal,
        grand_total: o.grandTotal,
        created_at: o.createdAt,
        updated_at: lastAt(o.parts.flatMap((p) => [...p.events.map((e) => e.at), p.refund?.at])),
      };
    }),
    ["id", "code"],
  );
  const orderId = new Map(orders.map((o) => [o.code, o.id]));

  const flatParts = h.orders.flatMap((o) => o.parts.map((p) => ({ o, p, orderId: orderId.get(o.code)! })));
  const parts = await bulkInsert<{ id: string; order_id: string; stall_id: string }>(
    m,
    "stall_order",
    {
      order_id: "uuid",
      stall_id: "uuid",
      status: "text",
      subtotal: "int",
      shipping_fee: "int",
      commission_rate_bps: "int",
      commission: "int",
      carrier: "text",
      tracking_number: "text",
      cancel_reason: "text",
      delivered_at: "timestamptz",
      created_at: "timestamptz",
      updated_at: "timestamptz",
    },
    flatParts.map(({ o, p, orderId: id }) => ({
      order_id: id,
      stall_id: p.stall.id,
      status: p.status,
      subtotal: p.subtotal,
      shipping_fee: p.shippingFee,
      commission_rate_bps: p.commissionRateBps,
      commission: p.commission,
      carrier: p.carrier,
      tracking_number: p.trackingNumber,
      cancel_reason: p.cancelReason,
      delivered_at: p.deliveredAt,
      created_at: o.createdAt,
      updated_at: lastAt(p.events.map((e) => e.at)),
    })),
    ["id", "order_id", "stall_id"],
  );
  const partKey = (order: string, stall: string) => `${order}:${stall}`;
  const partIds = new Map(parts.map((p) => [partKey(p.order_id, p.stall_id), p.id]));
  const partId = new Map(flatParts.map(({ p, orderId: id }) => [p, partIds.get(partKey(id, p.stall.id))!]));

  await bulkInsert(
    m,
    "order_item",
    {
      stall_order_id: "uuid",
      product_id: "uuid",
      name: "text",
      unit: "text",
      unit_price: "int",
      quantity: "smallint",
      line_total: "int",
      thumbnail: "jsonb",
      created_at: "timestamptz",
      updated_at: "timestamptz",
    },
    flatParts.flatMap(({ o, p }) =>
      p.items.map((i) => ({
        stall_order_id: partId.get(p),
        product_id: i.product.id,
        name: i.product.name,
        unit: i.product.unit,
        unit_price: i.product.price,
        quantity: i.quantity,
        line_total: i.lineTotal,
        thumbnail: i.product.thumbnail ? JSON.stringify(i.product.thumbnail) : null,
        created_at: o.createdAt,
        updated_at: o.createdAt,
      })),
    ),
  );

  await bulkInsert(
    m,
    "order_event",
    {
      order_id: "uuid",
      stall_order_id: "uuid",
      actor_id: "uuid",
      actor: "text",
      from_status: "text",
      to_status: "text",
      note: "text",
      created_at: "timestamptz",
      updated_at: "timestamptz",
    },
    flatParts.flatMap(({ o, p, orderId: id }) =>
      p.events.map((e) => ({
        order_id: id,
        stall_order_id: partId.get(p),
        actor_id: e.actor === "buyer" ? buyerId(o.buyer) : e.actorId,
        actor: e.actor,
        from_status: e.from,
        to_status: e.to,
        note: e.note,
        created_at: e.at,
        updated_at: e.at,
      })),
    ),
  );

  const paid = h.orders.filter((o) => o.payment);
  const payments = await bulkInsert<{ id: string; txn_ref: string }>(
    m,
    "payment",
    {
      order_id: "uuid",
      provider: "text",
      txn_ref: "text",
      amount: "int",
      status: "text",
      create_date: "text",
      expires_at: "timestamptz",
      transaction_no: "text",
      bank_code: "text",
      pay_date: "text",
      response_code: "text",
      raw: "jsonb",
      paid_at: "timestamptz",
      created_at: "timestamptz",
      updated_at: "timestamptz",
    },
    paid.map((o) => {
      const p = o.payment!;
      const settled = p.status === "paid";
      return {
        order_id: orderId.get(o.code),
        provider: "vnpay",
        txn_ref: p.txnRef,
        amount: o.grandTotal,
        status: p.status,
        create_date: p.createDate,
        expires_at: p.expiresAt,
        transaction_no: p.transactionNo,
        bank_code: p.bankCode,
        pay_date: p.payDate,
        response_code: settled ? "00" : null,
        // The IPN's parameters as the sandbox sends them (its signature is not kept by the seed).
        raw: settled
          ? JSON.stringify({
              vnp_Amount: String(o.grandTotal * 100),
              vnp_BankCode: p.bankCode,
              vnp_CardType: "ATM",
              vnp_OrderInfo: `Thanh toan don hang ${o.code}`,
              vnp_PayDate: p.payDate,
              vnp_ResponseCode: "00",
              vnp_TransactionNo: p.transactionNo,
              vnp_TransactionStatus: "00",
              vnp_TxnRef: p.txnRef,
            })
          : null,
        paid_at: p.paidAt,
        created_at: p.createdAt,
        updated_at: p.paidAt ?? p.expiresAt,
      };
    }),
    ["id", "txn_ref"],
  );
  const paymentId = new Map(payments.map((p) => [p.txn_ref, p.id]));

  const refunded = flatParts.filter(({ p }) => p.refund);
  await bulkInsert(
    m,
    "refund",
    {
      payment_id: "uuid",
      stall_order_id: "uuid",
      amount: "int",
      transaction_type: "text",
      status: "text",
      attempts: "int",
      response_code: "text",
      raw: "jsonb",
      created_at: "timestamptz",
      updated_at: "timestamptz",
    },
    refunded.map(({ o, p }) => {
      const cancelAt = p.events.find((e) => e.to === "cancelled")!.at;
      return {
        payment_id: paymentId.get(o.payment!.txnRef),
        stall_order_id: partId.get(p),
        amount: p.refund!.amount,
        transaction_type: p.refund!.transactionType,
        status: "succeeded",
        attempts: 1,
        response_code: "00",
        raw: JSON.stringify({
          vnp_ResponseCode: "00",
          vnp_TransactionType: p.refund!.transactionType,
          vnp_TxnRef: o.payment!.txnRef,
          vnp_Amount: String(p.refund!.amount * 100),
          vnp_PayDate: vnpDate(p.refund!.at),
        }),
        created_at: cancelAt,
        updated_at: p.refund!.at,
      };
    }),
  );

  const payouts = await bulkInsert<{ id: string; stall_id: string; reference: string }>(
    m,
    "payout",
    {
      stall_id: "uuid",
      amount: "int",
      reference: "text",
      created_by: "uuid",
      created_at: "timestamptz",
      updated_at: "timestamptz",
    },
    h.payouts.map((p) => ({
      stall_id: p.stallId,
      amount: p.amount,
      reference: p.reference,
      created_by: input.adminId,
      created_at: p.at,
      updated_at: p.at,
    })),
    ["id", "stall_id", "reference"],
  );
  const payoutId = new Map(payouts.map((p) => [`${p.stall_id}:${p.reference}`, p.id]));

  await bulkInsert(
    m,
    "ledger_entry",
    {
      stall_id: "uuid",
      kind: "text",
      amount: "int",
      stall_order_id: "uuid",
      payout_id: "uuid",
      note: "text",
      created_at: "timestamptz",
      updated_at: "timestamptz",
    },
    h.ledger.map((l) => ({
      stall_id: l.stallId,
      kind: l.kind,
      amount: l.amount,
      stall_order_id: l.part ? partId.get(l.part) : null,
      payout_id: l.payout ? payoutId.get(`${l.stallId}:${l.payout.reference}`) : null,
      note: l.note,
      created_at: l.at,
      updated_at: l.at,
    })),
  );

  await bulkInsert(
    m,
    "review",
    {
      product_id: "uuid",
      author_id: "uuid",
      rating: "smallint",
      text: "text",
      reply: "text",
      replied_at: "timestamptz",
      hidden_at: "timestamptz",
      created_at: "timestamptz",
      updated_at: "timestamptz",
    },
    h.reviews.map((r) => ({
      product_id: r.product.id,
      author_id: buyerId(r.buyer),
      rating: r.rating,
      text: r.text,
      reply: r.reply,
      replied_at: r.repliedAt,
      hidden_at: r.hiddenAt,
      created_at: r.at,
      updated_at: lastAt([r.at, r.repliedAt, r.hiddenAt]),
    })),
  );

  // Stock as the checkouts and cancellations left it, and ratings as recomputeRating keeps them (same rounding).
  const before = stockBefore(h);
  const sold = [...h.stock].filter(([id, left]) => before.has(id) && left !== before.get(id));
  if (sold.length)
    await m.query(`UPDATE product p SET stock = u.stock FROM unnest($1::uuid[], $2::int[]) AS u(id, stock) WHERE p.id = u.id`, [
      sold.map(([id]) => id),
      sold.map(([, left]) => left),
    ]);
  const reviewed = [...new Set(h.reviews.map((r) => r.product.id))];
  if (reviewed.length)
    await m.query(
      `UPDATE product p SET rating_avg = v.avg, rating_count = v.n
         FROM (SELECT r.product_id, coalesce(round(avg(r.rating)::numeric, 2), 0)::real AS avg, count(*)::int AS n
                 FROM review r WHERE r.product_id = ANY($1) AND r.hidden_at IS NULL GROUP BY r.product_id) v
        WHERE p.id = v.product_id`,
      [reviewed],
    );

  return { buyers: h.buyers.length, orders: h.orders.length, reviews: h.reviews.length, payouts: h.payouts.length };
}

/** The stock each product had before the history, by id. */
function stockBefore(h: PlannedHistory): Map<string, number> {
  const before = new Map<string, number>();
  for (const o of h.orders) for (const p of o.parts) for (const i of p.items) before.set(i.product.id, i.product.stock);
  return before;
}
