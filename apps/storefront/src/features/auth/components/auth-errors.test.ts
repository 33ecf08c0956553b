import { ApiError } from "@chophien/web";
import i18n from "@/app/i18n";
import { authErrorMessage } from "./auth-errors";

const refused = (path: string) =>
  new ApiError(400, { code: "validation_failed", message: "Some fields are invalid", details: [{ path, message: "…" }] });

describe("sign-up errors", () => {
  it("say why a password was refused (too common, or the shopper's own name or e-mail)", () => {
    const t = i18n.getFixedT("vi");
    expect(authErrorMessage(refused("body.password"), t)).toBe(
      "Mật khẩu này quá phổ biến hoặc có chứa tên, email của bạn. Hãy chọn mật khẩu khác.",
    );
    expect(authErrorMessage(refused("body.phone"), t)).toBe(t("auth.errors.invalid"));
  });
});
