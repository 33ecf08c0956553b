import { DEFAULT_PASSWORD, accessTokenFor, buildUser, uniqueEmail } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";
import { isCommonPassword } from "./password-policy";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const register = (body: Record<string, unknown>) => t.http.post("/api/auth/register").send(body);

describe("common passwords", () => {
  it("knows the bundled 10,000 and the Vietnamese favourites, in any case", () => {
    for (const p of ["password", "12345678", "qwerty123", "iloveyou", "PassWord1", "sunshine"])
      expect(isCommonPassword(p)).toBe(true);
    for (const p of ["matkhau", "MatKhau123", "anhyeuem", "anhyeuem123", "EmYeuAnh", "123456789a", "vietnam2025"])
      expect(isCommonPassword(p)).toBe(true);
    for (const p of ["hanoi123", "saigon1234", "quangtri", "chophien@123", "Matkhau!"]) expect(isCommonPassword(p)).toBe(true);
    expect(isCommonPassword("cà-phê-khe-sanh-sáng-sớm")).toBe(false);
  });

  it.each(["12345678", "Password1", "matkhau123", "ANHYEUEM123", "123456789a", "chophien123"])(
    "are refused at registration with a readable 400 (%s)",
    async (password) => {
      const res = await register({ email: uniqueEmail(), password, fullName: "Trần Bình" });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
      expect(res.body.error.details).toEqual([{ path: "body.password", message: expect.stringMatching(/too common/) }]);
    },
  );
});

describe("personal passwords", () => {
  it.each([
    ["the e-mail's local part", "thanhhuong.dev@example.vn", "Phạm Hà", "Thanhhuong.dev!2026"],
    ["a word of the e-mail", "thanhhuong.dev@example.vn", "Phạm Hà", "xx-THANHHUONG-99"],
    ["the name, diacritics folded", "bt@example.vn", "Nguyễn Thị Bích", "bich-xinh-2026"],
    ["the name written with diacritics", "bt@example.vn", "Đặng Quốc", "dangquoc#2026"],
    ["the name with đ", "bt@example.vn", "Lý Đức", "Đức.Lý.1990"],
  ])("containing %s are refused at registration", async (_label, email, fullName, password) => {
    const res = await register({
      email: email.replace("@", `.${Date.now()}${Math.random().toString(36).slice(2, 6)}@`),
      password,
      fullName,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ path: "body.password", message: expect.stringMatching(/e-mail or name/) }]);
  });

  it("are refused at password change, and an unrelated one is taken", async () => {
    const user = await buildUser(t.ds, { fullName: "Hoàng Minh Khôi", email: uniqueEmail("khoi") });
    const change = (newPassword: string) =>
      t.http
        .post("/api/me/password")
        .set("Authorization", `Bearer ${accessTokenFor(t, user)}`)
        .send({ currentPassword: DEFAULT_PASSWORD, newPassword });
    const personal = await change("minhkhoi-2026");
    expect(personal.status).toBe(400);
    expect(personal.body.error.details).toEqual([{ path: "body.newPassword", message: expect.stringMatching(/"(khoi|minh)"/) }]);
    const common = await change("anhyeuem123");
    expect(common.body.error.details).toEqual([{ path: "body.newPassword", message: expect.stringMatching(/too common/) }]);
    expect((await change("song-nuoc-thach-han")).status).toBe(200);
  });

  it("leave ordinary passwords alone", async () => {
    const res = await register({ email: uniqueEmail("lan"), password: "mua-xuan-tren-song", fullName: "Nguyễn Thị Lan" });
    expect(res.status).toBe(201);
  });
});
