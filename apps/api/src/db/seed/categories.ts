import type { EntityManager } from "typeorm";

/** The decorative shape drawn on a category's generated product photos. */
export type Motif =
  "bean" | "leaf" | "dot" | "drop" | "crystal" | "grain" | "wave" | "fish" | "slice" | "hexagon" | "diamond" | "pot" | "box";

/** A category the seed makes products in. */
export interface LeafCategory {
  slug: string;
  name: string;
  nameEn: string;
  motif: Motif;
}

/** A top-level group; its `color` tints every generated photo of its categories. */
export interface CategoryGroup {
  slug: string;
  name: string;
  nameEn: string;
  color: string;
  children: LeafCategory[];
}

/** The demo category tree: 8 groups, 24 categories, shaped after what youth-startup and OCOP stalls actually sell. */
export const CATEGORY_TREE: readonly CategoryGroup[] = [
  {
    slug: "do-uong",
    name: "Đồ uống",
    nameEn: "Drinks",
    color: "#6b4226",
    children: [
      { slug: "ca-phe", name: "Cà phê", nameEn: "Coffee", motif: "bean" },
      { slug: "tra-thao-moc", name: "Trà & trà thảo mộc", nameEn: "Tea & herbal tea", motif: "leaf" },
    ],
  },
  {
    slug: "gia-vi",
    name: "Gia vị",
    nameEn: "Spices & condiments",
    color: "#9c2f1f",
    children: [
      { slug: "ho-tieu", name: "Hồ tiêu", nameEn: "Pepper", motif: "dot" },
      { slug: "nuoc-mam", name: "Nước mắm", nameEn: "Fish sauce", motif: "drop" },
      { slug: "muoi-dac-san", name: "Muối đặc sản", nameEn: "Speciality salt", motif: "crystal" },
      { slug: "ot-toi-tuong", name: "Ớt, tỏi & tương", nameEn: "Chilli, garlic & sauces", motif: "slice" },
      { slug: "mam-ruoc", name: "Mắm & ruốc", nameEn: "Fermented shrimp & fish pastes", motif: "pot" },
    ],
  },
  {
    slug: "luong-thuc",
    name: "Lương thực",
    nameEn: "Staples",
    color: "#b08a2e",
    children: [
      { slug: "gao", name: "Gạo", nameEn: "Rice", motif: "grain" },
      { slug: "ngu-coc-hat", name: "Ngũ cốc & các loại hạt", nameEn: "Grains, beans & nuts", motif: "dot" },
      { slug: "bun-mien-banh-da", name: "Bún, miến & bánh đa", nameEn: "Noodles & rice paper", motif: "wave" },
    ],
  },
  {
    slug: "dac-san-kho",
    name: "Đặc sản khô",
    nameEn: "Dried specialities",
    color: "#c0662b",
    children: [
      { slug: "hai-san-kho", name: "Hải sản khô", nameEn: "Dried seafood", motif: "fish" },
      { slug: "trai-cay-say", name: "Trái cây & nông sản sấy", nameEn: "Dried fruit & produce", motif: "slice" },
      { slug: "mut-banh-keo", name: "Mứt, bánh & kẹo", nameEn: "Jams, cakes & sweets", motif: "box" },
    ],
  },
  {
    slug: "mat-ong-san-pham-ong",
    name: "Mật ong & sản phẩm ong",
    nameEn: "Honey & bee products",
    color: "#d49a1a",
    children: [
      { slug: "mat-ong", name: "Mật ong", nameEn: "Honey", motif: "hexagon" },
      { slug: "phan-hoa-sap-ong", name: "Phấn hoa & sáp ong", nameEn: "Bee pollen & beeswax", motif: "hexagon" },
    ],
  },
  {
    slug: "duoc-lieu",
    name: "Dược liệu",
    nameEn: "Herbal medicine",
    color: "#3f7a3a",
    children: [
      { slug: "tinh-dau", name: "Tinh dầu", nameEn: "Essential oils", motif: "drop" },
      { slug: "cao-duoc-lieu", name: "Cao dược liệu", nameEn: "Herbal extracts", motif: "pot" },
      { slug: "nam-thao-duoc-kho", name: "Nấm & thảo dược khô", nameEn: "Dried mushrooms & herbs", motif: "leaf" },
    ],
  },
  {
    slug: "thu-cong-my-nghe",
    name: "Thủ công mỹ nghệ",
    nameEn: "Handicrafts",
    color: "#7a5a3a",
    children: [
      { slug: "may-tre-dan", name: "Mây tre đan", nameEn: "Rattan & bamboo", motif: "diamond" },
      { slug: "det-tho-cam", name: "Dệt thổ cẩm", nameEn: "Brocade weaving", motif: "diamond" },
      { slug: "gom", name: "Gốm", nameEn: "Pottery", motif: "pot" },
      { slug: "do-go-my-nghe", name: "Đồ gỗ mỹ nghệ", nameEn: "Woodcraft", motif: "wave" },
    ],
  },
  {
    slug: "qua-tang-ocop",
    name: "Quà tặng OCOP",
    nameEn: "OCOP gifts",
    color: "#a3263a",
    children: [
      { slug: "hop-qua", name: "Hộp quà đặc sản", nameEn: "Speciality gift boxes", motif: "box" },
      { slug: "gio-qua-tet", name: "Giỏ quà Tết", nameEn: "Tết hampers", motif: "box" },
    ],
  },
];

/** Every leaf category with its group, in tree order. */
export const LEAF_CATEGORIES: readonly (LeafCategory & { group: CategoryGroup })[] = CATEGORY_TREE.flatMap((group) =>
  group.children.map((leaf) => ({ ...leaf, group })),
);

/** A category row as the seed needs it later: for product foreign keys and search text. */
export interface SeededCategory {
  id: string;
  slug: string;
  name: string;
  nameEn: string;
  parentName: string | null;
}

/**
 * Inserts the tree; categories that already exist (matched by slug) are kept as they are, names included, so
 * running the seed again never duplicates a category nor undoes an admin's edit. Runs in the caller's transaction.
 */
export async function upsertCategories(m: EntityManager): Promise<Map<string, SeededCategory>> {
  const bySlug = new Map<string, SeededCategory>();
  const upsert = async (c: { slug: string; name: string; nameEn: string }, parent: SeededCategory | null, position: number) => {
    // The no-op update makes RETURNING give back the existing row too.
    const [row] = await m.query<{ id: string; name: string; name_en: string }[]>(
      `INSERT INTO category (slug, name, name_en, parent_id, position) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug
       RETURNING id, name, name_en`,
      [c.slug, c.name, c.nameEn, parent?.id ?? null, position],
    );
    const seeded = { id: row!.id, slug: c.slug, name: row!.name, nameEn: row!.name_en, parentName: parent?.name ?? null };
    bySlug.set(c.slug, seeded);
    return seeded;
  };
  for (const [gi, group] of CATEGORY_TREE.entries()) {
    const parent = await upsert(group, null, gi);
    for (const [ci, leaf] of group.children.entries()) await upsert(leaf, parent, ci);
  }
  return bySlug;
}
