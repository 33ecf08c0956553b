import crypto from "node:crypto";
import type { DataSource } from "typeorm";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import type { Throttle } from "../../lib/rate-limit";
import { normalizeVietnamesePhone, type SmsSender } from "../../lib/sms/sms";
import { OtpCode } from "./otp-code.entity";

export const OTP_TTL_SECONDS = 5 * 60;
export const OTP_MAX_TRIES = 5;

/** Per number and per IP, counted in PostgreSQL (`lib/rate-limit.ts` windows), so every API process shares them. */
export interface OtpThrottles {
  perPhone: Throttle;
  perIp: Throttle;
}

/** What an OTP answer says to a caller whatever happened: enumeration-safe. */
const WRONG = "That code is wrong or has expired; ask for a new one";

/** The number as E.164, or 400 (the shape of a number says nothing about whether it has an account). */
export function phoneOrBadRequest(input: string): string {
  const phone = normalizeVietnamesePhone(input);
  if (!phone)
    throw AppError.badRequest("Not a Vietnamese mobile number", [
      { path: "body.phone", message: "A Vietnamese mobile number, e.g. 0905 123 456" },
    ]);
  return phone;
}

/**
 * Phone sign-in codes: `send` makes a 6-digit code (keyed hash stored, 5 minutes) and texts it; `verify` spends
 * one try with a guarded UPDATE (never read-then-write: concurrent guesses cannot exceed 5) and, when the code
 * matches, consumes it once. Neither says whether the number belongs to an account.
 */
export class OtpCodes {
  constructor(private readonly deps: { ds: DataSource; sms: SmsSender; clock: Clock; secret: string; throttles: OtpThrottles }) {}

  private hash(phone: string, code: string): string {
    return crypto.createHmac("sha256", this.deps.secret).update(`otp:${phone}:${code}`).digest("hex");
  }

  /** Sends a new code (earlier unused ones stop working); 429 past the limits. */
  async send(input: string, ip: string): Promise<void> {
    const phone = phoneOrBadRequest(input);
    await this.deps.throttles.perIp(ip);
    await this.deps.throttles.perPhone(phone);
    const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, "0");
    const now = this.deps.clock.now();
    await this.deps.ds.transaction(async (m) => {
      await m.query(`UPDATE otp_code SET consumed_at = $2, updated_at = now() WHERE phone_e164 = $1 AND consumed_at IS NULL`, [
        phone,
        now,
      ]);
      await m.insert(OtpCode, {
        phoneE164: phone,
        codeHash: this.hash(phone, code),
        expiresAt: new Date(now.getTime() + OTP_TTL_SECONDS * 1000),
        attempts: 0,
        consumedAt: null,
      });
    });
    await this.deps.sms.send({ to: phone, text: `Mã đăng nhập Chợ Phiên: ${code}. Hết hạn sau 5 phút. Không chia sẻ mã này.` });
  }

  /** The verified E.164 number when `code` is the live code for it; 400 otherwise (same answer for every failure). */
  async verify(input: string, code: string): Promise<string> {
    const phone = phoneOrBadRequest(input);
    const now = this.deps.clock.now();
    // One try spent on the newest live code, only while fewer than 5 were spent.
    const [rows] = await this.deps.ds.query<[{ id: string; code_hash: string }[], number]>(
      `UPDATE otp_code SET attempts = attempts + 1, updated_at = now()
        WHERE id = (SELECT id FROM otp_code WHERE phone_e164 = $1 AND consumed_at IS NULL AND expires_at > $2
                     ORDER BY created_at DESC LIMIT 1)
          AND attempts < $3
        RETURNING id, code_hash`,
      [phone, now, OTP_MAX_TRIES],
    );
    const live = rows[0];
    const given = Buffer.from(this.hash(phone, /^\d{6}$/.test(code) ? code : "x"), "hex");
    if (!live || !crypto.timingSafeEqual(given, Buffer.from(live.code_hash, "hex")))
      throw AppError.badRequest(WRONG, [{ path: "body.code", message: WRONG }]);
    const [spent] = await this.deps.ds.query<[{ id: string }[], number]>(
      `UPDATE otp_code SET consumed_at = $2, updated_at = now() WHERE id = $1 AND consumed_at IS NULL RETURNING id`,
      [live.id, now],
    );
    if (!spent.length) throw AppError.badRequest(WRONG, [{ path: "body.code", message: WRONG }]);
    return phone;
  }
}
