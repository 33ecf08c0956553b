import type { IncomingMessage, ServerResponse } from "node:http";
import { ERROR_PAGE_PATH } from "../constants";
import { defaultBank, TEST_CARD } from "./banks";
import { completePayment } from "./completion";
import type { Route, SandboxContext } from "./context";
import { ERROR_PAGE_CODES, type ErrorPageCode, SandboxPayError } from "./error-codes";
import { readForm, redirect, sendHtml, sendText } from "./http";
import { renderCheckoutPage } from "./pages/checkout-page";
import { renderErrorPage } from "./pages/error-page";
import { t } from "./pages/i18n";
import { renderOtpPage } from "./pages/otp-page";
import { checkPayRequest } from "./pay-request";
import type { CheckoutSession } from "./sessions";

// After this many wrong codes the payment fails with 13 (wrong OTP); the count is our choice.
const MAX_OTP_ATTEMPTS = 3;

const SIMULATED_CODES: Readonly<Record<string, string>> = { insufficient_funds: "51", timeout: "11" };

/** Location of the error page under the sandbox's mount prefix. */
export function errorLocation(prefix: string, code: ErrorPageCode): string {
  return `${prefix}${ERROR_PAGE_PATH}?code=${code}`;
}

function normalizeHolder(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "D").toUpperCase().replace(/\s+/g, " ").trim();
}

/** GET vpcpay.html: gateway checks, then the card step (or a 302 to Error.html). */
export function openCheckout(ctx: SandboxContext, res: ServerResponse, route: Route): void {
  try {
    const { merchant, request } = checkPayRequest(route.search, ctx.merchants, ctx.store, ctx.now());
    ctx.store.openPending(request);
    const session = ctx.sessions.create(merchant, request, defaultBank(request.bankCode));
    sendHtml(res, 200, renderCheckoutPage(session, route.prefix));
  } catch (error) {
    if (!(error instanceof SandboxPayError)) throw error;
    // A return URL that is not the merchant's is an attempt to use the sandbox as an open redirect: refuse outright.
    if (error.code === ERROR_PAGE_CODES.returnUrlRefused) return sendHtml(res, 400, renderErrorPage(error.code));
    redirect(res, errorLocation(route.prefix, error.code));
  }
}

async function sessionFor(
  ctx: SandboxContext,
  req: IncomingMessage,
): Promise<{ form: URLSearchParams; session: CheckoutSession | undefined }> {
  const form = await readForm(req);
  return { form, session: ctx.sessions.get(form.get("token") ?? "") };
}

function finish(ctx: SandboxContext, res: ServerResponse, route: Route, session: CheckoutSession, responseCode: string): void {
  ctx.sessions.delete(session.token);
  // A payer who outlives vnp_ExpireDate on the page gets VNPay's timeout, whatever they clicked.
  const code = ctx.now().getTime() > session.request.expiresAt.getTime() ? "11" : responseCode;
  try {
    redirect(res, completePayment(ctx, session.merchant, session.request, code, session.bankCode).returnUrl);
  } catch (error) {
    if (!(error instanceof SandboxPayError)) throw error;
    redirect(res, errorLocation(route.prefix, error.code));
  }
}

/** POST card.html: the test card moves on to OTP, anything else re-renders with an error. */
export async function submitCard(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, route: Route): Promise<void> {
  const { form, session } = await sessionFor(ctx, req);
  if (!session) return redirect(res, errorLocation(route.prefix, ERROR_PAGE_CODES.sessionNotFound));
  const bankCode = form.get("bankCode") ?? "";
  session.bankCode = defaultBank(bankCode);
  const cardNumber = (form.get("cardNumber") ?? "").replace(/[\s-]/g, "");
  // Any well-formed issue date is accepted; the page suggests 07/15 as VNPay's sandbox does.
  const valid =
    bankCode === TEST_CARD.bankCode &&
    cardNumber === TEST_CARD.number &&
    normalizeHolder(form.get("cardHolder") ?? "") === TEST_CARD.holder &&
    /^(0[1-9]|1[0-2])\/\d{2}$/.test((form.get("issueDate") ?? "").trim());
  if (!valid) return sendHtml(res, 200, renderCheckoutPage(session, route.prefix, t(session.request.locale, "cardInvalid")));
  session.step = "otp";
  session.cardLast4 = cardNumber.slice(-4);
  sendHtml(res, 200, renderOtpPage(session, route.prefix));
}

/** POST otp.html: 123456 pays; three wrong codes fail the payment with 13. */
export async function submitOtp(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, route: Route): Promise<void> {
  const { form, session } = await sessionFor(ctx, req);
  if (!session) return redirect(res, errorLocation(route.prefix, ERROR_PAGE_CODES.sessionNotFound));
  if (session.step !== "otp") return sendHtml(res, 200, renderCheckoutPage(session, route.prefix));
  if ((form.get("otp") ?? "").trim() === TEST_CARD.otp) return finish(ctx, res, route, session, "00");
  session.otpFailures += 1;
  if (session.otpFailures >= MAX_OTP_ATTEMPTS) return finish(ctx, res, route, session, "13");
  const left = MAX_OTP_ATTEMPTS - session.otpFailures;
  sendHtml(res, 200, renderOtpPage(session, route.prefix, t(session.request.locale, "otpInvalid", { left })));
}

/** POST cancel.html: "Hủy giao dịch", response code 24. */
export async function cancelCheckout(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
  route: Route,
): Promise<void> {
  const { session } = await sessionFor(ctx, req);
  if (!session) return redirect(res, errorLocation(route.prefix, ERROR_PAGE_CODES.sessionNotFound));
  finish(ctx, res, route, session, "24");
}

/** POST simulate.html: ends the payment with 51 (insufficient funds) or 11 (timeout). */
export async function simulateOutcome(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
  route: Route,
): Promise<void> {
  const { form, session } = await sessionFor(ctx, req);
  if (!session) return redirect(res, errorLocation(route.prefix, ERROR_PAGE_CODES.sessionNotFound));
  const code = SIMULATED_CODES[form.get("outcome") ?? ""];
  if (!code) return sendText(res, 400, "outcome must be insufficient_funds or timeout");
  finish(ctx, res, route, session, code);
}
