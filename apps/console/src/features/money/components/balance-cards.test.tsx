import type { LedgerEntry } from "@chophien/contracts";
import { screen, within } from "@testing-library/react";
import { renderWithApp } from "@/test/render";
import { BalanceCards } from "./balance-cards";
import { LedgerTable } from "./ledger-table";

const line = (kind: LedgerEntry["kind"], amount: number): LedgerEntry => ({
  id: `00000000-0000-4000-8000-00000000000${amount < 0 ? 1 : 2}${kind.length}`,
  kind,
  amount,
  stallOrderId: "66666666-6666-4666-8666-666666666666",
  orderCode: "CP-20261128-7Q4K-9XZ2",
  payoutId: null,
  note: null,
  createdAt: "2026-11-28T03:00:00.000Z",
});

describe("the stall's money", () => {
  it("shows a cash-on-delivery sale as sale, cash the stall collected and the fee, in Vietnamese", () => {
    renderWithApp(
      <LedgerTable entries={[line("sale", 260_000), line("cod_collected", -260_000), line("commission", -13_000)]} />,
    );
    const rows = screen.getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getAllByRole("cell")[1]!.textContent)).toEqual([
      "Bán hàng",
      "Tiền mặt bạn đã thu (COD)",
      "Phí sàn",
    ]);
    expect(within(rows[1]!).getByText(/260\.000/).textContent).toMatch(/^−260\.000 ₫$/);
  });

  it("says a negative balance is the COD fee the stall owes, and that nothing can be paid out yet", () => {
    renderWithApp(<BalanceCards balance={{ available: -13_000, held: 0, payable: 0, pendingSales: -6_000 }} />);
    expect(screen.getByText("Số dư có thể rút").parentElement).toHaveTextContent("0 ₫");
    expect(screen.getByText("Số dư sổ").parentElement).toHaveTextContent(/13\.000 ₫/);
    expect(screen.getByText(/Bạn còn nợ phí sàn của đơn COD/)).toBeInTheDocument();
    expect(screen.getByText("Chợ đang giữ").parentElement).toHaveTextContent("0 ₫");
  });
});
