import crypto from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { SCOPE_VI, type StallScope } from "@chophien/contracts";
import { OutboxMessage } from "../notifications/outbox.entity";
import { formatVnTime } from "../notifications/templates";
import { normalizeVietnamesePhone } from "../../lib/sms/sms";
import { escapeHtml as esc } from "../../lib/html";
import type { Letter } from "../../lib/mail/letter";

/** Outbox topics of assisted stalls; the notification job sends them after commit (mail and SMS). */
export const CONSENT_TOPIC = "helpers.consent_code";
export const CLAIM_TOPIC = "helpers.claim_link";
export const DIGEST_TOPIC = "helpers.weekly_digest";
export const HELPER_TOPICS = [CONSENT_TOPIC, CLAIM_TOPIC, DIGEST_TOPIC] as const;
export type HelperTopic = (typeof HELPER_TOPICS)[number];
export const isHelperTopic = (t: string): t is HelperTopic => (HELPER_TOPICS as readonly string[]).includes(t);

/** The page of the console where a producer claims the account a helper made (the token in the fragment). */
export const CLAIM_PATH = "/console/nhan-tai-khoan";

export const sha256 = (s: string) => crypto.createHash("sha256").update(s).digest("hex");

/** The grant's 6-digit code, derived from the server secret and the grant's nonce: the outbox never holds it. */
export function consentCode(secret: string, grantId: string, nonce: string): string {
  const h = crypto.createHmac("sha256", secret).update(`consent-code:${grantId}:${nonce}`).digest();
  return String(h.readUInt32BE(0) % 1_000_000).padStart(6, "0");
}

/** What the database keeps of a code: a keyed hash (a plain hash of six digits is undone in a million tries). */
export const consentCodeHash = (secret: string, grantId: string, code: string) =>
  crypto.createHmac("sha256", secret).update(`consent-hash:${grantId}:${code}`).digest("hex");

/** The claim link's token for an onboarding row. */
export const claimToken = (secret: string, onboardingId: string) =>
  crypto.createHmac("sha256", secret).update(`claim:${onboardingId}`).digest("base64url");

export const claimUrl = (publicUrl: string, token: string) => `${publicUrl}${CLAIM_PATH}#token=${token}`;

export function enqueueHelperNotice(m: EntityManager, topic: HelperTopic, payload: Record<string, unknown>): Promise<unknown> {
  return m.save(m.create(OutboxMessage, { topic, payload, processedAt: null, attempts: 0, lastError: null }));
}

export class HelperUndeliverable extends Error {}

const scopesVi = (scopes: readonly StallScope[]) => scopes.map((s) => SCOPE_VI[s]).join(", ");
const mail = (subject: string, lines: string[]) => ({
  subject,
  text: lines.join("\n\n") + "\n",
  html: lines.map((l) => `<p>${esc(l)}</p>`).join(""),
});

interface Owner {
  email: string | null;
  phone_e164: string | null;
  /** The contact number the owner set themself (`PATCH /api/me`): used when there is no sign-in number. */
  phone: string | null;
  full_name: string;
}

/** Mail to the address if any, and an SMS to the sign-in number if any (`smsText` short, plain Vietnamese). */
function toOwner(o: Owner, key: string, m: ReturnType<typeof mail>, smsText: string): Letter[] {
  const out: Letter[] = [];
  if (o.email) out.push({ key: `${key}:mail`, to: o.email, ...m });
  const phone = o.phone_e164 ?? (o.phone ? normalizeVietnamesePhone(o.phone) : null);
  if (phone) out.push({ key: `${key}:sms`, to: null, sms: phone, subject: "", html: "", text: smsText });
  return out;
}

