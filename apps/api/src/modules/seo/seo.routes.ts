import { Router } from "express";
import type { DataSource } from "typeorm";
import { PUBLIC_PRODUCT } from "../catalog/catalog-query";

const SITEMAP_LIMIT = 50_000; // the sitemap protocol's ceiling per file
const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** /robots.txt and /sitemap.xml for search engines: public products, approved stalls, categories. */
export function seoRoutes({ ds, publicUrl }: { ds: DataSource; publicUrl: string }): Router {
  const r = Router();

  r.get("/robots.txt", (_req, res) => {
    res
      .type("text/plain")
      .set("Cache-Control", "public, max-age=3600")
      .send(
        `User-agent: *\nAllow: /\nDisallow: /console/\nDisallow: /api/\nDisallow: /vnpay-sandbox/\n\nSitemap: ${publicUrl}/sitemap.xml\n`,
      );
  });

  r.get("/sitemap.xml", async (_req, res) => {
    const rows = await ds.query<{ loc: string; lastmod: Date }[]>(
      `(SELECT '/san-pham/' || p.slug AS loc, p.updated_at AS lastmod FROM product p JOIN stall s ON s.id = p.stall_id WHERE ${PUBLIC_PRODUCT})
       UNION ALL (SELECT '/gian-hang/' || slug, updated_at FROM stall WHERE status = 'approved')
       UNION ALL (SELECT '/tim-kiem?category=' || slug, updated_at FROM category)
       ORDER BY lastmod DESC LIMIT ${SITEMAP_LIMIT - 1}`,
    );
    const urls = [{ loc: "/", lastmod: undefined as Date | undefined }, ...rows]
      .map(
        (u) =>
          `<url><loc>${escapeXml(publicUrl + u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString()}</lastmod>` : ""}</url>`,
      )
      .join("\n");
    res
      .type("application/xml")
      .set("Cache-Control", "public, max-age=3600")
      .send(
        `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
      );
  });

  return r;
}
