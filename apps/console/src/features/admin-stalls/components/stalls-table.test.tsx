import type { Stall } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen, within } from "@testing-library/react";
import { renderWithApp } from "@/test/render";
import { expectCardCells } from "@/test/table-cards";
import { StallsTable } from "./stalls-table";

const stall: Stall = {
  id: "22222222-2222-4222-8222-222222222222",
  slug: "mat-ong",
  name: "Mật ong Hướng Hóa",
  province: { slug: "quang-tri", name: "Quảng Trị" },
  logo: null,
  productCount: 12,
  story: "Mình là Hùng, 26 tuổi, nuôi ong dưới tán cà phê.",
  description: null,
  banner: null,
  address: "Thôn 5, Hướng Phùng",
  phone: "0912345678",
  contactPublic: false,
  contactZalo: false,
  businessType: "household",
  businessRegistrationNo: null,
  founderBirthYear: null,
  status: "approved",
  statusReason: null,
  commissionRateBps: 500,
  owner: { id: "33333333-3333-4333-8333-333333333333", fullName: "Hùng", email: "hung.nuoi.ong.huong.phung@example.vn" },
  decisions: [],
  createdAt: "2026-11-01T00:00:00.000Z",
  approvedAt: "2026-11-02T00:00:00.000Z",
};

describe("StallsTable", () => {
  it("is a card per stall on a phone: name, owner with e-mail, products, commission and the action, each named", async () => {
    const api = fakeApi({ "GET /admin/stalls": { body: { items: [stall], total: 1, page: 1, limit: 50 } } });
    renderWithApp(<StallsTable />);
    const row = await screen.findByRole("row", { name: /Mật ong Hướng Hóa/ });
    expect(within(row).getByText("hung.nuoi.ong.huong.phung@example.vn")).toBeInTheDocument();
    expect(within(row).getByLabelText("Phí sàn (%) của Mật ong Hướng Hóa")).toHaveValue("5");
    expect(within(row).getByRole("button", { name: "Tạm ngưng" }).closest("td")).toHaveClass("cell-actions");
    expectCardCells(screen.getByRole("table"));
    expect(api.callsTo("GET", "/admin/stalls")[0]!.query.get("status")).toBe("approved");
  });
});
