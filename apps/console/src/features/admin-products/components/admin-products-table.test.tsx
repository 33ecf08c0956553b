import type { AdminProduct, AdminProductList } from "@chophien/contracts";
import { fakeApi, validationError } from "@chophien/web/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ADMIN_ID, PEPPER, PRODUCT_ID, STALL_ID, adminProduct } from "@/test/fixtures";
import { renderWithApp } from "@/test/render";
import { AdminProductsTable } from "./admin-products-table";

const PEPPER_ID = "12121212-1212-4212-8212-121212121212";
const hiddenPepper = adminProduct({
  id: PEPPER_ID,
  slug: "tieu-con-tien",
  name: "Tiêu đen Cồn Tiên",
  category: { id: PEPPER, slug: "ho-tieu", name: "Hồ tiêu", nameEn: "Pepper" },
  price: 95000,
  stock: 3,
  thumbnail: null,
  public: false,
  hidden: {
    at: "2026-11-28T02:30:00.000Z",
    reason: "Ảnh lấy từ trang khác, cần ảnh thật của sản phẩm",
    admin: { id: ADMIN_ID, fullName: "Trần Quản Trị" },
    reviewRequest: null,
  },
});
const list = (items: AdminProduct[]): AdminProductList => ({ items, total: items.length, page: 1, limit: 30 });
const answer = (p: AdminProduct) => ({ body: { product: { ...p, moderation: [] } } });
const coffeeRow = () => screen.getByRole("row", { name: /Cà phê Arabica Khe Sanh/ });

