import type { Logger } from "pino";
import { In, type DataSource, type EntityManager } from "typeorm";
import { z } from "zod";
import type { Jobs } from "../../lib/jobs/jobs";
import type { Mailer } from "../../lib/mail/mailer";
import type { SmsSender } from "../../lib/sms/sms";
import { composeHelperNotice, HelperUndeliverable, type HelperTopic, isHelperTopic } from "../helpers/helper-notices";
import { composeFollowNotice, FollowUndeliverable, isFollowTopic } from "../follows/follow-notices";
import { composeStallNotice, isStallTopic, StallUndeliverable } from "../stalls/stall-notices";
import { composeLiveDraft, LIVE_DRAFT_TOPIC } from "../live/live-drafts.service";
import { composeDemandNotice, DemandUndeliverable, isDemandTopic } from "../demands/demand-matching";
import { OrderItem } from "../orders/order-item.entity";
import { Order } from "../orders/order.entity";
import { StallOrder } from "../orders/stall-order.entity";
import { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";
import { Product } from "../catalog/product.entity";
import { Refund } from "../payments/refund.entity";
import type { OrderTopic, ProductTopic, RefundTopic, TraceTopic } from "./outbox";
import { SignInLink } from "../auth/sign-in-link.entity";
import {
  PASSWORD_RESET_TOPIC,
  SIGN_IN_LINK_TOPIC,
  SIGN_IN_LINK_TTL_MS,
  signInLinkToken,
  signInLinkUrl,
} from "../auth/sign-in-links";
import {
  batchCopyAlarm,
  orderCancelled,
  orderConfirmed,
  orderDelivered,
  orderPlacedForBuyer,
  orderPlacedForSeller,
  orderShipped,
  productHidden,
  productReviewRequested,
  productUnhidden,
  ocopExpiringMail,
  refundSettled,
  refundStarted,
  passwordResetMail,
  signInLinkMail,
  type OrderFacts,
  type RenderedMail,
  type StallPart,
} from "./templates";
import { type Letter } from "../../lib/mail/letter";

/** A message is given up (left unprocessed with its last error) after this many failed attempts. */
export const MAX_ATTEMPTS = 10;
/** The pg-boss queue whose jobs run `dispatchOutbox`. */
export const DISPATCH_QUEUE = "notifications.dispatch";

export interface DispatchOptions {
  /** At most this many outbox messages per run (default 20). */
  batch?: number;
  log?: Logger;
  /**
   * Wait before retry n of a failed message: this many seconds doubled each time, capped at an hour
   * (default 30 s: 10 attempts span about 3.5 h, enough to ride out an SMTP outage). 0 = next run.
   */
  retryBaseSeconds?: number;
  /** What mailed sign-in links need: the site's address and the server's secret (the token is derived again). */
  signInLinks?: { publicUrl: string; secret: string };
  /** Text messages (consent codes, claim links, digests); a letter for SMS fails (and is retried) without it. */
  sms?: SmsSender;
}

export interface DispatchResult {
  /** Messages fully sent and marked processed. */
  processed: number;
  /** Messages that failed this run (they stay pending unless given up). */
  failed: number;
  /** Mails handed to the mailer. */
  mails: number;
}

/** Bookkeeping written by a partly failed run: recipients already mailed, so a retry skips them. */
const SentTo = z.array(z.string()).optional();
const Notice = z.object({ orderId: z.uuid(), stallOrderId: z.uuid().optional(), note: z.string().nullish(), sentTo: SentTo });
type Notice = z.infer<typeof Notice>;
const ProductNotice = z.object({ productId: z.uuid(), note: z.string().nullish(), sentTo: SentTo });
type ProductNotice = z.infer<typeof ProductNotice>;
const LinkNotice = z.object({ linkId: z.uuid(), sentTo: SentTo });
type LinkNotice = z.infer<typeof LinkNotice>;

const TOPICS: readonly OrderTopic[] = ["order.placed", "order.confirmed", "order.shipped", "order.delivered", "order.cancelled"];
const PRODUCT_TOPICS: readonly ProductTopic[] = ["product.hidden", "product.unhidden", "product.review_requested"];
const isProductTopic = (topic: string): topic is ProductTopic => PRODUCT_TOPICS.includes(topic as ProductTopic);
const TraceNotice = z.object({ batchId: z.uuid(), sentTo: SentTo });
type TraceNotice = z.infer<typeof TraceNotice>;
const isTraceTopic = (topic: string): topic is TraceTopic => topic === "trace.copy_alarm";

const RefundNotice = z.object({ refundId: z.uuid(), sentTo: SentTo });
type RefundNotice = z.infer<typeof RefundNotice>;
const REFUND_TOPICS: readonly RefundTopic[] = ["refund.started", "refund.settled"];
const isLinkTopic = (topic: string) => topic === SIGN_IN_LINK_TOPIC || topic === PASSWORD_RESET_TOPIC;

/** Who composes the mail of a topic: the payload's shape and the letters it becomes. */
interface Composer {
  handles(topic: string): boolean;
  schema: z.ZodType<{ sentTo?: string[] | undefined }>;
  compose(m: EntityManager, topic: string, payload: never, opts: DispatchOptions): Promise<Letter[]>;
}
const composer = <T extends { sentTo?: string[] | undefined }>(c: {
  handles(topic: string): boolean;
  schema: z.ZodType<T>;
  compose(m: EntityManager, topic: string, payload: T, opts: DispatchOptions): Promise<Letter[]>;
}): Composer => c;

/** The order lifecycle's mails: what every topic no other composer claims falls back to (unknown ones give up). */
const ORDER_COMPOSER = composer({ handles: () => true, schema: Notice, compose: (m, topic, n) => compose(m, topic, n) });

/** Every outbox topic and its composer, first match wins. */
const COMPOSERS: readonly Composer[] = [
  composer({
    handles: isHelperTopic,
    schema: z.object({ sentTo: SentTo }).loose(),
    compose: (m, topic, payload, opts) => composeHelperNotice(m, topic as HelperTopic, payload, opts.signInLinks),
  }),
  composer({
    handles: isFollowTopic,
    schema: z.object({ sentTo: SentTo }).loose(),
    compose: (m, _topic, payload, opts) => composeFollowNotice(m, payload, opts.signInLinks?.publicUrl),
  }),
  composer({
    handles: isStallTopic,
    schema: z.object({ sentTo: SentTo }).loose(),
    compose: (m, _topic, payload, opts) => composeStallNotice(m, payload, opts.signInLinks?.publicUrl),
  }),
  composer({
    handles: isDemandTopic,
    schema: z.object({ sentTo: SentTo }).loose(),
    compose: (m, _topic, payload, opts) => composeDemandNotice(m, payload, opts.signInLinks?.publicUrl),
  }),
  composer({
    handles: (topic) => topic === LIVE_DRAFT_TOPIC,
    schema: z.object({ sentTo: SentTo }).loose(),
    compose: (m, _topic, payload, opts) => composeLiveDraft(m, payload, opts.signInLinks),
  }),
  composer({
    handles: (topic) => topic === OCOP_EXPIRING_TOPIC,
    schema: z.object({ sentTo: SentTo }).loose(),
    compose: (m, _topic, payload) => composeOcopReminder(m, payload),
  }),
  composer({
    handles: isLinkTopic,
    schema: LinkNotice,
    compose: (m, _topic, n, opts) => composeSignInLink(m, n, opts.signInLinks),
  }),
  composer({ handles: isTraceTopic, schema: TraceNotice, compose: (m, _topic, n) => composeTrace(m, n) }),
  composer({
    handles: isProductTopic,
    schema: ProductNotice,
    compose: (m, topic, n) => composeProduct(m, topic as ProductTopic, n),
  }),
  composer({
    handles: (topic) => REFUND_TOPICS.includes(topic as RefundTopic),
    schema: RefundNotice,
    compose: (m, topic, n) => composeRefund(m, topic as RefundTopic, n),
  }),
];

interface OutboxRow {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/** A message that can never be sent (unknown topic, missing order): given up at once, not retried. */
class Undeliverable extends Error {}

/**
 * Sends the mail for pending outbox messages. Each message is claimed with `FOR UPDATE SKIP LOCKED` in its own
 * transaction and marked in that transaction once sent, so any number of API processes can run this at once and
 * never mail one message twice; a crash re-sends at most the one message in flight.
 */
export async function dispatchOutbox(ds: DataSource, mailer: Mailer, opts: DispatchOptions = {}): Promise<DispatchResult> {
  const batch = opts.batch ?? 20;
  const retryBase = opts.retryBaseSeconds ?? 30;
  const result: DispatchResult = { processed: 0, failed: 0, mails: 0 };
  const tried: string[] = [];

  while (tried.length < batch) {
    const claimed = await ds.transaction(async (m) => {
      // `updated_at` is the time of the last attempt: a failed message waits out its back-off before the next.
      const [row] = await m.query<OutboxRow[]>(
        `SELECT id, topic, payload, attempts FROM outbox
          WHERE processed_at IS NULL AND attempts < $1 AND NOT (id = ANY($2::uuid[]))
            AND (attempts = 0 OR updated_at <= now() - make_interval(secs => least($3 * power(2, attempts - 1), 3600)))
          ORDER BY created_at, id
          LIMIT 1
          FOR UPDATE SKIP LOCKED`,
        [MAX_ATTEMPTS, tried, retryBase],
      );
      if (!row) return false;
      tried.push(row.id);
      await deliver(m, mailer, row, result, opts);
      return true;
    });
    if (!claimed) break;
  }
  return result;
}

/** Errors that mean a message can never be written (not worth retrying). */
const UNDELIVERABLE = [Undeliverable, HelperUndeliverable, FollowUndeliverable, StallUndeliverable, DemandUndeliverable];

/** Composes and sends one claimed message, then records the outcome on its row (inside the claiming transaction). */
async function deliver(
  m: EntityManager,
  mailer: Mailer,
  row: OutboxRow,
  result: DispatchResult,
  opts: DispatchOptions,
): Promise<void> {
  const log = opts.log;
  const composer = COMPOSERS.find((c) => c.handles(row.topic)) ?? ORDER_COMPOSER;
  const parsed = composer.schema.safeParse(row.payload);
  const sentTo = new Set(parsed.success ? (parsed.data.sentTo ?? []) : []);
  let letters: Letter[];
  // A savepoint, so a failing query while composing still lets us record the failure on the row.
  await m.query(`SAVEPOINT compose`);
  try {
    if (!parsed.success) throw new Undeliverable(`payload is not a ${row.topic} notice`);
    letters = await composer.compose(m, row.topic, parsed.data as never, opts);
    await m.query(`RELEASE SAVEPOINT compose`);
  } catch (err) {
    await m.query(`ROLLBACK TO SAVEPOINT compose`);
    const giveUp = UNDELIVERABLE.some((kind) => err instanceof kind);
    await recordFailure(m, row, describe(err), sentTo, giveUp);
    result.failed++;
    log?.[giveUp ? "warn" : "error"]({ err, outboxId: row.id, topic: row.topic }, "could not compose notification");
    return;
  }

  const errors: string[] = [];
  for (const letter of letters) {
    if (sentTo.has(letter.key)) continue;
    if (letter.sms) {
      try {
        if (!opts.sms) throw new Error("no SMS sender configured for this dispatcher");
        await opts.sms.send({ to: letter.sms, text: letter.text });
        sentTo.add(letter.key);
      } catch (err) {
        errors.push(`${letter.key}: ${describe(err)}`);
      }
      continue;
    }
    if (letter.to === null) continue;
    try {
      await mailer.send({ to: letter.to, subject: letter.subject, text: letter.text, html: letter.html });
      sentTo.add(letter.key);
      result.mails++;
    } catch (err) {
      errors.push(`${letter.key}: ${describe(err)}`);
    }
  }
  if (!errors.length) {
    await m.query(
      `UPDATE outbox SET processed_at = now(), attempts = attempts + 1, last_error = NULL, updated_at = now() WHERE id = $1`,
      [row.id],
    );
    result.processed++;
    return;
  }
  await recordFailure(m, row, errors.join("; "), sentTo, false);
  result.failed++;
  const last = row.attempts + 1 >= MAX_ATTEMPTS;
  log?.[last ? "error" : "warn"](
    { outboxId: row.id, topic: row.topic, attempts: row.attempts + 1, errors },
    last ? "gave up on a notification" : "notification failed; will retry",
  );
}

async function recordFailure(
  m: EntityManager,
  row: OutboxRow,
  error: string,
  sentTo: Set<string>,
  giveUp: boolean,
): Promise<void> {
  await m.query(
    `UPDATE outbox SET attempts = ${giveUp ? "$4" : "attempts + 1"}, last_error = $2,
            payload = CASE WHEN $3::jsonb IS NULL THEN payload ELSE payload || jsonb_build_object('sentTo', $3::jsonb) END,
            updated_at = now()
      WHERE id = $1`,
    [row.id, error.slice(0, 2000), sentTo.size ? JSON.stringify([...sentTo]) : null, ...(giveUp ? [MAX_ATTEMPTS] : [])],
  );
}

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err)) || "unknown error";

