import type { CheckoutSession } from "../sessions";
import { otherOutcomes, orderSummary } from "./checkout-page";
import { escapeHtml, layout, postForm } from "./html";
import { t } from "./i18n";

/** Step 2: the one-time password, with an optional error message. */
export function renderOtpPage(session: CheckoutSession, prefix: string, error?: string): string {
  const l = session.request.locale;
  const fields = `${error ? `<div class="error" role="alert">${escapeHtml(error)}</div>` : ""}
<p>${escapeHtml(t(l, "otpPrompt", { last4: session.cardLast4 }))}</p>
<label for="otp">${escapeHtml(t(l, "otp"))}</label><input id="otp" name="otp" inputmode="numeric" autocomplete="one-time-code" maxlength="6" required>
<button class="primary" type="submit">${escapeHtml(t(l, "confirm"))}</button>`;
  const content = `${orderSummary(session)}
<section>
<h1>${escapeHtml(t(l, "otpTitle"))}</h1>
${postForm(`${prefix}/paymentv2/Transaction/otp.html`, session.token, fields)}
${otherOutcomes(session, prefix)}
</section>`;
  return layout(l, t(l, "otpTitle"), content);
}
