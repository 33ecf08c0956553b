import { VNPayInvalidRequestError, VNPaySignatureVerificationError } from "./errors";
import { ipnResponse, ipnResponses } from "./ipn-responses";
import { makeClient, signedResult } from "./test/fixtures";
import { VECTOR_A, VECTOR_SECRET, vectorAParams } from "./test/vectors";

describe("webhooks.constructEvent", () => {
  const client = makeClient();

  it("turns a paid IPN into payment_intent.succeeded with the amount in đồng", () => {
    const event = client.webhooks.constructEvent(signedResult());
    expect(event).toEqual({
      id: expect.stringMatching(/^evt_[0-9a-f]{32}$/),
      object: "event",
      type: "payment_intent.succeeded",
      created: Date.parse("2024-05-21T02:18:06Z") / 1000,
      data: {
        object: {
          id: "ORDER42",
          object: "payment_intent",
          amount: 120_000,
          currency: "VND",
          status: "succeeded",
          tmnCode: "CHOPHIEN",
          transactionNo: "14000001",
          bankCode: "NCB",
          bankTranNo: "VNP14000001",
          cardType: "ATM",
          payDate: "20240521091806",
          responseCode: "00",
          transactionStatus: "00",
          orderInfo: "Thanh toan don hang 42",
        },
      },
    });
  });

  it.each([
    ["00", "00", "payment_intent.succeeded", "succeeded", {}],
    ["24", "02", "payment_intent.canceled", "canceled", { cancellationReason: "requested_by_customer" }],
    ["11", "02", "payment_intent.canceled", "canceled", { cancellationReason: "expired" }],
    ["07", "07", "payment_intent.processing", "processing", {}],
    [
      "51",
      "02",
      "payment_intent.payment_failed",
      "failed",
      { lastPaymentError: { code: "vnp_51", message: "Insufficient balance" } },
    ],
    [
      "13",
      "02",
      "payment_intent.payment_failed",
      "failed",
      { lastPaymentError: { code: "vnp_13", message: "Wrong one-time password (OTP)" } },
    ],
    [
      "00",
      "02",
      "payment_intent.payment_failed",
      "failed",
      { lastPaymentError: { code: "vnp_status_02", message: "Gateway answered 00 but transaction status is 02" } },
    ],
  ])("maps ResponseCode %s / TransactionStatus %s to %s", (responseCode, transactionStatus, type, status, extra) => {
    const failed = responseCode !== "00" || transactionStatus !== "00";
    const event = client.webhooks.constructEvent(
      signedResult({
        vnp_ResponseCode: responseCode,
        vnp_TransactionStatus: transactionStatus,
        ...(failed && { vnp_TransactionNo: "0", vnp_BankTranNo: undefined }),
      }),
    );
    expect(event.type).toBe(type);
    expect(event.data.object).toMatchObject({ status, ...extra });
    if (failed) expect(event.data.object.bankTranNo).toBeUndefined();
  });

  it("gives a duplicate IPN the same event id, and a different result a different one", () => {
    expect(client.webhooks.constructEvent(signedResult()).id).toBe(client.webhooks.constructEvent(signedResult()).id);
    expect(client.webhooks.constructEvent(signedResult({ vnp_ResponseCode: "24" })).id).not.toBe(
      client.webhooks.constructEvent(signedResult()).id,
    );
  });

  it("accepts Express-style req.query objects, ignoring extra and nested non-vnp_ params", () => {
    const query: Record<string, unknown> = {
      ...Object.fromEntries(signedResult()),
      utm: ["a", "b"],
      filter: { a: "1" },
      empty: undefined,
    };
    expect(client.webhooks.constructEvent(query).type).toBe("payment_intent.succeeded");
  });

  it("throws VNPaySignatureVerificationError on a tampered field", () => {
    for (const [key, value] of [
      ["vnp_Amount", "1200000000"],
      ["vnp_ResponseCode", "00"],
      ["vnp_TxnRef", "ORDER43"],
    ] as const) {
      const query = signedResult({ vnp_ResponseCode: "24" });
      query.set(key, value);
      expect(() => client.webhooks.constructEvent(query)).toThrow(VNPaySignatureVerificationError);
    }
  });

  it("throws on a wrong secret, a missing hash, a repeated vnp_ param and another terminal", () => {
    expect(() => client.webhooks.constructEvent(signedResult({}, "another-secret"))).toThrow(VNPaySignatureVerificationError);
    const unsigned = signedResult();
    unsigned.delete("vnp_SecureHash");
    expect(() => client.webhooks.constructEvent(unsigned)).toThrow(expect.objectContaining({ code: "signature_missing" }));
    const repeated = signedResult();
    repeated.append("vnp_Amount", "1");
    expect(() => client.webhooks.constructEvent(repeated)).toThrow(expect.objectContaining({ code: "parameter_repeated" }));
    expect(() =>
      client.webhooks.constructEvent({ ...Object.fromEntries(signedResult()), vnp_Amount: ["12000000", "1"] }),
    ).toThrow(VNPaySignatureVerificationError);
    expect(() => client.webhooks.constructEvent(signedResult({ vnp_TmnCode: "OTHERTMN" }))).toThrow(
      expect.objectContaining({ code: "terminal_mismatch" }),
    );
  });

  it("verifies the amount string untouched: a signed odd ×100 amount is verified first, then refused", () => {
    expect(() => client.webhooks.constructEvent(signedResult({ vnp_Amount: "12000050" }))).toThrow(VNPayInvalidRequestError);
  });

  it("verifies the spec's vector A as an IPN", () => {
    const vnpay = makeClient({ tmnCode: "TEST_TMN_CODE", hashSecret: VECTOR_SECRET });
    const event = vnpay.webhooks.constructEvent({ ...vectorAParams(), vnp_SecureHash: VECTOR_A.hash.toUpperCase() });
    expect(event.data.object).toMatchObject({
      id: "1716257871703",
      amount: 10_000,
      orderInfo: "Thanh toan don hang 2024-05-21T02:17:31.249Z",
    });
  });
});

describe("returns.verify", () => {
  it("accepts a return URL carrying the merchant's own extra params", () => {
    const url = new URL(`https://chophien.test/checkout/return?order=42&lang=vi&${signedResult().toString()}`);
    const result = makeClient().returns.verify(url.searchParams);
    expect(result.verified).toBe(true);
    expect(result.paymentIntent).toMatchObject({ id: "ORDER42", status: "succeeded", amount: 120_000 });
    expect(result.event.type).toBe("payment_intent.succeeded");
  });

  it("throws on a forged return URL", () => {
    const query = signedResult({ vnp_ResponseCode: "51" });
    query.set("vnp_ResponseCode", "00");
    expect(() => makeClient().returns.verify(query)).toThrow(VNPaySignatureVerificationError);
  });
});

describe("ipnResponses", () => {
  it("spells the replies VNPay expects", () => {
    expect(ipnResponses.success()).toEqual({ RspCode: "00", Message: "Confirm Success" });
    expect(ipnResponses.invalidSignature()).toEqual({ RspCode: "97", Message: "Invalid signature" });
    expect(ipnResponses.orderNotFound()).toEqual({ RspCode: "01", Message: "Order not found" });
    expect(ipnResponses.invalidAmount()).toEqual({ RspCode: "04", Message: "Invalid amount" });
    expect(ipnResponses.alreadyConfirmed()).toEqual({ RspCode: "02", Message: "Order already confirmed" });
    expect(ipnResponses.unknownError()).toEqual({ RspCode: "99", Message: "Unknown error" });
    expect(ipnResponse("02")).toEqual(ipnResponses.alreadyConfirmed());
  });
});
