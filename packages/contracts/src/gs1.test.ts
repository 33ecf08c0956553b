import { Gtin, gtinCheckDigit, isValidGtin } from "./gs1";

describe("GTIN check digits", () => {
  it("accepts real GTINs of every length and refuses a wrong last digit", () => {
    // EAN-13 (GS1 Vietnam prefix 893), UPC-A (GTIN-12), EAN-8, GTIN-14 — the GS1 calculator's examples.
    for (const good of ["8934588012228", "036000291452", "96385074", "10614141000415", "4006381333931"])
      expect(isValidGtin(good)).toBe(true);
    for (const bad of ["8934588012229", "036000291453", "96385075", "10614141000416", "893458801222", "12345", "89345880122a"])
      expect(isValidGtin(bad)).toBe(false);
    expect(gtinCheckDigit("400638133393")).toBe(1);
    expect(gtinCheckDigit("1061414100041")).toBe(5);
  });

  it("is stored zero-padded to 14 digits, as GS1 Digital Link writes it", () => {
    expect(Gtin.parse(" 8934588012228 ")).toBe("08934588012228");
    expect(Gtin.parse("96385074")).toBe("00000096385074");
    expect(Gtin.safeParse("8934588012220").success).toBe(false);
  });
});
