import { get } from "../test/browser";
import { HASH_SECRET, TMN_CODE } from "../test/fixtures";
import { type Harness, startHarness } from "../test/harness";
import { SandboxPayError } from "./error-codes";

const OWN = "https://chophien.test/checkout/return";

describe("sandbox: only the merchant's own return URL", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({
      merchants: [{ tmnCode: TMN_CODE, hashSecret: HASH_SECRET, ipnUrl: "http://127.0.0.1:9/ipn", returnUrls: [OWN] }],
    });
  });
  afterEach(() => h.close());

  it("opens the pay page for the registered return URL, whatever its query", async () => {
    const intent = await h.createIntent({ returnUrl: `${OWN}?order=42` });
    const page = await get(intent.nextAction.redirectToUrl.url);
    expect(page.status).toBe(200);
    expect(page.html).toContain(intent.id);
  });

  it.each([
    ["another origin", "https://evil.example/checkout/return"],
    ["a look-alike host", "https://chophien.test.evil.example/checkout/return"],
    ["another scheme", "http://chophien.test/checkout/return"],
    ["another path on the market", "https://chophien.test/login?next=https://evil.example"],
  ])("refuses a correctly signed request returning to %s with 400 and no redirect", async (_label, returnUrl) => {
    const intent = await h.createIntent({ returnUrl });
    const page = await get(intent.nextAction.redirectToUrl.url);
    expect(page.status).toBe(400);
    expect(page.headers.get("location")).toBeNull();
    expect(page.html).toContain("vnp_ReturnUrl");
    expect(() => h.sandbox.pay(intent.nextAction.redirectToUrl.url, { outcome: "success" })).toThrow(SandboxPayError);
  });
});
