import type { EntityManager } from "typeorm";
import { foldVietnamese } from "@chophien/contracts";
import { productSearchText, productSearchVectors } from "../../modules/catalog/search-text";
import { bulkInsert } from "./bulk-insert";
import type { SeededCategory } from "./categories";
import type { PlannedStall } from "./plan";
import type { ImagePool } from "./product-images";

/** What the writer needs besides the plan. */
export interface WriteInput {
  plan: PlannedStall[];
  categories: Map<string, SeededCategory>;
  /** The admin recorded on every approval. */
  adminId: string;
  /** One scrypt hash shared by every demo account (hashing thousands would take minutes). */
  passwordHash: string;
  pool: ImagePool;
}

/** Rows written, by kind. */
export interface WriteCounts {
  stalls: number;
  pendingStalls: number;
  products: number;
  images: number;
}

const HOUR = 3_600_000;

/** Writes owners, stalls, approvals, products and product images in batches, inside the caller's transaction. */
export async function writeMarket(m: EntityManager, input: WriteInput): Promise<WriteCounts> {
  const { plan, pool } = input;

  const users = await bulkInsert<{ id: string; email: string }>(
    m,
    "app_user",
    {
      email: "text",
      password_hash: "text",
      full_name: "text",
      phone: "text",
      role: "text",
      created_at: "timestamptz",
      updated_at: "timestamptz",
    },
    plan.map((s) => {
      // The account came a little before the application.
      const at = new Date(s.createdAt.getTime() - 2 * HOUR);
      const role = s.status === "approved" ? "seller" : "shopper";
      return {
        email: s.email,
        password_hash: input.passwordHash,
        full_name: s.founder.fullName,
        phone: s.founder.phone,
        role,
        created_at: at,
        updated_at: at,
      };
    }),
    ["id", "email"],
  );
  const userId = new Map(users.map((u) => [u.email, u.id]));

  const stalls = await bulkInsert<{ id: string; slug: string }>(
    m,
    "stall",
    {
      owner_id: "uuid",
      slug: "text",
      name: "text",
      search_name: "text",
      story: "text",
      description: "text",
      province: "text",
      address: "text",
      phone: "text",
      business_type: "text",
      business_registration_no: "text",
      founder_birth_year: "smallint",
      status: "text",
      logo: "jsonb",
      approved_at: "timestamptz",
      created_at: "timestamptz",
      updated_at: "timestamptz",
    },
    plan.map((s) => ({
      owner_id: userId.get(s.email),
      slug: s.slug,
      name: s.name,
      search_name: foldVietnamese(s.name),
      story: s.story,
      description: s.description,
      province: s.province,
      address: s.address,
      phone: s.founder.phone,
      business_type: s.businessType,
      business_registration_no: s.businessRegistrationNo,
      founder_birth_year: s.founder.birthYear,
      status: s.status,
      logo: s.logo === null ? null : JSON.stringify(pool.logos[s.logo % pool.logos.length]),
      approved_at: s.approvedAt,
      created_at: s.createdAt,
      updated_at: s.approvedAt ?? s.createdAt,
    })),
    ["id", "slug"],
  );
  const stallId = new Map(stalls.map((s) => [s.slug, s.id]));
  const approved = plan.filter((s) => s.approvedAt);

  await bulkInsert(
    m,
    "stall_decision",
    { stall_id: "uuid", admin_id: "uuid", action: "text", created_at: "timestamptz", updated_at: "timestamptz" },
    approved.map((s) => ({
      stall_id: stallId.get(s.slug),
      admin_id: input.adminId,
      action: "approve",
      created_at: s.approvedAt,
      updated_at: s.approvedAt,
    })),
  );

  const planned = approved.flatMap((stall) => stall.products.map((product) => ({ stall, product })));
  // Exactly what refreshProductSearch stores, so seeded products are found like edited ones.
  const search = planned.map(({ stall, product: p }) => {
    const category = input.categories.get(p.categorySlug);
    if (!category) throw new Error(`Unknown category "${p.categorySlug}" in the seed data`);
    const province = p.originProvince ?? stall.province;
    const searchText = productSearchText({
      name: p.name,
      description: p.description,
      categoryNames: [category.name, category.nameEn, category.parentName ?? ""],
      stallName: stall.name,
      province,
    });
    return { category, province, searchName: foldVietnamese(p.name), searchText };
  });
  const vectors = await productSearchVectors(m, search);
  const products = await bulkInsert<{ id: string; slug: string }>(
    m,
    "product",
    {
      stall_id: "uuid",
      slug: "text",
      name: "text",
      description: "text",
      category_id: "uuid",
      price: "int",
      compare_at_price: "int",
      unit: "text",
      weight_grams: "int",
      stock: "int",
      status: "text",
      ocop_stars: "smallint",
      ocop_certificate_no: "text",
      ocop_year: "smallint",
      origin_province: "text",
      province: "text",
      search_name: "text",
      search_text: "text",
      // Sent as tsvector literals (from productSearchVectors) and parsed by PostgreSQL: unnest($n::tsvector[]).
      search_vector: "tsvector",
      created_at: "timestamptz",
      updated_at: "timestamptz",
    },
    planned.map(({ stall, product: p }, i) => {
      const { category, province, searchName, searchText } = search[i]!;
      return {
        stall_id: stallId.get(stall.slug),
        slug: p.slug,
        name: p.name,
        description: p.description,
        category_id: category.id,
        price: p.price,
        compare_at_price: p.compareAtPrice,
        unit: p.unit,
        weight_grams: p.weightGrams,
        stock: p.stock,
        status: p.status,
        ocop_stars: p.ocop?.stars,
        ocop_certificate_no: p.ocop?.certificateNo,
        ocop_year: p.ocop?.year,
        origin_province: p.originProvince,
        province,
        search_name: searchName,
        search_text: searchText,
        search_vector: vectors[i],
        created_at: p.createdAt,
        updated_at: p.createdAt,
      };
    }),
    ["id", "slug"],
  );
  const productId = new Map(products.map((p) => [p.slug, p.id]));
  await seedOcopCertificates(m);

  const imageRows = planned.flatMap(({ product: p }) => {
    const photos = pool.byCategory.get(p.categorySlug) ?? [];
    return p.images.flatMap((slot, position) => {
      const ref = photos[slot % Math.max(1, photos.length)];
      if (!ref) return [];
      const at = p.createdAt;
      return [
        {
          product_id: productId.get(p.slug),
          position,
          hash: ref.hash,
          width: ref.width,
          height: ref.height,
          widths: `{${ref.widths.join(",")}}`,
          created_at: at,
          updated_at: at,
        },
      ];
    });
  });
  await bulkInsert(
    m,
    "product_image",
    {
      product_id: "uuid",
      position: "smallint",
      hash: "text",
      width: "int",
      height: "int",
      widths: "int[]",
      created_at: "timestamptz",
      updated_at: "timestamptz",
    },
    imageRows,
  );

  return {
    stalls: approved.length,
    pendingStalls: plan.length - approved.length,
    products: products.length,
    images: imageRows.length,
  };
}

