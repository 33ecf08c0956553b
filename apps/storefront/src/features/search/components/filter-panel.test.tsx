import { fakeApi } from "@chophien/web/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SearchPage } from "@/app/routes/search-page";
import { productList } from "@/test/fixtures";
import { renderPage } from "@/test/render";
import { FilterPanel } from "./filter-panel";

const facets = productList().facets;

describe("search filters", () => {
  it("offers each facet with its count; OCOP counts mean 'this many stars or more'", () => {
    const onChange = jest.fn();
    renderPage(<FilterPanel facets={facets} state={{ q: "ca phe" }} onChange={onChange} />);
    const category = screen.getByRole("group", { name: "Danh mục" });
    expect(within(category).getByRole("radio", { name: "Tất cả danh mục" })).toBeChecked();
    expect(
      within(category)
        .getByRole("radio", { name: /Cà phê/ })
        .closest("label"),
    ).toHaveTextContent("Cà phê68");
    expect(screen.getByRole("option", { name: "Quảng Trị (42)" })).toBeInTheDocument();
    const ocop = screen.getByRole("group", { name: "Sao OCOP" });
    expect(within(ocop).getByRole("radio", { name: "Từ 4★ (3)" })).toBeInTheDocument();
    expect(within(ocop).getByRole("radio", { name: "Từ 3★ (13)" })).toBeInTheDocument();
  });

  it("puts every choice in the URL and asks the API with it; a filter change starts again at page 1", async () => {
    const api = fakeApi({ "GET /products": { body: productList() }, "GET /categories": { body: { items: [] } } });
    renderPage(<SearchPage />, { url: "/tim-kiem?q=ca+phe&page=2" });
    const location = () => screen.getByTestId("location").textContent;

    await userEvent.click(await screen.findByRole("radio", { name: /Cà phê/ }));
    await waitFor(() => expect(location()).toBe("/tim-kiem?q=ca+phe&category=ca-phe"));

    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Tỉnh, thành phố" }), "quang-tri");
    await userEvent.click(screen.getByRole("radio", { name: "Từ 4★ (3)" }));
    await userEvent.type(screen.getByRole("textbox", { name: "Giá cao nhất (đồng)" }), "200000");
    await userEvent.click(screen.getByRole("button", { name: "Áp dụng" }));
    await userEvent.click(screen.getByRole("checkbox", { name: "Chỉ hàng còn sẵn" }));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Sắp xếp" }), "price_asc");

    const url = "/tim-kiem?q=ca+phe&category=ca-phe&province=quang-tri&ocopMin=4&maxPrice=200000&inStock=1&sort=price_asc";
    await waitFor(() => expect(location()).toBe(url));
    await waitFor(() => {
      const last = api.callsTo("GET", "/products").at(-1)!.query;
      expect(Object.fromEntries(last)).toEqual({
        q: "ca phe",
        category: "ca-phe",
        province: "quang-tri",
        ocopMin: "4",
        maxPrice: "200000",
        inStock: "true",
        sort: "price_asc",
        limit: "24",
      });
    });

    // The active filters are chips; one removes itself, "clear" keeps only the query and sort.
    await userEvent.click(screen.getByRole("button", { name: "Bỏ bộ lọc Quảng Trị" }));
    await waitFor(() => expect(location()).not.toContain("province"));
    await userEvent.click(screen.getAllByRole("button", { name: "Xóa bộ lọc" })[0]!);
    await waitFor(() => expect(location()).toBe("/tim-kiem?q=ca+phe&sort=price_asc"));
  });

  it("opens the filters as a modal sheet that keeps the keyboard inside, and gives focus back when closed", async () => {
    fakeApi({ "GET /products": { body: productList() }, "GET /categories": { body: { items: [] } } });
    const user = userEvent.setup();
    renderPage(<SearchPage />, { url: "/tim-kiem?q=ca+phe" });
    const opener = screen.getByRole("button", { name: "Bộ lọc" });
    await user.click(opener);
    const sheet = screen.getByRole("dialog", { name: "Bộ lọc" });
    expect(screen.getByRole("heading", { name: "Bộ lọc" })).toHaveFocus();

    // Shift+Tab from the start lands on the last control of the sheet; Tab from there comes back to the first.
    await user.tab({ shift: true });
    const last = document.activeElement!;
    expect(sheet).toContainElement(last as HTMLElement);
    await user.tab();
    expect(sheet).toContainElement(document.activeElement as HTMLElement);
    expect(document.activeElement).toBe(within(sheet).getByRole("button", { name: "Đóng" }));
    for (let i = 0; i < 30; i++) {
      await user.tab();
      expect(sheet).toContainElement(document.activeElement as HTMLElement);
    }

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog", { name: "Bộ lọc" })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it("says so when nothing matches, and offers a way out", async () => {
    fakeApi({ "GET /products": { body: { ...productList([]), total: 0 } }, "GET /categories": { body: { items: [] } } });
    renderPage(<SearchPage />, { url: "/tim-kiem?q=xyzzy&inStock=1" });
    expect(await screen.findByRole("heading", { name: "Chưa tìm thấy sản phẩm phù hợp" })).toBeInTheDocument();
    expect(screen.getByText(/Không có sản phẩm nào khớp với “xyzzy”/)).toBeInTheDocument();
  });

  it("shows an error with a retry when the listing fails", async () => {
    fakeApi({
      "GET /products": { status: 503, body: { error: { code: "unavailable", message: "down" } } },
      "GET /categories": { body: { items: [] } },
    });
    renderPage(<SearchPage />, { url: "/tim-kiem?q=mat+ong" });
    expect(await screen.findByRole("alert")).toHaveTextContent("Có lỗi xảy ra");
    expect(screen.getByRole("button", { name: "Thử lại" })).toBeInTheDocument();
  });
});
