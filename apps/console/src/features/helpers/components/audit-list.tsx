import type { AuditRow } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";

/** A route as the owner reads it: "Xác nhận đơn", "Thêm sản phẩm"… (unknown routes show as they are). */
const ROUTE_KEYS: [RegExp, string][] = [
  [/^POST \/seller\/products(\/import)?$/, "productCreated"],
  [/^PATCH \/seller\/products\/:id$/, "productEdited"],
  [/^DELETE \/seller\/products\/:id$/, "productDeleted"],
  [/images/, "photos"],
  [/confirm$/, "orderConfirmed"],
  [/ship$/, "orderShipped"],
  [/deliver$/, "orderDelivered"],
  [/cancel$/, "orderCancelled"],
  [/reply$/, "reviewReplied"],
  [/batches|events/, "trace"],
  [/profile$/, "profile"],
];

/** What helpers did for the stall, newest first: when, who, what. */
export function AuditList({ rows }: { rows: AuditRow[] }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  if (!rows.length) return <p>{t("helpers.audit.empty")}</p>;
  return (
    <table className="table table-cards">
      <caption className="visually-hidden">{t("helpers.audit.title")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("helpers.audit.at")}</th>
          <th scope="col">{t("helpers.audit.who")}</th>
          <th scope="col">{t("helpers.audit.what")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const key = ROUTE_KEYS.find(([re]) => re.test(r.route))?.[1];
          const name = typeof r.after?.name === "string" ? ` — ${r.after.name}` : "";
          return (
            <tr key={r.id}>
              <td data-label={t("helpers.audit.at")}>{dateTime(r.at)}</td>
              <td data-label={t("helpers.audit.who")}>{r.actor.fullName ?? "—"}</td>
              <td data-label={t("helpers.audit.what")}>
                {key ? t(`helpers.audit.route.${key}`) : r.route}
                {name}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
