import { Initial1764330000000 } from "./1764330000000-initial";

/** Migrations in order; applied at start by `migrate()`. */
export const migrations = [Initial1764330000000];
