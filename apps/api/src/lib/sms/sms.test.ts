import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createOutboxSms, normalizeVietnamesePhone, readSmsOutbox } from "./sms";

describe("normalizeVietnamesePhone", () => {
  it.each(["0905123456", "+84905123456", "84905123456", "(+84) 905-123-456", "0905 123 456"])("%s is +84905123456", (n) => {
    expect(normalizeVietnamesePhone(n)).toBe("+84905123456");
  });

  it.each(["", "12345", "0205123456", "090512345", "09051234567", "+1905123456", "0905l23456"])("refuses %p", (n) => {
    expect(normalizeVietnamesePhone(n)).toBeNull();
  });
});

describe("development SMS outbox", () => {
  it("writes one file per message with its recipient and text, in order", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sms-"));
    let t = Date.parse("2026-12-03T05:00:00Z");
    const sms = createOutboxSms(dir, () => new Date((t += 1000)));
    await sms.send({ to: "+84905123456", text: "Mã xác nhận của bạn là 123456" });
    await sms.send({ to: "+84912345678", text: "Đơn hàng đã giao" });
    const files = fs.readdirSync(dir);
    expect(files).toHaveLength(2);
    expect(files.every((f) => f.endsWith(".json"))).toBe(true);
    const all = await readSmsOutbox(dir);
    expect(all.map((m) => [m.to, m.text])).toEqual([
      ["+84905123456", "Mã xác nhận của bạn là 123456"],
      ["+84912345678", "Đơn hàng đã giao"],
    ]);
  });

  it("reads an absent outbox as empty", async () => {
    expect(await readSmsOutbox(path.join(os.tmpdir(), "no-such-sms-outbox-dir"))).toEqual([]);
  });
});
