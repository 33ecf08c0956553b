import type { DataSource, EntityManager } from "typeorm";
import {
  type AddressList,
  type CreateAddressRequest,
  MAX_SAVED_ADDRESSES,
  type SavedAddress as SavedAddressDto,
  type UpdateAddressRequest,
} from "@chophien/contracts";
import { AppError } from "../../http/errors";
import type { User } from "../users/user.entity";
import { SavedAddress } from "./address.entity";
import { presentAddress } from "./addresses.presenter";

/**
 * A shopper's saved addresses. Every change runs in one transaction that first locks the user's row, so two
 * concurrent requests for the same account take turns: the 10-address limit and the single default both hold
 * (the partial unique index `UQ_saved_address_default` is the database's own guarantee of the latter).
 */
export class AddressesService {
  constructor(private readonly ds: DataSource) {}

  /** The user's addresses, the default first, then newest first. */
  async list(user: User): Promise<AddressList> {
    const rows = await this.ds.getRepository(SavedAddress).find({
      where: { userId: user.id },
      order: { isDefault: "DESC", createdAt: "DESC", id: "ASC" },
    });
    return { items: rows.map(presentAddress) };
  }

  /** Saves a new address (422 past the limit); the first one, or one asked to be, becomes the default. */
  async create(user: User, body: CreateAddressRequest): Promise<SavedAddressDto> {
    return this.ds.transaction(async (em) => {
      await lockUser(em, user.id);
      const count = await em.getRepository(SavedAddress).countBy({ userId: user.id });
      if (count >= MAX_SAVED_ADDRESSES) {
        throw new AppError(
          "unprocessable",
          `An account keeps at most ${MAX_SAVED_ADDRESSES} addresses; delete one before adding another`,
        );
      }
      const makeDefault = count === 0 || body.isDefault === true;
      if (makeDefault) await clearDefault(em, user.id);
      const saved = await em.getRepository(SavedAddress).save(
        em.getRepository(SavedAddress).create({
          userId: user.id,
          fullName: body.fullName,
          phone: body.phone,
          province: body.province,
          district: body.district || null,
          ward: body.ward,
          street: body.street,
          isDefault: makeDefault,
        }),
      );
      return presentAddress(saved);
    });
  }

  /** Edits one of the user's addresses (someone else's is a 404); `isDefault: true` moves the default here. */
  async update(user: User, id: string, body: UpdateAddressRequest): Promise<SavedAddressDto> {
    return this.ds.transaction(async (em) => {
      await lockUser(em, user.id);
      const address = await own(em, user.id, id);
      const { isDefault, district, ...fields } = body;
      Object.assign(address, fields);
      if (district !== undefined) address.district = district || null;
      if (isDefault && !address.isDefault) {
        await clearDefault(em, user.id);
        address.isDefault = true;
      }
      return presentAddress(await em.getRepository(SavedAddress).save(address));
    });
  }

  /** Deletes one of the user's addresses; when it was the default, the newest remaining one takes over. */
  async remove(user: User, id: string): Promise<AddressList> {
    await this.ds.transaction(async (em) => {
      await lockUser(em, user.id);
      const address = await own(em, user.id, id);
      await em.getRepository(SavedAddress).delete({ id: address.id });
      if (address.isDefault) {
        await em.query(
          `UPDATE saved_address SET is_default = true, updated_at = now() WHERE id = (
             SELECT id FROM saved_address WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT 1)`,
          [user.id],
        );
      }
    });
    return this.list(user);
  }
}

/** Serialises address changes of one account (the limit and the default are checked under this lock). */
async function lockUser(em: EntityManager, userId: string): Promise<void> {
  await em.query(`SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE`, [userId]);
}

async function clearDefault(em: EntityManager, userId: string): Promise<void> {
  await em.query(`UPDATE saved_address SET is_default = false, updated_at = now() WHERE user_id = $1 AND is_default`, [userId]);
}

async function own(em: EntityManager, userId: string, id: string): Promise<SavedAddress> {
  const address = await em.getRepository(SavedAddress).findOneBy({ id, userId });
  if (!address) throw AppError.notFound("Address");
  return address;
}
