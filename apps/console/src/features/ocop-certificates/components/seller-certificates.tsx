import { OCOP_PRODUCT_GROUPS, OCOP_REGIMES, type SellerProduct } from "@chophien/contracts";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/shared/lib/error-message";
import { useSellerCertificates, useSubmitCertificate } from "../api/ocop-certificates";
import { CertificateStatus } from "./certificate-status";

const LEVELS = ["province", "district", "central"] as const;

/** The stall's OCOP certificates and the form to add one, with a photo of it straight from the phone's camera. */
export function SellerCertificates({ products }: { products: SellerProduct[] }) {
  const { t } = useTranslation();
  const list = useSellerCertificates();
  const submit = useSubmitCertificate();
  const [file, setFile] = useState<File | null>(null);
  const [picked, setPicked] = useState<string[]>([]);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string) => {
      const v = f.get(k);
      return typeof v === "string" ? v.trim() : "";
    };
    const score = text("score");
    submit.mutate({
      body: {
        regime: text("regime") as (typeof OCOP_REGIMES)[number],
        productGroup: text("productGroup") as (typeof OCOP_PRODUCT_GROUPS)[number],
        stars: Number(text("stars")),
        ...(score ? { score: Number(score) } : {}),
        issuingLevel: text("issuingLevel") as (typeof LEVELS)[number],
        issuingAuthority: text("issuingAuthority"),
        decisionNo: text("decisionNo"),
        decisionDate: text("decisionDate"),
        productIds: picked,
      },
      file,
    });
  }

  return (
    <div className="stack">
      <form className="card stack" onSubmit={onSubmit} aria-label={t("ocopCertificates.add")}>
        <h2>{t("ocopCertificates.add")}</h2>
        <label className="field">
          <span className="field-label">{t("ocopCertificates.fields.photo")}</span>
          <input
            className="input"
            type="file"
            name="file"
            accept="image/*,application/pdf"
            capture="environment"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <fieldset>
          <legend className="field-label">{t("ocopCertificates.fields.products")}</legend>
          {products.map((p) => (
            <label key={p.id} className="check">
              <input
                type="checkbox"
                checked={picked.includes(p.id)}
                onChange={(e) => setPicked((v) => (e.target.checked ? [...v, p.id] : v.filter((x) => x !== p.id)))}
              />
              {p.name}
            </label>
          ))}
        </fieldset>
        <div className="form-grid">
          <label className="field">
            <span className="field-label">{t("ocopCertificates.fields.stars")}</span>
            <select className="input select" name="stars" defaultValue="3">
              {[3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}★
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t("ocopCertificates.fields.score")}</span>
            <input className="input" name="score" inputMode="numeric" />
          </label>
          <label className="field">
            <span className="field-label">{t("ocopCertificates.fields.regime")}</span>
            <select className="input select" name="regime" defaultValue="148-2023">
              {OCOP_REGIMES.map((r) => (
                <option key={r} value={r}>
                  {t(`ocopCertificates.regime.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t("ocopCertificates.fields.productGroup")}</span>
            <select className="input select" name="productGroup" defaultValue="food">
              {OCOP_PRODUCT_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {t(`ocopCertificates.group.${g}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t("ocopCertificates.fields.issuingLevel")}</span>
            <select className="input select" name="issuingLevel" defaultValue="province">
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`ocopCertificates.level.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t("ocopCertificates.fields.issuingAuthority")}</span>
            <input className="input" name="issuingAuthority" required placeholder="UBND tỉnh Quảng Trị" />
          </label>
          <label className="field">
            <span className="field-label">{t("ocopCertificates.fields.decisionNo")}</span>
            <input className="input" name="decisionNo" required placeholder="1234/QĐ-UBND" />
          </label>
          <label className="field">
            <span className="field-label">{t("ocopCertificates.fields.decisionDate")}</span>
            <input className="input" name="decisionDate" type="date" required />
          </label>
        </div>
        {submit.isError && <p role="alert">{errorMessage(submit.error, t)}</p>}
        {submit.isSuccess && <p role="status">{t("ocopCertificates.submitted")}</p>}
        <button className="btn btn-primary" type="submit" disabled={submit.isPending || picked.length === 0}>
          {t("ocopCertificates.submit")}
        </button>
      </form>
      <section aria-label={t("ocopCertificates.mine")} className="stack">
        <h2>{t("ocopCertificates.mine")}</h2>
        {list.data?.items.length === 0 && <p>{t("ocopCertificates.empty")}</p>}
        {list.data?.items.map((c) => (
          <article key={c.id} className="card">
            <h3>
              {c.stars}★ · {c.issuingAuthority} · {c.decisionNo}
            </h3>
            <CertificateStatus certificate={c} />
          </article>
        ))}
      </section>
    </div>
  );
}
