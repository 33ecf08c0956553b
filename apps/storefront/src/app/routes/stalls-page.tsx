import { PROVINCES } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useStalls } from "@/features/stalls/api/get-stalls";
import { StallCard, StallCardSkeleton } from "@/features/stalls/components/stall-card";
import { paths } from "@/shared/lib/paths";
import { PageMeta } from "@/shared/ui/page-meta";
import { Pagination } from "@/shared/ui/pagination";
import { EmptyState, ErrorState } from "@/shared/ui/state-message";
import styles from "./stalls-page.module.css";

const PAGE_SIZE = 18;
const collator = new Intl.Collator("vi");
const SORTED = [...PROVINCES].sort((a, b) => collator.compare(a.name, b.name));

/** /gian-hang — every approved stall, newest first, by province. */
export function StallsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const province = params.get("province") ?? undefined;
  const page = Math.max(1, Number(params.get("page")) || 1);
  const stalls = useStalls({ province, page, limit: PAGE_SIZE });
  const hrefFor = (p: number) =>
    `${paths.stalls()}?${new URLSearchParams({ ...(province ? { province } : {}), ...(p > 1 ? { page: String(p) } : {}) }).toString()}`;

  return (
    <div className="container page">
      <PageMeta title={t("stalls.title")} description={t("stalls.lead")} />
      <div className={styles.head}>
        <div>
          <h1>{t("stalls.title")}</h1>
          <p className="muted">{t("stalls.lead")}</p>
        </div>
        <label className={styles.filter}>
          <span className="field-label">{t("filters.province")}</span>
          <select
            className="input"
            value={province ?? ""}
            onChange={(e) => setParams(e.target.value ? { province: e.target.value } : {})}
          >
            <option value="">{t("filters.allProvinces")}</option>
            {SORTED.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {stalls.isError ? (
        <ErrorState onRetry={() => void stalls.refetch()} />
      ) : stalls.data && stalls.data.items.length === 0 ? (
        <EmptyState icon="store" title={t("stalls.empty")} />
      ) : (
        <ul className={styles.grid} aria-busy={stalls.isPending}>
          {stalls.isPending
            ? Array.from({ length: 6 }, (_, i) => (
                <li key={i}>
                  <StallCardSkeleton />
                </li>
              ))
            : stalls.data.items.map((s) => (
                <li key={s.id}>
                  <StallCard stall={s} headingLevel={2} />
                </li>
              ))}
        </ul>
      )}
      {stalls.data && <Pagination page={page} pageCount={Math.ceil(stalls.data.total / PAGE_SIZE)} hrefFor={hrefFor} />}
    </div>
  );
}
