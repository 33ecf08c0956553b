import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { useSellerProduct } from "@/features/products/api/get-seller-product";
import { HiddenNotice } from "@/features/products/components/hidden-notice";
import { ProductEditor } from "@/features/products/components/product-editor";
import { PageHeader } from "@/shared/ui/page-header";
import { ErrorState, LoadingState } from "@/shared/ui/state-message";
import { showToast } from "@/shared/ui/toast";

/** /seller/products/new and /seller/products/:id — the editor, new or loaded (with the market's notice if admins hid it). */
export function ProductEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const product = useSellerProduct(id);
  const back = { to: "/seller/products", label: t("products.title") };

  if (!id)
    return (
      <>
        <PageHeader title={t("product.newTitle")} back={back} />
        <ProductEditor
          onSaved={(p, failed) => {
            showToast(
              failed ? t("product.savedPhotosFailed", { count: failed }) : t("product.created"),
              failed ? "error" : "success",
            );
            // On to the saved product: its photos can be reordered there, and failed ones retried.
            void navigate(`/seller/products/${p.id}`, { replace: true });
          }}
        />
      </>
    );

  if (product.isPending) return <LoadingState rows={8} />;
  if (product.isError) return <ErrorState onRetry={() => void product.refetch()} />;
  return (
    <>
      <PageHeader
        title={product.data.name}
        back={back}
        actions={
          <Link className="btn btn-secondary" to={`/seller/products/${product.data.id}/batches`}>
            {t("trace.batchesLink")}
          </Link>
        }
      />
      {product.data.hidden && <HiddenNotice productId={product.data.id} hidden={product.data.hidden} />}
      <ProductEditor
        key={product.data.id}
        product={product.data}
        onSaved={() => showToast(t("common.saved"))}
        onDeleted={(archived) => {
          showToast(archived ? t("product.archivedInstead") : t("product.deleted"));
          void navigate("/seller/products");
        }}
      />
    </>
  );
}
