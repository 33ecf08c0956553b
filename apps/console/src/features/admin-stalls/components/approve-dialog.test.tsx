import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithApp } from "@/test/render";
import { ApproveDialog } from "./approve-dialog";

describe("ApproveDialog", () => {
  it("asks for confirmation and passes the optional message (trimmed), or none", async () => {
    const onApprove = jest.fn();
    const user = userEvent.setup();
    const { rerender } = renderWithApp(
      <ApproveDialog open stallName="Mật ong Hướng Hóa" busy={false} error={null} onClose={jest.fn()} onApprove={onApprove} />,
    );
    const dialog = screen.getByRole("dialog", { name: "Duyệt gian hàng Mật ong Hướng Hóa?" });
    await user.type(within(dialog).getByLabelText("Lời nhắn cho người đăng ký (không bắt buộc)"), "  Chào mừng bạn!  ");
    await user.click(within(dialog).getByRole("button", { name: "Duyệt" }));
    expect(onApprove).toHaveBeenLastCalledWith("Chào mừng bạn!");
    await user.clear(within(dialog).getByLabelText("Lời nhắn cho người đăng ký (không bắt buộc)"));
    await user.click(within(dialog).getByRole("button", { name: "Duyệt" }));
    expect(onApprove).toHaveBeenLastCalledWith(undefined);
    rerender(<></>);
  });

  it("does nothing until confirmed: closing sends nothing", async () => {
    const onApprove = jest.fn();
    const onClose = jest.fn();
    renderWithApp(<ApproveDialog open stallName="X" busy={false} error={null} onClose={onClose} onApprove={onApprove} />);
    await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: /Hủy|Huỷ|Đóng/ }));
    expect(onClose).toHaveBeenCalled();
    expect(onApprove).not.toHaveBeenCalled();
  });
});
