import type { EntityManager } from "typeorm";
import { z } from "zod";
import { foldVietnamese } from "@chophien/contracts";
import { formatVnTime } from "../notifications/templates";
import { escapeHtml as esc } from "../../lib/html";
import type { Letter } from "../../lib/mail/letter";

/** The outbox topic of a new demand, one message per matched stall (mailed to its owner). */
export const DEMAND_MATCHED_TOPIC = "demands.matched";
export const isDemandTopic = (t: string) => t === DEMAND_MATCHED_TOPIC;

/** Words of a title too common to say what is wanted ("cần mua 2 tấn mỗi tháng"). */
const STOP_WORDS = new Set(
  "can mua ban cho cua cac cung voi moi thang nam tuan ngay tan kg lit hop goi thung loai hang san pham nhu cau dat giao lon nho tot".split(
    " ",
  ),
);

/** The folded words of a title that may name a product (three letters or more, not a stop word). */
export function titleWords(title: string): string[] {
  const words = foldVietnamese(title)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
  return [...new Set(words)].slice(0, 12);
}

/**
 * Matches a new demand to stalls and queues one mail per stall, in the caller's transaction: approved stalls with
 * a product on sale in the demand's category (or one of its subcategories) or whose folded product name holds a
 * word of the title, in the demand's province when it names one. The `demand_match` primary key makes it once per
 * demand and stall, however often it runs. Returns how many stalls were newly matched.
 *
 * Runs once per demand over the products of approved stalls; the name test is a sequential to_tsvector over
 * `search_name` (no index: a few thousand products, once per posted demand).
 */
export async function queueDemandMatches(m: EntityManager, demandId: string): Promise<number> {
  const [d] = await m.query<{ title: string; category_id: string | null; province: string | null; created_by_id: string }[]>(
    `SELECT title, category_id, province, created_by_id FROM demand WHERE id = $1`,
    [demandId],
  );
  if (!d) return 0;
  const words = titleWords(d.title).join(" | ");
  const rows = await m.query<{ stall_id: string }[]>(
    `WITH matched AS (
       INSERT INTO demand_match (demand_id, stall_id)
       SELECT $1, s.id FROM stall s
        WHERE s.status = 'approved' AND s.owner_id <> $4 AND ($3::varchar IS NULL OR s.province = $3)
          AND EXISTS (SELECT 1 FROM product p
                       WHERE p.stall_id = s.id AND p.status = 'active' AND p.hidden_at IS NULL
                         AND (p.category_id IN (SELECT c.id FROM category c WHERE c.id = $2 OR c.parent_id = $2)
                              OR ($5 <> '' AND to_tsvector('simple', p.search_name) @@ to_tsquery('simple', $5))))
       ON CONFLICT DO NOTHING
       RETURNING stall_id)
     INSERT INTO outbox (topic, payload, processed_at, attempts, last_error)
     SELECT $6, jsonb_build_object('demandId', $1::uuid, 'stallId', stall_id), NULL, 0, NULL FROM matched
     RETURNING payload->>'stallId' AS stall_id`,
    [demandId, d.category_id, d.province, d.created_by_id, words, DEMAND_MATCHED_TOPIC],
  );
  return rows.length;
}

const MatchedNotice = z.object({ demandId: z.uuid(), stallId: z.uuid() }).loose();

/** Raised when a demand notice can never be sent (payload, demand or stall gone): given up, not retried. */
export class DemandUndeliverable extends Error {}

/** The matched stall's owner: what is wanted, how much, by when (GMT+7), and where to answer; no buyer contacts. */
export async function composeDemandNotice(m: EntityManager, payload: unknown, publicUrl = ""): Promise<Letter[]> {
  const parsed = MatchedNotice.safeParse(payload);
  if (!parsed.success) throw new DemandUndeliverable("payload is not a demands.matched notice");
  const { demandId, stallId } = parsed.data;
  const [row] = await m.query<
    {
      email: string | null;
      full_name: string;
      stall_name: string;
      title: string;
      quantity: number;
      unit: string;
      respond_by: Date;
      status: string;
      org_name: string;
    }[]
  >(
    `SELECT u.email, u.full_name, s.name AS stall_name, d.title, d.quantity, d.unit, d.respond_by, d.status, o.name AS org_name
       FROM demand d JOIN organisation o ON o.id = d.organisation_id, stall s JOIN app_user u ON u.id = s.owner_id
      WHERE d.id = $1 AND s.id = $2`,
    [demandId, stallId],
  );
  if (!row) throw new DemandUndeliverable(`demand ${demandId} or stall ${stallId} not found`);
  // Closed or expired before the mail left: nothing to answer.
  if (row.status !== "open") return [];
  const given = row.full_name.trim().split(/\s+/).pop() || "bạn";
  const qty = `${row.quantity.toLocaleString("vi-VN")} ${row.unit}`;
  const lines = [
    `Chào ${given},`,
    `${row.org_name} cần “${row.title}” (${qty}) — phù hợp với ${row.stall_name}.`,
    `Hạn chào giá: ${formatVnTime(row.respond_by)} (giờ Việt Nam).`,
    `Gửi chào giá từ trang quản lý gian hàng: ${publicUrl}/console`,
  ];
  return [
    {
      key: "owner",
      to: row.email,
      subject: `Nhu cầu mới: ${row.title}`,
      text: lines.join("\n\n") + "\n",
      html: lines.map((l) => `<p>${esc(l)}</p>`).join(""),
    },
  ];
}
