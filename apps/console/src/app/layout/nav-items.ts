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
    { to: "/seller/live", label: "live.nav", icon: "chart" },
    { to: "/seller/vouchers", label: "vouchers.nav", icon: "receipt" },
    { to: "/seller/demands", label: "demands.nav", icon: "truck" },
    { to: "/seller/demand-offers", label: "demands.navOffers", icon: "edit" },
    { to: "/seller/events", label: "events.sellerNav", icon: "users" },
  ],
  admin: [
    { to: "/admin", label: "nav.dashboard", icon: "chart", end: true },
    { to: "/admin/applications", label: "nav.applications", icon: "inbox", badge: "pendingApplications" },
    { to: "/admin/stalls", label: "nav.stalls", icon: "store" },
    { to: "/admin/products", label: "nav.adminProducts", icon: "box" },
    { to: "/admin/orders", label: "nav.adminOrders", icon: "receipt" },
    { to: "/admin/refunds", label: "nav.refunds", icon: "refresh" },
    { to: "/admin/bank-transfers", label: "bankTransfers.nav", icon: "bank" },
    { to: "/admin/payouts", label: "nav.payouts", icon: "bank" },
    { to: "/admin/trace-reports", label: "trace.inbox.nav", icon: "inbox" },
    { to: "/admin/certificates", label: "ocopCertificates.nav", icon: "star" },
    { to: "/admin/live", label: "live.nav", icon: "chart" },
    { to: "/admin/vouchers", label: "vouchers.nav", icon: "receipt" },
    { to: "/admin/organisations", label: "organisations.nav", icon: "shield" },
    { to: "/admin/events", label: "events.nav", icon: "users" },
  ],
  shopper: [{ to: "/stall", label: "nav.myStall", icon: "store" }],
};

const HELPER_DESK: NavItem = { to: "/helper", label: "helpers.nav.desk", icon: "users" };
const MY_HELPERS: NavItem = { to: "/stall/helpers", label: "helpers.nav.myHelpers", icon: "users" };

/**
 * The areas for this person now: acting for a stall, a helper works in its seller area (money is the owner's, so
 * not there) and keeps their desk; a helper also sees their desk; a seller sees who helps their stall.
 */
export function navFor(role: Role, { acting, helper }: { acting: boolean; helper: boolean }): NavItem[] {
  if (acting && role !== "admin") return [...NAV.seller.filter((i) => i.to !== "/seller/money"), HELPER_DESK];
  const items = [...NAV[role]];
  if (role === "seller") items.push(MY_HELPERS);
  if (helper) items.push(HELPER_DESK);
  return items;
}
