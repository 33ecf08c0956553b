import type { Payout } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";

/** Bank transfers received from the platform, with their reference to find them on a bank statement. */
export function PayoutsTable({ payouts }: { payouts: Payout[] }) {
  const { t } = useTranslation();
  const { vnd, dateTime } = useFormat();
  return (
    <table className="table table-cards">
      <caption className="visually-hidden">{t("money.payouts")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("money.columns.date")}</th>
          <th scope="col">{t("money.columns.reference")}</th>
          <th scope="col" className="num">
            {t("money.columns.amount")}
          </th>
        </tr>
      </thead>
      <tbody>
        {payouts.map((p) => (
          <tr key={p.id}>
            <td data-label={t("money.columns.date")}>{dateTime(p.createdAt)}</td>
            <td data-label={t("money.columns.reference")}>{p.reference}</td>
            <td data-label={t("money.columns.amount")} className="num">
              {vnd(p.amount)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
