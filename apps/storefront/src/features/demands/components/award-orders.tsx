import type { Offer, Order } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EMPTY_ADDRESS, type AddressDraft } from "@/shared/lib/address-validation";
import { paths } from "@/shared/lib/paths";
import { AddressForm } from "@/shared/ui/address-form";
import { useAwardOrders, useOrderCodes } from "../api/demands";
import { formatDay } from "../lib/demand-text";
import { awardOrdersErrorKey } from "../lib/error-text";
import styles from "./demands.module.css";

const METHODS = ["bank_transfer", "cod"] as const;

/**
 * An awarded offer turned into orders, one per delivery: the form (payment, the delivery address, a note) while it
 * has none, then its orders with links. Without the stall's product there is nothing to order yet.
 */
export function AwardOrders({
  demandId,
  offer: o,
  initialAddress,
}: {
  demandId: string;
  offer: Offer;
  /** The buyer's default saved address, to start from. */
  initialAddress?: AddressDraft;
}) {
  const { t } = useTranslation();
  const id = useId();
  const make = useAwardOrders(demandId, o.id);
  const [open, setOpen] = useState(false);
  const [method, setMethod] = useState<(typeof METHODS)[number]>("bank_transfer");
  const [note, setNote] = useState("");
  const codes = useOrderCodes(o.orderIds.length > 0 && !make.data);

  if (make.data) return <MadeOrders orders={make.data} />;
  if (o.orderIds.length > 0)
    return (
      <section className={styles.contacts} aria-label={t("demands.orders.title")}>
        <h4>{t("demands.orders.title")}</h4>
        <ol className={styles.inlineList}>
          {o.orderIds.map((oid, i) => {
            const code = codes.data?.get(oid);
            return (
              <li key={oid}>
                <Link to={code ? paths.order(code) : paths.orders()} className={styles.back}>
                  {t("demands.orders.delivery", { no: i + 1, of: o.orderIds.length })}
                  {code ? ` · ${code}` : ""}
                </Link>
              </li>
            );
          })}
        </ol>
      </section>
    );
  if (!o.product)
    return (
      <p className="alert" role="note">
        {t("demands.orders.noProduct")}
      </p>
    );
  if (!open)
    return (
      <button type="button" className="btn btn-primary btn-block" onClick={() => setOpen(true)}>
        {t("demands.orders.make")}
      </button>
    );
  return (
    <section className={styles.contacts} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t("demands.orders.formTitle", { product: o.product.name })}</h4>
      <p className="muted">{t("demands.orders.formLead")}</p>
      <AddressForm
        initial={initialAddress ?? EMPTY_ADDRESS}
        submitLabel={make.isPending ? t("demands.orders.making") : t("demands.orders.submit")}
        onSubmit={(address) => {
          if (make.isPending) return;
          make.mutate({ paymentMethod: method, shippingAddress: address, ...(note.trim() ? { note: note.trim() } : {}) });
        }}
      >
        <fieldset className={styles.fieldset}>
          <legend>{t("checkout.paymentMethod")}</legend>
          {METHODS.map((m) => (
            <label key={m} className={styles.radio}>
              <input type="radio" name={`${id}-payment`} value={m} checked={method === m} onChange={() => setMethod(m)} />
              <span>{t(`payment.method.${m}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-note`}>
            {t("demands.orders.note")}
          </label>
          <textarea
            id={`${id}-note`}
            className="input"
            rows={2}
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        {make.isError && (
          <p className="alert alert-error" role="alert">
            {t(awardOrdersErrorKey(make.error))}
          </p>
        )}
      </AddressForm>
    </section>
  );
}

/** The orders just made: each delivery's order with its code, dates and amount, linked to its page. */
function MadeOrders({ orders }: { orders: Order[] }) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  return (
    <section className={styles.contacts} aria-label={t("demands.orders.title")}>
      <h4>{t("demands.orders.title")}</h4>
      <p className="alert alert-success" role="status">
        {t("demands.orders.made", { count: orders.length })}
      </p>
      <ol className={styles.inlineList}>
        {orders.map((x) => (
          <li key={x.id}>
            <Link to={paths.order(x.code)} className={styles.back}>
              {x.deal
                ? t("demands.orders.delivery", { no: x.deal.delivery.no, of: x.deal.delivery.of })
                : t("demands.orders.order")}{" "}
              · {x.code}
            </Link>
            <span className="muted">
              {x.deal?.delivery.from && x.deal.delivery.to
                ? `${formatDay(x.deal.delivery.from)} – ${formatDay(x.deal.delivery.to)} · `
                : ""}
              {vnd(x.grandTotal)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