/** Composes the letters of one helper-topic outbox row (inside the dispatcher's claiming transaction). */
export async function composeHelperNotice(
  m: EntityManager,
  topic: HelperTopic,
  payload: Record<string, unknown>,
  links: { publicUrl: string; secret: string } | undefined,
): Promise<Letter[]> {
  if (!links) throw new Error("helper notices need the site's address and the server secret (signInLinks)");
  if (topic === CONSENT_TOPIC) {
    const [g] = await m.query<
      (Owner & {
        id: string;
        status: string;
        consent_nonce: string | null;
        scopes: StallScope[];
        days: number;
        stall_name: string;
        helper_name: string;
        organisation: string | null;
        consent_expires_at: Date | null;
      })[]
    >(
      `SELECT g.id, g.status, g.consent_nonce, g.scopes, g.days, g.consent_expires_at, s.name AS stall_name, h.full_name AS helper_name,
              (SELECT organisation FROM helper WHERE user_id = g.helper_id ORDER BY created_at DESC LIMIT 1) AS organisation,
              o.email, o.phone_e164, o.phone, o.full_name
         FROM stall_grant g JOIN stall s ON s.id = g.stall_id JOIN app_user h ON h.id = g.helper_id JOIN app_user o ON o.id = s.owner_id
        WHERE g.id = $1`,
      [payload.grantId],
    );
    if (!g) throw new HelperUndeliverable(`grant ${String(payload.grantId)} not found`);
    // Consented, witnessed or superseded meanwhile: nothing to send.
    if (g.status !== "awaiting_consent" || !g.consent_nonce) return [];
    const code = consentCode(links.secret, g.id, g.consent_nonce);
    const who = g.organisation ? `${g.helper_name} (${g.organisation})` : g.helper_name;
    const until = g.consent_expires_at ? formatVnTime(g.consent_expires_at) : "";
    const what = scopesVi(g.scopes);
    return toOwner(
      g,
      "owner",
      mail(`Mã đồng ý cho người hỗ trợ gian hàng ${g.stall_name}: ${code}`, [
        `Chào ${g.full_name},`,
        `${who} xin được giúp gian hàng "${g.stall_name}" trong ${g.days} ngày: ${what}.`,
        `Nếu bạn đồng ý, hãy nhập mã ${code} trong mục "Người hỗ trợ" của gian hàng (mã dùng được đến ${until}).`,
        `Người hỗ trợ không bao giờ được rút tiền, đổi tài khoản nhận tiền hay xoá gian hàng. Bạn có thể dừng sự giúp đỡ bất cứ lúc nào, và xem mọi việc họ đã làm.`,
        `Nếu bạn không biết người này, đừng đưa mã cho ai.`,
      ]),
      `Cho Phien: ${who} xin giup gian hang "${g.stall_name}" ${g.days} ngay (${what}). Ma dong y: ${code}. Dung dua ma neu ban khong biet nguoi nay.`,
    );
  }
  if (topic === CLAIM_TOPIC) {
    const [o] = await m.query<(Owner & { id: string; claimed_at: Date | null; stall_name: string; helper_name: string })[]>(
      `SELECT ob.id, ob.claimed_at, s.name AS stall_name, h.full_name AS helper_name, u.email, u.phone_e164, u.phone, u.full_name
         FROM stall_onboarding ob JOIN stall s ON s.id = ob.stall_id JOIN app_user h ON h.id = ob.helper_id JOIN app_user u ON u.id = ob.owner_id
        WHERE ob.id = $1`,
      [payload.onboardingId],
    );
    if (!o) throw new HelperUndeliverable(`onboarding ${String(payload.onboardingId)} not found`);
    if (o.claimed_at) return [];
    const url = claimUrl(links.publicUrl, claimToken(links.secret, o.id));
    return toOwner(
      o,
      "owner",
      mail(`Tài khoản Chợ Phiên của bạn cho gian hàng ${o.stall_name}`, [
        `Chào ${o.full_name},`,
        `${o.helper_name} đã giúp bạn đăng ký gian hàng "${o.stall_name}" trên Chợ Phiên. Tài khoản là của bạn.`,
        `Khi nào muốn tự đăng nhập, hãy mở liên kết này và đặt mật khẩu: ${url}`,
      ]),
      `Cho Phien: ${o.helper_name} da giup ban mo gian hang "${o.stall_name}". Tai khoan la cua ban, mo lien ket de dat mat khau: ${url}`,
    );
  }
  // The weekly digest.
  const [s] = await m.query<(Owner & { name: string })[]>(
    `SELECT s.name, u.email, u.phone_e164, u.phone, u.full_name FROM stall s JOIN app_user u ON u.id = s.owner_id WHERE s.id = $1`,
    [payload.stallId],
  );
  if (!s) throw new HelperUndeliverable(`stall ${String(payload.stallId)} not found`);
  const from = new Date(String(payload.from));
  const to = new Date(String(payload.to));
  const text = await digestText(m, String(payload.stallId), from, to);
  if (!text) return [];
  return toOwner(
    s,
    "owner",
    mail(`Tuần này ở gian hàng ${s.name}`, [
      `Chào ${s.full_name},`,
      text,
      `Xem chi tiết hoặc dừng sự giúp đỡ trong mục "Người hỗ trợ" của gian hàng.`,
    ]),
    text,
  );
}

