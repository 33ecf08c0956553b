import type { DataSource, EntityManager } from "typeorm";
import type { Cart as CartDto } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import type { ImageRef } from "../../lib/images/image-processor";
import { presentImage } from "../../lib/images/present";
import { PUBLIC_PRODUCT } from "../catalog/catalog-query";
import { shippingFee } from "../orders/shipping";
import { presentProvince } from "../stalls/stalls.presenter";
import { Cart, CartItem } from "./cart.entity";

/** Whose cart: a signed-in user's, or a guest's by the id in their cookie. */
export type CartOwner = { userId: string } | { guestCartId: string | undefined };

interface LineRow {
  product_id: string;
  slug: string;
  name: string;
  unit: string;
  price: number;
  stock: number;
  quantity: number;
  added_price: number;
  available: boolean;
  stall_id: string;
  stall_slug: string;
  stall_name: string;
  stall_province: string;
  thumb: ImageRef | null;
}

/** A line's product, stall and first image (`p` product, `s` stall); the caller adds quantity and added_price. */
const LINE_COLUMNS = `p.id AS product_id, p.slug, p.name, p.unit, p.price, p.stock, (${PUBLIC_PRODUCT}) AS available,
       s.id AS stall_id, s.slug AS stall_slug, s.name AS stall_name, s.province AS stall_province,
       (SELECT json_build_object('hash', i.hash, 'width', i.width, 'height', i.height, 'widths', i.widths)
          FROM product_image i WHERE i.product_id = p.id ORDER BY i.position LIMIT 1) AS thumb`;

/** Server-side carts: lines grouped by stall with current prices, fees, totals and what needs attention. */
export class CartService {
  constructor(private readonly ds: DataSource) {}

  /** The cart with everything recomputed from the database (an empty cart when there is none yet). */
  async view(owner: CartOwner, destination?: string): Promise<CartDto> {
    const cart = await this.find(this.ds.manager, owner);
    return this.present(cart ? await this.lines(this.ds.manager, cart.id) : [], destination);
  }

  /**
   * "Mua ngay": the given lines alone, priced as a cart would be (same fees and issues), without storing anything.
   * A line's accepted price is today's: the shopper sees it on the page she buys from.
   */
  async quote(items: { productId: string; quantity: number }[], destination?: string): Promise<CartDto> {
    const rows = await this.ds.manager.query<LineRow[]>(
      `SELECT ${LINE_COLUMNS}, l.quantity, p.price AS added_price
         FROM unnest($1::uuid[], $2::int[]) WITH ORDINALITY AS l(product_id, quantity, n)
         JOIN product p ON p.id = l.product_id JOIN stall s ON s.id = p.stall_id
        ORDER BY s.name, l.n`,
      [items.map((i) => i.productId), items.map((i) => i.quantity)],
    );
    return this.present(rows, destination);
  }

  /** Sets a line's quantity (0 removes it); returns the cart id (new for a guest's first line). */
  async setQuantity(owner: CartOwner, productId: string, quantity: number): Promise<string> {
    return this.ds.transaction(async (m) => {
      if (quantity > 0) {
        const [product] = await m.query<{ price: number; stock: number; name: string; public: boolean }[]>(
          `SELECT p.price, p.stock, p.name, (${PUBLIC_PRODUCT}) AS public FROM product p JOIN stall s ON s.id = p.stall_id WHERE p.id = $1`,
          [productId],
        );
        if (!product) throw AppError.notFound("Product");
        if (!product.public) throw AppError.conflict(`"${product.name}" is no longer available`);
        if (quantity > product.stock)
          throw AppError.conflict(
            product.stock ? `Only ${product.stock} left of "${product.name}"` : `"${product.name}" is out of stock`,
          );
        const cart = await this.findOrCreate(m, owner);
        await m.query(
          `INSERT INTO cart_item (cart_id, product_id, quantity, added_price) VALUES ($1, $2, $3, $4)
           ON CONFLICT (cart_id, product_id) DO UPDATE SET quantity = EXCLUDED.quantity, added_price = EXCLUDED.added_price, updated_at = now()`,
          [cart.id, productId, quantity, product.price],
        );
        return cart.id;
      }
      const cart = await this.find(m, owner);
      if (cart) await m.delete(CartItem, { cartId: cart.id, productId });
      return cart?.id ?? "";
    });
  }

