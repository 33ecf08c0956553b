import type { OrderList, OrderListQuery } from "@chophien/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "@/shared/api/api-client";

export type OrderPage = z.infer<typeof OrderList>;

/** GET /api/orders — my orders, newest first. */
export const getOrders = (query: Partial<OrderListQuery>, signal?: AbortSignal) => api<OrderPage>("/orders", { query, signal });

export const useOrders = (query: Partial<OrderListQuery>) =>
  useQuery({ queryKey: ["orders", query], queryFn: ({ signal }) => getOrders(query, signal), placeholderData: keepPreviousData });
