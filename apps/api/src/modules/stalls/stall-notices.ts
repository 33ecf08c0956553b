import type { EntityManager } from "typeorm";
import { z } from "zod";
import { OutboxMessage } from "../notifications/outbox.entity";
import { escapeHtml as esc } from "../../lib/html";

/** The outbox topic of an approved application: a mail to the applicant, with the admin's message if any. */
export const STALL_APPROVED_TOPIC = "stalls.approved";
export const isStallTopic = (t: string) => t === STALL_APPROVED_TOPIC;

/** Where a new seller starts: the console. */
const CONSOLE_PATH = "/console";

/** Queues the approval mail in the decision's transaction. */
export async function enqueueStallApproved(m: EntityManager, stallId: string, message: string | null): Promise<void> {
  await m.save(
    m.create(OutboxMessage, {
      topic: STALL_APPROVED_TOPIC,
      payload: { stallId, message },
      processedAt: null,
      attempts: 0,
      lastError: null,
    }),
  );
}

const Approved = z.object({ stallId: z.uuid(), message: z.string().nullish() }).loose();

export class StallUndeliverable extends Error {}

/** The applicant's approval mail: the stall is open, the admin's message (when given), and where to start. */
export async function composeStallNotice(m: EntityManager, payload: unknown, publicUrl = "") {
  const parsed = Approved.safeParse(payload);
  if (!parsed.success) throw new StallUndeliverable("payload is not a stalls.approved notice");
  const [row] = await m.query<{ email: string | null; full_name: string; name: string }[]>(
    `SELECT u.email, u.full_name, s.name FROM stall s JOIN app_user u ON u.id = s.owner_id WHERE s.id = $1`,
    [parsed.data.stallId],
  );
  if (!row) throw new StallUndeliverable(`stall ${parsed.data.stallId} not found`);
  const given = row.full_name.trim().split(/\s+/).pop() || "bạn";
  const message = parsed.data.message?.trim();
  const lines = [
    `Chào ${given},`,
    `Gian hàng “${row.name}” đã được duyệt và mở trên Chợ Phiên. Chúc mừng bạn!`,
    ...(message ? [`Lời nhắn từ ban quản trị: ${message}`] : []),
    `Đăng sản phẩm đầu tiên tại ${publicUrl}${CONSOLE_PATH}`,
  ];
  return [
    {
      key: "owner",
      to: row.email,
      subject: `Gian hàng ${row.name} đã được duyệt`,
      text: lines.join("\n\n") + "\n",
      html: lines.map((l) => `<p>${esc(l)}</p>`).join(""),
    },
  ];
}
