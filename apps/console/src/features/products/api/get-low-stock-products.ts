import { queryOptions, useQuery } from "@tanstack/react-query";
import { getSellerProducts } from "./get-seller-products";

/** Stock at or under this many units raises an alert on the dashboard and in the table. */
export const LOW_STOCK = 5;
/** The dashboard lists this many at most; the rest are counted. */
const SHOWN = 20;

/** GET /api/seller/products?status=active&maxStock=5&limit=20 — products on sale that are running out, emptiest first. */
export const lowStockProductsQuery = () =>
  queryOptions({
    // Under "seller-products", so a stock edit anywhere marks it stale with the table.
    queryKey: ["seller-products", "low-stock"],
    queryFn: ({ signal }) => getSellerProducts({ status: "active", maxStock: LOW_STOCK, limit: SHOWN }, signal),
  });

export const useLowStockProducts = () => useQuery(lowStockProductsQuery());
