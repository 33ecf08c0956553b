import { Navigate } from "react-router";
import { useMe } from "@/features/auth/api/get-me";

/** /console: straight to the person's area — the admin desk, the seller's dashboard, or their stall application. */
export function RoleHome() {
  const { user } = useMe();
  return <Navigate to={user?.role === "admin" ? "/admin" : user?.role === "seller" ? "/seller" : "/stall"} replace />;
}
