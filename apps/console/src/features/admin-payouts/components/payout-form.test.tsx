import { fakeApi } from "@chophien/web/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ADMIN_ID, STALL_ID } from "@/test/fixtures";
import { renderWithApp } from "@/test/render";
import { PayoutForm } from "./payout-form";

const stall = { id: STALL_ID, name: "Cà phê Nhà Mận" };
const ledger = (available: number, held = available) => ({
  body: {
    items: [],
    total: 0,
    page: 1,
    limit: 1,
    balance: { available, held, payable: Math.max(0, Math.min(available, held)), pendingSales: 185_000 },
  },
});

describe("PayoutForm", () => {
  it("shows the picked stall's available balance, and records a transfer after a confirmation", async () => {
    const api = fakeApi({
      [`GET /admin/stalls/${STALL_ID}/ledger`]: ledger(1_140_000),
      "POST /admin/payouts": {
        status: 201,
        body: {
          payout: {
            id: "99999999-9999-4999-8999-999999999999",
            stall: { id: STALL_ID, slug: "ca-phe-nha-man", name: stall.name },
            amount: 500_000,
            reference: "VCB-0042",
            createdBy: { id: ADMIN_ID, fullName: "Trần Quản Trị" },
            createdAt: "2026-11-28T03:00:00.000Z",
          },
        },
      },
    });
    const user = userEvent.setup();
    renderWithApp(<PayoutForm stall={stall} stallField={null} />);
    expect(
      await screen.findByText("Có thể chi trả: 1.140.000 ₫ · số dư sổ: 1.140.000 ₫ · đang chờ hoàn tất: 185.000 ₫"),
    ).toBeInTheDocument();
    expect(api.callsTo("GET", `/admin/stalls/${STALL_ID}/ledger`)[0]!.query.get("limit")).toBe("1");

    await user.type(screen.getByLabelText(/Số tiền/), "500000");
    await user.type(screen.getByLabelText(/Mã giao dịch/), "VCB-0042");
    await user.click(screen.getByRole("button", { name: "Ghi nhận" }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveTextContent("Chuyển 500.000 ₫ cho “Cà phê Nhà Mận”, mã VCB-0042");
    await user.click(within(dialog).getByRole("button", { name: "Ghi nhận" }));
    await waitFor(() => expect(api.callsTo("POST", "/admin/payouts")).toHaveLength(1));
    expect(api.callsTo("POST", "/admin/payouts")[0]!.body).toEqual({ stallId: STALL_ID, amount: 500_000, reference: "VCB-0042" });
  });

  it("shows a stall that owes COD fees as payable 0, and says why the API refused the payout", async () => {
    fakeApi({
      [`GET /admin/stalls/${STALL_ID}/ledger`]: ledger(-13_000, 0),
      "POST /admin/payouts": {
        status: 422,
        body: { error: { code: "unprocessable", message: "Only 0 ₫ can be paid out: the stall owes 13.000 ₫ commission" } },
      },
    });
    const user = userEvent.setup();
    renderWithApp(<PayoutForm stall={stall} stallField={null} />);
    expect(
      await screen.findByText("Có thể chi trả: 0 ₫ · số dư sổ: -13.000 ₫ · đang chờ hoàn tất: 185.000 ₫"),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Số tiền/), "260000");
    await user.type(screen.getByLabelText(/Mã giao dịch/), "VCB-0043");
    await user.click(screen.getByRole("button", { name: "Ghi nhận" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "Ghi nhận" }));
    expect(await within(dialog).findByText(/không quá số tiền chợ đang giữ cho gian hàng/)).toBeInTheDocument();
  });

  it("says nothing about a balance before a stall is picked", () => {
    fakeApi({});
    renderWithApp(<PayoutForm stall={null} stallField={null} />);
    expect(screen.queryByText(/Có thể chi trả/)).not.toBeInTheDocument();
  });
});
