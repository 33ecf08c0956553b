/** "Mua ngay": one product bought straight away, past the cart (which is left as it is). */
export interface BuyNowLine {
  productId: string;
  quantity: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The checkout URL's `?mua-ngay=<product id>&so-luong=<n>`, or undefined for a checkout of the cart (or a mangled link). */
export function readBuyNow(params: URLSearchParams): BuyNowLine | undefined {
  const productId = params.get("mua-ngay");
  if (!productId || !UUID.test(productId)) return undefined;
  const quantity = Number(params.get("so-luong") ?? "1");
  return { productId, quantity: Number.isInteger(quantity) && quantity >= 1 && quantity <= 99 ? quantity : 1 };
}

/** The API's query for the same line (`GET /api/cart?buyNow=&quantity=`), empty for the cart. */
export const buyNowQuery = (line: BuyNowLine | undefined) => (line ? { buyNow: line.productId, quantity: line.quantity } : {});
