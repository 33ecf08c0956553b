import { fakeApi } from "@chophien/web/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { product } from "@/test/fixtures";
import { renderWithApp } from "@/test/render";
import { DEMAND_ID, demand, OFFER_ID, offer } from "./demand-fixtures";
import { DemandDetail } from "./demand-detail";
import { MyOffers } from "./my-offers";

const ARABICA = "aaaaaaaa-0000-4000-8000-000000000001";
const ROBUSTA = "aaaaaaaa-0000-4000-8000-000000000002";
const products = {
  items: [
    product({ id: ARABICA, name: "Cà phê Arabica Khe Sanh rang mộc", unit: "kg" }),
    product({ id: ROBUSTA, name: "Cà phê Robusta Hướng Hóa", unit: "kg" }),
  ],
  total: 2,
  page: 1,
  limit: 60,
};
const chosen = { id: ARABICA, name: "Cà phê Arabica Khe Sanh rang mộc", slug: "ca-phe-arabica", unit: "kg" };

describe("a demand's offer form names the stall's product", () => {
  it("offers only the stall's active products and sends the chosen one as productId", async () => {
    const api = fakeApi({
      "GET /seller/demand-offers": { body: { items: [] } },
      "GET /seller/products": { body: products },
      [`POST /demands/${DEMAND_ID}/offers`]: { body: { offer: offer() } },
    });
    const user = userEvent.setup();
    renderWithApp(<DemandDetail demand={demand({ respondBy: "2099-01-01T00:00:00.000Z" })} />);
    const form = await screen.findByRole("form", { name: "Chào giá" });
    const select = within(form).getByLabelText("Sản phẩm");
    await within(form).findByRole("option", { name: "Cà phê Robusta Hướng Hóa (kg)" });
    expect(
      within(select)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["— Chưa chọn —", "Cà phê Arabica Khe Sanh rang mộc (kg)", "Cà phê Robusta Hướng Hóa (kg)"]);
    expect(api.callsTo("GET", "/seller/products")[0]!.query.get("status")).toBe("active");
    await user.type(within(form).getByLabelText("Số lượng (kg)"), "500");
    await user.type(within(form).getByLabelText("Giá mỗi kg (₫)"), "210.000");
    await user.type(within(form).getByLabelText("Lời nhắn cho bên mua"), "Rang mộc");
    await user.selectOptions(select, ROBUSTA);
    await user.click(within(form).getByRole("button", { name: "Gửi chào giá" }));
    expect(await screen.findByText("Đã gửi chào giá. Theo dõi ở Chào giá của tôi.")).toBeInTheDocument();
    expect(api.callsTo("POST", `/demands/${DEMAND_ID}/offers`)[0]!.body).toEqual({
      quantity: 500,
      unitPrice: 210000,
      message: "Rang mộc",
      productId: ROBUSTA,
    });
  });

  it("sends no productId when none is chosen, and says a refused product apart from too much quantity", async () => {
    let posts = 0;
    const api = fakeApi({
      "GET /seller/demand-offers": { body: { items: [] } },
      "GET /seller/products": { body: products },
      [`POST /demands/${DEMAND_ID}/offers`]: () =>
        ++posts === 1
          ? { body: { offer: offer() } }
          : {
              status: 422,
              body: {
                error: {
                  code: "unprocessable",
                  message: "x",
                  details: [{ path: "body.productId", message: "This product is archived" }],
                },
              },
            },
    });
    const user = userEvent.setup();
    renderWithApp(<DemandDetail demand={demand({ respondBy: "2099-01-01T00:00:00.000Z" })} />);
    const form = await screen.findByRole("form", { name: "Chào giá" });
    await user.type(within(form).getByLabelText("Số lượng (kg)"), "500");
    await user.type(within(form).getByLabelText("Giá mỗi kg (₫)"), "210.000");
    await user.type(within(form).getByLabelText("Lời nhắn cho bên mua"), "Rang mộc");
    await user.click(within(form).getByRole("button", { name: "Gửi chào giá" }));
    await waitFor(() => expect(api.callsTo("POST", `/demands/${DEMAND_ID}/offers`)).toHaveLength(1));
    expect(api.callsTo("POST", `/demands/${DEMAND_ID}/offers`)[0]!.body).toEqual({
      quantity: 500,
      unitPrice: 210000,
      message: "Rang mộc",
    });
    await user.selectOptions(within(form).getByLabelText("Sản phẩm"), ARABICA);
    await user.click(within(form).getByRole("button", { name: "Gửi chào giá" }));
    expect(await within(form).findByRole("alert")).toHaveTextContent("không phải sản phẩm đang bán của gian hàng");
    expect(api.callsTo("POST", `/demands/${DEMAND_ID}/offers`)[1]!.body).toMatchObject({ productId: ARABICA });
  });
});

