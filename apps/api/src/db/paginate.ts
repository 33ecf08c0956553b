import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";

/**
 * One page of a list and the total: ordered by `column`, then by id so pages never overlap or skip rows
 * when many rows share a timestamp.
 */
export function pageOf<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  [column, direction]: [string, "ASC" | "DESC"],
  q: { page: number; limit: number },
): Promise<[T[], number]> {
  return qb
    .orderBy(column, direction)
    .addOrderBy(`${qb.alias}.id`, "ASC")
    .skip((q.page - 1) * q.limit)
    .take(q.limit)
    .getManyAndCount();
}
