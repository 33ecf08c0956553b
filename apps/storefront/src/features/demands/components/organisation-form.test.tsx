import { fakeApi } from "@chophien/web/testing";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPage } from "@/test/render";
import { OrganisationForm } from "./organisation-form";

async function fill(taxCode: string) {
  await userEvent.type(screen.getByLabelText("Tên doanh nghiệp"), "Siêu thị Hòa Bình");
  await userEvent.type(screen.getByLabelText("Mã số thuế"), taxCode);
  await userEvent.selectOptions(screen.getByLabelText("Loại hình"), "retailer");
  await userEvent.selectOptions(screen.getByLabelText("Tỉnh, thành phố"), "quang-tri");
  await userEvent.type(screen.getByLabelText("Địa chỉ"), "12 Hùng Vương, Đông Hà");
  await userEvent.type(screen.getByLabelText("Số điện thoại"), "0912 345 678");
  await userEvent.click(screen.getByRole("button", { name: "Gửi đăng ký" }));
}

describe("registering my organisation", () => {
  it("refuses a tax code whose check digit is wrong without sending it", async () => {
    const api = fakeApi({});
    renderPage(<OrganisationForm />);
    await fill("0300588568");
    expect(screen.getByLabelText("Mã số thuế")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText(/Mã số thuế không hợp lệ/)).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });

  it("sends a branch's tax code in its normal form, and says so readably when it is taken (409)", async () => {
    const api = fakeApi({
      "POST /me/organisation": {
        status: 409,
        body: { error: { code: "conflict", message: "An organisation with this tax code is already registered" } },
      },
    });
    renderPage(<OrganisationForm />);
    await fill("0300588569001");
    expect(await screen.findByRole("alert")).toHaveTextContent("Mã số thuế này đã được đăng ký");
    expect(api.calls.at(-1)?.body).toEqual({
      name: "Siêu thị Hòa Bình",
      taxCode: "0300588569-001",
      kind: "retailer",
      province: "quang-tri",
      address: "12 Hùng Vương, Đông Hà",
      phone: "0912345678",
    });
  });
});
