import { provinceBySlug } from "@chophien/contracts";
import type { BusinessType } from "../../modules/stalls/stall.entity";
import { productLine } from "./catalog-data";
import { planProducts, type PlannedProduct } from "./plan-products";
import { Random } from "./random";
import { SlugTaker } from "./slug-taker";
import { type Founder, makeAddress, makeFounder, makeStallName, makeStory, makeTagline, pickBusinessType } from "./stall-data";
import { PROVINCE_PROFILES, SPECIAL_ZONES } from "./stall-places";

/** Approved stalls per unit of scale; the real channel has about 300. */
export const APPROVED_PER_SCALE = 300;
/** Applications waiting for an admin, per unit of scale. */
export const PENDING_PER_SCALE = 12;
/** Logos come from a small pool of generated pictures. */
export const LOGO_POOL_SIZE = 10;

const DAY = 86_400_000;
const CENTRAL = new Set(["quang-tri", "hue", "ha-tinh", "nghe-an"]);

/** A stall the seed will insert, with its owner and products. */
export interface PlannedStall {
  email: string;
  founder: Founder;
  slug: string;
  name: string;
  story: string;
  description: string | null;
  province: string;
  address: string;
  businessType: BusinessType;
  businessRegistrationNo: string | null;
  status: "approved" | "pending";
  createdAt: Date;
  approvedAt: Date | null;
  /** Index into the logo pool, or null for no logo. */
  logo: number | null;
  products: (PlannedProduct & { slug: string })[];
}

/** Inputs of the plan; only `scale` and `now` matter on an empty database. */
export interface PlanOptions {
  scale: number;
  now: Date;
  /** Number of the first demo owner account (`stall001@…`); above the existing ones when seeding again with force. */
  firstNumber?: number;
  takenStallSlugs?: Iterable<string>;
  takenProductSlugs?: Iterable<string>;
}

/**
 * The whole demo market as data, deterministic: each stall draws from its own PRNG seeded by its number, so
 * the same scale gives the same names, places, products and prices (and scale 20 starts with scale 1's stalls).
 */
export function planMarket(o: PlanOptions): PlannedStall[] {
  const stallSlugs = new SlugTaker(o.takenStallSlugs);
  const productSlugs = new SlugTaker(o.takenProductSlugs);
  const approved = Math.round(APPROVED_PER_SCALE * o.scale);
  const pending = Math.round(PENDING_PER_SCALE * o.scale);
  const first = o.firstNumber ?? 1;
  const stalls: PlannedStall[] = [];
  for (let i = 0; i < approved + pending; i++) {
    const isPending = i >= approved;
    const rng = new Random(isPending ? `pending:${i - approved}` : `stall:${i}`);
    const stall = planStall(rng, o.now, isPending, `stall${String(first + i).padStart(3, "0")}@demo.chophien.vn`);
    stall.slug = stallSlugs.take(stall.name);
    for (const p of stall.products) p.slug = productSlugs.take(p.name);
    stalls.push(stall);
  }
  return stalls;
}

function planStall(rng: Random, now: Date, pending: boolean, email: string): PlannedStall {
  const profile = rng.weighted(PROVINCE_PROFILES, (p) => p.weight);
  const province = provinceBySlug(profile.slug);
  if (!province) throw new Error(`Unknown province "${profile.slug}" in the seed data`);
  const spot = rng.weighted(profile.spots, (s) => s.weight);
  const line = productLine(spot.line);
  const place = rng.pick(spot.places);
  const founder = makeFounder(rng);
  // A city stall reselling its home province's goods is a shop, not a cooperative.
  const picked = pickBusinessType(rng);
  const businessType = spot.origin && picked === "cooperative" ? "household" : picked;
  const label = rng.pick(line.labels);
  const name = makeStallName(rng, { label, place, founder, type: businessType, central: CENTRAL.has(profile.slug) }).slice(
    0,
    120,
  );

  // City resellers and places named like their province live in one of its wards.
  const home = spot.origin || place === province.name || !place ? rng.pick(profile.towns) : place;
  const unit = SPECIAL_ZONES.has(home) ? `đặc khu ${home}` : profile.towns.includes(home) ? `phường ${home}` : `xã ${home}`;

  const approvedAt = pending ? null : new Date(now.getTime() - rng.int(1, 540) * DAY - rng.int(0, DAY - 1));
  const createdAt = approvedAt
    ? new Date(approvedAt.getTime() - rng.int(1, 20) * DAY - rng.int(0, DAY - 1))
    : new Date(now.getTime() - rng.int(0, 14 * DAY));
  const startYear = rng.int(Math.min(Math.max(founder.birthYear + 18, 2016), createdAt.getFullYear()), createdAt.getFullYear());

  const products = approvedAt
    ? planProducts(rng, {
        province: profile.slug,
        spot,
        place,
        otherSpots: profile.spots.filter((s) => s !== spot),
        approvedAt,
        now,
      })
    : [];
  return {
    email,
    founder,
    slug: "",
    name,
    story: makeStory(rng, {
      founder,
      type: businessType,
      place,
      label,
      hook: rng.pick(line.story),
      startYear,
      ...(spot.origin ? { resoldIn: province.name } : {}),
    }),
    description: makeTagline(rng, name, place),
    province: profile.slug,
    address: makeAddress(rng, unit, province.name),
    businessType,
    businessRegistrationNo: registrationNo(rng, businessType),
    status: pending ? "pending" : "approved",
    createdAt,
    approvedAt,
    logo: rng.chance(pending ? 0.2 : 0.4) ? rng.int(0, LOGO_POOL_SIZE - 1) : null,
    products: products.map((p) => ({ ...p, slug: "" })),
  };
}

/** Enterprise and cooperative codes are 10 digits; households have a district-style code; individuals none. */
function registrationNo(rng: Random, type: BusinessType): string | null {
  if (type === "company" || type === "cooperative") return String(rng.int(1_000_000_000, 6_399_999_999));
  if (type === "household" && rng.chance(0.6))
    return `${rng.int(10, 99)}${rng.pick(["A", "B", "C", "D"])}8${String(rng.int(0, 999_999)).padStart(6, "0")}`;
  return null;
}
