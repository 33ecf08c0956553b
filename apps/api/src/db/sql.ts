import type { EntityManager } from "typeorm";

/**
 * Runs an `UPDATE … RETURNING` / `DELETE … RETURNING` and gives back the returned rows.
 * (TypeORM's postgres driver answers such statements with `[rows, rowCount]`.)
 */
export async function updateReturning<T>(m: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result: [T[], number] | T[] = await m.query(sql, params);
  return isRowsAndCount(result) ? result[0] : result;
}

function isRowsAndCount<T>(r: [T[], number] | T[]): r is [T[], number] {
  return r.length === 2 && Array.isArray(r[0]) && typeof r[1] === "number";
}