describe("AdminProductsTable", () => {
  it("lists products with stall, price, stock, status and what shoppers see; the URL's filters reach the API", async () => {
    const api = fakeApi({ "GET /admin/products": { body: list([adminProduct(), hiddenPepper]) } });
    renderWithApp(<AdminProductsTable />, { url: `/admin/products?stall=${STALL_ID}&hidden=false&status=active` });

    const coffee = await screen.findByRole("row", { name: /Cà phê Arabica Khe Sanh/ });
    expect(within(coffee).getByText("Cà phê · gói 500g")).toBeInTheDocument();
    expect(within(coffee).getByRole("link", { name: "Cà phê Nhà Mận" })).toBeInTheDocument();
    expect(within(coffee).getByText("120.000 ₫")).toBeInTheDocument();
    expect(within(coffee).getByText("Đang bán")).toBeInTheDocument();
    expect(within(coffee).getByText("Đang hiển thị")).toBeInTheDocument();
    expect(within(coffee).getByRole("link", { name: "Xem Cà phê Arabica Khe Sanh rang mộc trên chợ" })).toHaveAttribute(
      "href",
      "/san-pham/ca-phe-khe-sanh",
    );

    const pepper = screen.getByRole("row", { name: /Tiêu đen Cồn Tiên/ });
    expect(within(pepper).getByText("Đã ẩn")).toBeInTheDocument();
    expect(within(pepper).getByText(/Ảnh lấy từ trang khác/)).toBeInTheDocument();
    // Who hid it and when, in GMT+7 (02:30 UTC is 09:30 in Vietnam).
    expect(within(pepper).getByText("Bởi Trần Quản Trị · 09:30 28/11/2026")).toBeInTheDocument();
    expect(within(pepper).queryByRole("link", { name: /trên chợ/ })).not.toBeInTheDocument();
    expect(within(pepper).getByRole("button", { name: "Hiện lại Tiêu đen Cồn Tiên" })).toBeInTheDocument();

    expect(screen.getByText("Đang xem sản phẩm của Cà phê Nhà Mận")).toBeInTheDocument();
    const query = api.callsTo("GET", "/admin/products")[0]!.query;
    expect(Object.fromEntries(query)).toEqual({ stall: STALL_ID, hidden: "false", status: "active", page: "1", limit: "30" });
  });

  it("searches by name after typing stops, keeping the words in the URL", async () => {
    const api = fakeApi({ "GET /admin/products": { body: list([adminProduct()]) } });
    const user = userEvent.setup();
    renderWithApp(<AdminProductsTable />, { url: "/admin/products" });
    await screen.findByRole("row", { name: /Cà phê Arabica/ });

    await user.type(screen.getByRole("searchbox", { name: "Tìm theo tên" }), "tiêu");
    await waitFor(() => expect(api.calls.some((c) => c.query.get("q") === "tiêu")).toBe(true));
    expect(screen.getByTestId("location")).toHaveTextContent("/admin/products?q=ti%C3%AAu");
    await user.selectOptions(screen.getByLabelText("Ẩn / hiện"), "true");
    await waitFor(() => expect(api.calls.at(-1)!.query.get("hidden")).toBe("true"));
  });

  it("lists the products sellers ask to look at again, with their notes", async () => {
    const asked = {
      ...hiddenPepper,
      hidden: { ...hiddenPepper.hidden!, reviewRequest: { at: "2026-11-28T03:00:00.000Z", note: "Đã thay ảnh chụp thật" } },
    };
    const api = fakeApi({ "GET /admin/products": { body: list([asked]) } });
    const user = userEvent.setup();
    renderWithApp(<AdminProductsTable />, { url: "/admin/products" });
    await user.selectOptions(screen.getByLabelText("Ẩn / hiện"), "Người bán xin xem lại");
    await waitFor(() => expect(api.calls.at(-1)!.query.get("reviewRequested")).toBe("true"));
    expect(api.calls.at(-1)!.query.get("hidden")).toBeNull();
    expect(screen.getByTestId("location")).toHaveTextContent("/admin/products?hidden=review");
    const row = screen.getByRole("row", { name: /Tiêu đen Cồn Tiên/ });
    expect(row).toHaveTextContent("Người bán đã sửa và xin xem lại (10:00 28/11/2026): Đã thay ảnh chụp thật");
  });

  it("shows an empty state for a filter that matches nothing", async () => {
    fakeApi({ "GET /admin/products": { body: list([]) } });
    renderWithApp(<AdminProductsTable />, { url: "/admin/products?hidden=true" });
    expect(await screen.findByRole("heading", { name: "Không có sản phẩm phù hợp" })).toBeInTheDocument();
  });

  it("shows a retry when the list cannot load", async () => {
    fakeApi({ "GET /admin/products": { status: 500, body: { error: { code: "internal", message: "boom" } } } });
    renderWithApp(<AdminProductsTable />, { url: "/admin/products" });
    expect(await screen.findByRole("heading", { name: "Không tải được dữ liệu" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Thử lại" })).toBeInTheDocument();
  });

  it("hides a product only with a reason of 5 characters or more, posts it, and says so", async () => {
    const api = fakeApi({
      "GET /admin/products": { body: list([adminProduct()]) },
      [`POST /admin/products/${PRODUCT_ID}/hide`]: answer({ ...adminProduct(), public: false, hidden: hiddenPepper.hidden }),
    });
    const user = userEvent.setup();
    renderWithApp(<AdminProductsTable />, { url: "/admin/products" });
    await screen.findByRole("row", { name: /Cà phê Arabica/ });

    await user.click(within(coffeeRow()).getByRole("button", { name: "Ẩn Cà phê Arabica Khe Sanh rang mộc" }));
    const dialog = screen.getByRole("dialog", { name: "Ẩn “Cà phê Arabica Khe Sanh rang mộc” khỏi chợ?" });
    await user.click(within(dialog).getByRole("button", { name: "Ẩn sản phẩm" }));
    expect(within(dialog).getByLabelText("Lý do")).toHaveAccessibleDescription(/Cần ít nhất 5 ký tự/);
    await user.type(within(dialog).getByLabelText("Lý do"), "Ảnh");
    await user.click(within(dialog).getByRole("button", { name: "Ẩn sản phẩm" }));
    expect(within(dialog).getByLabelText("Lý do")).toHaveAccessibleDescription(/Cần ít nhất 5 ký tự/);
    expect(api.callsTo("POST", `/admin/products/${PRODUCT_ID}/hide`)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText("Lý do"), " lấy từ trang khác");
    await user.click(within(dialog).getByRole("button", { name: "Ẩn sản phẩm" }));
    await waitFor(() => expect(api.callsTo("POST", `/admin/products/${PRODUCT_ID}/hide`)).toHaveLength(1));
    expect(api.callsTo("POST", `/admin/products/${PRODUCT_ID}/hide`)[0]!.body).toEqual({ reason: "Ảnh lấy từ trang khác" });
    expect(await screen.findByText("Đã ẩn Cà phê Arabica Khe Sanh rang mộc")).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    // The list is asked again: the row now shows as hidden (or leaves a "not hidden" filter).
    await waitFor(() => expect(api.callsTo("GET", "/admin/products")).toHaveLength(2));
  });

  it("puts the API's complaint about the reason (400, body.reason) under the field, and explains a 409", async () => {
    let conflict = false;
    fakeApi({
      "GET /admin/products": { body: list([adminProduct()]) },
      [`POST /admin/products/${PRODUCT_ID}/hide`]: () =>
        conflict
          ? { status: 409, body: { error: { code: "conflict", message: "Already hidden" } } }
          : validationError([{ path: "body.reason", message: "Too small: expected string to have >=5 characters" }]),
    });
    const user = userEvent.setup();
    renderWithApp(<AdminProductsTable />, { url: "/admin/products" });
    await screen.findByRole("row", { name: /Cà phê Arabica/ });
    await user.click(within(coffeeRow()).getByRole("button", { name: /^Ẩn / }));
    const dialog = screen.getByRole("dialog");
    await user.type(within(dialog).getByLabelText("Lý do"), "Hàng giả mạo nhãn OCOP");
    await user.click(within(dialog).getByRole("button", { name: "Ẩn sản phẩm" }));

    await waitFor(() => expect(within(dialog).getByLabelText("Lý do")).toHaveAccessibleDescription(/Lý do chưa được chấp nhận/));
    expect(within(dialog).queryByRole("alert")).not.toBeInTheDocument();

    conflict = true;
    await user.click(within(dialog).getByRole("button", { name: "Ẩn sản phẩm" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("Sản phẩm vừa được người khác ẩn hoặc hiện lại");
  });

  it("unhides a hidden product after a confirmation", async () => {
    const api = fakeApi({
      "GET /admin/products": { body: list([hiddenPepper]) },
      [`POST /admin/products/${PEPPER_ID}/unhide`]: answer({ ...hiddenPepper, hidden: null, public: true }),
    });
    const user = userEvent.setup();
    renderWithApp(<AdminProductsTable />, { url: "/admin/products?hidden=true" });
    await user.click(await screen.findByRole("button", { name: "Hiện lại Tiêu đen Cồn Tiên" }));

    const dialog = screen.getByRole("dialog", { name: "Hiện lại “Tiêu đen Cồn Tiên”?" });
    expect(api.callsTo("POST", `/admin/products/${PEPPER_ID}/unhide`)).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Hiện lại" }));
    await waitFor(() => expect(api.callsTo("POST", `/admin/products/${PEPPER_ID}/unhide`)).toHaveLength(1));
    expect(api.callsTo("POST", `/admin/products/${PEPPER_ID}/unhide`)[0]!.body).toEqual({});
    expect(await screen.findByText("Đã hiện lại Tiêu đen Cồn Tiên")).toBeInTheDocument();
  });
});
