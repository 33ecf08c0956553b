import type { Voucher } from "@chophien/contracts";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { ErrorState } from "@/shared/ui/state-message";
import { useUpdateVoucher, useVouchers, type VoucherArea } from "../api/vouchers";
import { VoucherForm } from "./voucher-form";
import { categoriesById, type VoucherTargets } from "./voucher-scope";
import { VoucherScopeDialog } from "./voucher-scope-dialog";
import styles from "./voucher-scope-picker.module.css";

const NO_TARGETS: VoucherTargets = { categories: [] };

/**
 * The owner's vouchers (the market's for admins, the stall's for its seller): create, pause or resume, change what
 * each applies to, and watch. `targets` is what the page loaded to choose from (categories; a stall's products).
 */
export function VoucherManager({ area, targets = NO_TARGETS }: { area: VoucherArea; targets?: VoucherTargets }) {
  const { t } = useTranslation();
  const { vnd, dateTime, localName } = useFormat();
  const list = useVouchers(area);
  const update = useUpdateVoucher(area);
  const [editing, setEditing] = useState<Voucher | null>(null);
  const categories = useMemo(() => categoriesById(targets.categories), [targets.categories]);
  /** "Cả gian hàng", "Cà phê, Hạt tiêu" or "3 sản phẩm" (both when made through the API with both lists). */
  const appliesTo = (v: Voucher) => {
    const named = v.categoryIds.flatMap((id) => categories.get(id) ?? []).map(localName);
    const parts: string[] = [];
    if (v.categoryIds.length)
      parts.push(
        named.length === v.categoryIds.length
          ? named.join(", ")
          : t("vouchers.scope.categoryCount", { count: v.categoryIds.length }),
      );
    if (v.productIds.length) parts.push(t("vouchers.scope.productCount", { count: v.productIds.length }));
    return parts.length ? parts.join(" · ") : t(`vouchers.scope.all.${area}`);
  };
  const offer = (v: Voucher) =>
    v.kind === "percent"
      ? `${v.value}%${v.maxDiscount ? ` · ≤ ${vnd(v.maxDiscount)}` : ""}`
      : v.kind === "fixed"
        ? vnd(v.value)
        : v.value
          ? `${t("vouchers.kind.free_shipping")} ≤ ${vnd(v.value)}`
          : t("vouchers.kind.free_shipping");

  return (
    <div className="stack">
      <VoucherForm area={area} targets={targets} />
      {list.isError ? (
        <ErrorState onRetry={() => void list.refetch()} />
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table className="table table-cards">
            <caption className="visually-hidden">{t("vouchers.list")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("vouchers.fields.code")}</th>
                <th scope="col">{t("vouchers.columns.offer")}</th>
                <th scope="col">{t("vouchers.scope.legend")}</th>
                <th scope="col">{t("vouchers.columns.runs")}</th>
                <th scope="col" className="num">
                  {t("vouchers.columns.uses")}
                </th>
                <th scope="col" className="num">
                  {t("vouchers.columns.discountGiven")}
                </th>
                <th scope="col" className="num">
                  {t("vouchers.columns.revenue")}
                </th>
                <th scope="col">{t("vouchers.columns.status")}</th>
              </tr>
            </thead>
            <tbody>
              {(list.data ?? []).map((v) => (
                <tr key={v.id}>
                  <td data-label={t("vouchers.fields.code")}>
                    <strong>{v.code}</strong>
                  </td>
                  <td data-label={t("vouchers.columns.offer")}>{offer(v)}</td>
                  <td data-label={t("vouchers.scope.legend")}>
                    <span className={styles.appliesTo}>
                      {appliesTo(v)}
                      <button
                        type="button"
                        className="btn btn-secondary"
                        aria-label={t("vouchers.scope.editCode", { code: v.code })}
                        onClick={() => setEditing(v)}
                      >
                        {t("common.change")}
                      </button>
                    </span>
                  </td>
                  <td data-label={t("vouchers.columns.runs")}>
                    {dateTime(v.startsAt)} – {dateTime(v.endsAt)}
                  </td>
                  <td data-label={t("vouchers.columns.uses")} className="num">
                    {v.totalQuantity ? `${v.used}/${v.totalQuantity}` : v.used} ·{" "}
                    {t("vouchers.orders", { count: v.stats.orders })}
                  </td>
                  <td data-label={t("vouchers.columns.discountGiven")} className="num">
                    {vnd(v.stats.discountGiven)}
                  </td>
                  <td data-label={t("vouchers.columns.revenue")} className="num">
                    {vnd(v.stats.revenue)}
                  </td>
                  <td data-label={t("vouchers.columns.status")}>
                    <button
                      type="button"
                      className="btn btn-secondary"
                      disabled={update.isPending}
                      aria-label={t(v.status === "active" ? "vouchers.pauseCode" : "vouchers.resumeCode", { code: v.code })}
                      onClick={() => update.mutate({ id: v.id, body: { status: v.status === "active" ? "paused" : "active" } })}
                    >
                      {t(v.status === "active" ? "vouchers.pause" : "vouchers.resume")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && <VoucherScopeDialog area={area} targets={targets} voucher={editing} onClose={() => setEditing(null)} />}
    </div>
  );
}
