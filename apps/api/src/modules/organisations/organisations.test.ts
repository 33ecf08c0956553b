import { normaliseTaxCode } from "@chophien/contracts";
import { User } from "../users/user.entity";
import { authHeader, buildUser, randomTaxCode } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";
import { ORGANISATION_MOVES } from "./organisation-state";

let t: TestApp;
let admin: User;
beforeAll(async () => {
  t = await startTestApp();
  admin = await buildUser(t.ds, { role: "admin" });
});
afterAll(() => t.close());

const body = (over: object = {}) => ({
  name: "Siêu thị Co.op Đông Hà",
  taxCode: randomTaxCode(),
  kind: "retailer",
  province: "quang-tri",
  address: "01 Hùng Vương, Đông Hà",
  phone: "0912345678",
  ...over,
});
const register = (user: User, b: object) => t.http.post("/api/me/organisation").set(authHeader(t, user)).send(b);
const decide = (id: string, move: "verify" | "reject", b: object = {}) =>
  t.http.post(`/api/admin/organisations/${id}/${move}`).set(authHeader(t, admin)).send(b);

describe("tax codes", () => {
  it.each([
    ["0300588569", "0300588569"], // Vinamilk
    ["0101248141", "0101248141"], // FPT
    ["0100109106", "0100109106"], // Viettel
    ["0100109106001", "0100109106-001"],
    ["0100109106-001", "0100109106-001"],
    [" 0300588569 ", "0300588569"],
  ])("accepts %s as %s", (raw, normal) => expect(normaliseTaxCode(raw)).toBe(normal));

  it.each([
    ["0300588568", "wrong check digit"],
    ["030058856", "nine digits"],
    ["03005885690", "eleven digits"],
    ["0100109106-01", "a two-digit branch"],
    ["0100109106-000", "branch 000"],
    ["0300588568-001", "a branch of an invalid parent"],
    ["03005885a9", "a letter"],
  ])("refuses %s (%s)", (raw) => expect(normaliseTaxCode(raw)).toBeNull());

  it("refuses every code whose check digit would have to be 10", () => {
    // Nine digits whose weighted sum is a multiple of 11 would need a check digit of 10: no such code exists.
    const zeroSums = ["000000000"];
    for (let i = 0; zeroSums.length < 5; i++) {
      const nine = String(i * 7919 + 100000000).slice(-9);
      const sum = [31, 29, 23, 19, 17, 13, 7, 5, 3].reduce((s, w, k) => s + w * Number(nine[k]), 0);
      if (sum % 11 === 0) zeroSums.push(nine);
    }
    for (const nine of zeroSums) for (let d = 0; d <= 9; d++) expect(normaliseTaxCode(`${nine}${d}`)).toBeNull();
  });
});

describe("registering and verifying", () => {
  it("registers a pending organisation with the user as its member, normalising a branch code", async () => {
    const user = await buildUser(t.ds);
    const parent = randomTaxCode();
    const res = await register(user, body({ taxCode: `${parent}002` }));
    expect(res.status).toBe(201);
    expect(res.body.organisation).toMatchObject({ status: "pending", taxCode: `${parent}-002`, memberIds: [user.id] });
    const mine = await t.http.get("/api/me/organisation").set(authHeader(t, user)).expect(200);
    expect(mine.body.organisation.id).toBe(res.body.organisation.id);
  });

  it("refuses a bad tax code (400), a second organisation (409) and a tax code already registered (409)", async () => {
    const user = await buildUser(t.ds);
    expect((await register(user, body({ taxCode: "0300588568" }))).status).toBe(400);
    const b = body();
    expect((await register(user, b)).status).toBe(201);
    expect((await register(user, body())).status).toBe(409);
    expect((await register(await buildUser(t.ds), { ...b })).status).toBe(409);
    // Both forms of one branch code are the same code.
    const code = randomTaxCode();
    expect((await register(await buildUser(t.ds), body({ taxCode: `${code}-001` }))).status).toBe(201);
    expect((await register(await buildUser(t.ds), body({ taxCode: `${code}001` }))).status).toBe(409);
  });

  it("lets admins verify or reject (with a reason) a pending one, once, and keeps the decisions", async () => {
    const a = (await register(await buildUser(t.ds), body())).body.organisation.id as string;
    const b = await register(await buildUser(t.ds), body());
    const bid = b.body.organisation.id as string;
    const verified = await decide(a, "verify");
    expect(verified.status).toBe(200);
    expect(verified.body.organisation).toMatchObject({
      status: "verified",
      decisions: [{ action: "verify", adminId: admin.id }],
    });
    expect((await decide(a, "reject", { reason: "too late" })).status).toBe(409);
    expect((await decide(bid, "reject", {})).status).toBe(400);
    const rejected = await decide(bid, "reject", { reason: "Giấy phép không khớp mã số thuế" });
    expect(rejected.body.organisation).toMatchObject({ status: "rejected", reason: "Giấy phép không khớp mã số thuế" });
    // A rejected registration frees its tax code and lets its user try again.
    const member = await t.ds.getRepository(User).findOneByOrFail({ id: rejected.body.organisation.memberIds[0] });
    const retry = await register(member, body({ taxCode: rejected.body.organisation.taxCode }));
    expect(retry.status).toBe(201);
    expect(retry.body.organisation).toMatchObject({ status: "pending", memberIds: [member.id] });
  });

  it("keeps the admin routes for admins", async () => {
    const user = await buildUser(t.ds);
    expect((await t.http.get("/api/admin/organisations").set(authHeader(t, user))).status).toBe(403);
    const list = await t.http.get("/api/admin/organisations").query({ status: "pending" }).set(authHeader(t, admin));
    expect(list.status).toBe(200);
    expect(list.body.items.every((o: { status: string }) => o.status === "pending")).toBe(true);
  });

  it("has a move table where only pending organisations are decided", () => {
    expect(ORGANISATION_MOVES.verify.from).toEqual(["pending"]);
    expect(ORGANISATION_MOVES.reject.from).toEqual(["pending"]);
  });
});
