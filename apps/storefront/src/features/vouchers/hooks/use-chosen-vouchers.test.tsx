import { act, renderHook } from "@testing-library/react";
import { useChosenVouchers } from "./use-chosen-vouchers";

beforeEach(() => sessionStorage.clear());

describe("useChosenVouchers", () => {
  it("keeps the codes chosen on the cart page for the checkout page of the same tab", () => {
    const cart = renderHook(() => useChosenVouchers());
    expect(cart.result.current[0]).toEqual([]);
    act(() => cart.result.current[1](["CHOPHIEN10", "FREESHIP"]));
    expect(cart.result.current[0]).toEqual(["CHOPHIEN10", "FREESHIP"]);
    cart.unmount();

    const checkout = renderHook(() => useChosenVouchers());
    expect(checkout.result.current[0]).toEqual(["CHOPHIEN10", "FREESHIP"]);
    act(() => checkout.result.current[1]([]));
    expect(renderHook(() => useChosenVouchers()).result.current[0]).toEqual([]);
  });

  it("ignores what is not a list of codes in storage", () => {
    sessionStorage.setItem("cp_voucher_codes", '{"not":"a list"}');
    expect(renderHook(() => useChosenVouchers()).result.current[0]).toEqual([]);
    sessionStorage.setItem("cp_voucher_codes", '["OK", 3, null]');
    expect(renderHook(() => useChosenVouchers()).result.current[0]).toEqual(["OK"]);
    sessionStorage.setItem("cp_voucher_codes", "{broken");
    expect(renderHook(() => useChosenVouchers()).result.current[0]).toEqual([]);
  });
});
