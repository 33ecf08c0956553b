import type { EntityManager } from "typeorm";

/**
 * SQL: true when the user in column `userCol` acts for the stall in column `stallCol`: its owner, or a helper
 * who holds (or held) an active grant for it — consent was given, so they stay insiders after it ends.
 * The one definition of "a stall insider": reviews refuse them, ratings leave them out, admins list their
 * purchases from the stall (`GET /api/admin/orders?selfDealing=true`).
 */
export function stallInsiderSql(userCol: string, stallCol: string): string {
  return `(EXISTS (SELECT 1 FROM stall insider_stall WHERE insider_stall.id = ${stallCol} AND insider_stall.owner_id = ${userCol})
    OR EXISTS (SELECT 1 FROM stall_grant insider_grant WHERE insider_grant.stall_id = ${stallCol}
      AND insider_grant.helper_id = ${userCol} AND insider_grant.status IN ('active', 'revoked', 'expired')))`;
}

/** Whether `userId` acts for stall `stallId` (its owner, or a helper under a grant: see `stallInsiderSql`). */
export async function isStallInsider(m: EntityManager, userId: string, stallId: string): Promise<boolean> {
  const [row] = await m.query<{ insider: boolean }[]>(`SELECT ${stallInsiderSql("$1::uuid", "$2::uuid")} AS insider`, [
    userId,
    stallId,
  ]);
  return row?.insider === true;
}
