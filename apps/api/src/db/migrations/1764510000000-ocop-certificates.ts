import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * OCOP certificates: a stall's record of an authority's decision, verified by an admin. A product's public star
 * (`product.ocop_stars`, which the catalogue counts' triggers already follow) is now derived: set when a
 * certificate covering it is verified, cleared when it is revoked, superseded or expires (`ocop_valid_until`).
 * The self-declared stars become `submitted` certificates waiting for an admin, and leave the public catalogue.
 */
export class OcopCertificates1764510000000 implements MigrationInterface {
  name = "OcopCertificates1764510000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "ocop_certificate" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "stall_id" uuid NOT NULL REFERENCES "stall"("id") ON DELETE CASCADE,
      "regime" character varying(16) NOT NULL,
      "product_group" character varying(16) NOT NULL,
      "stars" smallint NOT NULL,
      "score" smallint,
      "issuing_level" character varying(16) NOT NULL,
      "issuing_authority" character varying(160) NOT NULL,
      "decision_no" character varying(64) NOT NULL,
      "decision_date" date NOT NULL,
      "valid_until" date NOT NULL,
      "status" character varying(16) NOT NULL DEFAULT 'submitted',
      "reason" text,
      "revocation_decision_no" character varying(64),
      "superseded_by_id" uuid REFERENCES "ocop_certificate"("id") ON DELETE SET NULL,
      "document_key" character varying(200),
      "document_type" character varying(32),
      "reminded_90_at" TIMESTAMP WITH TIME ZONE,
      "reminded_30_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_ocop_certificate" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_ocop_certificate_regime" CHECK ("regime" IN ('1048-2019', '148-2023', '1489-2025')),
      CONSTRAINT "CHK_ocop_certificate_group" CHECK ("product_group" IN ('food', 'drinks', 'herbal', 'crafts', 'ornamental', 'tourism')),
      CONSTRAINT "CHK_ocop_certificate_stars" CHECK ("stars" BETWEEN 3 AND 5),
      CONSTRAINT "CHK_ocop_certificate_level" CHECK ("issuing_level" IN ('district', 'province', 'central')),
      CONSTRAINT "CHK_ocop_certificate_status" CHECK ("status" IN ('submitted', 'verified', 'rejected', 'revoked', 'superseded', 'expired')),
      CONSTRAINT "CHK_ocop_certificate_valid" CHECK ("valid_until" <= "decision_date" + interval '36 months'))`);
    await q.query(`CREATE INDEX "IDX_ocop_certificate_stall" ON "ocop_certificate" ("stall_id", "created_at")`);
    await q.query(`CREATE INDEX "IDX_ocop_certificate_queue" ON "ocop_certificate" ("status", "created_at")`);
    await q.query(`CREATE INDEX "IDX_ocop_certificate_expiry" ON "ocop_certificate" ("valid_until") WHERE "status" = 'verified'`);
    await q.query(`CREATE TABLE "ocop_certificate_product" (
      "certificate_id" uuid NOT NULL REFERENCES "ocop_certificate"("id") ON DELETE CASCADE,
      "product_id" uuid NOT NULL REFERENCES "product"("id") ON DELETE CASCADE,
      CONSTRAINT "PK_ocop_certificate_product" PRIMARY KEY ("certificate_id", "product_id"))`);
    await q.query(`CREATE INDEX "IDX_ocop_certificate_product_product" ON "ocop_certificate_product" ("product_id")`);
    await q.query(`CREATE TABLE "ocop_certificate_decision" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "admin_id" uuid REFERENCES "app_user"("id") ON DELETE RESTRICT,
      "action" character varying(16) NOT NULL,
      "reason" text,
      "certificate_id" uuid NOT NULL REFERENCES "ocop_certificate"("id") ON DELETE CASCADE,
      CONSTRAINT "PK_ocop_certificate_decision" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_ocop_certificate_decision_cert" ON "ocop_certificate_decision" ("certificate_id")`);
    await q.query(`ALTER TABLE "product" ADD "ocop_valid_until" date, ADD "ocop_certificate_id" uuid`);
    await q.query(`CREATE INDEX "IDX_product_ocop_valid_until" ON "product" ("ocop_valid_until") WHERE "ocop_stars" IS NOT NULL`);
    // The self-declared stars: one submitted certificate per product, waiting for an admin.
    await q.query(`WITH src AS (
        SELECT p.id AS product_id, p.stall_id, p.ocop_stars, p.ocop_certificate_no, p.province,
               make_date(coalesce(p.ocop_year, extract(year FROM p.created_at)::int), 1, 1) AS decision_date,
               gen_random_uuid() AS cert_id
          FROM product p WHERE p.ocop_stars IS NOT NULL
      ), ins AS (
        INSERT INTO ocop_certificate (id, stall_id, regime, product_group, stars, issuing_level, issuing_authority,
                                      decision_no, decision_date, valid_until, status, reason)
        SELECT cert_id, stall_id, CASE WHEN decision_date < '2023-03-01' THEN '1048-2019' ELSE '148-2023' END, 'food',
               ocop_stars, CASE WHEN ocop_stars = 5 THEN 'central' ELSE 'province' END, 'UBND tỉnh (tự khai)',
               coalesce(nullif(ocop_certificate_no, ''), 'tự khai'), decision_date,
               (decision_date + interval '36 months')::date, 'submitted', 'Tự khai trước khi có xác minh'
          FROM src RETURNING id
      )
      INSERT INTO ocop_certificate_product (certificate_id, product_id) SELECT cert_id, product_id FROM src`);
    // Nothing unverified shows: the count triggers take the products out of their stars' facets.
    await q.query(`UPDATE product SET ocop_stars = NULL WHERE ocop_stars IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_product_ocop_valid_until"`);
    await q.query(`ALTER TABLE "product" DROP COLUMN "ocop_certificate_id", DROP COLUMN "ocop_valid_until"`);
    await q.query(`DROP TABLE "ocop_certificate_decision"`);
    await q.query(`DROP TABLE "ocop_certificate_product"`);
    await q.query(`DROP TABLE "ocop_certificate"`);
  }
}
