import { ApiError } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useTrace } from "@/features/traceability/api/get-trace";
import { TraceView } from "@/features/traceability/components/trace-view";
import { PageMeta } from "@/shared/ui/page-meta";
import { Skeleton } from "@/shared/ui/skeleton";
import { ErrorState } from "@/shared/ui/state-message";
import { NotFoundPage } from "./not-found-page";

/** /t/:code — what a package's QR code opens: the batch's story, checked on the phone that opened it. */
export function TracePage() {
  const { t } = useTranslation();
  const { code = "" } = useParams();
  const trace = useTrace(code);
  if (trace.isError)
    return trace.error instanceof ApiError && trace.error.status === 404 ? (
      <NotFoundPage />
    ) : (
      <div className="container page">
        <ErrorState onRetry={() => void trace.refetch()} />
      </div>
    );
  return (
    <div className="container page">
      {trace.isPending ? (
        <Skeleton height="320px" />
      ) : (
        <>
          <PageMeta
            title={t("trace.metaTitle", { product: trace.data.product.name, lot: trace.data.batch.lot })}
            description={t("trace.metaDescription", { stall: trace.data.stall.name, province: trace.data.stall.province.name })}
          />
          <TraceView trace={trace.data} />
        </>
      )}
    </div>
  );
}
