import type { Role } from "@chophien/contracts";
import { Outlet } from "react-router";
import { useMe } from "@/features/auth/api/get-me";
import { useActingFor } from "@/shared/session/acting-store";
import { ForbiddenPage } from "./forbidden-page";

/**
 * Guards an area by role. The layout has already made sure someone is signed in; a wrong role sees the 403 page
 * where they are (the address stays, so an admin who sends a seller a link sees why it does not open). The API
 * guards the same endpoints, so this is about a clear screen, not about security.
 */
export function RequireRole({ roles, allowActing = false }: { roles: Role[]; allowActing?: boolean }) {
  const { user } = useMe();
  const acting = useActingFor();
  if (!user || !(roles.includes(user.role) || (allowActing && acting && user.role !== "admin"))) return <ForbiddenPage />;
  return <Outlet />;
}
