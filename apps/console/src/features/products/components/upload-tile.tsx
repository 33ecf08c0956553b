import { useTranslation } from "react-i18next";
import { cx } from "@/shared/lib/cx";
import { Icon } from "@/shared/ui/icon";
import type { PhotoUpload } from "../hooks/use-photo-uploads";
import styles from "./photo-manager.module.css";

/** A photo not saved yet: waiting for the product, uploading (with its progress), or failed with the reason. */
export function UploadTile({ upload, onRetry, onRemove }: { upload: PhotoUpload; onRetry: () => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const percent = Math.round(upload.progress * 100);
  return (
    <li className={cx(styles.tile, upload.state === "failed" && styles.failed)} data-testid="upload-tile">
      <img className={styles.pending} src={upload.previewUrl} alt={upload.file.name} />
      <div className={styles.uploadState}>
        {upload.state === "queued" && <span>{t("photos.queued")}</span>}
        {upload.state === "uploading" && (
          <>
            <progress max={100} value={percent} aria-label={t("photos.uploading", { name: upload.file.name })} />
            <span>{percent}%</span>
          </>
        )}
        {upload.state === "failed" && (
          <span role="alert" className={styles.uploadError}>
            {upload.error}
          </span>
        )}
      </div>
      <div className={styles.tools}>
        {upload.state === "failed" && (
          <button
            type="button"
            className={styles.tool}
            onClick={onRetry}
            aria-label={t("photos.retry", { name: upload.file.name })}
          >
            <Icon name="refresh" size={18} />
          </button>
        )}
        {upload.state !== "uploading" && (
          <button
            type="button"
            className={cx(styles.tool, styles.toolDanger)}
            onClick={onRemove}
            aria-label={t("photos.remove", { name: upload.file.name })}
          >
            <Icon name="close" size={18} />
          </button>
        )}
      </div>
    </li>
  );
}