/** Phrases for each route, counted: "đã thêm 3 sản phẩm". Unlisted routes count as "N thay đổi khác". */
const PHRASES: [RegExp, (n: number) => string][] = [
  [/^POST \/seller\/products(\/import)?$/, (n) => `thêm ${n} sản phẩm`],
  [/^PATCH \/seller\/products\/:id$/, (n) => `sửa ${n} lần thông tin sản phẩm`],
  [/^DELETE \/seller\/products\/:id$/, (n) => `xoá ${n} sản phẩm`],
  [/\/images/, (n) => `thay đổi ảnh ${n} lần`],
  [/\/confirm$/, (n) => `xác nhận ${n} đơn`],
  [/\/ship$/, (n) => `gửi ${n} đơn`],
  [/\/cancel$/, (n) => `huỷ ${n} đơn`],
  [/\/reviews\/:id\/reply$/, (n) => `trả lời ${n} đánh giá`],
  [/batches|events/, (n) => `ghi ${n} mục truy xuất nguồn gốc`],
  [/\/seller\/profile$/, (n) => `sửa thông tin gian hàng ${n} lần`],
];

/** "Tuần này, Nguyễn Văn A đã thêm 3 sản phẩm, xác nhận 5 đơn." — one sentence per helper; null when nothing happened. */
export async function digestText(m: EntityManager | DataSource, stallId: string, from: Date, to: Date): Promise<string | null> {
  const rows = await m.query<{ actor: string; route: string; n: number }[]>(
    `SELECT coalesce(u.full_name, 'Người hỗ trợ') AS actor, a.route, count(*)::int AS n
       FROM stall_audit a LEFT JOIN app_user u ON u.id = a.actor_id
      WHERE a.stall_id = $1 AND a.at >= $2 AND a.at < $3
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [stallId, from, to],
  );
  if (!rows.length) return null;
  const byActor = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const i = PHRASES.findIndex(([re]) => re.test(r.route));
    const counts = byActor.get(r.actor) ?? new Map<string, number>();
    counts.set(String(i), (counts.get(String(i)) ?? 0) + r.n);
    byActor.set(r.actor, counts);
  }
  const sentences = [...byActor].map(([actor, counts]) => {
    const parts = [...counts]
      .sort(([a], [b]) => Number(a === "-1") - Number(b === "-1") || Number(a) - Number(b))
      .map(([i, n]) => (i === "-1" ? `làm ${n} thay đổi khác` : PHRASES[Number(i)]![1](n)));
    return `${actor} đã ${parts.join(", ")}`;
  });
  return `Tuần này, ${sentences.join("; ")}.`;
}
