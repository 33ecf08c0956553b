import type { Role } from "@chophien/contracts";
import type { IconName } from "@/shared/ui/icon";

export interface NavItem {
  to: string;
  /** i18n key of the label. */
  label: string;
  icon: IconName;
  /** Matches only this exact path (the area's home), not its children. */
  end?: boolean;
  /** Which live count to show beside it. */
  badge?: "newOrders" | "pendingApplications";
}

/** The areas each role works in, in the order of a working day. Shoppers (applicants) have only their stall page. */
export const NAV: Record<Role, NavItem[]> = {
  seller: [
    { to: "/seller", label: "nav.dashboard", icon: "home", end: true },
    { to: "/seller/orders", label: "nav.orders", icon: "receipt", badge: "newOrders" },
    { to: "/seller/products", label: "nav.products", icon: "box" },
    { to: "/seller/money", label: "nav.money", icon: "wallet" },
    { to: "/seller/reviews", label: "nav.reviews", icon: "star" },
    { to: "/seller/certificates", label: "ocopCertificates.nav", icon: "star" },
  ],
  admin: [
    { to: "/admin", label: "nav.dashboard", icon: "chart", end: true },
    { to: "/admin/applications", label: "nav.applications", icon: "inbox", badge: "pendingApplications" },
    { to: "/admin/stalls", label: "nav.stalls", icon: "store" },
    { to: "/admin/products", label: "nav.adminProducts", icon: "box" },
    { to: "/admin/orders", label: "nav.adminOrders", icon: "receipt" },
    { to: "/admin/refunds", label: "nav.refunds", icon: "refresh" },
    { to: "/admin/payouts", label: "nav.payouts", icon: "bank" },
    { to: "/admin/certificates", label: "ocopCertificates.nav", icon: "star" },
  ],
  shopper: [{ to: "/stall", label: "nav.myStall", icon: "store" }],
};
