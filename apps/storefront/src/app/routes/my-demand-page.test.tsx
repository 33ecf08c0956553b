import { fakeApi } from "@chophien/web/testing";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DEMAND_ID, myDemand, offer, user } from "@/test/fixtures";
import { renderPage } from "@/test/render";
import { resetSessionForTests } from "@/shared/session/session-store";
import { MyDemandPage } from "./my-demand-page";

const URL = `/tai-khoan/nhu-cau/${DEMAND_ID}`;
const open = () => myDemand(offer({ status: "open", contacts: null }), { status: "open", awardedQuantity: 0 });

describe("managing one of my demands", () => {
  beforeEach(() => resetSessionForTests({ status: "signed-in", user }, "token"));

  it("shows the cap left and each offer", async () => {
    fakeApi({ [`GET /me/demands/${DEMAND_ID}`]: { body: { demand: open() } } });
    renderPage(<MyDemandPage />, { url: URL, path: "/tai-khoan/nhu-cau/:id" });
    expect(await screen.findByRole("heading", { level: 1, name: "Thu mua cà phê rang mộc" })).toBeInTheDocument();
    expect(screen.getByTestId("awarded-summary")).toHaveTextContent("Đã trao 0 / tối đa 1.050 kg");
    expect(screen.getByRole("heading", { name: "Báo giá (1)" })).toBeInTheDocument();
    expect(screen.getByRole("article", { name: "Cà phê Tà Cơn Khe Sanh" })).toBeInTheDocument();
  });

  it("closes the demand after asking, and words a 409 readably", async () => {
    const api = fakeApi({
      [`GET /me/demands/${DEMAND_ID}`]: { body: { demand: open() } },
      [`POST /demands/${DEMAND_ID}/close`]: {
        status: 409,
        body: { error: { code: "conflict", message: "A expired demand cannot be closed" } },
      },
    });
    const confirm = jest.spyOn(window, "confirm").mockReturnValueOnce(false).mockReturnValueOnce(true);
    renderPage(<MyDemandPage />, { url: URL, path: "/tai-khoan/nhu-cau/:id" });
    const close = await screen.findByRole("button", { name: "Đóng nhu cầu" });
    await userEvent.click(close);
    expect(api.callsTo("POST", `/demands/${DEMAND_ID}/close`)).toHaveLength(0);
    await userEvent.click(close);
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(await screen.findByRole("alert")).toHaveTextContent("Nhu cầu hoặc báo giá vừa đổi trạng thái");
    expect(api.callsTo("POST", `/demands/${DEMAND_ID}/close`)).toHaveLength(1);
  });

  it("says a demand that is not mine is not found", async () => {
    fakeApi({});
    renderPage(<MyDemandPage />, { url: URL, path: "/tai-khoan/nhu-cau/:id" });
    expect(await screen.findByText("Không tìm thấy trang")).toBeInTheDocument();
  });

  it("starts an award's orders from my default saved address", async () => {
    const awarded = offer({
      status: "awarded",
      awardedQuantity: 450,
      product: { id: "p1", name: "Cà phê rang mộc Tà Cơn", slug: "ca-phe-rang-moc", unit: "kg" },
    });
    const saved = (id: string, fullName: string, isDefault: boolean) => ({
      id,
      fullName,
      phone: "0912345678",
      province: "quang-tri",
      ward: "Phường Đông Hà",
      street: "12 Lê Duẩn",
      isDefault,
      createdAt: "2026-06-01T03:00:00.000Z",
    });
    fakeApi({
      [`GET /me/demands/${DEMAND_ID}`]: { body: { demand: myDemand(awarded) } },
      "GET /me/addresses": {
        body: { items: [saved("a2", "Người Khác", false), saved("a1", "Lê Văn Mua", true)] },
      },
    });
    renderPage(<MyDemandPage />, { url: URL, path: "/tai-khoan/nhu-cau/:id" });
    await userEvent.click(await screen.findByRole("button", { name: "Tạo đơn hàng" }));
    expect(await screen.findByLabelText(/^Họ và tên người nhận/)).toHaveValue("Lê Văn Mua");
  });
});
