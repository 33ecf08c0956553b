import type { ValueTransformer } from "typeorm";

/** `bigint` đồng columns come back from pg as strings; amounts stay far below 2^53, so numbers are exact. */
export const money: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | number | null) => (v === null ? null : Number(v)),
};
