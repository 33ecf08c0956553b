import { formatVnpDate } from "../../dates";
import { SANDBOX_BANKS } from "../banks";
import type { CheckoutSession } from "../sessions";
import { t } from "./i18n";
import { escapeHtml, formatDong, formatVnpDateForDisplay, layout, postForm } from "./html";

/** The order summary column shared by the card and OTP steps. */
export function orderSummary(session: CheckoutSession): string {
  const { request } = session;
  const l = request.locale;
  return `<section aria-label="${escapeHtml(t(l, "order"))}">
<h1>${escapeHtml(t(l, "order"))}</h1>
<dl>
<dt>${escapeHtml(t(l, "amount"))}</dt><dd class="amount">${escapeHtml(formatDong(request.amount))}</dd>
<dt>${escapeHtml(t(l, "orderInfo"))}</dt><dd>${escapeHtml(request.orderInfo)}</dd>
<dt>${escapeHtml(t(l, "merchant"))}</dt><dd>${escapeHtml(request.tmnCode)}</dd>
<dt>${escapeHtml(t(l, "txnRef"))}</dt><dd>${escapeHtml(request.txnRef)}</dd>
<dt>${escapeHtml(t(l, "expiresAt"))}</dt><dd>${escapeHtml(formatVnpDateForDisplay(formatVnpDate(request.expiresAt)))}</dd>
</dl>
</section>`;
}

/** The cancel button and the simulate-failure buttons, present on every step. */
export function otherOutcomes(session: CheckoutSession, prefix: string): string {
  const l = session.request.locale;
  const simulate = `<button class="secondary" type="submit" name="outcome" value="insufficient_funds">${escapeHtml(t(l, "simulate51"))}</button>
<button class="secondary" type="submit" name="outcome" value="timeout">${escapeHtml(t(l, "simulate11"))}</button>`;
  const cancel = `<button class="danger" type="submit">${escapeHtml(t(l, "cancel"))}</button>`;
  return `<div class="row">${postForm(`${prefix}/paymentv2/Transaction/cancel.html`, session.token, cancel)}</div>
<h2>${escapeHtml(t(l, "simulate"))}</h2>
${postForm(`${prefix}/paymentv2/Transaction/simulate.html`, session.token, simulate, ' class="row"')}`;
}

/** Step 1: bank, card number, card holder and issue date, with an optional error message. */
export function renderCheckoutPage(session: CheckoutSession, prefix: string, error?: string): string {
  const l = session.request.locale;
  const options = SANDBOX_BANKS.map(
    (bank) =>
      `<option value="${escapeHtml(bank.code)}"${bank.code === session.bankCode ? " selected" : ""}>${escapeHtml(bank.name)}</option>`,
  ).join("");
  const fields = `${error ? `<div class="error" role="alert">${escapeHtml(error)}</div>` : ""}
<label for="bankCode">${escapeHtml(t(l, "bank"))}</label><select id="bankCode" name="bankCode">${options}</select>
<label for="cardNumber">${escapeHtml(t(l, "cardNumber"))}</label><input id="cardNumber" name="cardNumber" inputmode="numeric" autocomplete="cc-number" required>
<label for="cardHolder">${escapeHtml(t(l, "cardHolder"))}</label><input id="cardHolder" name="cardHolder" autocomplete="cc-name" required>
<label for="issueDate">${escapeHtml(t(l, "issueDate"))}</label><input id="issueDate" name="issueDate" placeholder="MM/YY" required>
<button class="primary" type="submit">${escapeHtml(t(l, "continue"))}</button>`;
  const content = `${orderSummary(session)}
<section>
<h1>${escapeHtml(t(l, "cardTitle"))}</h1>
${postForm(`${prefix}/paymentv2/Transaction/card.html`, session.token, fields)}
<div class="hint">${escapeHtml(t(l, "testCard"))}</div>
${otherOutcomes(session, prefix)}
</section>`;
  return layout(l, t(l, "title"), content);
}
