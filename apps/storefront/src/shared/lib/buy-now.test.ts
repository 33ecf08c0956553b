import { buyNowQuery, readBuyNow } from "./buy-now";

const id = "0b9a1f5e-2d3c-4b5a-9e8f-7a6b5c4d3e2f";

describe("Mua ngay links", () => {
  it("reads the product and quantity from the checkout URL", () => {
    expect(readBuyNow(new URLSearchParams(`mua-ngay=${id}&so-luong=3`))).toEqual({ productId: id, quantity: 3 });
    expect(readBuyNow(new URLSearchParams(`mua-ngay=${id}`))).toEqual({ productId: id, quantity: 1 });
  });

  it("falls back to the cart for a missing or mangled product, and to one for a mangled quantity", () => {
    expect(readBuyNow(new URLSearchParams(""))).toBeUndefined();
    expect(readBuyNow(new URLSearchParams("mua-ngay=1%27%20or%201=1"))).toBeUndefined();
    for (const q of ["0", "100", "2.5", "abc", "-1"])
      expect(readBuyNow(new URLSearchParams(`mua-ngay=${id}&so-luong=${q}`))?.quantity).toBe(1);
  });

  it("asks the API for that line alone, or for the cart", () => {
    expect(buyNowQuery({ productId: id, quantity: 2 })).toEqual({ buyNow: id, quantity: 2 });
    expect(buyNowQuery(undefined)).toEqual({});
  });
});
