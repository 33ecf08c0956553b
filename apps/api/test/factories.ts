import crypto from "node:crypto";
import type { DataSource } from "typeorm";
import type { Role } from "@chophien/contracts";
import { hashPassword } from "../src/modules/auth/passwords";
import { User } from "../src/modules/users/user.entity";
import type { TestApp } from "./harness";

export const DEFAULT_PASSWORD = "mat-khau-123";
let defaultHash: Promise<string> | undefined;

/** A unique email, so tests never collide on the shared database. */
export const uniqueEmail = (prefix = "user") => `${prefix}.${crypto.randomUUID().slice(0, 12)}@test.chophien.vn`;

/** Inserts a user (shopper unless told) whose password is DEFAULT_PASSWORD. */
export async function buildUser(
  ds: DataSource,
  overrides: Partial<Pick<User, "email" | "fullName" | "phone" | "role">> = {},
): Promise<User> {
  defaultHash ??= hashPassword(DEFAULT_PASSWORD);
  const repo = ds.getRepository(User);
  const user = repo.create({
    email: overrides.email ?? uniqueEmail(),
    fullName: overrides.fullName ?? "Nguyễn Văn Test",
    phone: overrides.phone ?? null,
    role: overrides.role ?? ("shopper" satisfies Role),
    passwordHash: await defaultHash,
  });
  return repo.save(user);
}

/** A valid access token for `user`, as the API would issue it. */
export function accessTokenFor(t: TestApp, user: User): string {
  return t.tokens.signAccess({ sub: user.id, role: user.role, ver: user.tokenVersion });
}

/** Reads the refresh cookie value out of a response's Set-Cookie headers. */
export function refreshCookie(res: { headers: Record<string, unknown> }): string | undefined {
  const raw = res.headers["set-cookie"];
  const list = Array.isArray(raw) ? (raw as string[]) : typeof raw === "string" ? [raw] : [];
  const c = list.find((h) => h.startsWith("cp_refresh=") && !h.startsWith("cp_refresh=;"));
  return c?.split(";")[0];
}
