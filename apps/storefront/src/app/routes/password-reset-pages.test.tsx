import { fakeApi } from "@chophien/web/testing";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPage } from "@/test/render";
import { user } from "@/test/fixtures";
import { ForgotPasswordPage } from "./forgot-password-page";
import { ResetPasswordPage } from "./reset-password-page";

const TOKEN = "abcdefghijklmnopqrstuvwxyz0123";

describe("forgot password", () => {
  it("asks for a link and says the same whatever the address", async () => {
    const api = fakeApi({ "POST /auth/password-reset": { status: 202, body: { ok: true } } });
    renderPage(<ForgotPasswordPage />, { path: "/quen-mat-khau", url: "/quen-mat-khau" });
    await userEvent.type(screen.getByLabelText("Email"), "lan@example.vn");
    await userEvent.click(screen.getByRole("button", { name: "Gửi liên kết" }));
    expect(await screen.findByText(/Nếu email này có tài khoản Chợ Phiên/)).toHaveAttribute("role", "status");
    expect(api.callsTo("POST", "/auth/password-reset").map((c) => c.body)).toEqual([{ email: "lan@example.vn" }]);
  });

  it("checks the address before asking", async () => {
    const api = fakeApi({});
    renderPage(<ForgotPasswordPage />, { path: "/quen-mat-khau", url: "/quen-mat-khau" });
    await userEvent.type(screen.getByLabelText("Email"), "lan@");
    await userEvent.click(screen.getByRole("button", { name: "Gửi liên kết" }));
    expect(await screen.findByText("Email chưa đúng định dạng.")).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });
});

describe("reset password from the mailed link", () => {
  const page = () => renderPage(<ResetPasswordPage />, { path: "/dat-lai-mat-khau", url: `/dat-lai-mat-khau#token=${TOKEN}` });

  it("sets the new password with the fragment's token, drops it from the address bar and goes home signed in", async () => {
    const api = fakeApi({
      "POST /auth/password-reset/confirm": { status: 200, body: { user, accessToken: "a.b.c", expiresIn: 900 } },
    });
    page();
    await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent(/^\/dat-lai-mat-khau$/));
    await userEvent.type(screen.getByLabelText("Mật khẩu mới"), "mot-mat-khau-moi");
    await userEvent.type(screen.getByLabelText("Nhập lại mật khẩu mới"), "mot-mat-khau-moi");
    await userEvent.click(screen.getByRole("button", { name: "Lưu mật khẩu mới" }));
    await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent(/^\/$/));
    expect(api.callsTo("POST", "/auth/password-reset/confirm").map((c) => c.body)).toEqual([
      { token: TOKEN, password: "mot-mat-khau-moi" },
    ]);
  });

  it("refuses two different entries without asking the server", async () => {
    const api = fakeApi({});
    page();
    await userEvent.type(screen.getByLabelText("Mật khẩu mới"), "mot-mat-khau-moi");
    await userEvent.type(screen.getByLabelText("Nhập lại mật khẩu mới"), "mot-mat-khau-khac");
    await userEvent.click(screen.getByRole("button", { name: "Lưu mật khẩu mới" }));
    expect(await screen.findByText("Hai lần nhập chưa giống nhau.")).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });

  it("says when the link no longer works and offers a new one", async () => {
    fakeApi({
      "POST /auth/password-reset/confirm": {
        status: 400,
        body: { error: { code: "bad_request", message: "expired", details: [{ path: "body.token", message: "expired" }] } },
      },
    });
    page();
    await userEvent.type(screen.getByLabelText("Mật khẩu mới"), "mot-mat-khau-moi");
    await userEvent.type(screen.getByLabelText("Nhập lại mật khẩu mới"), "mot-mat-khau-moi");
    await userEvent.click(screen.getByRole("button", { name: "Lưu mật khẩu mới" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Liên kết này không dùng được nữa");
    expect(screen.getByRole("link", { name: "Gửi liên kết mới" })).toHaveAttribute("href", "/quen-mat-khau");
  });

  it("explains a password the market refuses, and keeps the form", async () => {
    fakeApi({
      "POST /auth/password-reset/confirm": {
        status: 400,
        body: {
          error: { code: "validation_failed", message: "common", details: [{ path: "body.password", message: "common" }] },
        },
      },
    });
    page();
    await userEvent.type(screen.getByLabelText("Mật khẩu mới"), "123456789a");
    await userEvent.type(screen.getByLabelText("Nhập lại mật khẩu mới"), "123456789a");
    await userEvent.click(screen.getByRole("button", { name: "Lưu mật khẩu mới" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Mật khẩu này quá phổ biến");
    expect(screen.getByRole("button", { name: "Lưu mật khẩu mới" })).toBeInTheDocument();
  });
});
