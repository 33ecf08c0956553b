import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { useSellerProduct } from "@/features/products/api/get-seller-product";
import { BatchForm } from "@/features/traceability/components/batch-form";
import { BatchList } from "@/features/traceability/components/batch-list";
import styles from "@/features/traceability/components/traceability.module.css";
import { PageHeader } from "@/shared/ui/page-header";
import { ErrorState, LoadingState } from "@/shared/ui/state-message";
import { showToast } from "@/shared/ui/toast";

/** /seller/products/:id/batches — a product's lots (newest first) and a form for a new one. */
export function BatchesPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const product = useSellerProduct(id);
  if (product.isPending) return <LoadingState rows={6} />;
  if (product.isError) return <ErrorState onRetry={() => void product.refetch()} />;
  return (
    <>
      <PageHeader
        title={t("trace.batchesOf", { product: product.data.name })}
        description={t("trace.batchesIntro")}
        back={{ to: `/seller/products/${id}`, label: product.data.name }}
      />
      <div className={styles.layout}>
        <BatchForm
          productId={id}
          onCreated={(batchId) => {
            showToast(t("trace.batchCreated"));
            void navigate(`/seller/batches/${batchId}`);
          }}
        />
        <section aria-labelledby="batch-list">
          <h2 id="batch-list" className={styles.h2}>
            {t("trace.batches")}
          </h2>
          <BatchList productId={id} />
        </section>
      </div>
    </>
  );
}
