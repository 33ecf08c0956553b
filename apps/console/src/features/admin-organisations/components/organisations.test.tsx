import type { Organisation } from "@chophien/contracts";
import { fakeApi } from "@chophien/web/testing";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithApp } from "@/test/render";
import { OrganisationDetail } from "./organisation-detail";
import { OrganisationQueue } from "./organisation-queue";

const ORG = "77777777-7777-4777-8777-777777777777";
const organisation = (over: Partial<Organisation> = {}): Organisation => ({
  id: ORG,
  name: "Công ty TNHH Chuỗi siêu thị Hòa Bình Quảng Trị",
  taxCode: "0312345675",
  kind: "retailer",
  province: "quang-tri",
  address: "12 Hùng Vương, phường Đông Hà",
  phone: "0912345678",
  website: null,
  status: "pending",
  reason: null,
  memberIds: ["88888888-8888-4888-8888-888888888888"],
  decisions: [],
  createdAt: "2026-11-30T03:00:00.000Z",
  ...over,
});
const page = (items: Organisation[]) => ({ body: { items, total: items.length, page: 1, limit: 30 } });

describe("the organisations desk", () => {
  it("lists the pending queue by default and keeps the chosen status in the links", async () => {
    const api = fakeApi({
      "GET /admin/organisations": ({ query }) => page(query.get("status") === "verified" ? [] : [organisation()]),
    });
    const user = userEvent.setup();
    renderWithApp(<OrganisationQueue />, { url: "/admin/organisations" });
    const link = await screen.findByRole("link", { name: /Chuỗi siêu thị Hòa Bình/ });
    expect(within(link).getByText("Bán lẻ, siêu thị · Quảng Trị")).toBeInTheDocument();
    expect(within(link).getByText("Chờ xác minh")).toBeInTheDocument();
    expect(api.callsTo("GET", "/admin/organisations")[0]!.query.get("status")).toBe("pending");
    await user.selectOptions(screen.getByLabelText("Trạng thái"), "verified");
    expect(await screen.findByText("Không có tổ chức nào")).toBeInTheDocument();
    expect(screen.getByTestId("location")).toHaveTextContent("/admin/organisations?status=verified");
    await user.selectOptions(screen.getByLabelText("Trạng thái"), "all");
    expect(await screen.findByRole("link", { name: /Chuỗi siêu thị Hòa Bình/ })).toHaveAttribute(
      "href",
      `/admin/organisations/${ORG}?status=all`,
    );
    expect(api.calls.at(-1)!.query.has("status")).toBe(false);
  });

  it("verifies after a confirmation naming the tax code", async () => {
    const api = fakeApi({
      [`POST /admin/organisations/${ORG}/verify`]: { body: { organisation: organisation({ status: "verified" }) } },
    });
    const onDecided = jest.fn();
    const user = userEvent.setup();
    renderWithApp(<OrganisationDetail organisation={organisation()} onDecided={onDecided} />);
    expect(screen.getByText("0312345675")).toBeInTheDocument();
    expect(screen.getByText("1 người")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Xác minh" }));
    const dialog = screen.getByRole("dialog", { name: /^Xác minh Công ty TNHH/ });
    expect(dialog).toHaveTextContent("mã số thuế 0312345675");
    await user.click(within(dialog).getByRole("button", { name: "Xác minh" }));
    expect(await screen.findByText(/^Đã xác minh Công ty TNHH/)).toBeInTheDocument();
    expect(api.callsTo("POST", `/admin/organisations/${ORG}/verify`)[0]!.body).toEqual({});
    expect(onDecided).toHaveBeenCalled();
  });

  it("rejects only with a reason of three letters or more, and says when someone else decided first", async () => {
    const api = fakeApi({
      [`POST /admin/organisations/${ORG}/reject`]: { status: 409, body: { error: { code: "conflict", message: "x" } } },
    });
    const user = userEvent.setup();
    renderWithApp(<OrganisationDetail organisation={organisation()} />);
    await user.click(screen.getByRole("button", { name: "Từ chối" }));
    const dialog = screen.getByRole("dialog", { name: /^Từ chối Công ty TNHH/ });
    await user.type(within(dialog).getByLabelText("Lý do"), "x");
    await user.click(within(dialog).getByRole("button", { name: "Từ chối" }));
    expect(within(dialog).getByLabelText("Lý do")).toHaveAttribute("aria-invalid", "true");
    expect(api.callsTo("POST", `/admin/organisations/${ORG}/reject`)).toHaveLength(0);
    await user.type(within(dialog).getByLabelText("Lý do"), "Mã số thuế không khớp giấy phép");
    await user.click(within(dialog).getByRole("button", { name: "Từ chối" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("Tổ chức này đã được quyết định.");
    expect(api.callsTo("POST", `/admin/organisations/${ORG}/reject`)[0]!.body).toEqual({
      reason: "xMã số thuế không khớp giấy phép",
    });
  });

  it("shows a decided organisation's reason and history, without the decision buttons", () => {
    fakeApi({});
    renderWithApp(
      <OrganisationDetail
        organisation={organisation({
          status: "rejected",
          reason: "Thiếu giấy phép",
          decisions: [{ action: "reject", reason: "Thiếu giấy phép", adminId: null, createdAt: "2026-12-01T03:00:00.000Z" }],
        })}
      />,
    );
    expect(screen.getByText("Bị từ chối")).toBeInTheDocument();
    expect(screen.getByRole("listitem")).toHaveTextContent("Đã từ chối · 10:00 01/12/2026 — Thiếu giấy phép");
    expect(screen.queryByRole("button", { name: "Xác minh" })).toBeNull();
  });
});
