import type { VietQr } from "@chophien/contracts";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPage } from "@/test/render";
import { VietQrPanel } from "./vietqr-panel";

const qr: VietQr = {
  payload: "000201010212",
  imageUrl: "data:image/png;base64,iVBORw0KGgo=",
  bankBin: "970436",
  accountNo: "0011009999999",
  accountName: "CHO PHIEN DEMO",
  amount: 235000,
  note: "CP202611287Q4K9XZ2",
  expiresAt: "2026-11-28T03:30:00.000Z",
  sandboxUrl: "/bank-sandbox?amount=235000&note=CP202611287Q4K9XZ2",
};

describe("VietQrPanel", () => {
  it("shows the QR, the amount and the note big, the account, and copies the note", async () => {
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    renderPage(<VietQrPanel qr={qr} orderCode="CP-20261128-7Q4K-9XZ2" sandboxUrl={qr.sandboxUrl} />);
    expect(screen.getByRole("heading", { name: "Chuyển khoản để thanh toán" })).toBeInTheDocument();
    expect(screen.getByRole("img", { name: /Mã VietQR chuyển 235\.000/ })).toHaveAttribute("src", qr.imageUrl);
    expect(screen.getByTestId("vietqr-amount")).toHaveTextContent(/^235\.000\s₫$/);
    expect(screen.getByTestId("vietqr-note")).toHaveTextContent("CP202611287Q4K9XZ2");
    expect(screen.getByText("0011009999999")).toBeInTheDocument();
    expect(screen.getByText(/10:30/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Sao chép Nội dung chuyển khoản" }));
    expect(writeText).toHaveBeenCalledWith("CP202611287Q4K9XZ2");
    expect(await screen.findByText("Đã chép")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Thanh toán thử ở ngân hàng thử nghiệm" })).toHaveAttribute("href", qr.sandboxUrl);
  });
});
