import { CARRIERS, carrierOf, trackingUrlOf } from "./carriers";

describe("carriers", () => {
  it("recognises codes, listed names and common spellings", () => {
    expect(carrierOf("GHN")?.code).toBe("ghn");
    expect(carrierOf("Giao Hàng Nhanh")?.code).toBe("ghn");
    expect(carrierOf("giao hang tiet kiem")?.code).toBe("ghtk");
    expect(carrierOf("Viettel Post")?.code).toBe("viettel-post");
    expect(carrierOf("viettel-post")?.code).toBe("viettel-post");
    expect(carrierOf("J&T Express")?.code).toBe("jt-express");
    expect(carrierOf("Bưu điện")?.code).toBe("vnpost");
    expect(carrierOf("Xe khách Phương Trang")).toBeUndefined();
    expect(carrierOf(null)).toBeUndefined();
  });

  it("builds a tracking link for every listed carrier, the number URL-encoded", () => {
    for (const c of CARRIERS) {
      const url = trackingUrlOf(c.name, "AB 12/3");
      expect(url).toMatch(/^https:\/\//);
      expect(url).toContain("AB%2012%2F3");
    }
    expect(trackingUrlOf("Tự giao", "X1")).toBeNull();
    expect(trackingUrlOf("GHN", null)).toBeNull();
  });
});
