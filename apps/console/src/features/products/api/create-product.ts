import type { CreateProductRequest, SellerProduct } from "@chophien/contracts";
import { api } from "@/shared/api/api-client";

/** POST /api/seller/products — a new product (draft unless `status` says otherwise). */
export const createProduct = (body: CreateProductRequest) =>
  api<{ product: SellerProduct }>("/seller/products", { method: "POST", body }).then((r) => r.product);
