import { VNPay as Oracle } from "vnpay";
import { type ApiCommand, signApiRequest, verifyApiResponse } from "../api-fields";
import { VNPay } from "../client";
import { VNPayAPIError } from "../errors";
import { HASH_SECRET, TMN_CODE } from "../test/fixtures";
import { BASE_PATH, type Harness, startHarness } from "../test/harness";
import { expressStyleMount, listen } from "../test/servers";
import type { PaymentIntent } from "../types";

/** POSTs a raw JSON body to the sandbox API and returns the parsed answer. */
async function postApi(h: Harness, body: unknown): Promise<Record<string, string>> {
  const response = await fetch(h.sandbox.urls.apiUrl(h.sandboxUrl), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, string>;
}

function signedRequest(command: ApiCommand, fields: Record<string, string>, secret = HASH_SECRET): Record<string, string> {
  const request = {
    vnp_Version: "2.1.0",
    vnp_Command: command,
    vnp_TmnCode: TMN_CODE,
    vnp_CreateDate: "20240521093000",
    vnp_IpAddr: "127.0.0.1",
    vnp_OrderInfo: "Truy van",
    ...fields,
  };
  return { ...request, vnp_SecureHash: signApiRequest(command, request, secret) };
}

describe("sandbox: querydr and refund through the SDK", () => {
  let h: Harness;
  let paid: PaymentIntent;
  beforeEach(async () => {
    h = await startHarness();
    paid = await h.createIntent();
    await h.sandbox.pay(paid.nextAction.redirectToUrl.url, { outcome: "success" }).ipnDelivered;
  });
  afterEach(() => h.close());

  const refund = (amount: number, extra: { full?: boolean; transactionNo?: string } = {}) =>
    h.vnpay.refunds.create({
      paymentIntent: paid.id,
      amount,
      transactionDate: paid.createDate,
      createdBy: "admin@chophien",
      reason: "Khách trả hàng",
      ...extra,
    });

  it("retrieves a paid intent, a pending one, and reports 91 for unknown ones", async () => {
    await expect(h.vnpay.paymentIntents.retrieve(paid.id, { transactionDate: paid.createDate })).resolves.toMatchObject({
      id: paid.id,
      status: "succeeded",
      amount: 120_000,
      transactionType: "01",
      transactionStatus: "00",
      bankCode: "NCB",
      orderInfo: "Thanh toan don hang Cho Phien",
    });

    const opened = await h.createIntent();
    await fetch(opened.nextAction.redirectToUrl.url);
    await expect(h.vnpay.paymentIntents.retrieve(opened.id, { transactionDate: opened.createDate })).resolves.toMatchObject({
      status: "requires_action",
      transactionStatus: "01",
    });

    await expect(h.vnpay.paymentIntents.retrieve("NOPE", { transactionDate: paid.createDate })).rejects.toMatchObject({
      code: "91",
    });
    // TxnRef is unique per day only: the wrong TransactionDate does not find it either.
    await expect(h.vnpay.paymentIntents.retrieve(paid.id, { transactionDate: "20240520090000" })).rejects.toMatchObject({
      code: "91",
    });
  });

  it("refunds in full (type 02) and then refuses any more (02)", async () => {
    const full = await refund(120_000, { full: true });
    expect(full).toMatchObject({
      object: "refund",
      status: "succeeded",
      amount: 120_000,
      responseCode: "00",
      paymentIntent: paid.id,
    });
    expect(full.raw["vnp_TransactionType"]).toBe("02");
    await expect(refund(1_000)).rejects.toMatchObject({ code: "02" });
    expect(h.sandbox.getTransaction(TMN_CODE, paid.id)?.refunds).toEqual([
      expect.objectContaining({ amount: 120_000, transactionType: "02", createdBy: "admin@chophien" }),
    ]);
    await expect(h.vnpay.paymentIntents.retrieve(paid.id, { transactionDate: paid.createDate })).resolves.toMatchObject({
      status: "succeeded",
      transactionType: "02",
      transactionStatus: "06",
    });
  });

  it("refunds partially until nothing remains, rejecting over-refunds (93 / 02) and a full one after partial (04)", async () => {
    await expect(refund(20_000)).resolves.toMatchObject({ status: "succeeded", amount: 20_000 });
    await expect(refund(130_000)).rejects.toMatchObject({ type: "api_error", code: "93" });
    await expect(refund(100_001)).rejects.toMatchObject({ code: "02" });
    await expect(refund(100_000, { full: true })).rejects.toMatchObject({ code: "04" });
    await expect(refund(100_000)).resolves.toMatchObject({ status: "succeeded" });
    await expect(refund(1)).rejects.toMatchObject({ code: "02" });
  });

  it("refuses to refund a payment that did not succeed (95) or with a wrong TransactionNo (91)", async () => {
    const cancelled = await h.createIntent();
    await h.sandbox.pay(cancelled.nextAction.redirectToUrl.url, { outcome: "cancel" }).ipnDelivered;
    await expect(
      h.vnpay.refunds.create({
        paymentIntent: cancelled.id,
        amount: 1_000,
        transactionDate: cancelled.createDate,
        createdBy: "a",
      }),
    ).rejects.toMatchObject({ code: "95" });
    await expect(refund(1_000, { transactionNo: "1" })).rejects.toMatchObject({ code: "91" });
  });

  it("answers 97 to a client with the wrong secret, and the SDK surfaces it as VNPayAPIError", async () => {
    const wrong = new VNPay({
      tmnCode: TMN_CODE,
      hashSecret: "not-the-secret",
      paymentUrl: h.sandbox.urls.paymentUrl(h.sandboxUrl),
      apiUrl: h.sandbox.urls.apiUrl(h.sandboxUrl),
    });
    const error = await wrong.paymentIntents.retrieve(paid.id, { transactionDate: paid.createDate }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VNPayAPIError);
    expect(error).toMatchObject({ code: "97", message: expect.stringContaining("signature not verified") });
  });

  it("signs every answer it can, and answers 97, 94, 03 and 02 on the raw API", async () => {
    const query = { vnp_RequestId: "REQ1", vnp_TxnRef: paid.id, vnp_TransactionDate: paid.createDate };
    const ok = await postApi(h, signedRequest("querydr", query));
    expect(ok["vnp_ResponseCode"]).toBe("00");
    expect(verifyApiResponse("querydr", ok, HASH_SECRET)).toBe(true);

    const duplicate = await postApi(h, signedRequest("querydr", query));
    expect(duplicate["vnp_ResponseCode"]).toBe("94");
    h.advanceClock(5 * 60_000 + 1_000);
    expect((await postApi(h, signedRequest("querydr", query)))["vnp_ResponseCode"]).toBe("00");

    const tampered = { ...signedRequest("querydr", { ...query, vnp_RequestId: "REQ2" }), vnp_TxnRef: "OTHER" };
    const badChecksum = await postApi(h, tampered);
    expect(badChecksum["vnp_ResponseCode"]).toBe("97");
    expect(verifyApiResponse("querydr", badChecksum, HASH_SECRET)).toBe(true);

    expect(
      (await postApi(h, signedRequest("querydr", { ...query, vnp_RequestId: "REQ3", vnp_TransactionDate: "yesterday" })))[
        "vnp_ResponseCode"
      ],
    ).toBe("03");
    expect(
      (
        await postApi(
          h,
          signedRequest("refund", {
            ...query,
            vnp_RequestId: "REQ4",
            vnp_TransactionType: "05",
            vnp_Amount: "100000",
            vnp_CreateBy: "a",
          }),
        )
      )["vnp_ResponseCode"],
    ).toBe("03");
    expect(await postApi(h, { ...signedRequest("querydr", query), vnp_TmnCode: "UNKNOWN1" })).toMatchObject({
      vnp_ResponseCode: "02",
    });
    expect((await postApi(h, { ...signedRequest("querydr", query), vnp_Command: "pay" }))["vnp_ResponseCode"]).toBe("03");
    expect((await postApi(h, [1, 2]))["vnp_ResponseCode"]).toBe("03");
  });

  it("reads a body express.json() already parsed", async () => {
    const server = await listen(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      Object.assign(req, { body: JSON.parse(Buffer.concat(chunks).toString()) as unknown });
      expressStyleMount(BASE_PATH, h.sandbox.handler)(req, res);
    });
    try {
      const viaExpress = new VNPay({
        tmnCode: TMN_CODE,
        hashSecret: HASH_SECRET,
        paymentUrl: h.sandbox.urls.paymentUrl(server.url),
        apiUrl: h.sandbox.urls.apiUrl(server.url),
      });
      await expect(viaExpress.paymentIntents.retrieve(paid.id, { transactionDate: paid.createDate })).resolves.toMatchObject({
        status: "succeeded",
      });
    } finally {
      await server.close();
    }
  });

  it("is accepted by the vnpay npm package, whose refund check divides vnp_Amount before verifying", async () => {
    // Both hosts, or it would call VNPay's real sandbox.
    const host = `${h.sandboxUrl}${BASE_PATH}`;
    const oracle = new Oracle({ tmnCode: TMN_CODE, secureSecret: HASH_SECRET, vnpayHost: host, queryDrAndRefundHost: host });
    const queried = await oracle.queryDr({
      vnp_RequestId: "ORACLE1",
      vnp_TransactionNo: Number(h.sandbox.getTransaction(TMN_CODE, paid.id)?.transactionNo),
      vnp_IpAddr: "127.0.0.1",
      vnp_TxnRef: paid.id,
      vnp_OrderInfo: "Truy van",
      vnp_TransactionDate: Number(paid.createDate),
      vnp_CreateDate: 20240521093000,
    });
    expect(queried).toMatchObject({ isVerified: true, isSuccess: true, vnp_TransactionStatus: "00" });

    // Passed explicitly: when absent the oracle signs "0" but leaves the field out of the body, which
    // the sandbox (pipe value "") rejects with 97.
    const refunded = await oracle.refund({
      vnp_RequestId: "ORACLE2",
      vnp_IpAddr: "127.0.0.1",
      vnp_TxnRef: paid.id,
      vnp_Amount: 10_000,
      vnp_TransactionType: "03",
      vnp_TransactionNo: 0,
      vnp_TransactionDate: Number(paid.createDate),
      vnp_CreateDate: 20240521093000,
      vnp_CreateBy: "oracle",
      vnp_OrderInfo: "Hoan tien",
    });
    // The sandbox accepted its request signature; its own response check fails on its /100 bug.
    expect(refunded).toMatchObject({ isSuccess: true, isVerified: false, vnp_ResponseCode: "00" });
    expect(h.sandbox.getTransaction(TMN_CODE, paid.id)?.refunds.map((r) => r.amount)).toEqual([10_000]);
  });
});
