import { type ApiCommand, signApiResponse, verifyApiRequest } from "./api-fields";
import { VNPayAPIError, VNPayConnectionError, VNPayInvalidRequestError, VNPaySignatureVerificationError } from "./errors";
import { refundStatusFor } from "./resources/refunds";
import { HASH_SECRET, makeClient, TMN_CODE } from "./test/fixtures";

type Answer = (request: Record<string, string>) => { status?: number; body: unknown };

/** A fetch that hands the parsed request to `answer` and records it. */
function fakeGateway(answer: Answer): { fetch: typeof fetch; requests: Record<string, string>[] } {
  const requests: Record<string, string>[] = [];
  const fake = (_input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = JSON.parse(typeof init?.body === "string" ? init.body : "{}") as Record<string, string>;
    requests.push(request);
    const { status = 200, body } = answer(request);
    return Promise.resolve(new Response(typeof body === "string" ? body : JSON.stringify(body), { status }));
  };
  return { fetch: fake, requests };
}

function signed(command: ApiCommand, fields: Record<string, string>, secret = HASH_SECRET): Record<string, string> {
  const answer = { vnp_ResponseId: "r1", vnp_Command: command, vnp_TmnCode: TMN_CODE, ...fields };
  return { ...answer, vnp_SecureHash: signApiResponse(command, answer, secret) };
}

const paidQuery = (request: Record<string, string>): Record<string, string> =>
  signed("querydr", {
    vnp_ResponseCode: "00",
    vnp_Message: "QueryDR Success",
    vnp_TxnRef: request["vnp_TxnRef"] ?? "",
    vnp_Amount: "12000000",
    vnp_BankCode: "NCB",
    vnp_PayDate: "20240521091806",
    vnp_TransactionNo: "14000001",
    vnp_TransactionType: "01",
    vnp_TransactionStatus: "00",
    vnp_OrderInfo: "Thanh toan don hang 42",
    vnp_PromotionCode: "",
    vnp_PromotionAmount: "",
  });

