import {
  MAX_SAVED_ADDRESSES,
  type Cart,
  type CheckoutResponse,
  type PaymentMethod,
  type SavedAddress,
  type ShippingAddress,
  type User,
} from "@chophien/contracts";
import { ApiError } from "@chophien/web";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { usePlaceOrder } from "../api/post-checkout";
import type { BuyNowLine } from "@/shared/lib/buy-now";
import { useAttemptKey } from "@/shared/lib/use-attempt-key";
import { EMPTY_ADDRESS, type AddressDraft } from "@/shared/lib/address-validation";
import { toShippingAddress } from "@/shared/lib/address-line";
import { AddressForm } from "@/shared/ui/address-form";
import { CheckoutSteps, type Step } from "./checkout-steps";
import { OrderReview } from "./order-review";
import { PaymentChoice } from "./payment-choice";
import { PriceChanged } from "./price-changed";
import { NEW_ADDRESS, SaveAddressBox, SavedAddressChoice, type AddressChoice } from "./saved-address-choice";
import styles from "./checkout-flow.module.css";
import { TotalBar } from "@/shared/ui/total-bar";

interface Props {
  /** Null for a guest: the recipient's name and phone are the guest's, to find the order again. */
  user: User | null;
  /** The cart priced for the chosen province (the page fetches it). */
  cart: Cart;
  onProvinceChange: (province: string) => void;
  /** Called once with the placed order; the page decides where to go (order page, VNPay, result page). */
  onPlaced: (result: CheckoutResponse) => void;
  /** "Mua ngay": buy this one line, not the cart (which stays as it is). */
  buyNow?: BuyNowLine | undefined;
  /** Voucher codes to send with the order, the picker to show on the review step, and the total after them. */
  vouchers?: { codes: string[]; picker: ReactNode; grandTotal?: number | undefined };
  /** A signed-in shopper's saved addresses (loaded before the flow starts) and how to save a typed one; not for guests. */
  saved?: { items: SavedAddress[]; save: (address: ShippingAddress) => Promise<unknown> };
}

/** How long a typed address's save may hold up leaving for the order (or VNPay) once the order is placed. */
const SAVE_WAIT_MS = 3000;

/** The three steps of checkout — address, payment, review — and placing the order exactly once. */
export function CheckoutFlow({ user, cart, onProvinceChange, onPlaced, buyNow, vouchers, saved }: Props) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>("address");
  const [draft, setDraft] = useState<AddressDraft>({
    ...EMPTY_ADDRESS,
    fullName: user?.fullName ?? "",
    phone: user?.phone ?? "",
  });
  const savedItems = saved?.items ?? [];
  // Start from the default address (the API lists it first); with none saved, from the form.
  const [choice, setChoice] = useState<AddressChoice>(
    () => (savedItems.find((a) => a.isDefault) ?? savedItems[0])?.id ?? NEW_ADDRESS,
  );
  const chosen = savedItems.find((a) => a.id === choice);
  // A typed address is saved by default when she has none yet; at the limit there is no room for it.
  const canSave = !!saved && savedItems.length < MAX_SAVED_ADDRESSES;
  const [saveNew, setSaveNew] = useState(savedItems.length === 0);
  const [finishing, setFinishing] = useState(false);
  const [address, setAddress] = useState<ShippingAddress | null>(null);
  const [payment, setPayment] = useState<PaymentMethod>("cod");
  const [note, setNote] = useState("");
  const attempt = useAttemptKey();
  const place = usePlaceOrder();
  const heading = useRef<HTMLHeadingElement>(null);
  // The server refused because prices rose since the shopper saw them: show what changed until they decide.
  const priceChange =
    place.error instanceof ApiError && place.error.code === "price_changed" ? place.error.body.priceChange : undefined;

  // The fees follow the chosen saved address's province, from the first screen on.
  const chosenProvince = chosen?.province;
  useEffect(() => {
    if (chosenProvince) onProvinceChange(chosenProvince);
  }, [chosenProvince, onProvinceChange]);

  const go = (next: Step) => {
    // Whatever is edited makes a different order: a new attempt, with a new Idempotency-Key.
    if (next !== "review") attempt.reset();
    place.reset();
    setStep(next);
    requestAnimationFrame(() => heading.current?.focus());
  };

  /** Places the order; `expectedTotal` accepts a new total after prices changed (a new attempt, so a new key). */
  const submitOrder = (expectedTotal?: number) => {
    if (!address || place.isPending || finishing) return;
    const saveAfter = canSave && choice === NEW_ADDRESS && saveNew ? saved.save : null;
    place.mutate(
      {
        idempotencyKey: attempt.current(),
        body: {
          shippingAddress: address,
          paymentMethod: payment,
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(expectedTotal === undefined ? {} : { expectedTotal }),
          ...(vouchers?.codes.length ? { voucherCodes: vouchers.codes } : {}),
          ...(buyNow ? { items: [buyNow] } : {}),
          ...(user ? {} : { guest: { fullName: address.fullName, phone: address.phone } }),
        },
      },
      {
        onSuccess: (result) => {
          if (!saveAfter) return onPlaced(result);
          // Saved only once the order exists, so a refused order never leaves an address behind. The order is what
          // matters: a failed save (the 11th address, a dropped connection) is ignored, and a slow one is waited for
          // at most SAVE_WAIT_MS before she goes on (a VNPay redirect would cut it off).
          setFinishing(true);
          let timer: ReturnType<typeof setTimeout> | undefined;
          const wait = new Promise((resolve) => (timer = setTimeout(resolve, SAVE_WAIT_MS)));
          void Promise.race([saveAfter(address).catch(() => undefined), wait]).then(() => {
            clearTimeout(timer);
            onPlaced(result);
          });
        },
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
      {step === "address" && savedItems.length > 0 && (
        <SavedAddressChoice items={savedItems} choice={choice} onChoose={setChoice} />
      )}
      {step === "address" && chosen && (
        <button
          type="button"
          className="btn btn-primary btn-block btn-lg"
          onClick={() => {
            setAddress(toShippingAddress(chosen));
            go("payment");
          }}
        >
          {t("checkout.continue")}
        </button>
      )}
      {step === "address" && !chosen && (
        <AddressForm
          initial={draft}
          onProvinceChange={onProvinceChange}
          submitLabel={t("checkout.continue")}
          onSubmit={(a, d) => {
            // Price for this province even if the fees last followed a saved address she then moved away from.
            onProvinceChange(a.province);
            setAddress(a);
            setDraft(d);
            go("payment");
          }}
        >
          {canSave && <SaveAddressBox checked={saveNew} onChange={setSaveNew} />}
        </AddressForm>
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
          {vouchers?.picker}
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
          <TotalBar total={vouchers?.grandTotal ?? cart.grandTotal}>
            <button
              type="button"
              className="btn btn-primary btn-block btn-lg"
              onClick={() => submitOrder()}
              disabled={place.isPending || finishing || cart.needsAttention}
              aria-busy={place.isPending || finishing}
            >
              {(place.isPending || finishing) && <span className="spinner" aria-hidden="true" />}
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
        : (error.body.details ?? []).some((d) => d.path === "body.guest.phone")
          ? t("guestCheckout.errors.phone")
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
