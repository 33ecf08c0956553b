import type { EntityManager } from "typeorm";

/** PostgreSQL type of a column as sent: scalars go as arrays of that type; jsonb and int[] travel as text and are cast. */
export type ColumnType = "text" | "uuid" | "int" | "smallint" | "timestamptz" | "jsonb" | "int[]" | "tsvector";

/** Rows per statement: big enough that 13,000 products take a handful of round trips, small enough for modest parameters. */
const BATCH = 1000;

/**
 * Inserts many rows with `INSERT … SELECT FROM unnest($1::text[], $2::uuid[], …)`: one parameter per column
 * whatever the row count, so a batch is one round trip and one plan. Returns the `returning` columns of every row.
 */
export async function bulkInsert<R extends Record<string, unknown>>(
  m: EntityManager,
  table: string,
  columns: Record<string, ColumnType>,
  rows: Record<string, unknown>[],
  returning: string[] = [],
): Promise<R[]> {
  const names = Object.keys(columns);
  const arrayType = (t: ColumnType) => (t === "jsonb" || t === "int[]" ? "text" : t);
  const select = names.map((n) => {
    const t = columns[n]!;
    return t === "jsonb" || t === "int[]" ? `u."${n}"::${t}` : `u."${n}"`;
  });
  const sql =
    `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) ` +
    `SELECT ${select.join(", ")} FROM unnest(${names.map((n, i) => `$${i + 1}::${arrayType(columns[n]!)}[]`).join(", ")}) ` +
    `AS u(${names.map((n) => `"${n}"`).join(", ")})` +
    (returning.length ? ` RETURNING ${returning.map((n) => `"${n}"`).join(", ")}` : "");

  const out: R[] = [];
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const params = names.map((n) => batch.map((row) => row[n] ?? null));
    const result = await m.query<R[]>(sql, params);
    if (returning.length) out.push(...result);
  }
  return out;
}
