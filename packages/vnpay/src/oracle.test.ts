// Cross-checks against the independent, MIT-licensed `vnpay` npm package (2.5.0). Its known bugs
// (local-time getters for dates; hashing every query param, not only vnp_*) are avoided by passing
// it explicit dates and only vnp_ params, and are pinned down where they matter.
import { ProductCode, VNPay as Oracle, VnpLocale } from "vnpay";
import { verifyParams } from "./signing";
import { HASH_SECRET, makeClient, signedResult, TMN_CODE } from "./test/fixtures";

const oracle = new Oracle({ tmnCode: TMN_CODE, secureSecret: HASH_SECRET, vnpayHost: "https://sandbox.vnpayment.test" });

type OracleQuery = Parameters<Oracle["verifyReturnUrl"]>[0];

const vnpOnly = (search: URLSearchParams): Record<string, string> =>
  Object.fromEntries([...search].filter(([key]) => key.startsWith("vnp_")));

// The oracle types its input as a fixed shape; VNPay's query is a bag of strings, which it accepts.
const asOracleQuery = (params: Record<string, string>): OracleQuery => params as unknown as OracleQuery;

describe("cross-check with the vnpay npm package", () => {
  it("builds the byte-identical pay URL for the same inputs", async () => {
    const ours = await makeClient().paymentIntents.create({
      amount: 120_000,
      orderInfo: "Thanh toan don hang 42",
      returnUrl: "https://chophien.test/checkout/return?order=42",
      ipAddr: "203.0.113.7",
      locale: "vn",
      txnRef: "ORDER42",
    });
    const theirs = oracle.buildPaymentUrl({
      vnp_Amount: 120_000,
      vnp_OrderInfo: "Thanh toan don hang 42",
      vnp_ReturnUrl: "https://chophien.test/checkout/return?order=42",
      vnp_IpAddr: "203.0.113.7",
      vnp_Locale: VnpLocale.VN,
      vnp_TxnRef: "ORDER42",
      vnp_OrderType: ProductCode.Other,
      vnp_CreateDate: 20240521090000,
      vnp_ExpireDate: 20240521091500,
    });
    expect(ours.nextAction.redirectToUrl.url).toBe(theirs);
  });

  it("has its verifier accept our pay URLs, Vietnamese-free text and all", async () => {
    const ours = await makeClient().paymentIntents.create({
      amount: 5_000_000,
      orderInfo: "Đặc sản Hà Giang: chè Shan tuyết #7, 2 gói",
      returnUrl: "https://chophien.test/r",
      ipAddr: "2001:db8::1",
      locale: "en",
      bankCode: "VNBANK",
    });
    const result = oracle.verifyReturnUrl(asOracleQuery(vnpOnly(new URL(ours.nextAction.redirectToUrl.url).searchParams)));
    expect(result.isVerified).toBe(true);
    expect(result.vnp_Amount).toBe(5_000_000);
  });

  it("agrees on return/IPN verification in both directions", () => {
    const query = signedResult({ vnp_OrderInfo: "Thanh toán đơn hàng 42 + phí ship" });
    const asOracleInput = asOracleQuery(vnpOnly(query));
    const theirs = oracle.verifyIpnCall(asOracleInput);
    expect(theirs).toMatchObject({ isVerified: true, isSuccess: true, vnp_Amount: 120_000 });
    expect(makeClient().webhooks.constructEvent(query).data.object.amount).toBe(120_000);

    const tampered = { ...vnpOnly(query), vnp_Amount: "100" };
    expect(oracle.verifyIpnCall(asOracleQuery(tampered)).isVerified).toBe(false);
    expect(verifyParams(tampered, HASH_SECRET)).toBe(false);
  });

  it("accepts oracle-built URLs with our verifier", () => {
    const url = oracle.buildPaymentUrl({
      vnp_Amount: 99_000,
      vnp_OrderInfo: "Mua 3 hu mat ong",
      vnp_ReturnUrl: "https://chophien.test/r?x=1&y=2",
      vnp_IpAddr: "10.0.0.1",
      vnp_TxnRef: "T-1",
      vnp_CreateDate: 20240101000000,
      vnp_ExpireDate: 20240101001500,
    });
    expect(verifyParams(Object.fromEntries(new URL(url).searchParams), HASH_SECRET)).toBe(true);
  });

  it("pins the oracle's extra-param bug that we do not share", () => {
    const withExtra = { ...vnpOnly(signedResult()), order: "42" };
    expect(oracle.verifyReturnUrl(asOracleQuery(withExtra)).isVerified).toBe(false);
    expect(makeClient().returns.verify(withExtra).verified).toBe(true);
  });
});
