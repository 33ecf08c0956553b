import { Router } from "express";
import type { DataSource } from "typeorm";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { HealthResponse } from "@chophien/contracts";
import { DATABASE_RETRY_AFTER_SECONDS } from "../../http/error-handler";
import { json } from "../../http/openapi-helpers";

const DB_TIMEOUT_MS = 2000;

/** Pings the database with a deadline; false when it is unreachable or too slow. */
async function databaseUp(ds: DataSource): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), DB_TIMEOUT_MS)));
  const ping = ds.isInitialized
    ? ds.query("SELECT 1").then(
        () => true,
        () => false,
      )
    : Promise.resolve(false);
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** GET /api/health: 200 `ok` when the database answers, 503 `degraded` (with Retry-After) when it does not. */
export function healthRoutes({ ds }: { ds: DataSource }): Router {
  const r = Router();
  r.get("/health", async (_req, res) => {
    const up = await databaseUp(ds);
    res.set("Cache-Control", "no-store");
    if (!up) res.set("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
    res.status(up ? 200 : 503).json({ status: up ? "ok" : "degraded", db: up ? "up" : "down" } satisfies HealthResponse);
  });
  return r;
}

export const healthPaths: ZodOpenApiPathsObject = {
  "/api/health": {
    get: {
      tags: ["ops"],
      summary: "Liveness and database reachability",
      responses: { "200": json(HealthResponse, "Up"), "503": json(HealthResponse, "Database unreachable") },
    },
  },
};
