import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "@/shared/i18n/use-format";
import { cx } from "@/shared/lib/cx";
import { useUrlFilters } from "@/shared/lib/use-url-filters";
import { Pagination } from "@/shared/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";
import { DEMANDS_PAGE, useDemandsForMe } from "../api/demands";
import { useProvinceName, useRequirementText } from "./demand-facts";
import styles from "./demands.module.css";

/**
 * The open demands the stall was matched to (by category, product names and province), newest first: a table on a
 * laptop, a card per demand on a phone; each opens its terms and the offer form. The page is kept in the URL.
 */
export function DemandsForMe() {
  const { t } = useTranslation();
  const { dateTime, number } = useFormat();
  const province = useProvinceName();
  const requirement = useRequirementText();
  const { page, setParam } = useUrlFilters();
  const demands = useDemandsForMe(page);

  if (demands.isPending) return <LoadingState rows={6} />;
  if (demands.isError) return <ErrorState onRetry={() => void demands.refetch()} />;
  if (!demands.data.items.length)
    return (
      <EmptyState icon="inbox" title={t("demands.forMeEmpty")}>
        <p>{t("demands.forMeEmptyBody")}</p>
      </EmptyState>
    );
  const cols = {
    title: t("demands.title"),
    quantity: t("demands.quantity"),
    province: t("demands.province"),
    respondBy: t("demands.respondBy"),
    requirement: t("demands.requirement"),
  };
  return (
    <>
      <p className="muted">{t("demands.forMeCount", { count: demands.data.total })}</p>
      <div className="table-scroll" tabIndex={0}>
        <table className={cx("table table-cards", demands.isPlaceholderData && "stale")}>
          <caption className="visually-hidden">{t("demands.forMeTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{cols.title}</th>
              <th scope="col" className="num">
                {cols.quantity}
              </th>
              <th scope="col">{cols.province}</th>
              <th scope="col">{cols.respondBy}</th>
              <th scope="col">{cols.requirement}</th>
            </tr>
          </thead>
          <tbody>
            {demands.data.items.map((d) => (
              <tr key={d.id}>
                <td data-label={cols.title} className="cell-block">
                  <Link className={styles.titleLink} to={`/seller/demands/${d.id}`}>
                    {d.title}
                  </Link>
                  <span className="block muted">{d.buyer.organisationName}</span>
                </td>
                <td data-label={cols.quantity} className="num">
                  {number(d.quantity)} {d.unit}
                </td>
                <td data-label={cols.province}>{province(d.province)}</td>
                <td data-label={cols.respondBy}>{t("demands.gmt7", { at: dateTime(d.respondBy) })}</td>
                <td data-label={cols.requirement}>{requirement(d.requirements)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} limit={DEMANDS_PAGE} total={demands.data.total} onPage={(p) => setParam("page", String(p))} />
    </>
  );
}
