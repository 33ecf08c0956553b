import type { EntityManager } from "typeorm";

/**
 * SQL: true when the user in column `userCol` acts for the stall in column `stallCol` — today its owner.
 * The one definition of "a stall insider": reviews refuse them, ratings leave them out, admins list their
 * purchases from the stall (`GET /api/admin/orders?selfDealing=true`).
 */
export function stallInsiderSql(userCol: string, stallCol: string): string {
  // Later also anyone acting for the stall: helpers under an active grant join here.
  return `EXISTS (SELECT 1 FROM stall insider_stall WHERE insider_stall.id = ${stallCol} AND insider_stall.owner_id = ${userCol})`;
}

/** Whether `userId` acts for stall `stallId` (its owner, and later helpers under a grant: see `stallInsiderSql`). */
export async function isStallInsider(m: EntityManager, userId: string, stallId: string): Promise<boolean> {
  const [row] = await m.query<{ insider: boolean }[]>(`SELECT ${stallInsiderSql("$1::uuid", "$2::uuid")} AS insider`, [
    userId,
    stallId,
  ]);
  return row?.insider === true;
}
