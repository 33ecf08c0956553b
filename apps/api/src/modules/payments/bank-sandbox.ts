import crypto from "node:crypto";
import { Router } from "express";
import type { Clock } from "../../lib/clock";
import type { BankNotificationSender } from "./bank-notifications";
import { escapeHtml as esc } from "../../lib/html";

export const BANK_SANDBOX_MOUNT = "/bank-sandbox";

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:26rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
label{display:block;margin:.75rem 0 .25rem;font-weight:600}input{width:100%;box-sizing:border-box;padding:.6rem;font-size:1rem}
button{margin-top:1rem;width:100%;padding:.8rem;font-size:1.1rem;background:#0b5c3b;color:#fff;border:0;border-radius:.4rem}
.note{background:#fff4d6;padding:.5rem;border-radius:.3rem}</style></head><body><main>${body}</main></body></html>`;
}

/**
 * A pretend banking app for development: the shopper "scans" an order's VietQR code (amount and note come from
 * the link on the VietQR page), presses pay, and the bank's notification service posts a signed webhook.
 */
export function bankSandbox({ sender, clock }: { sender: BankNotificationSender; clock: Clock }): Router {
  const r = Router();
  r.get("/", (req, res) => {
    const amount = typeof req.query.amount === "string" && /^\d{1,12}$/.test(req.query.amount) ? req.query.amount : "";
    const note = typeof req.query.note === "string" ? req.query.note.slice(0, 100) : "";
    res.type("html").send(
      page(
        "Ngân hàng thử nghiệm",
        `<h1>Ngân hàng thử nghiệm</h1><p class="note">Chỉ dùng khi phát triển: không có tiền thật.</p>
<form method="post" action="${BANK_SANDBOX_MOUNT}/pay">
<label for="amount">Số tiền (₫)</label><input id="amount" name="amount" inputmode="numeric" value="${esc(amount)}" required>
<label for="content">Nội dung chuyển khoản</label><input id="content" name="content" value="${esc(note)}" required>
<button type="submit">Chuyển tiền</button></form>`,
      ),
    );
  });
  r.post("/pay", async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const amount = typeof body.amount === "string" && /^\d{1,12}$/.test(body.amount) ? Number(body.amount) : NaN;
    const content = typeof body.content === "string" ? body.content.slice(0, 500) : "";
    if (!(amount > 0) || !content) {
      res
        .status(400)
        .type("html")
        .send(page("Lỗi", `<h1>Thiếu số tiền hoặc nội dung</h1><p><a href="${BANK_SANDBOX_MOUNT}">Quay lại</a></p>`));
      return;
    }
    const transactionId = `SBX${crypto.randomUUID().replace(/-/g, "").slice(0, 16).toUpperCase()}`;
    const answer = await sender.send({ transactionId, amount, content, transactedAt: clock.now().toISOString() });
    const result = (answer.body as { result?: string } | null)?.result ?? `HTTP ${answer.status}`;
    res
      .type("html")
      .send(
        page(
          "Đã chuyển",
          `<h1>Đã chuyển ${esc(amount.toLocaleString("vi-VN"))} ₫</h1><p>Mã giao dịch <strong id="txn">${esc(transactionId)}</strong></p><p>Chợ Phiên trả lời: <strong id="result">${esc(result)}</strong></p>`,
        ),
      );
  });
  return r;
}
