import { fakeApi } from "@chophien/web/testing";
import { screen } from "@testing-library/react";
import { renderWithApp } from "@/test/render";
import { expectCardCells } from "@/test/table-cards";
import { TraceReportsTable } from "./trace-reports-table";

describe("the admins' trace report inbox", () => {
  it("lists each report with its batch (linking to the trace page), the words and the shopper's contact", async () => {
    fakeApi({
      "GET /admin/trace-reports": {
        body: {
          items: [
            {
              id: "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb",
              code: "7KQ2M9XD4T",
              lot: "MO-11",
              productName: "Mật ong rừng tràm",
              stallName: "Mật ong Hướng Phùng",
              message: "Tem bị bóc, hũ không có nắp niêm phong",
              contact: "0912345678",
              createdAt: "2026-11-25T03:00:00.000Z",
            },
          ],
          total: 1,
          page: 1,
          limit: 20,
        },
      },
    });
    renderWithApp(<TraceReportsTable />);
    expect(await screen.findByRole("link", { name: "Mật ong rừng tràm · MO-11" })).toHaveAttribute("href", "/t/7KQ2M9XD4T");
    expect(screen.getByText("Tem bị bóc, hũ không có nắp niêm phong")).toBeInTheDocument();
    expect(screen.getByText("0912345678")).toBeInTheDocument();
    expect(screen.getByText("10:00 25/11/2026")).toBeInTheDocument();
    expectCardCells(screen.getByRole("table", { name: "1 báo cáo" }));
  });

  it("says when there is nothing", async () => {
    fakeApi({ "GET /admin/trace-reports": { body: { items: [], total: 0, page: 1, limit: 20 } } });
    renderWithApp(<TraceReportsTable />);
    expect(await screen.findByText("Chưa có báo cáo nào.")).toBeInTheDocument();
  });
});
