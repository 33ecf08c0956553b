import { buildProduct, buildStall } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { PUBLIC_URL: "https://chophien.example.vn" } });
});
afterAll(() => t.close());

describe("robots.txt and sitemap.xml", () => {
  it("point search engines at public pages only", async () => {
    const robots = await t.http.get("/robots.txt");
    expect(robots.text).toContain("Sitemap: https://chophien.example.vn/sitemap.xml");
    expect(robots.text).toContain("Disallow: /console/");

    const stall = await buildStall(t.ds);
    const shown = await buildProduct(t.ds, { stall });
    const draft = await buildProduct(t.ds, { stall, status: "draft" });
    const hiddenStall = await buildStall(t.ds, { status: "suspended" });
    const sitemap = await t.http.get("/sitemap.xml");
    expect(sitemap.headers["content-type"]).toContain("application/xml");
    expect(sitemap.text).toContain(`https://chophien.example.vn/san-pham/${shown.slug}`);
    expect(sitemap.text).toContain(`https://chophien.example.vn/gian-hang/${stall.slug}`);
    expect(sitemap.text).not.toContain(draft.slug);
    expect(sitemap.text).not.toContain(hiddenStall.slug);
  });
});
