import type { User } from "@chophien/contracts";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { paths } from "@/shared/lib/paths";
import { useSession } from "@/shared/session/session-store";
import { PageSkeleton } from "../layout/page-skeleton";

/** Pages for signed-in shoppers: waits for the silent sign-in, else sends to login and back here afterwards. */
export function RequireAuth({ children }: { children: (user: User) => ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === "loading") return <PageSkeleton />;
  if (session.status === "anonymous") return <Navigate to={paths.login(location.pathname + location.search)} replace />;
  return children(session.user);
}
