import { formatVnpDate, isVnpDate, parseVnpDate } from "./dates";
import { probeTimeZones } from "./test/time-zones";

// 2024-05-21T02:18:06Z is 09:18:06 in Hà Nội (the PayDate of the spec's vector A).
const INSTANT = new Date("2024-05-21T02:18:06.000Z");

describe("GMT+7 dates", () => {
  it("formats a fixed instant as yyyyMMddHHmmss in GMT+7", () => {
    expect(formatVnpDate(INSTANT)).toBe("20240521091806");
  });

  it("rolls the day, month and year over at 17:00 UTC", () => {
    expect(formatVnpDate(new Date("2023-12-31T16:59:59Z"))).toBe("20231231235959");
    expect(formatVnpDate(new Date("2023-12-31T17:00:00Z"))).toBe("20240101000000");
  });

  it("never reads local-time getters", () => {
    const local = ["getHours", "getDate", "getMonth", "getFullYear", "getMinutes", "getSeconds"] as const;
    const spies = local.map((name) =>
      jest.spyOn(Date.prototype, name).mockImplementation(() => {
        throw new Error(`local getter ${name} used`);
      }),
    );
    try {
      expect(formatVnpDate(INSTANT)).toBe("20240521091806");
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it("gives the same string whatever the process TZ (real Node processes), unlike the vnpay package", () => {
    const probes = probeTimeZones(INSTANT, ["UTC", "Asia/Ho_Chi_Minh", "America/Los_Angeles", "Pacific/Kiritimati"]);
    // The TZ really changed in the child: local hours differ between the zones.
    expect(new Set(probes.map((p) => p.localHours)).size).toBe(4);
    for (const probe of probes) {
      expect(probe.ours).toBe("20240521091806");
      expect(probe.parsedBack).toBe(INSTANT.getTime());
    }
    // The oracle shifts +7 h then reads local getters: right only when TZ=UTC (spec: known bug).
    expect(probes.find((p) => p.tz === "UTC")?.oracle).toBe("20240521091806");
    expect(probes.find((p) => p.tz === "Asia/Ho_Chi_Minh")?.oracle).toBe("20240521161806");
  });

  it("parses back to the same instant and rejects malformed or impossible dates", () => {
    expect(parseVnpDate("20240521091806")?.toISOString()).toBe("2024-05-21T02:18:06.000Z");
    expect(parseVnpDate("20240231120000")).toBeUndefined();
    expect(parseVnpDate("2024052109180")).toBeUndefined();
    expect(parseVnpDate("2024-05-21 09:18")).toBeUndefined();
    expect(isVnpDate("20241301000000")).toBe(false);
    expect(isVnpDate("20240229235959")).toBe(true);
  });

  it("refuses an invalid Date", () => {
    expect(() => formatVnpDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