/** Loads the order, its stall orders, items, buyer and stall owners, and renders every mail the topic calls for. */
async function compose(m: EntityManager, topic: string, notice: Notice): Promise<Letter[]> {
  if (!TOPICS.includes(topic as OrderTopic)) throw new Undeliverable(`unknown topic ${topic}`);
  const order = await m.findOne(Order, { where: { id: notice.orderId } });
  if (!order) throw new Undeliverable(`order ${notice.orderId} not found`);
  const people = (ids: string[]) => m.find(User, { where: { id: In(ids) }, select: { id: true, email: true, fullName: true } });
  const [buyer] = await people([order.buyerId]);
  if (!buyer) throw new Undeliverable(`buyer of order ${order.code} not found`);

  const stallOrders = await m.find(StallOrder, { where: { orderId: order.id }, order: { createdAt: "ASC", id: "ASC" } });
  const about = notice.stallOrderId ? stallOrders.filter((so) => so.id === notice.stallOrderId) : stallOrders;
  if (!about.length) throw new Undeliverable(`no stall order ${notice.stallOrderId ?? ""} in order ${order.code}`);
  const stalls = await m.find(Stall, {
    where: { id: In(stallOrders.map((so) => so.stallId)) },
    select: { id: true, name: true, ownerId: true },
  });
  const owners = await people(stalls.map((s) => s.ownerId));
  const items = await m.find(OrderItem, {
    where: { stallOrderId: In(stallOrders.map((so) => so.id)) },
    order: { createdAt: "ASC", id: "ASC" },
  });

  const stallOf = (so: StallOrder) => stalls.find((s) => s.id === so.stallId);
  const part = (so: StallOrder): StallPart => ({
    stallName: stallOf(so)?.name ?? "",
    status: so.status,
    subtotal: so.subtotal,
    shippingFee: so.shippingFee,
    carrier: so.carrier,
    trackingNumber: so.trackingNumber,
    cancelReason: so.cancelReason,
    items: items.filter((i) => i.stallOrderId === so.id),
  });
  const facts: OrderFacts = {
    code: order.code,
    placedAt: order.createdAt,
    shippingAddress: order.shippingAddress,
    paymentMethod: order.paymentMethod,
    paymentStatus: order.paymentStatus,
    note: order.note,
    subtotal: order.subtotal,
    shippingTotal: order.shippingTotal,
    grandTotal: order.grandTotal,
  };
  const toBuyer = (mail: RenderedMail): Letter => ({ key: "buyer", to: buyer.email, ...mail });
  /** One letter per stall owner of `list`, rendered by `render`. */
  const toOwners = (list: StallOrder[], render: (ownerName: string, so: StallOrder) => RenderedMail): Letter[] =>
    list.flatMap((so) => {
      const owner = owners.find((u) => u.id === stallOf(so)?.ownerId);
      return owner ? [{ key: `owner:${so.id}`, to: owner.email, ...render(owner.fullName, so) }] : [];
    });
  const parts = about.map(part);
  const note = notice.note ?? null;

  switch (topic as OrderTopic) {
    case "order.placed":
      return [
        toBuyer(orderPlacedForBuyer(facts, buyer.fullName, parts)),
        ...toOwners(about, (name, so) => orderPlacedForSeller(facts, name, part(so))),
      ];
    case "order.confirmed":
      return [toBuyer(orderConfirmed(facts, buyer.fullName, parts))];
    case "order.shipped":
      return [toBuyer(orderShipped(facts, buyer.fullName, parts, note))];
    case "order.delivered":
      return [toBuyer(orderDelivered(facts, buyer.fullName, parts))];
    case "order.cancelled": {
      const reason = note ?? about.find((so) => so.cancelReason)?.cancelReason ?? null;
      return [
        toBuyer(orderCancelled(facts, buyer.fullName, parts, reason)),
        ...toOwners(about, (name, so) => orderCancelled(facts, name, [part(so)], reason, true)),
      ];
    }
  }
}

