import type { EntityManager } from "typeorm";
import type { GuestBuyer } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import { normalizeVietnamesePhone } from "../../lib/sms/sms";
import { User } from "../users/user.entity";

/** The number as E.164, or a 400 naming the field. */
export function guestPhoneOrBadRequest(input: string, path: string): string {
  const phone = normalizeVietnamesePhone(input);
  if (!phone)
    throw AppError.badRequest("Not a Vietnamese mobile number", [
      { path, message: "A Vietnamese mobile number, e.g. 0905 123 456" },
    ]);
  return phone;
}

/** `+84905123456` → `0905123456`, the contact number sellers call. */
const national = (e164: string): string => `0${e164.slice(3)}`;

/**
 * The buyer row behind a guest checkout: one per phone number (E.164), with no e-mail, password or verified number,
 * so nobody can sign in as it. Its name follows the latest checkout. Runs inside the checkout's transaction.
 */
export async function guestBuyer(m: EntityManager, guest: GuestBuyer): Promise<User> {
  const phone = guestPhoneOrBadRequest(guest.phone, "body.guest.phone");
  const [row] = await m.query<{ id: string }[]>(
    `INSERT INTO app_user (guest_phone_e164, full_name, phone, role) VALUES ($1, $2, $3, 'shopper')
     ON CONFLICT (guest_phone_e164) DO UPDATE SET full_name = EXCLUDED.full_name, updated_at = now()
     RETURNING id`,
    [phone, guest.fullName, national(phone)],
  );
  return m.findOneByOrFail(User, { id: row!.id });
}

/**
 * Hands the guest's cookie cart to the guest buyer (inside the checkout transaction: a refused checkout leaves the
 * cookie cart as it was). The buyer's earlier leftovers are dropped: the cart bought is the one on this device.
 */
export async function handOverGuestCart(m: EntityManager, guestCartId: string | undefined, buyerId: string): Promise<void> {
  await m.query(`DELETE FROM cart WHERE user_id = $1 AND id IS DISTINCT FROM $2`, [buyerId, guestCartId ?? null]);
  if (guestCartId)
    await m.query(`UPDATE cart SET user_id = $2, updated_at = now() WHERE id = $1 AND user_id IS NULL`, [guestCartId, buyerId]);
}

/**
 * Moves every order placed as a guest with `phone` (E.164) to `userId`, who just proved the number by SMS code.
 * A plain UPDATE of the buyer: a second call finds nothing left to move. Returns the moved orders' ids.
 */
export async function claimGuestOrders(m: EntityManager, userId: string, phone: string): Promise<string[]> {
  const [rows] = await m.query<[{ id: string }[], number]>(
    `UPDATE customer_order SET buyer_id = $1, updated_at = now()
      WHERE buyer_id = (SELECT id FROM app_user WHERE guest_phone_e164 = $2) RETURNING id`,
    [userId, phone],
  );
  return rows.map((r) => r.id);
}