  /** Moves a guest's lines into the user's cart at sign-in (quantities add up, at most 99) and drops the guest cart. */
  async mergeGuest(guestCartId: string, userId: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const guest = await m.findOne(Cart, { where: { id: guestCartId }, lock: { mode: "pessimistic_write" } });
      if (!guest || guest.userId) return;
      const mine = await this.findOrCreate(m, { userId });
      await m.query(
        `INSERT INTO cart_item (cart_id, product_id, quantity, added_price)
         SELECT $2, product_id, quantity, added_price FROM cart_item WHERE cart_id = $1
         ON CONFLICT (cart_id, product_id) DO UPDATE SET quantity = LEAST(cart_item.quantity + EXCLUDED.quantity, 99), updated_at = now()`,
        [guest.id, mine.id],
      );
      await m.delete(Cart, { id: guest.id });
    });
  }

  /**
   * The lines of a user's cart (for checkout), inside the caller's transaction, with the price the shopper last
   * accepted for each (`addedPrice`, đồng: when added, or when they changed the line or accepted a new price).
   */
  async itemsOf(m: EntityManager, userId: string): Promise<{ productId: string; quantity: number; addedPrice: number }[]> {
    return m.query<{ productId: string; quantity: number; addedPrice: number }[]>(
      `SELECT ci.product_id AS "productId", ci.quantity, ci.added_price AS "addedPrice" FROM cart_item ci JOIN cart c ON c.id = ci.cart_id WHERE c.user_id = $1`,
      [userId],
    );
  }

  /** Removes bought products from a user's cart (after checkout, in its transaction). */
  async removeBought(m: EntityManager, userId: string, productIds: string[]): Promise<void> {
    await m.query(
      `DELETE FROM cart_item ci USING cart c WHERE c.id = ci.cart_id AND c.user_id = $1 AND ci.product_id = ANY($2)`,
      [userId, productIds],
    );
  }

  private async find(m: EntityManager, owner: CartOwner): Promise<Cart | null> {
    if ("userId" in owner) return m.findOne(Cart, { where: { userId: owner.userId } });
    return owner.guestCartId
      ? m.findOne(Cart, { where: { id: owner.guestCartId } }).then((c) => (c && !c.userId ? c : null))
      : null;
  }

  private async findOrCreate(m: EntityManager, owner: CartOwner): Promise<Cart> {
    const existing = await this.find(m, owner);
    if (existing) return existing;
    if ("userId" in owner) {
      await m.query(`INSERT INTO cart (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING`, [owner.userId]);
      return m.findOneOrFail(Cart, { where: { userId: owner.userId } });
    }
    return m.save(m.create(Cart, { userId: null }));
  }

  private lines(m: EntityManager, cartId: string): Promise<LineRow[]> {
    return m.query<LineRow[]>(
      `SELECT ${LINE_COLUMNS}, ci.quantity, ci.added_price
         FROM cart_item ci JOIN product p ON p.id = ci.product_id JOIN stall s ON s.id = p.stall_id
        WHERE ci.cart_id = $1 ORDER BY s.name, ci.created_at`,
      [cartId],
    );
  }

  private present(rows: LineRow[], destination: string | undefined): CartDto {
    const groups = new Map<string, CartDto["groups"][number]>();
    for (const r of rows) {
      const issues: CartDto["groups"][number]["lines"][number]["issues"] = [];
      if (!r.available) issues.push("unavailable");
      else if (r.stock === 0) issues.push("out_of_stock");
      else if (r.stock < r.quantity) issues.push("insufficient_stock");
      if (r.price !== r.added_price) issues.push("price_changed");
      const group = groups.get(r.stall_id) ?? {
        stall: { id: r.stall_id, slug: r.stall_slug, name: r.stall_name, province: presentProvince(r.stall_province) },
        lines: [],
        subtotal: 0,
        shippingFee: 0,
      };
      const lineTotal = r.available ? r.price * r.quantity : 0;
      group.lines.push({
        productId: r.product_id,
        slug: r.slug,
        name: r.name,
        unit: r.unit,
        thumbnail: r.thumb ? presentImage(r.thumb) : null,
        unitPrice: r.price,
        addedPrice: r.added_price,
        quantity: r.quantity,
        stock: r.stock,
        lineTotal,
        issues,
      });
      group.subtotal += lineTotal;
      groups.set(r.stall_id, group);
    }
    const list = [...groups.values()];
    for (const g of list) g.shippingFee = shippingFee(g.subtotal, g.stall.province.slug, destination);
    const subtotal = list.reduce((s, g) => s + g.subtotal, 0);
    const shippingTotal = list.reduce((s, g) => s + g.shippingFee, 0);
    return {
      groups: list,
      itemCount: rows.reduce((s, r) => s + r.quantity, 0),
      subtotal,
      shippingTotal,
      grandTotal: subtotal + shippingTotal,
      shippingProvince: destination ?? null,
      needsAttention: list.some((g) => g.lines.some((l) => l.issues.length > 0)),
    };
  }
}
