import type { QueryClient } from "@tanstack/react-query";

/**
 * After a hide or an unhide, whether it worked or not (a 409 means another admin just did it): every page of the
 * table is stale (the row may leave a filter), and so is the dashboard's count of hidden products.
 */
export function rememberAdminProduct(qc: QueryClient): void {
  void qc.invalidateQueries({ queryKey: ["admin-products"] });
  void qc.invalidateQueries({ queryKey: ["platform-summary"] });
}
