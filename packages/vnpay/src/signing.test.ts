import { buildSignData, hmacSha512, safeEqualHex, signParams, verifyParams } from "./signing";
import { VECTOR_A, VECTOR_B, VECTOR_SECRET, vectorAParams } from "./test/vectors";

describe("signing: spec test vectors", () => {
  it("reproduces vector A byte for byte", () => {
    const params = vectorAParams();
    expect(buildSignData(params)).toBe(VECTOR_A.signData);
    expect(hmacSha512(VECTOR_SECRET, VECTOR_A.signData)).toBe(VECTOR_A.hash);
    expect(signParams(params, VECTOR_SECRET)).toEqual({
      signData: VECTOR_A.signData,
      secureHash: VECTOR_A.hash,
      query: `${VECTOR_A.signData}&vnp_SecureHash=${VECTOR_A.hash}`,
    });
  });

  it("reproduces vector B (ResponseCode 99)", () => {
    const params = { ...vectorAParams(), vnp_ResponseCode: "99" };
    expect(buildSignData(params)).toBe(VECTOR_B.signData);
    expect(signParams(params, VECTOR_SECRET).secureHash).toBe(VECTOR_B.hash);
  });

  it("sorts keys, ignores insertion order, drops empty values, non-vnp_ keys and the hash fields", () => {
    const shuffled = Object.fromEntries(Object.entries(vectorAParams()).reverse());
    const noisy = { ...shuffled, vnp_Empty: "", vnp_SecureHash: "abc", vnp_SecureHashType: "HmacSHA512", utm_source: "mail" };
    expect(buildSignData(noisy)).toBe(VECTOR_A.signData);
  });
});

describe("signing: encoding", () => {
  it("form-encodes Vietnamese text as UTF-8, spaces as + and a literal + as %2B", () => {
    const data = buildSignData({ vnp_OrderInfo: "Thanh toán đơn hàng 1+1 = 2", vnp_Amount: "1000000" });
    expect(data).toBe("vnp_Amount=1000000&vnp_OrderInfo=Thanh+to%C3%A1n+%C4%91%C6%A1n+h%C3%A0ng+1%2B1+%3D+2");
  });

  it("encodes the characters encoders disagree on the URLSearchParams way", () => {
    expect(buildSignData({ vnp_OrderInfo: "a!b'c(d)e*f~g" })).toBe("vnp_OrderInfo=a%21b%27c%28d%29e*f%7Eg");
  });

  it("round-trips through a URL: what we sign is what the receiver re-signs", () => {
    const params = { vnp_OrderInfo: "Mua 2 áo + 1 mũ", vnp_TxnRef: "A1", vnp_Amount: "5000000" };
    const { query } = signParams(params, "s3cret");
    const received = Object.fromEntries(new URL(`https://shop.test/return?${query}`).searchParams);
    expect(received["vnp_OrderInfo"]).toBe("Mua 2 áo + 1 mũ");
    expect(verifyParams(received, "s3cret")).toBe(true);
  });

  it("orders keys by ASCII, uppercase before lowercase", () => {
    expect(buildSignData({ vnp_b: "1", vnp_B: "2", vnp_a: "3" })).toBe("vnp_B=2&vnp_a=3&vnp_b=1");
  });
});

describe("signing: verification", () => {
  const signed = (): Record<string, string> => ({ ...vectorAParams(), vnp_SecureHash: VECTOR_A.hash });

  it("accepts the vector, in upper-case hex too", () => {
    expect(verifyParams(signed(), VECTOR_SECRET)).toBe(true);
    expect(verifyParams({ ...signed(), vnp_SecureHash: VECTOR_A.hash.toUpperCase() }, VECTOR_SECRET)).toBe(true);
  });

  it("rejects a tampered field, a wrong secret, a missing or truncated hash", () => {
    expect(verifyParams({ ...signed(), vnp_Amount: "100000000" }, VECTOR_SECRET)).toBe(false);
    expect(verifyParams({ ...signed(), vnp_ResponseCode: "99" }, VECTOR_SECRET)).toBe(false);
    expect(verifyParams(signed(), "wrong_secret")).toBe(false);
    expect(verifyParams(vectorAParams(), VECTOR_SECRET)).toBe(false);
    expect(verifyParams({ ...signed(), vnp_SecureHash: VECTOR_A.hash.slice(0, 64) }, VECTOR_SECRET)).toBe(false);
  });

  it("compares hex case-insensitively and never throws on length mismatch", () => {
    expect(safeEqualHex("abcdef", "ABCDEF")).toBe(true);
    expect(safeEqualHex("abcdef", "abcdee")).toBe(false);
    expect(safeEqualHex("abcdef", "abc")).toBe(false);
    expect(safeEqualHex("abcdef", "")).toBe(false);
  });
});
