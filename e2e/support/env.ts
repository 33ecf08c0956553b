/**
 * The e2e harness's whole configuration, read once here. (The lint rule that keeps `process.env` inside the API's
 * config.ts is about the API; the harness is a separate program with a few overrides of its own.)
 */
const env = process.env;

export const E2E = {
  /** PostgreSQL server on which each suite's `chophien_e2e_<app>_<random>` is created and dropped. */
  postgresUrl: env.E2E_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432",
  /** The Chromium binary driven by playwright-core. */
  chromium: env.E2E_CHROMIUM ?? "/usr/bin/chromium",
  /** Passed on to the API process (PATH, locale…), under the harness's own settings. */
  inherited: env,
} as const;