/** A refund on its way, or accepted by the gateway → the buyer. */
async function composeRefund(m: EntityManager, topic: RefundTopic, notice: RefundNotice): Promise<Letter[]> {
  const refund = await m.findOne(Refund, { where: { id: notice.refundId }, relations: { payment: { order: true } } });
  const order = refund?.payment?.order;
  if (!refund || !order) throw new Undeliverable(`refund ${notice.refundId} not found`);
  const buyer = await m.findOne(User, { where: { id: order.buyerId }, select: { id: true, email: true, fullName: true } });
  if (!buyer) throw new Undeliverable(`buyer of order ${order.code} not found`);
  const part = refund.stallOrderId ? await m.findOne(StallOrder, { where: { id: refund.stallOrderId } }) : null;
  const stall = part ? await m.findOne(Stall, { where: { id: part.stallId }, select: { id: true, name: true } }) : null;
  const mail =
    topic === "refund.started"
      ? refundStarted(buyer.fullName, order.code, refund.amount, stall?.name ?? null)
      : refundSettled(buyer.fullName, order.code, refund.amount);
  return [{ key: "buyer", to: buyer.email, ...mail }];
}

/** A moderation decision on a product → its stall's owner. */
async function composeProduct(m: EntityManager, topic: ProductTopic, notice: ProductNotice): Promise<Letter[]> {
  const product = await m.findOne(Product, { where: { id: notice.productId }, select: { id: true, name: true, stallId: true } });
  if (!product) throw new Undeliverable(`product ${notice.productId} not found`);
  const stall = await m.findOne(Stall, { where: { id: product.stallId }, select: { id: true, name: true, ownerId: true } });
  const owner =
    stall && (await m.findOne(User, { where: { id: stall.ownerId }, select: { id: true, email: true, fullName: true } }));
  if (!stall || !owner) throw new Undeliverable(`owner of product ${notice.productId} not found`);
  if (topic === "product.review_requested") {
    const admins = await m.find(User, { where: { role: "admin" }, select: { id: true, email: true, fullName: true } });
    return admins.map((a) => ({
      key: `admin:${a.id}`,
      to: a.email,
      ...productReviewRequested(a.fullName, product.name, stall.name, notice.note ?? null),
    }));
  }
  const mail =
    topic === "product.hidden"
      ? productHidden(owner.fullName, product.name, stall.name, notice.note ?? "")
      : productUnhidden(owner.fullName, product.name, stall.name);
  return [{ key: "owner", to: owner.email, ...mail }];
}

