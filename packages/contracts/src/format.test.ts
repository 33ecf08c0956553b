import { formatDateTime, formatVnd } from "./format";

describe("formatting for Vietnamese shoppers", () => {
  it("writes đồng with dots and the ₫ sign", () => {
    expect(formatVnd(120000)).toBe("120.000 ₫");
    expect(formatVnd(1500000)).toBe("1.500.000 ₫");
    expect(formatVnd(0)).toBe("0 ₫");
  });

  it("shows times in GMT+7 whatever the machine's zone", () => {
    // 17:30 UTC is 00:30 the next day in Vietnam.
    expect(formatDateTime("2026-11-28T17:30:00Z", "vi")).toBe("00:30 29/11/2026");
    expect(formatDateTime("2026-11-28T17:30:00Z", "en")).toBe("29/11/2026, 00:30");
  });
});
