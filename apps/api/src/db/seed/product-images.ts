import sharp from "sharp";
import type { ImageProcessor, ImageRef } from "../../lib/images/image-processor";
import { storeImage } from "../../lib/images/image-store";
import type { FileStorage } from "../../lib/storage/storage";
import { LEAF_CATEGORIES, type Motif } from "./categories";
import { IMAGES_PER_CATEGORY } from "./plan-products";
import { LOGO_POOL_SIZE } from "./plan";
import { Random } from "./random";

/** Generated pictures shared by every seeded product: per category slug, and stall logos. */
export interface ImagePool {
  byCategory: Map<string, ImageRef[]>;
  logos: ImageRef[];
  /** Distinct pictures made (each stored as its WebP variants). */
  count: number;
}

const SIZE = 800;
const LOGO_SIZE = 400;

/** One motif shape centred on 0,0 with size `s`, as SVG. */
function shape(motif: Motif, s: number, fill: string): string {
  const h = s / 2;
  switch (motif) {
    case "bean":
      return `<ellipse rx="${h}" ry="${h * 0.7}" fill="${fill}"/><path d="M${-h * 0.7},0 Q0,${-h * 0.35} ${h * 0.7},0" stroke="#00000055" stroke-width="${s / 14}" fill="none"/>`;
    case "leaf":
      return `<path d="M0,${-h} C${h},${-h / 2} ${h},${h / 2} 0,${h} C${-h},${h / 2} ${-h},${-h / 2} 0,${-h}Z" fill="${fill}"/><path d="M0,${-h} L0,${h}" stroke="#00000033" stroke-width="${s / 20}"/>`;
    case "dot":
      return `<circle r="${h * 0.6}" fill="${fill}"/><circle cx="${-h * 0.2}" cy="${-h * 0.2}" r="${h * 0.15}" fill="#ffffff66"/>`;
    case "drop":
      return `<path d="M0,${-h} Q${h * 0.9},${h * 0.2} 0,${h * 0.7} Q${-h * 0.9},${h * 0.2} 0,${-h}Z" fill="${fill}"/>`;
    case "crystal":
      return `<rect x="${-h * 0.5}" y="${-h * 0.5}" width="${h}" height="${h}" fill="${fill}" transform="rotate(45)"/>`;
    case "grain":
      return `<ellipse rx="${h * 0.3}" ry="${h}" fill="${fill}"/>`;
    case "wave":
      return `<path d="M${-h},0 C${-h / 2},${-h / 2} 0,${h / 2} ${h / 2},0 S${h},${-h / 2} ${h * 1.2},0" stroke="${fill}" stroke-width="${s / 8}" fill="none" stroke-linecap="round"/>`;
    case "fish":
      return `<ellipse rx="${h * 0.8}" ry="${h * 0.35}" fill="${fill}"/><path d="M${h * 0.7},0 L${h * 1.2},${-h * 0.35} L${h * 1.2},${h * 0.35}Z" fill="${fill}"/>`;
    case "slice":
      return `<circle r="${h}" fill="${fill}"/><circle r="${h * 0.75}" fill="#ffffff44"/><path d="M${-h * 0.75},0 H${h * 0.75} M0,${-h * 0.75} V${h * 0.75}" stroke="${fill}" stroke-width="${s / 16}"/>`;
    case "hexagon": {
      const pts = [0, 1, 2, 3, 4, 5].map(
        (k) => `${(h * Math.cos((Math.PI / 3) * k)).toFixed(1)},${(h * Math.sin((Math.PI / 3) * k)).toFixed(1)}`,
      );
      return `<polygon points="${pts.join(" ")}" fill="${fill}" stroke="#00000033" stroke-width="${s / 20}"/>`;
    }
    case "diamond":
      return `<polygon points="0,${-h} ${h * 0.7},0 0,${h} ${-h * 0.7},0" fill="none" stroke="${fill}" stroke-width="${s / 9}"/>`;
    case "pot":
      return `<path d="M${-h * 0.35},${-h} H${h * 0.35} V${-h * 0.7} C${h},${-h * 0.5} ${h},${h} 0,${h} C${-h},${h} ${-h},${-h * 0.5} ${-h * 0.35},${-h * 0.7}Z" fill="${fill}"/>`;
    case "box":
      return `<rect x="${-h}" y="${-h * 0.7}" width="${s}" height="${h * 1.4}" fill="${fill}"/><path d="M0,${-h * 0.7} V${h * 0.7} M${-h},0 H${h}" stroke="#ffffffaa" stroke-width="${s / 12}"/>`;
  }
}

