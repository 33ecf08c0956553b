import { sanitizeOrderInfo } from "./order-info";

describe("sanitizeOrderInfo", () => {
  it("removes Vietnamese diacritics, đ and Đ included", () => {
    expect(sanitizeOrderInfo("Thanh toán đơn hàng Đặc sản Hà Giang")).toBe("Thanh toan don hang Dac san Ha Giang");
    expect(sanitizeOrderInfo("Mật ong rừng U Minh – hũ 500g")).toBe("Mat ong rung U Minh hu 500g");
  });

  it("drops characters encoders disagree on, and + and other specials", () => {
    expect(sanitizeOrderInfo("Order (gift)! 'x' *y* ~z~ 1+1 <b>&amp;")).toBe("Order gift x y z 11 bamp;");
  });

  it("keeps simple punctuation and collapses whitespace", () => {
    expect(sanitizeOrderInfo("  Don #42:  2 x tra,\n1 x ca-phe_den / goi.  ")).toBe("Don #42: 2 x tra, 1 x ca-phe_den / goi.");
  });

  it("cuts to 255 characters", () => {
    expect(sanitizeOrderInfo("á".repeat(300))).toBe("a".repeat(255));
  });
});