/**
 * The demo's OCOP stars as verified certificates (a star is never typed): province decisions of the stall's
 * province (UBND tỉnh Quảng Trị for Quảng Trị), central ones for 5★; every tenth expires within 90 days, every
 * tenth has expired (and shows no star).
 */
async function seedOcopCertificates(m: EntityManager): Promise<void> {
  await m.query(`WITH src AS (
      SELECT p.id AS product_id, p.stall_id, p.ocop_stars AS stars, p.province,
             row_number() OVER (ORDER BY p.slug)::int AS n, gen_random_uuid() AS cert_id
        FROM product p WHERE p.ocop_stars IS NOT NULL AND p.ocop_certificate_id IS NULL
    ), dated AS (
      SELECT *, (CASE WHEN n % 10 = 0 THEN current_date - interval '36 months' + (20 + n % 60) * interval '1 day'
                      WHEN n % 10 = 1 THEN current_date - interval '36 months' - (10 + n % 100) * interval '1 day'
                      ELSE current_date - ((n * 37) % 900 + 30) * interval '1 day' END)::date AS decision_date
        FROM src
    ), ins AS (
      INSERT INTO ocop_certificate (id, stall_id, regime, product_group, stars, score, issuing_level, issuing_authority,
                                    decision_no, decision_date, valid_until, status)
      SELECT cert_id, stall_id, CASE WHEN decision_date >= '2025-07-01' THEN '1489-2025' ELSE '148-2023' END, 'food', stars,
             CASE stars WHEN 3 THEN 55 + n % 15 WHEN 4 THEN 70 + n % 20 ELSE 90 + n % 11 END,
             CASE WHEN stars = 5 THEN 'central' ELSE 'province' END,
             CASE WHEN stars = 5 THEN 'Bộ Nông nghiệp và Môi trường' WHEN province = 'quang-tri' THEN 'UBND tỉnh Quảng Trị'
                  ELSE 'UBND tỉnh ' || initcap(replace(province, '-', ' ')) END,
             (1000 + n * 7) || CASE WHEN stars = 5 THEN '/QĐ-BNNMT' ELSE '/QĐ-UBND' END, decision_date,
             (decision_date + interval '36 months')::date,
             CASE WHEN decision_date + interval '36 months' < current_date THEN 'expired' ELSE 'verified' END
        FROM dated RETURNING id
    ), links AS (
      INSERT INTO ocop_certificate_product (certificate_id, product_id) SELECT cert_id, product_id FROM dated RETURNING 1
    )
    UPDATE product p SET
      ocop_stars = CASE WHEN d.decision_date + interval '36 months' < current_date THEN NULL ELSE p.ocop_stars END,
      ocop_valid_until = CASE WHEN d.decision_date + interval '36 months' < current_date THEN NULL
                              ELSE (d.decision_date + interval '36 months')::date END,
      ocop_certificate_id = CASE WHEN d.decision_date + interval '36 months' < current_date THEN NULL ELSE d.cert_id END
      FROM dated d WHERE p.id = d.product_id`);
}