describe("my offers name their product", () => {
  const mine = (items: unknown[], post?: Parameters<typeof fakeApi>[0][string]) =>
    fakeApi({
      "GET /seller/demand-offers": { body: { items } },
      [`GET /demands/${DEMAND_ID}`]: { body: { demand: demand() } },
      "GET /seller/products": { body: products },
      ...(post && { [`POST /seller/demand-offers/${OFFER_ID}/product`]: post }),
    });

  it("links the offer's product to its page in the console and changes it with select and save", async () => {
    const api = mine([offer({ status: "shortlisted", product: chosen })], {
      body: { offer: offer({ status: "shortlisted", product: { ...chosen, id: ROBUSTA } }) },
    });
    const user = userEvent.setup();
    renderWithApp(<MyOffers />);
    expect(await screen.findByRole("link", { name: "Cà phê Arabica Khe Sanh rang mộc" })).toHaveAttribute(
      "href",
      `/seller/products/${ARABICA}`,
    );
    await user.click(screen.getByRole("button", { name: "Đổi sản phẩm" }));
    const form = screen.getByRole("form", { name: "Chọn sản phẩm cho chào giá" });
    const select = within(form).getByLabelText("Sản phẩm");
    await within(form).findByRole("option", { name: "Cà phê Robusta Hướng Hóa (kg)" });
    expect(select).toHaveValue(ARABICA);
    await user.selectOptions(select, ROBUSTA);
    await user.click(within(form).getByRole("button", { name: "Lưu sản phẩm" }));
    expect(await screen.findByText("Đã lưu sản phẩm của chào giá.")).toBeInTheDocument();
    expect(api.callsTo("POST", `/seller/demand-offers/${OFFER_ID}/product`)[0]!.body).toEqual({ productId: ROBUSTA });
    expect(screen.queryByRole("form", { name: "Chọn sản phẩm cho chào giá" })).toBeNull();
  });

  it("hints that the buyer needs a product on an award without one, and says a 422 and a 409 plainly", async () => {
    let posts = 0;
    const api = mine([offer({ status: "awarded", awardedQuantity: 500 })], () =>
      ++posts === 1
        ? { status: 422, body: { error: { code: "unprocessable", message: "x" } } }
        : { status: 409, body: { error: { code: "conflict", message: "x" } } },
    );
    const user = userEvent.setup();
    renderWithApp(<MyOffers />);
    expect(await screen.findByText("Người mua cần bạn chọn sản phẩm để tạo đơn hàng")).toBeInTheDocument();
    expect(screen.getByText("Chưa chọn")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Chọn sản phẩm" }));
    const form = screen.getByRole("form", { name: "Chọn sản phẩm cho chào giá" });
    await user.click(within(form).getByRole("button", { name: "Lưu sản phẩm" }));
    expect(within(form).getByLabelText("Sản phẩm")).toHaveAttribute("aria-invalid", "true");
    expect(api.callsTo("POST", `/seller/demand-offers/${OFFER_ID}/product`)).toHaveLength(0);
    await within(form).findByRole("option", { name: "Cà phê Arabica Khe Sanh rang mộc (kg)" });
    await user.selectOptions(within(form).getByLabelText("Sản phẩm"), ARABICA);
    await user.click(within(form).getByRole("button", { name: "Lưu sản phẩm" }));
    expect(await within(form).findByRole("alert")).toHaveTextContent("không phải sản phẩm đang bán của gian hàng");
    await user.click(within(form).getByRole("button", { name: "Lưu sản phẩm" }));
    expect(await within(form).findByRole("alert")).toHaveTextContent("phần được chốt đã thành đơn hàng");
    expect(api.callsTo("POST", `/seller/demand-offers/${OFFER_ID}/product`)[0]!.body).toEqual({ productId: ARABICA });
  });

  it("offers no product change once the award became orders, nor on a declined or withdrawn offer", async () => {
    const ORDER = "99999999-0000-4000-8000-000000000009";
    const others = ["declined", "withdrawn"].map((status, i) =>
      offer({ id: `55555555-5555-4555-8555-00000000000${i}`, status: status as "declined" | "withdrawn" }),
    );
    mine([offer({ status: "awarded", awardedQuantity: 500, product: chosen, orderIds: [ORDER] }), ...others]);
    renderWithApp(<MyOffers />);
    expect(await screen.findByRole("link", { name: "Cà phê Arabica Khe Sanh rang mộc" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Đổi sản phẩm" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Chọn sản phẩm" })).toBeNull();
    expect(screen.queryByText("Người mua cần bạn chọn sản phẩm để tạo đơn hàng")).toBeNull();
  });
});
