import { ApiError, TextAreaField, TextField } from "@chophien/web";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { formText } from "@/shared/lib/form-text";
import { useReportProblem } from "../api/report-problem";
import styles from "./trace-view.module.css";

/** "Báo cáo vấn đề": a shopper tells the market's admins something is wrong with this batch (rate limited). */
export function ReportForm({ code }: { code: string }) {
  const { t } = useTranslation();
  const report = useReportProblem();
  const [error, setError] = useState<string | null>(null);

  if (report.isSuccess)
    return (
      <p className="alert alert-success" role="status">
        {t("trace.report.thanks")}
      </p>
    );

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const message = formText(data, "message").trim();
    const contact = formText(data, "contact").trim();
    if (message.length < 5) return setError(t("trace.report.tooShort"));
    setError(null);
    report.mutate({ code, message, ...(contact ? { contact } : {}) });
  };

  return (
    <details className={styles.report}>
      <summary>{t("trace.report.open")}</summary>
      <form onSubmit={submit} noValidate className={styles.reportForm}>
        <TextAreaField label={t("trace.report.message")} name="message" rows={4} maxLength={2000} error={error} required />
        <TextField
          label={t("trace.report.contact")}
          name="contact"
          maxLength={120}
          autoComplete="tel"
          hint={t("trace.report.contactHint")}
        />
        {report.isError && (
          <p className="alert alert-error" role="alert">
            {report.error instanceof ApiError && report.error.status === 429 ? t("trace.report.tooMany") : t("error.body")}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={report.isPending}>
          {t("trace.report.send")}
        </button>
      </form>
    </details>
  );
}
