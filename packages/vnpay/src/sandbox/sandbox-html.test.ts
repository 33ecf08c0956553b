import { signParams } from "../signing";
import { eventually, formAction, get, postForm, tokenOf } from "../test/browser";
import { HASH_SECRET } from "../test/fixtures";
import { BASE_PATH, type Harness, startHarness } from "../test/harness";
import { expressStyleMount, listen, type RunningServer } from "../test/servers";
import { TEST_CARD } from "./banks";

const CARD = {
  bankCode: TEST_CARD.bankCode,
  cardNumber: "9704 1985 2619 1432 198",
  cardHolder: "Nguyễn Văn A",
  issueDate: "07/15",
};

describe("sandbox: HTML checkout over real HTTP", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it("walks pay page → card form → OTP → 302 to the signed return URL, and sends the IPN", async () => {
    const intent = await h.createIntent();
    const page = await get(intent.nextAction.redirectToUrl.url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(page.html).toContain('<html lang="vi">');
    expect(page.html).toContain("120.000 ₫");
    expect(page.html).toContain("Thanh toan don hang Cho Phien");
    expect(page.html).toContain("CHOPHIEN");
    expect(page.html).toContain(intent.id);
    expect(page.html).toContain("Hủy giao dịch");
    expect(page.html).toContain('<option value="NCB" selected>');
    // Self-contained: no scripts, stylesheets, images or absolute URLs; every form is a POST.
    expect(page.html).not.toMatch(/<(script|link|img|iframe)\b|https?:\/\//i);
    expect(page.html).not.toMatch(/<form(?![^>]*method="post")/);

    const wrong = await postForm(h.sandboxUrl + formAction(page.html, "/card.html"), {
      token: tokenOf(page.html),
      ...CARD,
      cardNumber: "9704198526191432199",
    });
    expect(wrong.status).toBe(200);
    expect(wrong.html).toContain("Thông tin thẻ không hợp lệ");
    expect(wrong.html).toContain('name="cardNumber"');

    const otp = await postForm(h.sandboxUrl + formAction(page.html, "/card.html"), { token: tokenOf(page.html), ...CARD });
    expect(otp.html).toContain("Xác thực OTP");
    expect(otp.html).toContain("****2198");

    const badOtp = await postForm(h.sandboxUrl + formAction(otp.html, "/otp.html"), { token: tokenOf(otp.html), otp: "000000" });
    expect(badOtp.html).toContain("Mã OTP không chính xác. Bạn còn 2 lần thử.");

    const done = await postForm(h.sandboxUrl + formAction(otp.html, "/otp.html"), {
      token: tokenOf(otp.html),
      otp: TEST_CARD.otp,
    });
    expect(done.status).toBe(302);
    const returned = new URL(done.location ?? "");
    expect(returned.searchParams.get("order")).toBe("42");
    expect(h.vnpay.returns.verify(returned.searchParams).paymentIntent).toMatchObject({
      id: intent.id,
      status: "succeeded",
      bankCode: "NCB",
    });
    await eventually(() => h.orders.get(intent.id)?.status === "paid");

    // The session is spent: replaying the OTP form lands on the error page.
    const replay = await postForm(h.sandboxUrl + formAction(otp.html, "/otp.html"), {
      token: tokenOf(otp.html),
      otp: TEST_CARD.otp,
    });
    expect(replay.location).toBe(`${BASE_PATH}/paymentv2/Payment/Error.html?code=99`);
  });

  it("renders in English for vnp_Locale=en and cancels with 24", async () => {
    const intent = await h.createIntent({ locale: "en", amount: 1_250_000 });
    const page = await get(intent.nextAction.redirectToUrl.url);
    expect(page.html).toContain('<html lang="en">');
    expect(page.html).toContain("1.250.000 ₫");
    expect(page.html).toContain("Cancel payment");
    const cancelled = await postForm(h.sandboxUrl + formAction(page.html, "/cancel.html"), { token: tokenOf(page.html) });
    expect(cancelled.status).toBe(302);
    const event = h.vnpay.returns.verify(new URL(cancelled.location ?? "").searchParams).event;
    expect(event).toMatchObject({
      type: "payment_intent.canceled",
      data: { object: { responseCode: "24", cancellationReason: "requested_by_customer" } },
    });
    await eventually(() => h.orders.get(intent.id)?.status === "failed");
  });

  it("simulates insufficient funds (51) and fails with 13 after three wrong OTPs", async () => {
    const first = await h.createIntent();
    const page = await get(first.nextAction.redirectToUrl.url);
    const simulated = await postForm(h.sandboxUrl + formAction(page.html, "/simulate.html"), {
      token: tokenOf(page.html),
      outcome: "insufficient_funds",
    });
    expect(h.vnpay.returns.verify(new URL(simulated.location ?? "").searchParams).event.data.object.lastPaymentError).toEqual({
      code: "vnp_51",
      message: "Insufficient balance",
    });

    const second = await h.createIntent();
    const secondPage = await get(second.nextAction.redirectToUrl.url);
    const otp = await postForm(h.sandboxUrl + formAction(secondPage.html, "/card.html"), {
      token: tokenOf(secondPage.html),
      ...CARD,
    });
    let last = otp;
    for (let i = 0; i < 3; i += 1)
      last = await postForm(h.sandboxUrl + formAction(otp.html, "/otp.html"), { token: tokenOf(otp.html), otp: "111111" });
    expect(last.status).toBe(302);
    expect(h.vnpay.returns.verify(new URL(last.location ?? "").searchParams).paymentIntent.responseCode).toBe("13");
  });

  it("times the payment out (11) when the payer finishes after vnp_ExpireDate", async () => {
    const intent = await h.createIntent({ expiresInMinutes: 5 });
    const page = await get(intent.nextAction.redirectToUrl.url);
    const otp = await postForm(h.sandboxUrl + formAction(page.html, "/card.html"), { token: tokenOf(page.html), ...CARD });
    h.advanceClock(6 * 60_000);
    const late = await postForm(h.sandboxUrl + formAction(otp.html, "/otp.html"), {
      token: tokenOf(otp.html),
      otp: TEST_CARD.otp,
    });
    expect(h.vnpay.returns.verify(new URL(late.location ?? "").searchParams).event).toMatchObject({
      type: "payment_intent.canceled",
      data: { object: { responseCode: "11" } },
    });
  });

  it("escapes merchant-supplied text", async () => {
    const intent = await h.createIntent();
    const params = Object.fromEntries(new URL(intent.nextAction.redirectToUrl.url).searchParams);
    const query = signParams({ ...params, vnp_OrderInfo: `<script>alert("x")</script> & 'q'` }, HASH_SECRET).query;
    const page = await get(`${h.sandbox.urls.paymentUrl(h.sandboxUrl)}?${query}`);
    expect(page.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;");
    expect(page.html).not.toContain("<script>");
  });

  describe("mounted Express-style, with a body parser upstream", () => {
    let express: RunningServer;
    beforeEach(async () => {
      const mounted = expressStyleMount(BASE_PATH, h.sandbox.handler);
      // Like express.urlencoded(): reads the form into req.body before the sandbox sees the request.
      express = await listen(async (req, res) => {
        if (req.method === "POST") {
          const chunks: Buffer[] = [];
          for await (const chunk of req) chunks.push(chunk as Buffer);
          Object.assign(req, { body: Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString())) });
        }
        mounted(req, res);
      });
    });
    afterEach(() => express.close());

    it("keeps the mount path in every link and reads pre-parsed forms", async () => {
      const intent = await h.createIntent();
      const payUrl = intent.nextAction.redirectToUrl.url.replace(h.sandboxUrl, express.url);
      const page = await get(payUrl);
      expect(formAction(page.html, "/card.html")).toBe(`${BASE_PATH}/paymentv2/Transaction/card.html`);
      const otp = await postForm(express.url + formAction(page.html, "/card.html"), { token: tokenOf(page.html), ...CARD });
      const done = await postForm(express.url + formAction(otp.html, "/otp.html"), {
        token: tokenOf(otp.html),
        otp: TEST_CARD.otp,
      });
      expect(h.vnpay.returns.verify(new URL(done.location ?? "").searchParams).paymentIntent.status).toBe("succeeded");

      const tampered = await get(payUrl.replace("vnp_Locale=vn", "vnp_Locale=en"));
      expect(tampered.location).toBe(`${BASE_PATH}/paymentv2/Payment/Error.html?code=70`);
      expect((await get(`${express.url}${BASE_PATH}/nope`)).html).toBe("express 404");
    });
  });
});
