import type { Role } from "@chophien/contracts";
import { useQuery } from "@tanstack/react-query";
import { getAdminStalls } from "@/features/admin-stalls/api/get-admin-stalls";
import { getSellerOrders } from "@/features/orders/api/get-seller-orders";
import type { NavItem } from "./nav-items";

/**
 * The live counts beside the navigation: a seller's new orders, an admin's pending applications. One tiny request
 * (`limit=1`) each, checked every minute, so work waiting shows wherever the person is in the console.
 */
export function useNavBadges(role: Role | undefined): Partial<Record<NonNullable<NavItem["badge"]>, number>> {
  const seller = useQuery({
    queryKey: ["seller-orders", "badge"],
    queryFn: ({ signal }) => getSellerOrders({ limit: 1 }, signal),
    enabled: role === "seller",
    refetchInterval: 60_000,
  });
  const admin = useQuery({
    queryKey: ["admin-stalls", "badge"],
    queryFn: ({ signal }) => getAdminStalls({ status: "pending", limit: 1 }, signal),
    enabled: role === "admin",
    refetchInterval: 60_000,
  });
  return { newOrders: seller.data?.counts.placed, pendingApplications: admin.data?.total };
}
