import { startTestApp, type TestApp } from "../../test/harness";

describe("one origin", () => {
  describe("with PUBLIC_URL set", () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ env: { PUBLIC_URL: "http://cho.example.vn:8080", CANONICAL_REDIRECT: "all" } });
    });
    afterAll(() => t.close());

    it("sends a page asked for under another host name to PUBLIC_URL, path and query kept, before any cookie", async () => {
      const res = await t.http.get("/san-pham/ca-phe?ref=zalo").set("Host", "203.0.113.7:8080");
      expect(res.status).toBe(308);
      expect(res.headers.location).toBe("http://cho.example.vn:8080/san-pham/ca-phe?ref=zalo");
      expect(res.headers["set-cookie"]).toBeUndefined();
      const www = await t.http.get("/").set("Host", "www.cho.example.vn:8080");
      expect(www.headers.location).toBe("http://cho.example.vn:8080/");
    });

    it("keeps a POST a POST (308) and lets the canonical host and health probes through", async () => {
      const post = await t.http.post("/api/auth/login").set("Host", "127.0.0.1:8080").send({ email: "a@b.vn", password: "x" });
      expect(post.status).toBe(308);
      expect(post.headers.location).toBe("http://cho.example.vn:8080/api/auth/login");
      expect((await t.http.get("/api/categories").set("Host", "cho.example.vn:8080")).status).toBe(200);
      expect((await t.http.get("/api/health").set("Host", "10.0.0.5:8080")).status).toBe(200);
    });
  });

  describe("with the default localhost PUBLIC_URL (the local demo)", () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ env: { PORT: "3000", CANONICAL_REDIRECT: "loopback" } });
    });
    afterAll(() => t.close());

    it("moves 127.0.0.1 and [::1] to localhost, where the VNPay sandbox returns, but not a phone on the LAN", async () => {
      for (const alias of ["127.0.0.1:3000", "[::1]:3000"]) {
        const res = await t.http.get("/gio-hang").set("Host", alias);
        expect(res.status).toBe(308);
        expect(res.headers.location).toBe("http://localhost:3000/gio-hang");
      }
      expect((await t.http.get("/api/categories").set("Host", "192.168.1.20:3000")).status).toBe(200);
      expect((await t.http.get("/api/categories").set("Host", "localhost:3000")).status).toBe(200);
    });
  });
});