describe("paymentIntents.retrieve (querydr)", () => {
  it("signs the request with the pipe field list and maps a verified answer", async () => {
    const gateway = fakeGateway((request) => ({ body: paidQuery(request) }));
    const intent = await makeClient({ fetch: gateway.fetch }).paymentIntents.retrieve("ORDER42", {
      transactionDate: "20240521090000",
    });
    expect(intent).toMatchObject({
      id: "ORDER42",
      status: "succeeded",
      amount: 120_000,
      transactionNo: "14000001",
      bankCode: "NCB",
      promotionCode: undefined,
    });
    const [request] = gateway.requests;
    expect(request).toMatchObject({
      vnp_Command: "querydr",
      vnp_Version: "2.1.0",
      vnp_TmnCode: TMN_CODE,
      vnp_TxnRef: "ORDER42",
      vnp_TransactionDate: "20240521090000",
      vnp_CreateDate: "20240521090000",
      vnp_IpAddr: "127.0.0.1",
      vnp_OrderInfo: "Truy van giao dich ORDER42",
      vnp_RequestId: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(verifyApiRequest("querydr", request ?? {}, HASH_SECRET)).toBe(true);
  });

  it("accepts a Date as transactionDate, formatted in GMT+7", async () => {
    const gateway = fakeGateway((request) => ({ body: paidQuery(request) }));
    await makeClient({ fetch: gateway.fetch }).paymentIntents.retrieve("ORDER42", {
      transactionDate: new Date("2024-05-20T17:30:00Z"),
    });
    expect(gateway.requests[0]?.["vnp_TransactionDate"]).toBe("20240521003000");
  });

  it("rejects a forged answer, an unsigned 00 answer and a replayed answer for another TxnRef", async () => {
    const forged = fakeGateway((request) => ({ body: { ...paidQuery(request), vnp_Amount: "1200000000" } }));
    await expect(
      makeClient({ fetch: forged.fetch }).paymentIntents.retrieve("ORDER42", { transactionDate: "20240521090000" }),
    ).rejects.toBeInstanceOf(VNPaySignatureVerificationError);
    const unsigned = fakeGateway((request) => ({ body: { ...paidQuery(request), vnp_SecureHash: undefined } }));
    await expect(
      makeClient({ fetch: unsigned.fetch }).paymentIntents.retrieve("ORDER42", { transactionDate: "20240521090000" }),
    ).rejects.toBeInstanceOf(VNPaySignatureVerificationError);
    const replayed = fakeGateway(() => ({ body: paidQuery({ vnp_TxnRef: "ORDER1" }) }));
    await expect(
      makeClient({ fetch: replayed.fetch }).paymentIntents.retrieve("ORDER42", { transactionDate: "20240521090000" }),
    ).rejects.toMatchObject({ code: "response_mismatch" });
  });

  it("throws VNPayAPIError with the gateway code for non-00 answers, signed or not", async () => {
    const notFound = fakeGateway((request) => ({
      body: signed("querydr", {
        vnp_ResponseCode: "91",
        vnp_Message: "Transaction not found",
        vnp_TxnRef: request["vnp_TxnRef"] ?? "",
      }),
    }));
    const error = await makeClient({ fetch: notFound.fetch })
      .paymentIntents.retrieve("ORDER42", { transactionDate: "20240521090000" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VNPayAPIError);
    expect(error).toMatchObject({
      type: "api_error",
      code: "91",
      statusCode: 200,
      message: expect.stringContaining("Transaction not found"),
    });
    const unknownMerchant = fakeGateway(() => ({ body: { vnp_ResponseCode: "02", vnp_Message: "Merchant is not valid" } }));
    await expect(
      makeClient({ fetch: unknownMerchant.fetch }).paymentIntents.retrieve("ORDER42", { transactionDate: "20240521090000" }),
    ).rejects.toMatchObject({ code: "02" });
  });

  it("reports HTTP errors, non-JSON bodies and network failures with distinct errors", async () => {
    const http500 = fakeGateway(() => ({ status: 500, body: "oops" }));
    await expect(
      makeClient({ fetch: http500.fetch }).paymentIntents.retrieve("A", { transactionDate: "20240521090000" }),
    ).rejects.toMatchObject({ code: "http_error", statusCode: 500 });
    const html = fakeGateway(() => ({ body: "<html>maintenance</html>" }));
    await expect(
      makeClient({ fetch: html.fetch }).paymentIntents.retrieve("A", { transactionDate: "20240521090000" }),
    ).rejects.toMatchObject({ code: "invalid_json" });
    const down: typeof fetch = () => Promise.reject(new TypeError("fetch failed"));
    await expect(
      makeClient({ fetch: down }).paymentIntents.retrieve("A", { transactionDate: "20240521090000" }),
    ).rejects.toBeInstanceOf(VNPayConnectionError);
  });

  it("validates its arguments before calling out", async () => {
    const gateway = fakeGateway((request) => ({ body: paidQuery(request) }));
    const client = makeClient({ fetch: gateway.fetch });
    await expect(client.paymentIntents.retrieve("ORDER42", { transactionDate: "2024-05-21" })).rejects.toBeInstanceOf(
      VNPayInvalidRequestError,
    );
    await expect(client.paymentIntents.retrieve("bad ref", { transactionDate: "20240521090000" })).rejects.toBeInstanceOf(
      VNPayInvalidRequestError,
    );
    expect(gateway.requests).toHaveLength(0);
  });
});

describe("refunds.create", () => {
  const refundAnswer = (status: string) => (request: Record<string, string>) => ({
    body: signed("refund", {
      vnp_ResponseCode: "00",
      vnp_Message: "Refund success",
      vnp_TxnRef: request["vnp_TxnRef"] ?? "",
      vnp_Amount: request["vnp_Amount"] ?? "",
      vnp_BankCode: "NCB",
      vnp_PayDate: "20240521100000",
      vnp_TransactionNo: "14000002",
      vnp_TransactionType: request["vnp_TransactionType"] ?? "",
      vnp_TransactionStatus: status,
      vnp_OrderInfo: request["vnp_OrderInfo"] ?? "",
    }),
  });

  it("sends a signed partial refund (type 03) by default, amount ×100, TransactionNo 0", async () => {
    const gateway = fakeGateway(refundAnswer("06"));
    const refund = await makeClient({ fetch: gateway.fetch }).refunds.create({
      paymentIntent: "ORDER42",
      amount: 20_000,
      transactionDate: "20240521090000",
      createdBy: "seller:7",
      reason: "Hoàn tiền 1 sản phẩm",
    });
    const request = gateway.requests[0] ?? {};
    expect(request).toMatchObject({
      vnp_Command: "refund",
      vnp_TransactionType: "03",
      vnp_Amount: "2000000",
      vnp_TransactionNo: "0",
      vnp_CreateBy: "seller:7",
      vnp_OrderInfo: "Hoan tien 1 san pham",
    });
    expect(verifyApiRequest("refund", request, HASH_SECRET)).toBe(true);
    expect(refund).toMatchObject({
      id: request["vnp_RequestId"],
      object: "refund",
      status: "succeeded",
      amount: 20_000,
      responseCode: "00",
      paymentIntent: "ORDER42",
    });
  });

  it("sends type 02 for a full refund and maps refund states", async () => {
    const gateway = fakeGateway(refundAnswer("05"));
    const refund = await makeClient({ fetch: gateway.fetch }).refunds.create({
      paymentIntent: "ORDER42",
      amount: 120_000,
      transactionDate: "20240521090000",
      createdBy: "admin",
      full: true,
      transactionNo: "14000001",
    });
    expect(gateway.requests[0]).toMatchObject({ vnp_TransactionType: "02", vnp_TransactionNo: "14000001" });
    expect(refund.status).toBe("pending");
    expect([refundStatusFor("06"), refundStatusFor("00"), refundStatusFor("09"), refundStatusFor("02")]).toEqual([
      "succeeded",
      "succeeded",
      "failed",
      "failed",
    ]);
  });

  it("rejects an answer signed over a divided amount (the pitfall the spec warns about)", async () => {
    const gateway = fakeGateway((request) => {
      const body = refundAnswer("06")(request).body;
      return { body: { ...body, vnp_Amount: String(Number(body["vnp_Amount"]) / 100) } };
    });
    await expect(
      makeClient({ fetch: gateway.fetch }).refunds.create({
        paymentIntent: "ORDER42",
        amount: 1_000,
        transactionDate: "20240521090000",
        createdBy: "a",
      }),
    ).rejects.toBeInstanceOf(VNPaySignatureVerificationError);
  });

  it("shares one call per idempotency key, and forgets failed calls so they can be retried", async () => {
    let calls = 0;
    const gateway = fakeGateway((request) => {
      calls += 1;
      return calls === 1 ? { status: 503, body: "busy" } : refundAnswer("06")(request);
    });
    const client = makeClient({ fetch: gateway.fetch });
    const params = { paymentIntent: "ORDER42", amount: 1_000, transactionDate: "20240521090000", createdBy: "a" };
    await expect(client.refunds.create(params, { idempotencyKey: "refund-1" })).rejects.toMatchObject({ statusCode: 503 });
    const [a, b] = await Promise.all([
      client.refunds.create(params, { idempotencyKey: "refund-1" }),
      client.refunds.create(params, { idempotencyKey: "refund-1" }),
    ]);
    expect(a).toBe(b);
    expect(calls).toBe(2);
    await expect(client.refunds.create({ ...params, amount: 2_000 }, { idempotencyKey: "refund-1" })).rejects.toMatchObject({
      code: "idempotency_key_in_use",
    });
  });

  it("validates amount, createdBy and transactionNo", async () => {
    const client = makeClient({ fetch: fakeGateway(refundAnswer("06")).fetch });
    const base = { paymentIntent: "ORDER42", amount: 1_000, transactionDate: "20240521090000", createdBy: "a" };
    await expect(client.refunds.create({ ...base, amount: 0.5 })).rejects.toMatchObject({ param: "amount" });
    await expect(client.refunds.create({ ...base, createdBy: " " })).rejects.toMatchObject({ param: "createdBy" });
    await expect(client.refunds.create({ ...base, transactionNo: "abc" })).rejects.toMatchObject({ param: "transactionNo" });
  });
});
