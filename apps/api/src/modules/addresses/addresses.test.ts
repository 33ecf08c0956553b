import { authHeader, buildUser } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

type Who = Parameters<typeof authHeader>[1];
const home = {
  fullName: "Trần Thị Lan",
  phone: "0912345678",
  province: "quang-tri",
  ward: "Phường Đông Hà",
  street: "12 Lê Duẩn",
};
const post = (who: Who, body: object) => t.http.post("/api/me/addresses").set(authHeader(t, who)).send(body);
const list = async (who: Who) => (await t.http.get("/api/me/addresses").set(authHeader(t, who))).body.items;
const defaults = async (userId: string) =>
  (
    await t.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM saved_address WHERE user_id = $1 AND is_default`, [userId])
  )[0]!.n;

describe("saved addresses", () => {
  it("saves, lists (default first), edits and deletes, keeping exactly one default", async () => {
    const lan = await buildUser(t.ds);
    expect(await list(lan)).toEqual([]);
    const first = await post(lan, home);
    expect(first.status).toBe(201);
    expect(first.body.address).toMatchObject({ ...home, isDefault: true, id: expect.any(String) });
    expect(first.body.address.userId).toBeUndefined();
    const work = (await post(lan, { ...home, street: "5 Hùng Vương", isDefault: false })).body.address;
    expect(work.isDefault).toBe(false);
    const office = (await post(lan, { ...home, street: "1 Trần Hưng Đạo", isDefault: true })).body.address;
    expect(office.isDefault).toBe(true);
    let items = await list(lan);
    expect(items.map((a: { id: string }) => a.id)).toEqual([office.id, work.id, first.body.address.id]);
    expect(await defaults(lan.id)).toBe(1);

    const moved = await t.http
      .patch(`/api/me/addresses/${work.id}`)
      .set(authHeader(t, lan))
      .send({ isDefault: true, ward: "Phường Nam Đông Hà" });
    expect(moved.status).toBe(200);
    expect(moved.body.address).toMatchObject({ id: work.id, isDefault: true, ward: "Phường Nam Đông Hà" });
    expect(await defaults(lan.id)).toBe(1);

    // Deleting the default hands it to the newest remaining address.
    const after = await t.http.delete(`/api/me/addresses/${work.id}`).set(authHeader(t, lan));
    expect(after.status).toBe(200);
    items = after.body.items;
    expect(items.map((a: { id: string; isDefault: boolean }) => [a.id, a.isDefault])).toEqual([
      [office.id, true],
      [first.body.address.id, false],
    ]);
  });

  it("validates bodies: unknown fields, bad phone or province, an empty patch, un-defaulting", async () => {
    const lan = await buildUser(t.ds);
    expect((await post(lan, { ...home, userId: lan.id })).status).toBe(400);
    expect((await post(lan, { ...home, phone: "12345" })).status).toBe(400);
    expect((await post(lan, { ...home, province: "atlantis" })).status).toBe(400);
    const id = (await post(lan, home)).body.address.id;
    const patch = (body: object) => t.http.patch(`/api/me/addresses/${id}`).set(authHeader(t, lan)).send(body);
    expect((await patch({})).status).toBe(400);
    expect((await patch({ isDefault: false })).status).toBe(400);
    expect((await t.http.get("/api/me/addresses")).status).toBe(401);
  });

  it("answers 404 for another user's address, and leaves it alone", async () => {
    const [lan, hung] = [await buildUser(t.ds), await buildUser(t.ds)];
    const id = (await post(lan, home)).body.address.id;
    const h = authHeader(t, hung);
    expect((await t.http.patch(`/api/me/addresses/${id}`).set(h).send({ street: "Khác" })).status).toBe(404);
    expect((await t.http.delete(`/api/me/addresses/${id}`).set(h)).status).toBe(404);
    expect((await t.http.delete(`/api/me/addresses/not-a-uuid`).set(h)).status).toBe(400);
    expect((await list(lan))[0]).toMatchObject({ id, street: home.street });
  });

  it("keeps at most 10, even when 15 arrive at once, with one default", async () => {
    const lan = await buildUser(t.ds);
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) => post(lan, { ...home, street: `${i + 1} Lê Lợi`, isDefault: true })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 422)).toHaveLength(5);
    const refused = results.find((r) => r.status === 422)!;
    expect(refused.body.error).toMatchObject({ code: "unprocessable", message: expect.stringMatching(/at most 10/) });
    expect(await list(lan)).toHaveLength(10);
    expect(await defaults(lan.id)).toBe(1);
    expect((await post(lan, home)).status).toBe(422);
  });

  it("refuses a second default row in the database itself", async () => {
    const lan = await buildUser(t.ds);
    await post(lan, home);
    await expect(
      t.ds.query(
        `INSERT INTO saved_address (user_id, full_name, phone, province, ward, street, is_default)
         VALUES ($1, 'A', '0912345678', 'hue', 'Phường X', 'Đường Y', true)`,
        [lan.id],
      ),
    ).rejects.toThrow(/UQ_saved_address_default/);
  });
});
