import type { EntityManager } from "typeorm";
import { z } from "zod";
import { formatVnTime } from "../notifications/templates";
import { escapeHtml as esc } from "../../lib/html";
import type { Letter } from "../../lib/mail/letter";

/** The outbox topic of a followed stall's live session: one message per follower, mailed by the notification job. */
export const FOLLOW_LIVE_TOPIC = "follows.live_session";
export const isFollowTopic = (t: string) => t === FOLLOW_LIVE_TOPIC;

/** The storefront page of a live session (`/live/:slug`). */
export const livePath = (slug: string) => `/live/${encodeURIComponent(slug)}`;

export interface LiveSessionAnnouncement {
  stallId: string;
  /** The session's title, as the seller wrote it. */
  title: string;
  /** The session's slug: the mail links to `/live/<slug>`. */
  slug: string;
  startsAt: Date;
}

/**
 * Queues one mail per follower of the stall that is about to go live, in the caller's transaction (so the mails
 * leave if and only if the session is saved). One INSERT … SELECT over the stall's follows (IDX_stall_follow_stall),
 * however many followers there are. Returns how many mails were queued.
 */
export async function queueFollowersLiveSessionMail(m: EntityManager, s: LiveSessionAnnouncement): Promise<number> {
  const rows = await m.query<{ id: string }[]>(
    `INSERT INTO outbox (topic, payload, processed_at, attempts, last_error)
     SELECT $1, jsonb_build_object('userId', f.user_id, 'stallId', f.stall_id, 'title', $3::text, 'slug', $4::text,
                                   'startsAt', $5::text),
            NULL, 0, NULL
       FROM stall_follow f WHERE f.stall_id = $2
     RETURNING id`,
    [FOLLOW_LIVE_TOPIC, s.stallId, s.title, s.slug, s.startsAt.toISOString()],
  );
  return rows.length;
}

const LiveNotice = z
  .object({ userId: z.uuid(), stallId: z.uuid(), title: z.string(), slug: z.string(), startsAt: z.iso.datetime() })
  .loose();

/** Raised when a follow notice can never be sent (payload, follower or stall gone): given up, not retried. */
export class FollowUndeliverable extends Error {}

/** A follower's mail about a live session: who goes live, when (GMT+7) and the link. Nothing once she unfollowed. */
export async function composeFollowNotice(m: EntityManager, payload: unknown, publicUrl = ""): Promise<Letter[]> {
  const parsed = LiveNotice.safeParse(payload);
  if (!parsed.success) throw new FollowUndeliverable("payload is not a follows.live_session notice");
  const n = parsed.data;
  const [row] = await m.query<{ email: string | null; full_name: string; stall_name: string; following: boolean }[]>(
    `SELECT u.email, u.full_name, s.name AS stall_name,
            EXISTS (SELECT 1 FROM stall_follow f WHERE f.user_id = u.id AND f.stall_id = s.id) AS following
       FROM app_user u, stall s WHERE u.id = $1 AND s.id = $2`,
    [n.userId, n.stallId],
  );
  if (!row) throw new FollowUndeliverable(`follower ${n.userId} or stall ${n.stallId} not found`);
  if (!row.following) return [];
  const url = `${publicUrl}${livePath(n.slug)}`;
  const when = formatVnTime(new Date(n.startsAt));
  const given = row.full_name.trim().split(/\s+/).pop() || "bạn";
  const lines = [
    `Chào ${given},`,
    `${row.stall_name} — gian hàng bạn theo dõi — sắp phát trực tiếp: “${n.title}”, lúc ${when}.`,
    `Xem phiên live: ${url}`,
    "Bạn nhận thư này vì đã theo dõi gian hàng trên Chợ Phiên; bỏ theo dõi trên trang gian hàng để không nhận nữa.",
  ];
  return [
    {
      key: "follower",
      to: row.email,
      subject: `${row.stall_name} sắp live: ${n.title}`,
      text: lines.join("\n\n") + "\n",
      html: lines.map((l) => `<p>${esc(l)}</p>`).join(""),
    },
  ];
}
