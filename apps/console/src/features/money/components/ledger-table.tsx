import type { LedgerEntry } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { Badge, type BadgeTone } from "@/shared/ui/badge";

const TONE: Record<LedgerEntry["kind"], BadgeTone> = {
  sale: "green",
  cod_collected: "grey",
  commission: "grey",
  platform_voucher: "green",
  refund: "red",
  payout: "blue",
  adjustment: "amber",
};

/** The ledger's lines: sales in; cash the stall collected (COD), commission and payouts out; each with its order or note. */
export function LedgerTable({ entries }: { entries: LedgerEntry[] }) {
  const { t } = useTranslation();
  const { vnd, dateTime } = useFormat();
  return (
    <table className="table table-cards">
      <caption className="visually-hidden">{t("money.ledger")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("money.columns.date")}</th>
          <th scope="col">{t("money.columns.kind")}</th>
          <th scope="col">{t("money.columns.about")}</th>
          <th scope="col" className="num">
            {t("money.columns.amount")}
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td data-label={t("money.columns.date")}>{dateTime(e.createdAt)}</td>
            <td data-label={t("money.columns.kind")}>
              <Badge tone={TONE[e.kind]}>{t(`ledgerKind.${e.kind}`)}</Badge>
            </td>
            <td data-label={t("money.columns.about")}>{e.orderCode ?? e.note ?? "—"}</td>
            <td data-label={t("money.columns.amount")} className={e.amount < 0 ? "num negative" : "num positive"}>
              {e.amount > 0 ? "+" : "−"}
              {vnd(Math.abs(e.amount))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
