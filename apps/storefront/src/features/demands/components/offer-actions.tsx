import type { MyDemand, Offer } from "@chophien/contracts";
import { TextAreaField } from "@chophien/web";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "@/shared/ui/text-field";
import { useOfferMove } from "../api/demands";
import { awardMax, countersLeft, formatCount } from "../lib/demand-text";
import { demandErrorKey, type DemandAction } from "../lib/error-text";
import { validateAward, validateCounter, validateDecline } from "../lib/offer-forms";
import styles from "./demands.module.css";

type Mode = "counter" | "award" | "decline" | null;

/** The buyer's moves on a live offer: shortlist, counter (the rounds left shown), award (within the cap), decline. */
export function OfferActions({ demand, offer }: { demand: MyDemand; offer: Offer }) {
  const { t } = useTranslation();
  const move = useOfferMove(demand.id, offer.id);
  const [mode, setMode] = useState<Mode>(null);
  const [last, setLast] = useState<DemandAction>("shortlist");
  const left = countersLeft(offer);
  const max = awardMax(demand, offer);
  const done = () => setMode(null);
  const toggle = (m: Exclude<Mode, null>) => () => {
    move.reset();
    setMode((x) => (x === m ? null : m));
  };
  return (
    <div className={styles.actions}>
      <div className={styles.buttons}>
        {offer.status === "open" && (
          <button
            type="button"
            className="btn btn-primary"
            disabled={move.isPending}
            onClick={() => {
              setLast("shortlist");
              setMode(null);
              move.mutate({ move: "shortlist" });
            }}
          >
            {t("demands.actions.shortlist")}
          </button>
        )}
        {offer.status === "shortlisted" && (
          <button type="button" className="btn btn-primary" aria-expanded={mode === "award"} onClick={toggle("award")}>
            {t("demands.actions.award")}
          </button>
        )}
        <button type="button" className="btn btn-secondary" aria-expanded={mode === "counter"} onClick={toggle("counter")}>
          {t("demands.actions.counter")}
        </button>
        <button type="button" className="btn btn-ghost" aria-expanded={mode === "decline"} onClick={toggle("decline")}>
          {t("demands.actions.decline")}
        </button>
      </div>
      {mode === "counter" && (
        <CounterForm
          offer={offer}
          unit={demand.unit}
          left={left}
          pending={move.isPending}
          onSend={(body) => {
            setLast("counter");
            move.mutate({ move: "counter", body }, { onSuccess: done });
          }}
        />
      )}
      {mode === "award" && (
        <AwardForm
          max={max}
          unit={demand.unit}
          initial={max}
          pending={move.isPending}
          onSend={(quantity) => {
            setLast("award");
            move.mutate({ move: "award", body: { quantity } }, { onSuccess: done });
          }}
        />
      )}
      {mode === "decline" && (
        <DeclineForm
          pending={move.isPending}
          onSend={(reason) => {
            setLast("decline");
            move.mutate({ move: "decline", body: { reason } }, { onSuccess: done });
          }}
        />
      )}
      {move.isError && (
        <p className="alert alert-error" role="alert">
          {t(demandErrorKey(move.error, last), { max: formatCount(max), unit: demand.unit })}
        </p>
      )}
    </div>
  );
}

function CounterForm(props: {
  offer: Offer;
  unit: string;
  left: number;
  pending: boolean;
  onSend: (body: { unitPrice: number; quantity: number; message: string }) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({
    unitPrice: String(props.offer.unitPrice),
    quantity: String(props.offer.quantity),
    message: "",
  });
  const [errors, setErrors] = useState<Partial<Record<keyof typeof draft, true>>>({});
  const set = (k: keyof typeof draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = validateCounter(draft);
    if (r.errors) return setErrors(r.errors);
    props.onSend(r.request);
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={t("demands.actions.counterTitle")}>
      <p className={props.left ? "field-hint" : "alert"}>{t("demands.actions.roundsLeft", { count: props.left })}</p>
      <TextField
        label={t("demands.actions.unitPrice", { unit: props.unit })}
        inputMode="numeric"
        value={draft.unitPrice}
        onChange={set("unitPrice")}
        error={errors.unitPrice ? t("demands.actions.errors.unitPrice") : undefined}
      />
      <TextField
        label={t("demands.actions.quantity", { unit: props.unit })}
        inputMode="numeric"
        value={draft.quantity}
        onChange={set("quantity")}
        error={errors.quantity ? t("demands.actions.errors.quantity") : undefined}
      />
      <TextAreaField
        label={t("demands.actions.message")}
        rows={3}
        value={draft.message}
        onChange={set("message")}
        error={errors.message ? t("demands.actions.errors.message") : undefined}
      />
      <button type="submit" className="btn btn-primary" disabled={props.pending || props.left === 0}>
        {t("demands.actions.sendCounter")}
      </button>
    </form>
  );
}

function AwardForm(props: { max: number; unit: string; initial: number; pending: boolean; onSend: (quantity: number) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(props.initial));
  const [invalid, setInvalid] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = validateAward(value, props.max);
    if (n === null) return setInvalid(true);
    props.onSend(n);
  };
  const max = { max: formatCount(props.max), unit: props.unit };
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={t("demands.actions.awardTitle")}>
      <TextField
        label={t("demands.actions.awardQuantity", { unit: props.unit })}
        inputMode="numeric"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setInvalid(false);
        }}
        hint={t("demands.actions.awardHint", max)}
        error={invalid ? t("demands.actions.errors.award", max) : undefined}
      />
      <button type="submit" className="btn btn-primary" disabled={props.pending || props.max === 0}>
        {t("demands.actions.confirmAward")}
      </button>
    </form>
  );
}

function DeclineForm(props: { pending: boolean; onSend: (reason: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [invalid, setInvalid] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = validateDecline(reason);
    if (r === null) return setInvalid(true);
    props.onSend(r);
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={t("demands.actions.declineTitle")}>
      <TextAreaField
        label={t("demands.actions.reason")}
        rows={3}
        value={reason}
        onChange={(e) => {
          setReason(e.target.value);
          setInvalid(false);
        }}
        error={invalid ? t("demands.actions.errors.reason") : undefined}
      />
      <button type="submit" className="btn btn-danger" disabled={props.pending}>
        {t("demands.actions.confirmDecline")}
      </button>
    </form>
  );
}
