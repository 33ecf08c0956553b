import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The catalogue's facet counts, maintained instead of recomputed per request. `catalog_count` holds how many
 * public products (on sale, stall approved) there are per (category, province, OCOP stars — 0 for none, in
 * stock); `catalog_price_count` the same per price band too (`catalog_price_band`), for the storefront's price
 * chips. Triggers keep both exact in the very statement that changes a product or a stall's status — seller
 * edits, checkout's stock, moderation, bulk inserts alike. A product's trigger first takes a share lock on its
 * stall, so a stall being suspended at the same moment is counted either before or after it, never half.
 */
export class CatalogCounts1764460000000 implements MigrationInterface {
  name = "CatalogCounts1764460000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "catalog_count" (
      "category_id" uuid NOT NULL, "province" character varying(32) NOT NULL, "ocop_stars" smallint NOT NULL,
      "in_stock" boolean NOT NULL, "n" integer NOT NULL,
      CONSTRAINT "PK_catalog_count" PRIMARY KEY ("category_id", "province", "ocop_stars", "in_stock"))`);
    await q.query(`CREATE TABLE "catalog_price_count" (
      "category_id" uuid NOT NULL, "province" character varying(32) NOT NULL, "ocop_stars" smallint NOT NULL,
      "in_stock" boolean NOT NULL, "price_band" smallint NOT NULL, "n" integer NOT NULL,
      CONSTRAINT "PK_catalog_price_count" PRIMARY KEY ("price_band", "category_id", "province", "ocop_stars", "in_stock"))`);
    // Band k holds prices from the k-th edge (inclusive) to the next; T and T + 1 are both edges, so that
    // `price >= T` and `price <= T` are whole bands. Keep in step with PRICE_BAND_EDGES (catalog-query.ts).
    await q.query(`CREATE FUNCTION catalog_price_band(price integer) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN width_bucket(price, '{50000,50001,100000,100001,200000,200001,300000,300001,500000,500001,1000000,1000001}'::integer[])::smallint`);
    // The statement adding `source`'s rows (product columns and a sign, ±1; only rows of approved stalls) to both
    // tables, those on sale only.
    await q.query(`CREATE FUNCTION catalog_count_sql(source text) RETURNS text LANGUAGE sql IMMUTABLE
      RETURN format($f$
        WITH d AS (
          SELECT p.category_id, p.province, coalesce(p.ocop_stars, 0)::smallint AS ocop_stars, p.stock > 0 AS in_stock,
                 catalog_price_band(p.price) AS price_band, sum(p.sign)::int AS n
            FROM (%s) p
           WHERE p.status = 'active' AND p.hidden_at IS NULL
           GROUP BY 1, 2, 3, 4, 5 HAVING sum(p.sign) <> 0
        ), banded AS (
          INSERT INTO catalog_price_count AS c (category_id, province, ocop_stars, in_stock, price_band, n)
          SELECT * FROM d
          ON CONFLICT (price_band, category_id, province, ocop_stars, in_stock) DO UPDATE SET n = c.n + EXCLUDED.n
        )
        INSERT INTO catalog_count AS c (category_id, province, ocop_stars, in_stock, n)
        SELECT category_id, province, ocop_stars, in_stock, sum(n) FROM d GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0
        ON CONFLICT (category_id, province, ocop_stars, in_stock) DO UPDATE SET n = c.n + EXCLUDED.n
      $f$, source)`);
    const cols = `p.category_id, p.province, p.ocop_stars, p.stock, p.price, p.status, p.hidden_at`;
    const approved = `JOIN stall s ON s.id = p.stall_id AND s.status = ''approved''`;
    // Inserts and deletes (any number of rows: the seed's bulk inserts) per statement, through transition tables.
    await q.query(`CREATE FUNCTION catalog_count_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM 1 FROM stall WHERE id IN (SELECT stall_id FROM new_rows) ORDER BY id FOR SHARE;
          EXECUTE catalog_count_sql('SELECT ${cols}, 1 AS sign FROM new_rows p ${approved}');
        ELSE
          PERFORM 1 FROM stall WHERE id IN (SELECT stall_id FROM old_rows) ORDER BY id FOR SHARE;
          EXECUTE catalog_count_sql('SELECT ${cols}, -1 AS sign FROM old_rows p ${approved}');
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "TR_product_count_insert" AFTER INSERT ON "product" REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION catalog_count_rows()`);
    await q.query(`CREATE TRIGGER "TR_product_count_delete" AFTER DELETE ON "product" REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION catalog_count_rows()`);
    // Updates per row, and only those that move a product between counts (most stock changes do not).
    await q.query(`CREATE FUNCTION catalog_count_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM stall WHERE id IN (OLD.stall_id, NEW.stall_id) ORDER BY id FOR SHARE;
        EXECUTE catalog_count_sql('SELECT ${cols}, v.sign FROM (VALUES ($1, -1), ($2, 1)) v(o, sign)
                                     CROSS JOIN LATERAL (SELECT (v.o).*) p ${approved}')
          USING OLD, NEW;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "TR_product_count_update" AFTER UPDATE ON "product" FOR EACH ROW WHEN (
        OLD.status IS DISTINCT FROM NEW.status OR (OLD.hidden_at IS NULL) <> (NEW.hidden_at IS NULL)
        OR OLD.stall_id <> NEW.stall_id OR OLD.category_id <> NEW.category_id OR OLD.province <> NEW.province
        OR OLD.ocop_stars IS DISTINCT FROM NEW.ocop_stars OR (OLD.stock > 0) <> (NEW.stock > 0)
        OR catalog_price_band(OLD.price) <> catalog_price_band(NEW.price))
      EXECUTE FUNCTION catalog_count_update()`);
    // A stall approved, suspended or reinstated brings all its products on sale in or out of the counts.
    await q.query(`CREATE FUNCTION catalog_count_stall() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (OLD.status = 'approved') <> (NEW.status = 'approved') THEN
          EXECUTE catalog_count_sql(format('SELECT ${cols}, %s AS sign FROM product p WHERE p.stall_id = %L',
                                           CASE WHEN NEW.status = 'approved' THEN 1 ELSE -1 END, NEW.id));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "TR_stall_count_status" AFTER UPDATE OF "status" ON "stall" FOR EACH ROW
      WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION catalog_count_stall()`);
    await q.query(`INSERT INTO catalog_price_count (category_id, province, ocop_stars, in_stock, price_band, n)
      SELECT p.category_id, p.province, coalesce(p.ocop_stars, 0), p.stock > 0, catalog_price_band(p.price), count(*)
        FROM product p JOIN stall s ON s.id = p.stall_id
       WHERE p.status = 'active' AND p.hidden_at IS NULL AND s.status = 'approved' GROUP BY 1, 2, 3, 4, 5`);
    await q.query(`INSERT INTO catalog_count (category_id, province, ocop_stars, in_stock, n)
      SELECT category_id, province, ocop_stars, in_stock, sum(n) FROM catalog_price_count GROUP BY 1, 2, 3, 4`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TR_stall_count_status" ON "stall"`);
    await q.query(`DROP TRIGGER "TR_product_count_update" ON "product"`);
    await q.query(`DROP TRIGGER "TR_product_count_delete" ON "product"`);
    await q.query(`DROP TRIGGER "TR_product_count_insert" ON "product"`);
    await q.query(`DROP FUNCTION catalog_count_stall()`);
    await q.query(`DROP FUNCTION catalog_count_update()`);
    await q.query(`DROP FUNCTION catalog_count_rows()`);
    await q.query(`DROP FUNCTION catalog_count_sql(text)`);
    await q.query(`DROP FUNCTION catalog_price_band(integer)`);
    await q.query(`DROP TABLE "catalog_price_count"`);
    await q.query(`DROP TABLE "catalog_count"`);
  }
}
