import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPage } from "@/test/render";
import { ShippingEstimate } from "./shipping-estimate";

const text = (el: HTMLElement) => el.textContent?.replace(/\s/g, " ");

describe("ShippingEstimate", () => {
  beforeEach(() => localStorage.clear());

  it("asks for the province first, then shows the order's fee and the delivery time, and remembers the choice", async () => {
    const { unmount } = renderPage(<ShippingEstimate price={120000} stallProvince="quang-tri" />);
    expect(screen.getByText("Chọn tỉnh/thành để xem phí vận chuyển và thời gian giao.")).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Giao đến" }), "hue");
    expect(text(screen.getByTestId("shipping-estimate"))).toContain("Phí vận chuyển 35.000 ₫");
    expect(screen.getByTestId("shipping-estimate")).toHaveTextContent("2–5 ngày làm việc, từ Quảng Trị");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Giao đến" }), "quang-tri");
    expect(text(screen.getByTestId("shipping-estimate"))).toContain("Phí vận chuyển 20.000 ₫");
    expect(screen.getByTestId("shipping-estimate")).toHaveTextContent("1–2 ngày");
    unmount();
    // The next product page starts from the saved province.
    renderPage(<ShippingEstimate price={120000} stallProvince="ha-noi" />);
    expect(screen.getByRole("combobox", { name: "Giao đến" })).toHaveValue("quang-tri");
    expect(text(screen.getByTestId("shipping-estimate"))).toContain("35.000 ₫");
  });

  it("is free from 500.000 ₫ of goods", () => {
    localStorage.setItem("cp_province", "ha-noi");
    renderPage(<ShippingEstimate price={650000} stallProvince="quang-tri" />);
    expect(screen.getByTestId("shipping-estimate")).toHaveTextContent("Miễn phí vận chuyển");
  });
});