/** A one-time sign-in link → the account's owner; nothing is sent once the link is used or expired. */
async function composeSignInLink(m: EntityManager, notice: LinkNotice, links: DispatchOptions["signInLinks"]): Promise<Letter[]> {
  if (!links) throw new Error("sign-in links are not configured for this dispatcher (signInLinks)");
  const link = await m.findOne(SignInLink, { where: { id: notice.linkId } });
  if (!link) throw new Undeliverable(`sign-in link ${notice.linkId} not found`);
  if (link.usedAt || link.expiresAt.getTime() <= Date.now()) return [];
  const user = await m.findOne(User, { where: { id: link.userId }, select: { id: true, email: true, fullName: true } });
  if (!user) throw new Undeliverable(`owner of sign-in link ${link.id} not found`);
  const url = signInLinkUrl(links.publicUrl, signInLinkToken(links.secret, link.id, link.purpose), link.purpose);
  const minutes = SIGN_IN_LINK_TTL_MS / 60_000;
  const letter =
    link.purpose === "sign_in" ? signInLinkMail(user.fullName, url, minutes) : passwordResetMail(user.fullName, url, minutes);
  return [{ key: "owner", to: user.email, ...letter }];
}

/** The outbox topic of an OCOP certificate nearing its end (queued at 90 and at 30 days by the daily job). */
const OCOP_EXPIRING_TOPIC = "ocop.expiring";
const OcopReminder = z.object({ certificateId: z.uuid(), days: z.number().int() }).loose();

