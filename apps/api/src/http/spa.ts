import fs from "node:fs";
import path from "node:path";
import express, { Router } from "express";

/**
 * Serves a built single-page app: hashed assets cached for a year, every other path gets index.html
 * (client-side routing). Without a build it answers with a hint instead of a blank page.
 */
export function spaRoutes(distDir: string, name: string): Router {
  const r = Router();
  const index = path.join(distDir, "index.html");
  r.use(
    "/assets",
    express.static(path.join(distDir, "assets"), { immutable: true, maxAge: "1y", index: false, fallthrough: false }),
  );
  r.use(express.static(distDir, { index: false, maxAge: "1h" }));
  r.get(/.*/, (_req, res) => {
    if (!fs.existsSync(index))
      return void res.status(503).type("text").send(`The ${name} is not built yet: run \`npm run build\`.`);
    res.set("Cache-Control", "no-cache").sendFile(index);
  });
  return r;
}
