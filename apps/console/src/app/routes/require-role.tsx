import type { Role } from "@chophien/contracts";
import { Outlet } from "react-router";
import { useMe } from "@/features/auth/api/get-me";
import { ForbiddenPage } from "./forbidden-page";

/**
 * Guards an area by role. The layout has already made sure someone is signed in; a wrong role sees the 403 page
 * where they are (the address stays, so an admin who sends a seller a link sees why it does not open). The API
 * guards the same endpoints, so this is about a clear screen, not about security.
 */
export function RequireRole({ roles }: { roles: Role[] }) {
  const { user } = useMe();
  if (!user || !roles.includes(user.role)) return <ForbiddenPage />;
  return <Outlet />;
}
