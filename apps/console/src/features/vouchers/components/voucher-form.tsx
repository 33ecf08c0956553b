import type { CreateVoucherRequest, VoucherKind } from "@chophien/contracts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/shared/lib/error-message";
import { useCreateVoucher, type VoucherArea } from "../api/vouchers";
import { isEmptyChoice, scopeBody, type VoucherTargets, WHOLE } from "./voucher-scope";
import { VoucherScopePicker } from "./voucher-scope-picker";

const KINDS: VoucherKind[] = ["percent", "fixed", "free_shipping"];
/** A date input's day, as the start (00:00) or the end (23:59:59) of that day in GMT+7. */
const dayAt = (day: string, end: boolean) => `${day}T${end ? "23:59:59" : "00:00:00"}+07:00`;

/** Creates a voucher: code, kind, value, the optional cap, minimum and limits, the days it runs and what it applies to. */
export function VoucherForm({ area, targets }: { area: VoucherArea; targets: VoucherTargets }) {
  const { t } = useTranslation();
  const create = useCreateVoucher(area);
  const [kind, setKind] = useState<VoucherKind>("percent");
  const [scope, setScope] = useState(WHOLE);
  const [scopeError, setScopeError] = useState(false);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    if (isEmptyChoice(scope)) {
      setScopeError(true);
      return;
    }
    const f = new FormData(form);
    const text = (k: string) => {
      const v = f.get(k);
      return typeof v === "string" ? v.trim() : "";
    };
    const num = (k: string) => (text(k) ? Number(text(k)) : undefined);
    const body: CreateVoucherRequest = {
      code: text("code"),
      kind,
      value: num("value") ?? 0,
      startsAt: dayAt(text("startsAt"), false),
      endsAt: dayAt(text("endsAt"), true),
      perUserLimit: num("perUserLimit") ?? 1,
    };
    const maxDiscount = num("maxDiscount");
    const minSubtotal = num("minSubtotal");
    const totalQuantity = num("totalQuantity");
    if (maxDiscount) body.maxDiscount = maxDiscount;
    if (minSubtotal) body.minSubtotal = minSubtotal;
    if (totalQuantity) body.totalQuantity = totalQuantity;
    const { categoryIds, productIds } = scopeBody(scope);
    if (categoryIds.length) body.categoryIds = categoryIds;
    if (productIds.length) body.productIds = productIds;
    create.mutate(body, {
      onSuccess: () => {
        form.reset();
        setScope(WHOLE);
      },
    });
  }

  return (
    <form className="card stack" onSubmit={onSubmit} aria-label={t("vouchers.create")}>
      <h2>{t("vouchers.create")}</h2>
      <div className="form-grid">
        <label className="field-label">
          {t("vouchers.fields.code")}
          <input className="input" name="code" required minLength={3} maxLength={32} pattern="[A-Za-z0-9_\-]{3,32}" />
        </label>
        <label className="field-label">
          {t("vouchers.fields.kind")}
          <select className="input select" name="kind" value={kind} onChange={(e) => setKind(e.target.value as VoucherKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`vouchers.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field-label">
          {t(`vouchers.fields.value.${kind}`)}
          <input
            className="input"
            name="value"
            type="number"
            inputMode="numeric"
            required
            min={kind === "percent" ? 1 : 0}
            max={kind === "percent" ? 100 : undefined}
          />
        </label>
        <label className="field-label">
          {t("vouchers.fields.maxDiscount")}
          <input className="input" name="maxDiscount" type="number" inputMode="numeric" min={1} />
        </label>
        <label className="field-label">
          {t("vouchers.fields.minSubtotal")}
          <input className="input" name="minSubtotal" type="number" inputMode="numeric" min={0} />
        </label>
        <label className="field-label">
          {t("vouchers.fields.totalQuantity")}
          <input className="input" name="totalQuantity" type="number" inputMode="numeric" min={1} />
        </label>
        <label className="field-label">
          {t("vouchers.fields.perUserLimit")}
          <input className="input" name="perUserLimit" type="number" inputMode="numeric" min={1} defaultValue={1} />
        </label>
        <label className="field-label">
          {t("vouchers.fields.startsAt")}
          <input className="input" name="startsAt" type="date" required />
        </label>
        <label className="field-label">
          {t("vouchers.fields.endsAt")}
          <input className="input" name="endsAt" type="date" required />
        </label>
      </div>
      <VoucherScopePicker
        area={area}
        targets={targets}
        value={scope}
        onChange={(next) => {
          setScope(next);
          setScopeError(false);
        }}
        error={
          scopeError
            ? t(scope.mode === "products" ? "vouchers.scope.required.products" : "vouchers.scope.required.categories")
            : undefined
        }
      />
      {create.isError && (
        <p className="alert" role="alert">
          {errorMessage(create.error, t)}
        </p>
      )}
      {create.isSuccess && <p role="status">{t("vouchers.created", { code: create.data.voucher.code })}</p>}
      <button type="submit" className="btn btn-primary" disabled={create.isPending}>
        {t("vouchers.create")}
      </button>
    </form>
  );
}
