import { z } from "zod";
import { LIMITS, ROLES } from "./limits";
import { VnPhone } from "./common";

const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(LIMITS.emailMax)
  .pipe(z.email("Email không hợp lệ / invalid email"))
  .meta({ example: "lan.nguyen@example.vn" });
const Password = z.string().min(LIMITS.passwordMin).max(LIMITS.passwordMax).meta({ example: "mat-khau-bi-mat" });
const FullName = z.string().trim().min(1).max(LIMITS.fullNameMax).meta({ example: "Nguyễn Thị Lan" });

export const Role = z.enum(ROLES).meta({ id: "Role" });
export type Role = z.infer<typeof Role>;

/** A user as the API shows it: never the password hash. */
export const User = z
  .object({
    id: z.uuid(),
    /** Null for an account that signs in with its phone number only. */
    email: z.string().nullable(),
    fullName: z.string(),
    phone: z.string().nullable(),
    /** The verified sign-in number (E.164), if any. */
    phoneE164: z.string().nullable(),
    role: Role,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "User" });
export type User = z.infer<typeof User>;

/** Self-registration always makes a shopper; any role field is rejected by the strict schema. */
export const RegisterRequest = z
  .object({ email: Email, password: Password, fullName: FullName, phone: VnPhone.optional() })
  .strict()
  .meta({ id: "RegisterRequest" });
export type RegisterRequest = z.infer<typeof RegisterRequest>;

export const LoginRequest = z
  .object({ email: Email, password: z.string().min(1).max(LIMITS.passwordMax) })
  .strict()
  .meta({ id: "LoginRequest" });
export type LoginRequest = z.infer<typeof LoginRequest>;

/** Signs in with the one-time link mailed when an account is under attack (the token from its `#token=` fragment). */
export const UnlockRequest = z
  .object({
    token: z
      .string()
      .min(20)
      .max(100)
      .regex(/^[A-Za-z0-9_-]+$/, "Liên kết không hợp lệ / invalid link")
      .meta({ description: "The token after `#token=` in the mailed link (base64url)" }),
  })
  .strict()
  .meta({ id: "UnlockRequest" });
export type UnlockRequest = z.infer<typeof UnlockRequest>;

/** Asks for a password-reset link by mail; the answer is the same whether or not the address has an account. */
export const PasswordResetRequest = z.object({ email: Email }).strict().meta({ id: "PasswordResetRequest" });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

/** Sets a new password with the mailed link's token (from its `#token=` fragment); ends every other session. */
export const PasswordResetConfirm = z
  .object({
    token: z
      .string()
      .min(20)
      .max(100)
      .regex(/^[A-Za-z0-9_-]+$/, "Liên kết không hợp lệ / invalid link"),
    password: Password,
  })
  .strict()
  .meta({ id: "PasswordResetConfirm" });
export type PasswordResetConfirm = z.infer<typeof PasswordResetConfirm>;

/** Answer to register, login and refresh; the refresh token travels only in an httpOnly cookie. */
export const AuthResponse = z
  .object({ user: User, accessToken: z.string(), expiresIn: z.number().int().meta({ description: "seconds" }) })
  .meta({ id: "AuthResponse" });
export type AuthResponse = z.infer<typeof AuthResponse>;

export const UpdateMeRequest = z
  .object({ fullName: FullName.optional(), phone: VnPhone.nullable().optional() })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Nothing to update")
  .meta({ id: "UpdateMeRequest" });
export type UpdateMeRequest = z.infer<typeof UpdateMeRequest>;

export const ChangePasswordRequest = z
  .object({ currentPassword: z.string().min(1).max(LIMITS.passwordMax), newPassword: Password })
  .strict()
  .meta({ id: "ChangePasswordRequest" });
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

export const UserResponse = z.object({ user: User }).meta({ id: "UserResponse" });
export type UserResponse = z.infer<typeof UserResponse>;

/** Phone sign-in: ask for a code by SMS (`0905…`, `+84905…` and `84905…` are one number). */
export const OtpRequest = z.object({ phone: z.string().trim().min(9).max(20) }).strict();
export type OtpRequest = z.infer<typeof OtpRequest>;

/** Phone sign-in: the code from the SMS. The first sign-in with a number creates a shopper account. */
export const OtpVerifyRequest = z
  .object({ phone: z.string().trim().min(9).max(20), code: z.string().trim().min(1).max(12) })
  .strict()
  .meta({ id: "OtpVerifyRequest" });
export type OtpVerifyRequest = z.infer<typeof OtpVerifyRequest>;

/** Adding a phone to the signed-in account: send a code to it, then prove it. */
export const MePhoneRequest = OtpRequest.meta({ id: "MePhoneRequest" });
export type MePhoneRequest = OtpRequest;
export const MePhoneVerifyRequest = OtpVerifyRequest.meta({ id: "MePhoneVerifyRequest" });
export type MePhoneVerifyRequest = OtpVerifyRequest;
