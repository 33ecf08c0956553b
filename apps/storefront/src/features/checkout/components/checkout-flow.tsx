import type { Cart, CheckoutResponse, PaymentMethod, ShippingAddress, User } from "@chophien/contracts";
import { ApiError } from "@chophien/web";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { usePlaceOrder } from "../api/post-checkout";
import { useAttemptKey } from "../hooks/use-attempt-key";
import { EMPTY_ADDRESS, type AddressDraft } from "../lib/address-validation";
import { AddressForm } from "./address-form";
import { CheckoutSteps, type Step } from "./checkout-steps";
import { OrderReview } from "./order-review";
import { PaymentChoice } from "./payment-choice";
import { PriceChanged } from "./price-changed";
import styles from "./checkout-flow.module.css";
import { TotalBar } from "@/shared/ui/total-bar";

interface Props {
  user: User;
  /** The cart priced for the chosen province (the page fetches it). */
  cart: Cart;
  onProvinceChange: (province: string) => void;
  /** Called once with the placed order; the page decides where to go (order page, VNPay, result page). */
  onPlaced: (result: CheckoutResponse) => void;
}

/** The three steps of checkout — address, payment, review — and placing the order exactly once. */
export function CheckoutFlow({ user, cart, onProvinceChange, onPlaced }: Props) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>("address");
  const [draft, setDraft] = useState<AddressDraft>({ ...EMPTY_ADDRESS, fullName: user.fullName, phone: user.phone ?? "" });
  const [address, setAddress] = useState<ShippingAddress | null>(null);
  const [payment, setPayment] = useState<PaymentMethod>("cod");
  const [note, setNote] = useState("");
  const attempt = useAttemptKey();
  const place = usePlaceOrder();
  const heading = useRef<HTMLHeadingElement>(null);
  // The server refused because prices rose since the shopper saw them: show what changed until they decide.
  const priceChange =
    place.error instanceof ApiError && place.error.code === "price_changed" ? place.error.body.priceChange : undefined;

  const go = (next: Step) => {
    // Whatever is edited makes a different order: a new attempt, with a new Idempotency-Key.
    if (next !== "review") attempt.reset();
    place.reset();
    setStep(next);
    requestAnimationFrame(() => heading.current?.focus());
  };

  /** Places the order; `expectedTotal` accepts a new total after prices changed (a new attempt, so a new key). */
  const submitOrder = (expectedTotal?: number) => {
    if (!address || place.isPending) return;
    place.mutate(
      {
        idempotencyKey: attempt.current(),
        body: {
          shippingAddress: address,
          paymentMethod: payment,
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(expectedTotal === undefined ? {} : { expectedTotal }),
        },
      },
      {
        onSuccess: onPlaced,
        onError: (err) => {
          // A definite "no" (4xx: stock changed, empty cart) ends this attempt. A lost connection or a 5xx does not:
          // the order may exist, and resending the same key returns it instead of placing a second one.
          if (err instanceof ApiError && err.status < 500) attempt.reset();
        },
      },
    );
  };

  return (
    <div className={step === "review" ? `${styles.flow} ${styles.reviewing}` : styles.flow}>
      <CheckoutSteps current={step} onGo={go} />
      <h2 ref={heading} tabIndex={-1} className={styles.stepTitle}>
        {t(`checkout.stepTitle.${step}`)}
      </h2>
      {step === "address" && (
        <AddressForm
          initial={draft}
          onProvinceChange={onProvinceChange}
          submitLabel={t("checkout.continue")}
          onSubmit={(a, d) => {
            setAddress(a);
            setDraft(d);
            go("payment");
          }}
        />
      )}
      {step === "payment" && (
        <PaymentChoice
          initial={payment}
          submitLabel={t("checkout.continue")}
          onSubmit={(m) => {
            setPayment(m);
            go("review");
          }}
        />
      )}
      {step === "review" && address && (
        <>
          <OrderReview cart={cart} address={address} payment={payment} onEdit={go} />
          <label className={`field ${styles.note}`}>
            <span className="field-label">{t("checkout.note")}</span>
            <textarea
              className="input"
              maxLength={500}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder={t("checkout.notePlaceholder")}
            />
          </label>
          {cart.needsAttention && (
            <p className="alert" role="alert">
              <Icon name="alert" size={18} />
              <span>
                {t("cart.needsAttention")} <Link to={paths.cart()}>{t("checkout.backToCart")}</Link>
              </span>
            </p>
          )}
          {priceChange ? (
            <PriceChanged change={priceChange} onAccept={submitOrder} busy={place.isPending} />
          ) : (
            place.isError && <PlaceError error={place.error} />
          )}
          <p className={styles.terms}>{t("checkout.terms")}</p>
          <TotalBar total={cart.grandTotal}>
            <button
              type="button"
              className="btn btn-primary btn-block btn-lg"
              onClick={() => submitOrder()}
              disabled={place.isPending || cart.needsAttention}
              aria-busy={place.isPending}
            >
              {place.isPending && <span className="spinner" aria-hidden="true" />}
              {place.isError && !(place.error instanceof ApiError && place.error.status < 500)
                ? t("checkout.retry")
                : t(payment === "vnpay" ? "checkout.placeAndPay" : "checkout.place")}
            </button>
          </TotalBar>
        </>
      )}
    </div>
  );
}

/** Why placing failed, in words a shopper can act on. */
function PlaceError({ error }: { error: Error }) {
  const { t } = useTranslation();
  const message =
    error instanceof ApiError
      ? error.status === 409
        ? t("checkout.errors.conflict")
        : error.status === 400 && error.code === "bad_request"
          ? t("checkout.errors.empty")
          : t("checkout.errors.generic")
      : t("checkout.errors.network");
  return (
    <p className="alert alert-error" role="alert">
      <Icon name="alert" size={18} />
      <span>
        {message}
        {error instanceof ApiError && error.status === 409 && (
          <>
            {" "}
            <Link to={paths.cart()}>{t("checkout.backToCart")}</Link>
          </>
        )}
      </span>
    </p>
  );
}
