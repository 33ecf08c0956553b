import type { AdminOrderQuery, Order } from "@chophien/contracts";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

export type AdminOrderFilters = Partial<AdminOrderQuery>;
export interface AdminOrderPage {
  items: Order[];
  total: number;
  page: number;
  limit: number;
}

/** GET /api/admin/orders?status&stall&paymentMethod&q&from&to&selfDealing — every order, newest first (dates are GMT+7 days). */
export const getAdminOrders = (filters: AdminOrderFilters, signal?: AbortSignal) =>
  api<AdminOrderPage>("/admin/orders", { query: filters, signal });

export const adminOrdersQuery = (filters: AdminOrderFilters) =>
  queryOptions({ queryKey: ["admin-orders", filters], queryFn: ({ signal }) => getAdminOrders(filters, signal) });

export const useAdminOrders = (filters: AdminOrderFilters) =>
  useQuery({ ...adminOrdersQuery(filters), placeholderData: keepPreviousData });
