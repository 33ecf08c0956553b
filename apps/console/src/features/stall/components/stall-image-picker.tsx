import type { Image } from "@chophien/contracts";
import { useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { MAX_IMAGE_MB, checkImageFile } from "@/shared/lib/image-file";
import styles from "./stall-form.module.css";

interface Props {
  kind: "logo" | "banner";
  /** The image already on the stall, if any. */
  current: Image | null;
  file: File | null;
  onFile: (file: File | null) => void;
}

/** Picks a logo or banner and previews it at once (a local object URL); the upload happens when the form is sent. */
export function StallImagePicker({ kind, current, file, onFile }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const preview = useMemo(() => (file ? URL.createObjectURL(file) : null), [file]);
  useEffect(
    () => () => {
      if (preview) URL.revokeObjectURL(preview);
    },
    [preview],
  );

  const pick = (picked: File | undefined) => {
    if (!picked) return;
    const bad = checkImageFile(picked);
    setProblem(bad === "type" ? t("photos.errors.type") : bad === "size" ? t("photos.errors.size", { mb: MAX_IMAGE_MB }) : null);
    if (!bad) onFile(picked);
  };

  const src = preview ?? current?.url ?? null;
  const label = kind === "logo" ? t("stall.fields.logo") : t("stall.fields.banner");
  return (
    <div className={kind === "logo" ? styles.logoPicker : styles.bannerPicker}>
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <div className={kind === "logo" ? styles.logoPreview : styles.bannerPreview}>
        {src ? (
          <img src={src} alt={t("stall.imagePreview", { what: label })} />
        ) : (
          <span className="muted">{t("stall.noImage")}</span>
        )}
      </div>
      <span className="field-hint">{kind === "logo" ? t("stall.logoHint") : t("stall.bannerHint")}</span>
      <div className={styles.pickerActions}>
        <label className="btn btn-secondary file-button">
          {src ? t("stall.changeImage") : t("stall.chooseImage")}
          <input
            type="file"
            accept="image/*"
            className="visually-hidden"
            aria-describedby={problem ? `${id}-error` : undefined}
            aria-labelledby={`${id}-label`}
            onChange={(e) => {
              pick(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
        </label>
        {file && (
          <button type="button" className="btn btn-ghost" onClick={() => onFile(null)}>
            {t("stall.undoImage")}
          </button>
        )}
      </div>
      {problem && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
