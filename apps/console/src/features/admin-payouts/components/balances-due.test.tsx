import { fakeApi } from "@chophien/web/testing";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { STALL_ID } from "@/test/fixtures";
import { renderWithApp } from "@/test/render";
import { BalancesDue } from "./balances-due";

const due = {
  stall: { id: STALL_ID, slug: "ca-phe-nha-man", name: "Cà phê Nhà Mận" },
  available: 375_000,
  held: 400_000,
  payable: 375_000,
};
const text = (el: HTMLElement) => el.textContent?.replace(/\s/g, " ");

describe("BalancesDue", () => {
  it("lists what each stall can be paid, as cards, and hands the stall to the payout form", async () => {
    fakeApi({ "GET /admin/payouts/due": { body: { items: [due], total: 1, page: 1, limit: 20 } } });
    const onPay = jest.fn();
    renderWithApp(<BalancesDue onPay={onPay} />);
    const list = await screen.findByRole("list", { name: "1 gian hàng có số dư chi trả được" });
    const [card] = within(list).getAllByRole("listitem");
    expect(text(card!)).toContain("Cà phê Nhà Mận");
    expect(text(card!)).toContain("375.000 ₫");
    expect(text(card!)).toContain("Số dư sổ 375.000 ₫ · chợ đang giữ 400.000 ₫");
    await userEvent.click(within(card!).getByRole("button", { name: "Chi trả cho Cà phê Nhà Mận" }));
    expect(onPay).toHaveBeenCalledWith(due);
  });

  it("says so when nothing is due", async () => {
    fakeApi({ "GET /admin/payouts/due": { body: { items: [], total: 0, page: 1, limit: 20 } } });
    renderWithApp(<BalancesDue onPay={jest.fn()} />);
    expect(await screen.findByText("Không có gian hàng nào đang chờ chi trả")).toBeInTheDocument();
  });
});
