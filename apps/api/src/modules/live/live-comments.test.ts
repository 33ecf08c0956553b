import { parseCommentLine, parseComments } from "./live-comments";

describe("reading orders from live comments", () => {
  const lines: [string, { code: string; quantity: number; phone: string; name: string }][] = [
    ["A1 2 0905123456 Nguyen Van A", { code: "A1", quantity: 2, phone: "+84905123456", name: "Nguyen Van A" }],
    ["a1 2 0905123456 nguyễn văn a", { code: "A1", quantity: 2, phone: "+84905123456", name: "nguyễn văn a" }],
    ["0905123456 Nguyễn Văn A A1 2", { code: "A1", quantity: 2, phone: "+84905123456", name: "Nguyễn Văn A" }],
    ["Chốt A2 x3 - 0912.345.678 Lê Thị Bích", { code: "A2", quantity: 3, phone: "+84912345678", name: "Lê Thị Bích" }],
    ["chot a2x3 0912 345 678 Le Thi Bich", { code: "A2", quantity: 3, phone: "+84912345678", name: "Le Thi Bich" }],
    ["A3 sl 2 +84 935-111-222 Trần Quốc Toản", { code: "A3", quantity: 2, phone: "+84935111222", name: "Trần Quốc Toản" }],
    ["Hồ Văn Minh 0377888999 a10", { code: "A10", quantity: 1, phone: "+84377888999", name: "Hồ Văn Minh" }],
    ["A4 2hop (+84)869123456 Phan Thị Thu", { code: "A4", quantity: 2, phone: "+84869123456", name: "Phan Thị Thu" }],
    ["lấy A1 1 cái sđt 0905123457", { code: "A1", quantity: 1, phone: "+84905123457", name: "" }],
    ["A5 2 0905123456, Đặng Thuỳ Trâm", { code: "A5", quantity: 2, phone: "+84905123456", name: "Đặng Thuỳ Trâm" }],
  ];
  it.each(lines)("%s", (line, order) => {
    expect(parseCommentLine(line)).toEqual({ ok: true, order });
  });

  it.each([
    ["Đẹp quá shop ơi 😍", "no offer code (such as A1)"],
    ["A1 2 Nguyen Van A", "no valid phone number"],
    ["A1 2 0205123456 Nguyen Van A", "no valid phone number"],
    ["A1 150 0905123456", "quantity must be 1 to 99"],
    ["A1 0 0905123456", "quantity must be 1 to 99"],
  ])("refuses %p: %s", (line, reason) => {
    expect(parseCommentLine(line)).toEqual({ ok: false, reason });
  });

  it("counts the same line once, whatever its case, spacing or diacritics, and skips blank lines", () => {
    const r = parseComments([
      "A1 2 0905123456 Nguyễn Văn A",
      "a1   2 0905 123 456 nguyen van a",
      "",
      "A2 1 0912345678 Lê B",
      "đẹp quá",
      "Dep qua",
    ]);
    expect(r.orders.map((o) => [o.order.code, o.order.phone])).toEqual([
      ["A1", "+84905123456"],
      ["A2", "+84912345678"],
    ]);
    expect(r.rejected).toEqual([{ line: "đẹp quá", reason: "no offer code (such as A1)" }]);
    expect(r.counted).toBe(3);
  });
});
