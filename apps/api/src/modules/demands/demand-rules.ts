import type { DataSource, EntityManager } from "typeorm";
import type { DemandStatus } from "@chophien/contracts";
import { AppError } from "../../http/errors";
import type { User } from "../users/user.entity";

/** The most a demand may be awarded in all: its quantity and the tolerance above it (rounded down). */
export const awardCap = (d: { quantity: number; tolerance_pct: number }) =>
  Math.floor((d.quantity * (100 + d.tolerance_pct)) / 100);

/** What the buyer's moves need of a demand. */
export interface BuyersDemand {
  id: string;
  status: DemandStatus;
  quantity: number;
  tolerance_pct: number;
  awarded_quantity: number;
}

/**
 * The demand if `user` belongs to the organisation that posted it (locked FOR UPDATE when asked, inside a
 * transaction); else 404, or 403 (`otherwise`) for a demand the public may see anyway.
 */
export async function buyersDemand(
  m: EntityManager | DataSource,
  user: User,
  id: string,
  otherwise: "forbidden" | "notFound",
  lock = false,
): Promise<BuyersDemand> {
  const [d] = await m.query<(BuyersDemand & { member: boolean })[]>(
    `SELECT d.id, d.status, d.quantity, d.tolerance_pct, d.awarded_quantity,
            EXISTS (SELECT 1 FROM organisation_member om WHERE om.organisation_id = d.organisation_id AND om.user_id = $2) AS member
       FROM demand d WHERE d.id = $1 ${lock ? "FOR UPDATE" : ""}`,
    [id, user.id],
  );
  if (!d) throw AppError.notFound("Demand");
  if (!d.member)
    throw otherwise === "notFound"
      ? AppError.notFound("Demand")
      : AppError.forbidden("Only the organisation that posted this demand can do this");
  const { member: _member, ...demand } = d;
  return demand;
}
