import type { Organisation } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";

/**
 * Why I cannot post a demand yet — no organisation, one waiting for an admin, or one rejected (with the reason) —
 * or nothing when my organisation is verified.
 */
export function PostingGate({ organisation: o }: { organisation: Organisation | null }) {
  const { t } = useTranslation();
  if (o?.status === "verified") return null;
  const why = !o ? "none" : o.status;
  return (
    <div className={`alert ${o?.status === "rejected" ? "alert-error" : ""}`} role="note">
      <span>
        {t(`demands.gate.${why}`)}
        {o?.status === "rejected" && o.reason && <> {t("demands.gate.reason", { reason: o.reason })}</>}{" "}
        {why !== "pending" && <Link to={paths.myOrganisation()}>{t(`demands.gate.${why}Link`)}</Link>}
      </span>
    </div>
  );
}
