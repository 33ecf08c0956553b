import type { User as UserDto } from "@chophien/contracts";
import type { User } from "./user.entity";

/** The only shape in which a user leaves the API. */
export function presentUser(u: User): UserDto {
  return {
    id: u.id,
    email: u.email,
    fullName: u.fullName,
    phone: u.phone,
    phoneE164: u.phoneE164,
    role: u.role,
    createdAt: u.createdAt.toISOString(),
  };
}
