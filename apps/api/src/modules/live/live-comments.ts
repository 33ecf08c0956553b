import { foldVietnamese } from "@chophien/contracts";
import { normalizeVietnamesePhone } from "../../lib/sms/sms";

/** One order written in a comment. */
export interface CommentOrder {
  /** The offer's code, upper-case (`A1`). */
  code: string;
  quantity: number;
  /** E.164 */
  phone: string;
  /** The buyer's name as written (may be empty). */
  name: string;
}

export type ParsedLine = { ok: true; order: CommentOrder } | { ok: false; reason: string };

// A phone number as people type it: 0905123456, 0905 123 456, 0905.123.456, +84 905-123-456, (+84)905123456.
const PHONE = /(?:\(\+?84\)|\+?84|0)[\s.-]?\d{2,3}(?:[\s.-]?\d{3}){2}(?!\d)/y;
const CODE = /^([a-z])(\d{1,3})(?:[x*](\d{1,3}))?$/; // a1, A12, a1x2
const QUANTITY = /^(?:x|sl|sl:|so luong)?(\d{1,3})(?:c|cai|hop|goi|chai|sp|hu|kg|bich|tui)?$/; // 2, x2, sl2, 2hop
/** Words before the name that are not part of it ("chốt đơn", "lấy", "cho em"). */
const FILLER = new Set(["chot", "don", "lay", "mua", "cho", "minh", "em", "e", "ten", "sl", "x", "so", "luong", "ma"]);
/** Units and labels anywhere ("2 cái", "sđt"). */
const LABELS = new Set(["cai", "hop", "goi", "chai", "sp", "hu", "kg", "tui", "sdt", "dt", "so dt"]);

/**
 * Reads one comment such as `A1 2 0905123456 Nguyen Van A`, `chốt a1 x2 - 0905.123.456 Nguyễn Văn A` or
 * `0905123456 Lê Thị B A2`: the offer code, the quantity (1 when none), the phone number and the name, in any order,
 * any case, with or without diacritics. Pure: no database, no clock.
 */
export function parseCommentLine(line: string): ParsedLine {
  let rest = line.normalize("NFC");
  let phone: string | null = null;
  // Tried from every start that does not follow a digit, so "A1 2 0905…" does not read "2 090…" as the number.
  for (let i = 0; i < rest.length && !phone; i++) {
    if (i > 0 && /\d/.test(rest[i - 1]!)) continue;
    PHONE.lastIndex = i;
    const match = PHONE.exec(rest)?.[0];
    phone = match ? normalizeVietnamesePhone(match.replace(/[()]/g, "")) : null;
    if (phone && match) rest = rest.slice(0, i) + " " + rest.slice(i + match.length);
  }
  let code: string | null = null;
  let quantity: number | null = null;
  const nameWords: string[] = [];
  const words = rest.split(/[\s,;:|/]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const folded = foldVietnamese(word)
      .replace(/[.!?()-]+$/g, "")
      .replace(/^[-(]+/, "");
    if (!folded) continue;
    const c = CODE.exec(folded);
    if (c && !code) {
      code = `${c[1]!.toUpperCase()}${Number(c[2])}`;
      if (c[3]) quantity = Number(c[3]);
      continue;
    }
    const q = QUANTITY.exec(folded);
    if (q && quantity === null) {
      quantity = Number(q[1]);
      continue;
    }
    // "sl 2", "x 2": the number comes next.
    if ((folded === "x" || folded === "sl") && quantity === null && /^\d{1,3}$/.test(words[i + 1] ?? "")) {
      quantity = Number(words[++i]);
      continue;
    }
    if (LABELS.has(folded) || (FILLER.has(folded) && !nameWords.length)) continue;
    if (/^[\p{L}.'’]+$/u.test(word)) nameWords.push(word.replace(/\.$/, ""));
  }
  if (!code) return { ok: false, reason: "no offer code (such as A1)" };
  if (!phone) return { ok: false, reason: "no valid phone number" };
  const qty = quantity ?? 1;
  if (qty < 1 || qty > 99) return { ok: false, reason: "quantity must be 1 to 99" };
  return { ok: true, order: { code, quantity: qty, phone, name: nameWords.join(" ").slice(0, 120) } };
}

/**
 * Reads pasted comments: blank lines are skipped, and a line that says the same as an earlier one (the same code,
 * quantity and phone, whatever the case, spacing or diacritics) counts once.
 */
export function parseComments(lines: readonly string[]): {
  orders: { line: string; order: CommentOrder }[];
  rejected: { line: string; reason: string }[];
  /** Distinct non-blank lines. */
  counted: number;
} {
  const orders: { line: string; order: CommentOrder }[] = [];
  const rejected: { line: string; reason: string }[] = [];
  const seen = new Set<string>();
  let counted = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const parsed = parseCommentLine(line);
    const key = parsed.ok
      ? `${parsed.order.code}|${parsed.order.quantity}|${parsed.order.phone}`
      : `?${foldVietnamese(line).replace(/[^a-z0-9]+/g, " ")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counted++;
    if (parsed.ok) orders.push({ line, order: parsed.order });
    else rejected.push({ line, reason: parsed.reason });
  }
  return { orders, rejected, counted };
}
