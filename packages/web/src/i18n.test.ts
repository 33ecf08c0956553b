import { pickLanguage } from "./i18n";

describe("pickLanguage", () => {
  it("keeps the visitor's earlier choice whatever the browser prefers", () => {
    expect(pickLanguage("en", ["vi-VN"])).toBe("en");
    expect(pickLanguage("vi", ["en-US", "en"])).toBe("vi");
  });

  it("on a first visit takes the first preferred language we have", () => {
    expect(pickLanguage(null, ["en-GB", "vi"])).toBe("en");
    expect(pickLanguage(null, ["fr-FR", "vi-VN", "en"])).toBe("vi");
    expect(pickLanguage(null, ["fr-FR", "EN-us"])).toBe("en");
  });

  it("falls back to Vietnamese for anything else, or a stored value it does not know", () => {
    expect(pickLanguage(null, [])).toBe("vi");
    expect(pickLanguage(null, ["ja-JP", "zh"])).toBe("vi");
    expect(pickLanguage("de", ["ja"])).toBe("vi");
  });
});
