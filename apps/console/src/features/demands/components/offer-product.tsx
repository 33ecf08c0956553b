import type { Offer } from "@chophien/contracts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { showToast } from "@/shared/ui/toast";
import { useSetOfferProduct } from "../api/demands";
import { canChooseProduct, needsProduct, productRefusal } from "./offer-rules";
import { ProductSelect } from "./product-select";
import styles from "./demands.module.css";

/**
 * The product an offer is for (a link to it in the console), and — until the award became orders — choosing or
 * changing it. An awarded offer without one says the buyer needs it to create the orders.
 */
export function OfferProduct({ offer, titleId }: { offer: Offer; titleId: string }) {
  const { t } = useTranslation();
  const save = useSetOfferProduct();
  const [editing, setEditing] = useState(false);
  const [productId, setProductId] = useState(offer.product?.id ?? "");
  const [missing, setMissing] = useState(false);
  const formId = `offer-product-${offer.id}`;

  const close = () => {
    setEditing(false);
    setMissing(false);
    save.reset();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.reset();
    if (!productId) {
      setMissing(true);
      return;
    }
    setMissing(false);
    save.mutate(
      { id: offer.id, body: { productId } },
      {
        onSuccess: () => {
          showToast(t("demands.product.saved"));
          close();
        },
      },
    );
  };

  return (
    <section className="stack" aria-label={t("demands.product.label")}>
      <p>
        {t("demands.product.label")}:{" "}
        {offer.product ? (
          <Link className={styles.inlineLink} to={`/seller/products/${offer.product.id}`}>
            {offer.product.name}
          </Link>
        ) : (
          <span className="muted">{t("demands.product.notChosen")}</span>
        )}
      </p>
      {needsProduct(offer) && (
        <p className={styles.productHint} role="note">
          {t("demands.product.buyerNeeds")}
        </p>
      )}
      {canChooseProduct(offer) &&
        (editing ? (
          <form id={formId} className="stack" onSubmit={submit} noValidate aria-label={t("demands.product.formTitle")}>
            <ProductSelect
              label={t("demands.product.label")}
              value={productId}
              onChange={setProductId}
              error={missing ? t("demands.product.pick") : undefined}
            />
            {save.isError && (
              <p className="form-error" role="alert">
                {productRefusal(save.error, t)}
              </p>
            )}
            <div className={styles.actions}>
              <button type="submit" className="btn btn-primary" disabled={save.isPending}>
                {save.isPending ? t("common.sending") : t("demands.product.save")}
              </button>
              <button type="button" className="btn btn-secondary" onClick={close}>
                {t("demands.product.cancel")}
              </button>
            </div>
          </form>
        ) : (
          <div className={styles.actions}>
            <button type="button" className="btn btn-secondary" onClick={() => setEditing(true)} aria-describedby={titleId}>
              {offer.product ? t("demands.product.change") : t("demands.product.choose")}
            </button>
          </div>
        ))}
    </section>
  );
}