/** Mixes a `#rrggbb` colour toward white (amount > 0) or black (amount < 0). */
function tint(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(amount >= 0 ? c + (255 - c) * amount : c * (1 + amount));
  return `#${[(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => mix(c).toString(16).padStart(2, "0")).join("")}`;
}

const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A square "product photo": tinted background, scattered motifs, a label plate with the category name. */
export function productSvg(o: { color: string; motif: Motif; label: string; seed: string }): string {
  const rng = new Random(o.seed);
  const light = rng.next() * 0.25;
  const motifs = Array.from({ length: 16 }, () => {
    const [x, y, s, r] = [rng.int(0, SIZE), rng.int(0, SIZE), rng.int(50, 130), rng.int(0, 359)];
    return `<g transform="translate(${x} ${y}) rotate(${r})" opacity="${(0.35 + rng.next() * 0.4).toFixed(2)}">${shape(o.motif, s, tint(o.color, 0.55))}</g>`;
  });
  // Fonts may be missing where the seed runs; the text is decoration, the picture works without it.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${tint(o.color, light)}"/><stop offset="1" stop-color="${tint(o.color, -0.45)}"/></linearGradient></defs>
<rect width="${SIZE}" height="${SIZE}" fill="url(#bg)"/>${motifs.join("")}
<g transform="translate(${SIZE / 2} ${SIZE / 2})"><circle r="200" fill="#fffaf0" opacity="0.92"/>${shape(o.motif, 230, o.color)}</g>
<text x="${SIZE / 2}" y="${SIZE - 70}" font-family="DejaVu Sans, sans-serif" font-size="52" font-weight="bold" fill="#fffaf0" text-anchor="middle">${escapeXml(o.label)}</text>
</svg>`;
}

/** A round badge for a stall logo. */
function logoSvg(rng: Random): string {
  const leaf = LEAF_CATEGORIES[rng.int(0, LEAF_CATEGORIES.length - 1)]!;
  const color = tint(leaf.group.color, rng.next() * 0.3 - 0.15);
  const c = LOGO_SIZE / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${LOGO_SIZE}" height="${LOGO_SIZE}">
<rect width="${LOGO_SIZE}" height="${LOGO_SIZE}" fill="#fffaf0"/><circle cx="${c}" cy="${c}" r="${c - 16}" fill="${color}"/>
<circle cx="${c}" cy="${c}" r="${c - 44}" fill="none" stroke="#fffaf0" stroke-width="6" stroke-dasharray="${rng.int(8, 30)} 10"/>
<g transform="translate(${c} ${c}) rotate(${rng.int(-30, 30)})">${shape(leaf.motif, 150, "#fffaf0")}</g></svg>`;
}

/** Renders an SVG to JPEG: what a phone would upload, so the pictures take the same path as real uploads. */
const render = (svg: string) => sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();

/**
 * Makes the pool: IMAGES_PER_CATEGORY pictures per category and LOGO_POOL_SIZE logos, each through
 * `storeImage` so they get the normal WebP variants. Deterministic, and storage is content-addressed, so
 * seeding again rewrites nothing. Two at a time: rendering an SVG is single-threaded, encoding is not.
 */
export async function buildImagePool(processor: ImageProcessor, storage: FileStorage): Promise<ImagePool> {
  const jobs: { key: string; svg: string }[] = [];
  for (const leaf of LEAF_CATEGORIES)
    for (let v = 0; v < IMAGES_PER_CATEGORY; v++)
      jobs.push({
        key: leaf.slug,
        svg: productSvg({ color: leaf.group.color, motif: leaf.motif, label: leaf.name, seed: `${leaf.slug}:${v}` }),
      });
  for (let i = 0; i < LOGO_POOL_SIZE; i++) jobs.push({ key: "", svg: logoSvg(new Random(`logo:${i}`)) });

  const refs: ImageRef[] = new Array<ImageRef>(jobs.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < jobs.length; i = next++) refs[i] = await storeImage(processor, storage, await render(jobs[i]!.svg));
  };
  await Promise.all([worker(), worker()]);

  const pool: ImagePool = { byCategory: new Map(), logos: [], count: jobs.length };
  jobs.forEach((job, i) => {
    if (!job.key) pool.logos.push(refs[i]!);
    else pool.byCategory.set(job.key, [...(pool.byCategory.get(job.key) ?? []), refs[i]!]);
  });
  return pool;
}
