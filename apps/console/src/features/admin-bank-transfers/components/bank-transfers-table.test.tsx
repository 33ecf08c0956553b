import { fakeApi } from "@chophien/web/testing";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithApp } from "@/test/render";
import { expectCardCells } from "@/test/table-cards";
import { BankTransfersTable } from "./bank-transfers-table";

const unmatched = {
  id: "0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b",
  transactionId: "FT2611280001",
  amount: 234000,
  content: "MBVCB.8812.CP202611287Q4K9XZ2",
  transactedAt: "2026-11-28T03:10:00.000Z",
  status: "unmatched",
  reason: "Amount 234000 does not match the order's 235000",
  paymentId: null,
  matchedById: null,
  matchedAt: null,
  matchNote: null,
  createdAt: "2026-11-28T03:10:01.000Z",
};

describe("BankTransfersTable", () => {
  it("lists unmatched transfers and matches one to an order with a reason", async () => {
    const api = fakeApi({
      "GET /admin/bank-transfers": { body: { items: [unmatched], total: 1, page: 1, limit: 30 } },
      "POST /admin/bank-transfers/0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b/match": {
        body: { transfer: { ...unmatched, status: "matched", matchNote: "Khách thiếu 1.000 ₫" } },
      },
    });
    renderWithApp(<BankTransfersTable />);
    expect(await screen.findByText("MBVCB.8812.CP202611287Q4K9XZ2")).toBeInTheDocument();
    expect(screen.getByText(/234\.000/)).toBeInTheDocument();
    expect(screen.getByText(/does not match/)).toBeInTheDocument();
    // On a phone each transfer is a card; the long transfer note wraps inside it.
    expectCardCells(screen.getByRole("table", { name: "1 giao dịch" }));
    await userEvent.type(screen.getByRole("textbox", { name: /Mã đơn/ }), "CP-20261128-7Q4K-9XZ2");
    await userEvent.type(screen.getByRole("textbox", { name: "Lý do" }), "Khách thiếu 1.000 ₫");
    await userEvent.click(screen.getByRole("button", { name: "Ghép vào đơn" }));
    expect(await screen.findByText("Đã ghép: đơn đã thanh toán")).toBeInTheDocument();
    const post = api.calls.find((c) => c.method === "POST");
    expect(post?.body).toEqual({ orderCode: "CP-20261128-7Q4K-9XZ2", note: "Khách thiếu 1.000 ₫" });
  });
});