/** An OCOP certificate that ends soon → its stall's owner, with the products whose star goes with it. */
export async function composeOcopReminder(m: EntityManager, payload: unknown): Promise<Letter[]> {
  const parsed = OcopReminder.safeParse(payload);
  if (!parsed.success) throw new Undeliverable("payload is not an ocop.expiring notice");
  const [c] = await m.query<
    {
      stars: number;
      decision_no: string;
      valid_until: string;
      status: string;
      stall_name: string;
      owner_id: string;
      products: string[];
    }[]
  >(
    `SELECT c.stars, c.decision_no, to_char(c.valid_until, 'DD/MM/YYYY') AS valid_until, c.status, s.name AS stall_name, s.owner_id,
            ARRAY(SELECT p.name FROM ocop_certificate_product cp JOIN product p ON p.id = cp.product_id
                   WHERE cp.certificate_id = c.id ORDER BY p.name) AS products
       FROM ocop_certificate c JOIN stall s ON s.id = c.stall_id WHERE c.id = $1`,
    [parsed.data.certificateId],
  );
  if (!c) throw new Undeliverable(`certificate ${parsed.data.certificateId} not found`);
  // Revoked or replaced since it was queued: nothing to remind.
  if (c.status !== "verified") return [];
  const owner = await m.findOne(User, { where: { id: c.owner_id }, select: { id: true, email: true, fullName: true } });
  if (!owner) throw new Undeliverable(`owner of certificate ${parsed.data.certificateId} not found`);
  return [
    {
      key: "owner",
      to: owner.email,
      ...ocopExpiringMail(owner.fullName, {
        ...c,
        stallName: c.stall_name,
        validUntil: c.valid_until,
        decisionNo: c.decision_no,
        days: parsed.data.days,
      }),
    },
  ];
}

