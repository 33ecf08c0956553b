import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useMyStall } from "@/features/stall/api/get-my-stall";
import { useBatch } from "@/features/traceability/api/batches";
import { BatchDetail } from "@/features/traceability/components/batch-detail";
import { EventForm } from "@/features/traceability/components/event-form";
import styles from "@/features/traceability/components/traceability.module.css";
import { PageHeader } from "@/shared/ui/page-header";
import { ErrorState, LoadingState } from "@/shared/ui/state-message";

/** /seller/batches/:id — one lot: add events from the phone, print its labels and the stall's poster, read reports. */
export function BatchPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const detail = useBatch(id);
  const stall = useMyStall();
  if (detail.isPending) return <LoadingState rows={6} />;
  if (detail.isError) return <ErrorState onRetry={() => void detail.refetch()} />;
  const { batch } = detail.data;
  return (
    <>
      <PageHeader
        title={t("trace.lotNamed", { lot: batch.lot })}
        back={{ to: `/seller/products/${batch.productId}/batches`, label: t("trace.batches") }}
      />
      <div className={styles.layout}>
        <EventForm batchId={batch.id} />
        <BatchDetail detail={detail.data} stallSlug={stall.data?.slug ?? null} />
      </div>
    </>
  );
}
