import { foldVietnamese, slugify } from "./text";

describe("Vietnamese folding", () => {
  it("removes diacritics and đ", () => {
    expect(foldVietnamese("Cà phê  Khe Sanh")).toBe("ca phe khe sanh");
    expect(foldVietnamese("Nước mắm Cửa Việt")).toBe("nuoc mam cua viet");
    expect(foldVietnamese("ĐẶC SẢN Đông Hà")).toBe("dac san dong ha");
    // Decomposed input (as some phones send it) folds the same.
    expect(foldVietnamese("Hồ tiêu Cam Lộ".normalize("NFD"))).toBe("ho tieu cam lo");
  });

  it("makes slugs", () => {
    expect(slugify("Cà phê Khe Sanh")).toBe("ca-phe-khe-sanh");
    expect(slugify("  Mật ong rừng U Minh — 500ml! ")).toBe("mat-ong-rung-u-minh-500ml");
    expect(slugify("!!!")).toBe("gian-hang");
    expect(slugify("a".repeat(200)).length).toBe(80);
  });
});
