import { noteIn, transferNote, vietQrPayload } from "./vietqr";

/** An EMVCo TLV reader written independently of the encoder: tag (2), length (2), value. */
function parseTlv(s: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < s.length) {
    const tag = s.slice(i, i + 2);
    const len = Number(s.slice(i + 2, i + 4));
    if (!/^\d{2}$/.test(tag) || !Number.isInteger(len)) throw new Error(`bad TLV at ${i}`);
    const value = s.slice(i + 4, i + 4 + len);
    if (value.length !== len) throw new Error(`short TLV ${tag}`);
    out.set(tag, value);
    i += 4 + len;
  }
  return out;
}

/** CRC-16/CCITT-FALSE the table-free textbook way, bit by bit over the bytes, MSB first. */
function referenceCrc(text: string): number {
  let crc = 0xffff;
  for (const b of Buffer.from(text, "ascii")) {
    for (let bit = 7; bit >= 0; bit--) {
      const top = (crc >> 15) & 1;
      const inBit = (b >> bit) & 1;
      crc = (crc << 1) & 0xffff;
      if (top ^ inBit) crc ^= 0x1021;
    }
  }
  return crc;
}

describe("VietQR payload", () => {
  const input = { bankBin: "970436", accountNo: "0011009999999", amount: 235000, note: "CP202611287Q4K9XZ2" };

  it("is a dynamic NAPAS transfer-to-account QR with the amount, currency, country and note", () => {
    const top = parseTlv(vietQrPayload(input));
    expect([...top.keys()]).toEqual(["00", "01", "38", "53", "54", "58", "62", "63"]);
    expect(top.get("00")).toBe("01");
    expect(top.get("01")).toBe("12");
    const merchant = parseTlv(top.get("38")!);
    expect(merchant.get("00")).toBe("A000000727");
    expect(merchant.get("02")).toBe("QRIBFTTA");
    const beneficiary = parseTlv(merchant.get("01")!);
    expect(beneficiary.get("00")).toBe("970436");
    expect(beneficiary.get("01")).toBe("0011009999999");
    expect(top.get("53")).toBe("704");
    expect(top.get("54")).toBe("235000");
    expect(top.get("58")).toBe("VN");
    expect(parseTlv(top.get("62")!).get("08")).toBe("CP202611287Q4K9XZ2");
  });

  it("ends with a CRC-16/CCITT-FALSE over everything up to and including 6304", () => {
    const payload = vietQrPayload(input);
    const crc = payload.slice(-4);
    expect(payload.slice(-8, -4)).toBe("6304");
    expect(parseInt(crc, 16)).toBe(referenceCrc(payload.slice(0, -4)));
    expect(crc).toMatch(/^[0-9A-F]{4}$/);
    // The check value of the standard: "123456789" → 0x29B1.
    expect(referenceCrc("123456789")).toBe(0x29b1);
    // A changed amount changes the CRC: a scanner would refuse a tampered code.
    const other = vietQrPayload({ ...input, amount: 235001 });
    expect(other.slice(-4)).not.toBe(crc);
    expect(parseInt(other.slice(-4), 16)).toBe(referenceCrc(other.slice(0, -4)));
  });

  it("refuses what a bank app could not read", () => {
    expect(() => vietQrPayload({ ...input, bankBin: "97043" })).toThrow(/BIN/);
    expect(() => vietQrPayload({ ...input, amount: 0 })).toThrow(/amount/);
    expect(() => vietQrPayload({ ...input, amount: 1.5 })).toThrow(/amount/);
    expect(() => vietQrPayload({ ...input, note: "Đơn hàng" })).toThrow(/note/);
  });
});

describe("transfer notes", () => {
  it("are the order code without punctuation, and are found again in whatever the bank reports", () => {
    const note = transferNote("CP-20261128-7Q4K-9XZ2");
    expect(note).toBe("CP202611287Q4K9XZ2");
    expect(noteIn("MBVCB.123456.CP202611287Q4K9XZ2.CT tu 0011 NGUYEN VAN A")).toBe(note);
    expect(noteIn("cp-20261128-7q4k-9xz2 chuyen tien")).toBe(note);
    expect(noteIn("chuyen tien an trua")).toBeUndefined();
  });
});
