import type { PaymentMethod, PublicLiveOffer, ShippingAddress } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { AddressForm } from "@/shared/ui/address-form";
import { useAttemptKey } from "@/shared/lib/use-attempt-key";
import { EMPTY_ADDRESS } from "@/shared/lib/address-validation";
import { paths } from "@/shared/lib/paths";
import { useSession } from "@/shared/session/session-store";
import { useBuyLive } from "../api/live";
import styles from "./live.module.css";

/**
 * One tap to buy the pinned offer: the address the shopper last used on this phone is kept, so after the first
 * order the next one is a single tap; cash on delivery unless they pick VNPay.
 */
export function BuyLive({ slug, offer }: { slug: string; offer: PublicLiveOffer }) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const session = useSession();
  const navigate = useNavigate();
  const buy = useBuyLive(slug);
  const key = useAttemptKey();
  const [address, setAddress] = useState<ShippingAddress | null>(() => {
    try {
      return JSON.parse(localStorage.getItem("cp_live_address") ?? "null") as ShippingAddress | null;
    } catch {
      return null;
    }
  });
  const [editing, setEditing] = useState(false);
  const [method, setMethod] = useState<PaymentMethod>("cod");
  const [error, setError] = useState<string | null>(null);

  if (session.status !== "signed-in")
    return (
      <Link className="btn btn-primary" to={paths.login(paths.live(slug))}>
        {t("live.signInToBuy")}
      </Link>
    );
  if (offer.remaining <= 0) return <p className="muted">{t("live.soldOut")}</p>;
  if (!address || editing)
    return (
      <AddressForm
        initial={address ?? { ...EMPTY_ADDRESS, fullName: session.user.fullName, phone: session.user.phone ?? "" }}
        submitLabel={t("live.saveAddress")}
        onSubmit={(a) => {
          localStorage.setItem("cp_live_address", JSON.stringify(a));
          setAddress(a);
          setEditing(false);
        }}
      />
    );
  const place = () => {
    setError(null);
    buy.mutate(
      { body: { code: offer.code, quantity: 1, shippingAddress: address, paymentMethod: method }, idempotencyKey: key.current() },
      {
        onSuccess: (r) => {
          key.reset();
          if (r.payment.redirectUrl) window.location.assign(r.payment.redirectUrl);
          else void navigate(paths.order(r.order.code));
        },
        onError: (e) => {
          key.reset();
          setError(e instanceof Error ? e.message : t("live.buyFailed"));
        },
      },
    );
  };
  return (
    <div className={styles.row}>
      <button type="button" className={`btn btn-primary ${styles.buy}`} onClick={place} disabled={buy.isPending}>
        {t("live.buyOne", { code: offer.code, price: vnd(offer.livePrice) })}
      </button>
      <p className="muted">
        {t("live.deliverTo", { name: address.fullName, province: address.province })}{" "}
        <button type="button" className="btn btn-link" onClick={() => setEditing(true)}>
          {t("live.changeAddress")}
        </button>
      </p>
      <label className={styles.row}>
        <span>{t("checkout.paymentMethod")}</span>
        <select className="input" value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)}>
          <option value="cod">{t("live.cod")}</option>
          <option value="vnpay">VNPay</option>
        </select>
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
