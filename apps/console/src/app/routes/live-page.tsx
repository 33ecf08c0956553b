import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { LiveDesk } from "@/features/live/components/live-desk";
import { LiveSessions } from "@/features/live/components/live-sessions";
import { useAllSellerProducts } from "@/features/products/api/get-all-seller-products";
import { useMyStall } from "@/features/stall/api/get-my-stall";
import { useActingFor } from "@/shared/session/acting-store";
import { PageHeader } from "@/shared/ui/page-header";

/** /seller/live — the stall's live sessions and a form to plan one. */
export function SellerLivePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("live.title")} description={t("live.subtitle")} />
      <LiveSessions area="seller" />
    </>
  );
}

/** /seller/live/:id — one session's desk for a stall (the host's controls when it hosts). */
export function SellerLiveDeskPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const products = useAllSellerProducts();
  const acting = useActingFor();
  const stall = useMyStall();
  const stallId = acting?.stallId ?? stall.data?.id;
  return (
    <>
      <PageHeader title={t("live.desk")} back={{ to: "/seller/live", label: t("live.title") }} />
      <LiveDesk area="seller" id={id} products={products.data ?? []} stallId={stallId} />
    </>
  );
}

/** /admin/live — the market's own sessions (stalls are invited). */
export function AdminLivePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("live.title")} description={t("live.adminSubtitle")} />
      <LiveSessions area="admin" />
    </>
  );
}

/** /admin/live/:id — the host's desk for a market session. */
export function AdminLiveDeskPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  return (
    <>
      <PageHeader title={t("live.desk")} back={{ to: "/admin/live", label: t("live.title") }} />
      <LiveDesk area="admin" id={id} products={[]} />
    </>
  );
}
