import type { CheckoutResponse, LiveOrderRequest } from "@chophien/contracts";
import type { DataSource } from "typeorm";
import { AppError } from "../../http/errors";
import type { CheckoutService } from "../orders/checkout.service";
import type { User } from "../users/user.entity";
import type { LiveService } from "./live.service";

/** Buying live: the offer by its code, then the same checkout as the cart, its units from the offer. */
export class LiveBuying {
  constructor(
    private readonly ds: DataSource,
    private readonly live: LiveService,
    private readonly checkout: CheckoutService,
  ) {}

  /**
   * One line at the live price. Whether the session is on air, units are left and the buyer is within the limit
   * is decided in the checkout transaction by the `live-offer` step (409 otherwise), so a replayed key still
   * answers with its order after the session ended.
   */
  async buy(
    buyer: User,
    slug: string,
    key: string,
    body: LiveOrderRequest,
    ipAddr: string,
  ): Promise<CheckoutResponse & { replayed: boolean }> {
    const session = await this.live.bySlug(slug);
    const code = body.code.toUpperCase();
    const [offer] = await this.ds.query<{ id: string; product_id: string }[]>(
      `SELECT id, product_id FROM live_offer WHERE session_id = $1 AND code = $2`,
      [session.id, code],
    );
    if (!offer) throw AppError.notFound(`Offer ${code}`);
    return this.checkout.checkout(
      buyer,
      key,
      {
        items: [{ productId: offer.product_id, quantity: body.quantity }],
        shippingAddress: body.shippingAddress,
        paymentMethod: body.paymentMethod,
      },
      ipAddr,
      { sessionId: session.id, offerId: offer.id, code, productId: offer.product_id },
    );
  }
}
