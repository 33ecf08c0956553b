import type { SellerProduct } from "@chophien/contracts";
import { fakeApi, validationError } from "@chophien/web/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeXhr } from "@/test/fake-xhr";
import { COFFEE, PEPPER, PRODUCT_ID, categories, image, photo, product } from "@/test/fixtures";
import { renderWithApp } from "@/test/render";
import { ProductEditor } from "./product-editor";

const field = (name: RegExp) => screen.getByRole("textbox", { name });
const errorOf = (name: RegExp) => {
  const input = screen.getByLabelText(name);
  const id = input
    .getAttribute("aria-describedby")
    ?.split(" ")
    .find((i) => i.endsWith("-error"));
  return id ? document.getElementById(id)?.textContent : undefined;
};

async function fillValidProduct(user: ReturnType<typeof userEvent.setup>) {
  await user.type(field(/Tên sản phẩm/), "Cà phê Arabica Khe Sanh rang mộc 500g");
  await user.selectOptions(await screen.findByLabelText("Danh mục"), COFFEE);
  await user.type(field(/Giá bán/), "120.000");
  await user.type(field(/Đơn vị bán/), "gói 500g");
  await user.type(field(/Số lượng trong kho/), "40");
}

describe("ProductEditor", () => {
  let restoreXhr: () => void;
  beforeEach(() => {
    restoreXhr = FakeXhr.install();
  });
  afterEach(() => restoreXhr());

  it("checks the form with the contract's schema: inline errors on every missing field, focus on the first, nothing sent", async () => {
    const api = fakeApi({ "GET /categories": { body: categories } });
    const user = userEvent.setup();
    renderWithApp(<ProductEditor onSaved={jest.fn()} />);
    await screen.findByRole("option", { name: "Cà phê" });

    await user.click(screen.getByRole("button", { name: "Lưu sản phẩm" }));

    expect(errorOf(/Tên sản phẩm/)).toBe("Cần ít nhất 3 ký tự");
    expect(errorOf(/Danh mục/)).toBe("Vui lòng điền mục này");
    expect(errorOf(/Giá bán/)).toBe("Vui lòng điền mục này");
    expect(errorOf(/Đơn vị bán/)).toBe("Vui lòng điền mục này");
    expect(errorOf(/Số lượng trong kho/)).toBe("Vui lòng điền mục này");
    expect(screen.getByText("Còn 5 mục cần sửa")).toBeInTheDocument();
    await waitFor(() => expect(field(/Tên sản phẩm/)).toHaveFocus());
    expect(api.callsTo("POST", "/seller/products")).toHaveLength(0);
  });

  it("refuses letters in a price and an original price that is not above the price, and clears an error as the seller types", async () => {
    fakeApi({ "GET /categories": { body: categories } });
    const user = userEvent.setup();
    renderWithApp(<ProductEditor onSaved={jest.fn()} />);
    await fillValidProduct(user);
    await user.type(field(/Giá gốc/), "100000");
    await user.click(screen.getByRole("button", { name: "Lưu sản phẩm" }));
    expect(errorOf(/Giá gốc/)).toBe("Giá gốc phải cao hơn giá bán");

    await user.clear(field(/Giá bán/));
    await user.type(field(/Giá bán/), "mười nghìn");
    await user.click(screen.getByRole("button", { name: "Lưu sản phẩm" }));
    expect(errorOf(/Giá bán/)).toBe("Vui lòng nhập một số");
    await user.type(field(/Giá bán/), "1");
    expect(errorOf(/Giá bán/)).toBeUndefined();
  });

  it("creates the product with whole đồng parsed from '120.000', the chosen status (never OCOP stars: those come from verified certificates), then uploads the waiting photos", async () => {
    const created = product({ images: [] });
    const api = fakeApi({
      "GET /categories": { body: categories },
      "POST /seller/products": { status: 201, body: { product: created } },
    });
    const onSaved = jest.fn<void, [SellerProduct, number]>();
    const user = userEvent.setup({ applyAccept: false });
    renderWithApp(<ProductEditor onSaved={onSaved} />);
    await fillValidProduct(user);
    await user.type(field(/Khối lượng/), "520");
    await user.click(screen.getByRole("radio", { name: /Nháp/ }));
    await user.upload(screen.getByLabelText(/Chọn ảnh/), photo("mat-truoc.jpg"));
    expect(screen.getByText("Chờ lưu sản phẩm")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Lưu sản phẩm" }));

    await waitFor(() => expect(api.callsTo("POST", "/seller/products")).toHaveLength(1));
    expect(api.callsTo("POST", "/seller/products")[0]!.body).toEqual({
      name: "Cà phê Arabica Khe Sanh rang mộc 500g",
      description: null,
      categoryId: COFFEE,
      price: 120000,
      compareAtPrice: null,
      unit: "gói 500g",
      weightGrams: 520,
      stock: 40,
      status: "draft",
      originProvince: null,
    });
    // The waiting photo goes up to the new product's id, in the multipart field the API reads.
    await waitFor(() => expect(FakeXhr.requests).toHaveLength(1));
    expect(FakeXhr.requests[0]!.url).toBe(`/api/seller/products/${PRODUCT_ID}/images`);
    expect(FakeXhr.requests[0]!.file()?.name).toBe("mat-truoc.jpg");
    await FakeXhr.requests[0]!.respond(201, { image: image() });
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(created, 0));
  });

  it("puts the API's field errors (body.price, body.categoryId) beside the fields they are about", async () => {
    fakeApi({
      "GET /categories": { body: categories },
      "POST /seller/products": validationError([
        { path: "body.categoryId", message: "No such category" },
        { path: "body.price", message: "Too big" },
      ]),
    });
    const onSaved = jest.fn();
    const user = userEvent.setup();
    renderWithApp(<ProductEditor onSaved={onSaved} />);
    await fillValidProduct(user);
    await user.click(screen.getByRole("button", { name: "Lưu sản phẩm" }));

    await waitFor(() => expect(errorOf(/Giá bán/)).toBe("Too big"));
    expect(errorOf(/Danh mục/)).toBe("No such category");
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("edits an existing product: fields prefilled, cleared optional fields sent as null so the API removes them", async () => {
    const api = fakeApi({
      "GET /categories": { body: categories },
      [`PATCH /seller/products/${PRODUCT_ID}`]: ({ body }) => ({ body: { product: product(body as Partial<SellerProduct>) } }),
    });
    const onSaved = jest.fn();
    const user = userEvent.setup();
    renderWithApp(<ProductEditor product={product({ compareAtPrice: 150000, images: [image()] })} onSaved={onSaved} />);
    expect(field(/Tên sản phẩm/)).toHaveValue("Cà phê Arabica Khe Sanh rang mộc");
    // The product's star is shown, read-only, with the way to the certificates page.
    expect(screen.getByRole("link", { name: "Quản lý chứng nhận OCOP" })).toHaveAttribute("href", "/seller/certificates");
    expect(screen.getByRole("radio", { name: /Lưu trữ/ })).toBeInTheDocument();

    await user.clear(field(/Giá gốc/));
    await user.clear(field(/Mô tả/));
    await user.selectOptions(await screen.findByLabelText("Danh mục"), PEPPER);
    await user.click(screen.getByRole("button", { name: "Lưu" }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(api.callsTo("PATCH", `/seller/products/${PRODUCT_ID}`)[0]!.body).toMatchObject({
      categoryId: PEPPER,
      compareAtPrice: null,
      description: null,
      price: 120000,
    });
  });

  it("asks before deleting, and says so when the API archived it instead (it had orders)", async () => {
    const archived = product({ status: "archived" });
    const api = fakeApi({
      "GET /categories": { body: categories },
      [`DELETE /seller/products/${PRODUCT_ID}`]: { body: { product: archived } },
    });
    const onDeleted = jest.fn();
    const user = userEvent.setup();
    renderWithApp(<ProductEditor product={product()} onSaved={jest.fn()} onDeleted={onDeleted} />);

    await user.click(screen.getByRole("button", { name: "Xoá sản phẩm" }));
    const dialog = screen.getByRole("dialog", { name: "Xoá sản phẩm này?" });
    await user.click(within(dialog).getByRole("button", { name: "Huỷ" }));
    expect(api.callsTo("DELETE", `/seller/products/${PRODUCT_ID}`)).toHaveLength(0);

    await user.click(screen.getByRole("button", { name: "Xoá sản phẩm" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Xoá sản phẩm" }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith(archived));
  });
});
