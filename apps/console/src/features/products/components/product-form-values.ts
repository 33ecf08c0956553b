import { CreateProductRequest, type ProductStatus, type SellerProduct } from "@chophien/contracts";

/** The editor's fields as typed text; numbers are parsed only when checking, so "120.000" is fine to type. */
export interface ProductFormValues {
  name: string;
  categoryId: string;
  description: string;
  price: string;
  compareAtPrice: string;
  unit: string;
  weightGrams: string;
  stock: string;
  status: ProductStatus;
  originProvince: string;
}

/** A new product starts on sale: most sellers add a product to sell it now (they can pick "draft"). */
export const emptyProductValues = (): ProductFormValues => ({
  name: "",
  categoryId: "",
  description: "",
  price: "",
  compareAtPrice: "",
  unit: "",
  weightGrams: "",
  stock: "",
  status: "active",
  originProvince: "",
});

export const productToValues = (p: SellerProduct): ProductFormValues => ({
  name: p.name,
  categoryId: p.category.id,
  description: p.description ?? "",
  price: String(p.price),
  compareAtPrice: p.compareAtPrice == null ? "" : String(p.compareAtPrice),
  unit: p.unit,
  weightGrams: p.weightGrams == null ? "" : String(p.weightGrams),
  stock: String(p.stock),
  status: p.status,
  originProvince: p.originProvince ?? "",
});

/** "120.000", "120 000" or "120000" → 120000; "" → null; letters → NaN (the schema then says so). */
export function parseWhole(s: string): number | null {
  const digits = s.replace(/[.,\s₫đ]/gi, "");
  return digits === "" ? null : Number(digits);
}

/**
 * Checks the values with the contract's `CreateProductRequest` — the same schema the API validates with — and
 * gives the body to send. Cleared optional fields are sent as null, so an edit really removes them.
 */
export function parseProductValues(v: ProductFormValues) {
  const text = (s: string) => (s.trim() === "" ? null : s);
  return CreateProductRequest.safeParse({
    name: v.name,
    description: text(v.description),
    categoryId: v.categoryId || undefined,
    price: parseWhole(v.price) ?? undefined,
    compareAtPrice: parseWhole(v.compareAtPrice),
    unit: v.unit,
    weightGrams: parseWhole(v.weightGrams),
    stock: parseWhole(v.stock) ?? undefined,
    status: v.status,
    originProvince: v.originProvince || null,
  });
}
