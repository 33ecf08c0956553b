import { appendQuery } from "./completion";
import { renderErrorPage } from "./pages/error-page";
import { escapeHtml, formatDong } from "./pages/html";

describe("sandbox helpers", () => {
  it("appends the signed query while keeping the URL's own query and fragment", () => {
    expect(appendQuery("https://a.test/r", "vnp_A=1")).toBe("https://a.test/r?vnp_A=1");
    expect(appendQuery("https://a.test/r?order=4%202&x=a+b", "vnp_A=1")).toBe("https://a.test/r?order=4%202&x=a+b&vnp_A=1");
    expect(appendQuery("https://a.test/r?", "vnp_A=1")).toBe("https://a.test/r?vnp_A=1");
    expect(appendQuery("https://a.test/r?a=1#done", "vnp_A=1")).toBe("https://a.test/r?a=1&vnp_A=1#done");
  });

  it("formats đồng with dots and the ₫ sign", () => {
    expect([formatDong(0), formatDong(5_000), formatDong(120_000), formatDong(1_234_567_890)]).toEqual([
      "0 ₫",
      "5.000 ₫",
      "120.000 ₫",
      "1.234.567.890 ₫",
    ]);
  });

  it("escapes HTML, and renders unknown error codes safely", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    const page = renderErrorPage("<img src=x>");
    expect(page).toContain("&lt;img src=x&gt;");
    expect(page).toContain("Lỗi không xác định");
  });
});