/** A batch's copy alarm → its stall's owner and every admin. */
async function composeTrace(m: EntityManager, notice: TraceNotice): Promise<Letter[]> {
  const [b] = await m.query<
    { lot: string; code: string; opens: number; quantity: number; product_name: string; stall_name: string; owner_id: string }[]
  >(
    `SELECT b.lot, b.code, b.opens, b.quantity, p.name AS product_name, s.name AS stall_name, s.owner_id
       FROM trace_batch b JOIN product p ON p.id = b.product_id JOIN stall s ON s.id = b.stall_id
      WHERE b.id = $1`,
    [notice.batchId],
  );
  if (!b) throw new Undeliverable(`batch ${notice.batchId} not found`);
  const people = await m.find(User, {
    where: [{ id: b.owner_id }, { role: "admin" }],
    select: { id: true, email: true, fullName: true, role: true },
  });
  const facts = {
    productName: b.product_name,
    stallName: b.stall_name,
    lot: b.lot,
    code: b.code,
    opens: b.opens,
    quantity: b.quantity,
  };
  return people.map((u) => ({
    key: u.id === b.owner_id ? "owner" : `admin:${u.id}`,
    to: u.email,
    ...batchCopyAlarm(u.fullName, facts),
  }));
}

export interface NotificationJobOptions {
  /** How often a dispatch is queued (default 5 s; throttled to one per window across all processes). */
  everySeconds?: number;
  batch?: number;
  log?: Logger;
  signInLinks?: DispatchOptions["signInLinks"];
  sms?: SmsSender;
}

/**
 * Runs `dispatchOutbox` in a pg-boss worker on queue `notifications.dispatch`, fed by a ticker every few
 * seconds. pg-boss cron has minute resolution and an outbox row cannot `send` a job after its own commit,
 * so each process ticks (`jobs.every`): the throttle makes one job per window across processes, the `short`
 * policy keeps at most one queued, and SKIP LOCKED makes overlapping runs safe anyway.
 */
export async function startNotificationJobs(
  jobs: Jobs,
  ds: DataSource,
  mailer: Mailer,
  opts: NotificationJobOptions = {},
): Promise<void> {
  const { log, batch = 20, signInLinks, sms } = opts;
  await jobs.work(
    DISPATCH_QUEUE,
    async () => {
      const r = await dispatchOutbox(ds, mailer, {
        batch,
        ...(log && { log }),
        ...(signInLinks && { signInLinks }),
        ...(sms && { sms }),
      });
      if (r.mails || r.failed) log?.info(r, "notifications dispatched");
    },
    // A tick that fails is not worth retrying (the next tick is seconds away); a stuck one expires after 5 min.
    { policy: "short", retryLimit: 0, expireInSeconds: 300 },
  );
  jobs.every(DISPATCH_QUEUE, opts.everySeconds ?? 5);
}
