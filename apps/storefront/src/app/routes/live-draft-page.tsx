import type { PaymentMethod, ShippingAddress } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useConfirmDraft, useLiveDraft } from "@/features/live/api/live";
import { AddressForm } from "@/shared/ui/address-form";
import { EMPTY_ADDRESS } from "@/shared/lib/address-validation";
import { paths } from "@/shared/lib/paths";
import { PageMeta } from "@/shared/ui/page-meta";
import { ErrorState } from "@/shared/ui/state-message";
import { RequireAuth } from "./require-auth";

const DRAFT_TOKEN_KEY = "cp_live_draft_token";
const METHODS: PaymentMethod[] = ["cod", "vnpay", "bank_transfer"];

/**
 * /live/xac-nhan#token=… — the SMS link of an order written in a comment: address and payment (COD, VNPay or bank
 * transfer), within 30 minutes.
 */
export function LiveDraftPage() {
  const { t } = useTranslation();
  const { vnd, dateTime } = useFormat();
  const navigate = useNavigate();
  // The token rides in the fragment; kept for the tab, so signing in first (which drops the fragment) loses nothing.
  const [token] = useState(() => {
    const fromLink = new URLSearchParams(window.location.hash.slice(1)).get("token");
    if (fromLink) sessionStorage.setItem(DRAFT_TOKEN_KEY, fromLink);
    return fromLink ?? sessionStorage.getItem(DRAFT_TOKEN_KEY) ?? "";
  });
  const draft = useLiveDraft(token);
  const confirm = useConfirmDraft();
  const [error, setError] = useState<string | null>(null);
  const [method, setMethod] = useState<PaymentMethod>("cod");
  return (
    <RequireAuth>
      {(user) => (
        <div className="container page">
          <PageMeta title={t("live.confirmTitle")} description={t("live.lead")} />
          <h1>{t("live.confirmTitle")}</h1>
          {draft.isError || !token ? (
            <ErrorState onRetry={() => void draft.refetch()} />
          ) : draft.data ? (
            <>
              <p>
                {t("live.draftLine", {
                  quantity: draft.data.quantity,
                  code: draft.data.code,
                  name: draft.data.productName,
                  price: vnd(draft.data.livePrice),
                })}
              </p>
              {draft.data.status === "held" ? (
                <>
                  <p className="muted">{t("live.holdUntil", { time: dateTime(draft.data.expiresAt) })}</p>
                  <label className="field">
                    <span className="field-label">{t("checkout.paymentMethod")}</span>
                    <select
                      className="input"
                      name="paymentMethod"
                      value={method}
                      onChange={(e) => setMethod(e.target.value as PaymentMethod)}
                    >
                      {METHODS.map((m) => (
                        <option key={m} value={m}>
                          {t(`payment.method.${m}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <AddressForm
                    initial={{ ...EMPTY_ADDRESS, fullName: draft.data.name || user.fullName, phone: user.phone ?? "" }}
                    submitLabel={t("live.confirm")}
                    onSubmit={(shippingAddress: ShippingAddress) =>
                      confirm.mutate(
                        { token, shippingAddress, paymentMethod: method },
                        {
                          // VNPay goes to the gateway; COD and bank transfer (its VietQR code) to the order page.
                          onSuccess: (r) =>
                            r.payment.redirectUrl
                              ? window.location.assign(r.payment.redirectUrl)
                              : void navigate(paths.order(r.order.code)),
                          onError: (e) => setError(e instanceof Error ? e.message : t("live.buyFailed")),
                        },
                      )
                    }
                  />
                  {error && (
                    <p role="alert" className="error">
                      {error}
                    </p>
                  )}
                </>
              ) : (
                <p>{t(`live.draft.${draft.data.status}`)}</p>
              )}
            </>
          ) : null}
        </div>
      )}
    </RequireAuth>
  );
}
