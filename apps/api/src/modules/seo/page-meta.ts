import { formatDateTime, formatVnd, TraceCode } from "@chophien/contracts";
import type { PageMeta, PageMetaResolver } from "../../http/spa";
import type { CatalogService } from "../catalog/catalog.service";
import type { LiveService } from "../live/live.service";
import type { TraceService } from "../traceability/trace.service";

const SLUG = /^[a-z0-9-]{1,120}$/;
const DESCRIPTION_LENGTH = 200;

/** Markdown or plain text → one line of at most `max` characters for a preview. */
export function plainSummary(text: string, max = DESCRIPTION_LENGTH): string {
  const plain = text
    .replace(/^\s*(?:[-+*]|\d+[.)])\s+/gm, "") // list markers
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#>*_`~|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length <= max ? plain : `${plain.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

/** True when the catalog said "not found" (the product or stall is not public). */
const notFound = (err: unknown) => (err as { status?: number }).status === 404;

/**
 * Link previews and search results for the storefront's product and stall pages, from the same (cached)
 * catalog answers the API gives; a product or stall that is not public is a 404 page.
 */
export function storefrontPageMeta({
  catalog,
  publicUrl,
  trace,
  live,
}: {
  catalog: CatalogService;
  publicUrl: string;
  /** Batch trace pages `/t/:code` (their previews never count as openings). */
  trace?: Pick<TraceService, "preview">;
  /** Live sessions `/live/:slug` (an unknown slug is the plain page: the app says it is gone). */
  live?: Pick<LiveService, "getPublic">;
}): PageMetaResolver {
  const abs = (p: string) => (p.startsWith("/") ? publicUrl + p : p);
  return async (path) => {
    const [, kind, slug, rest] = path.split("/");
    if (kind === "t" && trace && slug && rest === undefined) return traceMeta(trace, slug);
    if (kind === "live" && live && slug && rest === undefined) return liveMeta(live, slug);
    if (rest !== undefined || !slug || (kind !== "san-pham" && kind !== "gian-hang")) return undefined;
    if (!SLUG.test(slug)) return { status: 404 };
    try {
      return { status: 200, meta: kind === "san-pham" ? await productMeta(slug) : await stallMeta(slug) };
    } catch (err) {
      if (notFound(err)) return { status: 404 };
      throw err;
    }
  };

  async function productMeta(slug: string): Promise<PageMeta> {
    const p = await catalog.product(slug);
    const url = `${publicUrl}/san-pham/${p.slug}`;
    const image = p.images[0] ?? p.thumbnail;
    const lead = `${formatVnd(p.price)} · ${p.unit} · ${p.stallInfo.name}, ${p.province.name}.`;
    return {
      title: `${p.name} · Chợ Phiên`,
      description: plainSummary(p.description ? `${lead} ${p.description}` : lead),
      url,
      image: image ? abs(image.url) : null,
      type: "product",
      offer: { price: p.price, inStock: p.inStock },
      jsonLd: {
        "@context": "https://schema.org",
        "@type": "Product",
        name: p.name,
        url,
        ...(image ? { image: abs(image.url) } : {}),
        description: plainSummary(p.description ?? lead, 500),
        category: p.category.name,
        brand: { "@type": "Brand", name: p.stallInfo.name },
        offers: {
          "@type": "Offer",
          price: p.price,
          priceCurrency: "VND",
          availability: `https://schema.org/${p.inStock ? "InStock" : "OutOfStock"}`,
          url,
        },
        // Only a verified, unexpired certificate (the page's `ocop` is derived from nothing else).
        ...(p.ocop
          ? {
              hasCertification: {
                "@type": "Certification",
                name: `OCOP ${p.ocop.stars} sao`,
                certificationIdentification: p.ocop.decisionNo,
                certificationRating: { "@type": "Rating", ratingValue: p.ocop.stars, bestRating: 5, worstRating: 3 },
                issuedBy: { "@type": "Organization", name: p.ocop.issuingAuthority },
                validFrom: p.ocop.decisionDate,
                expires: p.ocop.validUntil,
              },
            }
          : {}),
        ...(p.ratingCount
          ? { aggregateRating: { "@type": "AggregateRating", ratingValue: p.ratingAvg, reviewCount: p.ratingCount } }
          : {}),
      },
    };
  }

  async function traceMeta(service: Pick<TraceService, "preview">, raw: string) {
    const code = TraceCode.safeParse(decodeURIComponent(raw));
    const found = code.success ? await service.preview(code.data) : null;
    if (!found) return { status: 404 };
    return {
      status: 200,
      meta: {
        title: `Nguồn gốc ${found.productName} · lô ${found.lot} · Chợ Phiên`,
        description: plainSummary(
          `${found.stallName}, ${found.province} · sản xuất ${found.producedOn} · ${found.eventCount} sự kiện trong nhật ký có mã băm, không thể sửa.`,
        ),
        url: found.url,
      },
    };
  }

  async function stallMeta(slug: string): Promise<PageMeta> {
    const s = await catalog.stall(slug);
    const image = s.banner ?? s.logo;
    return {
      title: `${s.name} · Chợ Phiên`,
      description: plainSummary(`${s.province.name} · ${s.productCount} sản phẩm. ${s.story}`),
      url: `${publicUrl}/gian-hang/${s.slug}`,
      image: image ? abs(image.url) : null,
    };
  }

  async function liveMeta(service: Pick<LiveService, "getPublic">, slug: string) {
    if (!SLUG.test(slug)) return undefined;
    const view = await service.getPublic(slug).catch((err: unknown) => {
      if (notFound(err)) return null;
      throw err;
    });
    if (!view) return undefined;
    const { session, offers } = view;
    const host = session.stalls.find((s) => s.host)?.name;
    const featured = offers.find((o) => o.pinned) ?? offers[0];
    const product = featured ? await catalog.product(featured.productSlug).catch(() => null) : null;
    const image = product ? (product.images[0] ?? product.thumbnail) : null;
    const when = `${formatDateTime(session.startsAt, "vi")} – ${formatDateTime(session.endsAt, "vi")} (GMT+7)`;
    const lead = `Phiên chợ trực tiếp ${when} · ${offers.length} ưu đãi giá live.`;
    return {
      status: 200,
      meta: {
        title: `${session.title} · ${host ?? "Chợ Phiên"}${host ? " · Chợ Phiên" : ""}`,
        description: plainSummary(session.description ? `${lead} ${session.description}` : lead),
        url: `${publicUrl}/live/${session.slug}`,
        image: image ? abs(image.url) : null,
      },
    };
  }
}
