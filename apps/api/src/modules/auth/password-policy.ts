import { foldVietnamese } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import list from "./data/common-passwords.json";

/**
 * Favourites of Vietnamese users that the international list misses (or ranks low); each is also refused with
 * the digit and symbol endings people add to pass a length rule.
 */
const VIETNAMESE_FAVOURITES = [
  "matkhau",
  "matkhaucuatoi",
  "anhyeuem",
  "emyeuanh",
  "yeuem",
  "yeuanh",
  "iloveyou",
  "vietnam",
  "hanoi",
  "saigon",
  "hochiminh",
  "danang",
  "quangtri",
  "dongha",
  "hue",
  "chophien",
  "xinchao",
  "nguyen",
  "tranthi",
  "conyeume",
  "giadinh",
  "hanhphuc",
  "thuonganh",
  "thuongem",
  "bachkhoa",
  "123456789a",
  "a123456789",
  "1234567890a",
  "12345678a",
  "qwertyuiop",
  "aaaaaaaa",
];
const ENDINGS = [
  "",
  "1",
  "12",
  "123",
  "1234",
  "12345",
  "123456",
  "1234567",
  "123456789",
  "@123",
  "!",
  "@",
  "2024",
  "2025",
  "2026",
];

/** Every refused password, lower-cased: the bundled 10,000 most common ones plus the Vietnamese favourites. */
const COMMON = new Set<string>([...list.passwords, ...VIETNAMESE_FAVOURITES.flatMap((word) => ENDINGS.map((end) => word + end))]);

/** Case-insensitive; a password padded with spaces is the same password. */
export const isCommonPassword = (password: string): boolean => COMMON.has(password.trim().toLowerCase());

/** Folded words of at least 3 letters: "Nguyễn Thị Lan" → nguyen, thi, lan; "lan.nguyen93" → lan, nguyen. */
function tokens(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^a-z]+/)
    .filter((t) => t.length >= 3);
}

/** What a password may not contain: the e-mail's local part (whole and in words) and the words of the name. */
function personalWords(email: string, fullName: string): string[] {
  const local = foldVietnamese(email.split("@")[0] ?? "");
  return [...new Set([...(local.length >= 3 ? [local] : []), ...tokens(local), ...tokens(fullName)])];
}

/**
 * Refuses (400 `validation_failed` on `field`) a password that is among the most common ones or contains the
 * e-mail's local part or a word of the user's name (ASVS 6.2.4, 6.2.11). Used at registration, password change
 * and any reset.
 */
export function assertAcceptablePassword(password: string, who: { email: string | null; fullName: string }, field: string): void {
  const refuse = (message: string) => {
    throw new AppError("validation_failed", message, [{ path: field, message }]);
  };
  if (isCommonPassword(password))
    refuse("Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác / This password is too common; choose another");
  const folded = foldVietnamese(password).replace(/\s+/g, "");
  const word = personalWords(who.email ?? "", who.fullName).find((w) => folded.includes(w));
  if (word)
    refuse(
      `Mật khẩu không được chứa email hoặc tên của bạn ("${word}") / The password must not contain your e-mail or name ("${word}")`,
    );
}
