import { LIMITS, type Image } from "@chophien/contracts";
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import { SortableContext, arrayMove, rectSortingStrategy, sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { useState, type DragEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/shared/lib/error-message";
import { cx } from "@/shared/lib/cx";
import { ConfirmDialog } from "@/shared/ui/dialog";
import { Icon } from "@/shared/ui/icon";
import { useDeleteProductImage } from "../api/delete-product-image";
import { useReorderProductImages } from "../api/reorder-product-images";
import type { PhotoUploads } from "../hooks/use-photo-uploads";
import { SortablePhoto } from "./sortable-photo";
import { UploadTile } from "./upload-tile";
import styles from "./photo-manager.module.css";

interface Props {
  /** Null while the product is new: photos wait and are uploaded right after it is saved. */
  productId: string | null;
  /** The product's saved photos in order (the first is the cover). */
  images: Image[];
  uploads: PhotoUploads;
}

/**
 * The product's photos: pick, drop or shoot new ones (camera on phones), watch each upload's progress, reorder by
 * dragging or with the arrows (the first is the cover), and delete with a confirmation.
 */
export function PhotoManager({ productId, images, uploads }: Props) {
  const { t } = useTranslation();
  const [dragOver, setDragOver] = useState(false);
  const [deleting, setDeleting] = useState<Image | null>(null);
  const reorder = useReorderProductImages(productId ?? "");
  const remove = useDeleteProductImage(productId ?? "");
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    // On a phone a short press scrolls; a long press picks the photo up.
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = images.map((i) => i.id ?? i.url);
  const count = images.length + uploads.uploads.length;
  const full = count >= LIMITS.maxProductImages;

  const move = (from: number, to: number) => {
    if (!productId || to < 0 || to >= images.length || from === to) return;
    reorder.mutate(arrayMove(ids, from, to));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) move(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragOver(false);
    uploads.add([...e.dataTransfer.files]);
  };
  const label = (i: number) => t("photos.photoN", { n: i + 1 });

  return (
    <section className={styles.manager} aria-labelledby="photos-title">
      <div className={styles.head}>
        <h2 id="photos-title">{t("photos.title")}</h2>
        <span className="muted">{t("photos.count", { count, max: LIMITS.maxProductImages })}</span>
      </div>
      <p className="field-hint">{productId ? t("photos.hint") : t("photos.hintNew")}</p>

      {(images.length > 0 || uploads.uploads.length > 0) && (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            screenReaderInstructions: { draggable: t("photos.dnd.instructions") },
            announcements: {
              onDragStart: ({ active }) => t("photos.dnd.picked", { n: ids.indexOf(String(active.id)) + 1 }),
              onDragOver: ({ over }) => (over ? t("photos.dnd.over", { n: ids.indexOf(String(over.id)) + 1 }) : undefined),
              onDragEnd: ({ over }) => (over ? t("photos.dnd.dropped", { n: ids.indexOf(String(over.id)) + 1 }) : undefined),
              onDragCancel: () => t("photos.dnd.cancelled"),
            },
          }}
        >
          <SortableContext items={ids} strategy={rectSortingStrategy}>
            <ul className={styles.grid} aria-label={t("photos.listLabel")}>
              {images.map((image, i) => (
                <SortablePhoto
                  key={ids[i]}
                  id={ids[i]!}
                  image={image}
                  label={label(i)}
                  cover={i === 0}
                  first={i === 0}
                  last={i === images.length - 1}
                  onEarlier={() => move(i, i - 1)}
                  onLater={() => move(i, i + 1)}
                  onDelete={() => setDeleting(image)}
                />
              ))}
              {uploads.uploads.map((u) => (
                <UploadTile key={u.key} upload={u} onRetry={() => uploads.retry(u.key)} onRemove={() => uploads.remove(u.key)} />
              ))}
            </ul>
          </SortableContext>
        </DndContext>
      )}
      {reorder.isError && (
        <p className="field-error" role="alert">
          {t("photos.reorderFailed")}
        </p>
      )}

      {!full && (
        <div
          className={cx(styles.drop, dragOver && styles.dropActive)}
          onDragOver={(e) => {
            e.preventDefault();
            setDragOver(true);
          }}
          onDragLeave={() => setDragOver(false)}
          onDrop={onDrop}
          data-testid="photo-drop"
        >
          <Icon name="image" size={28} />
          <p className={styles.dropText}>{t("photos.drop")}</p>
          <div className={styles.pickButtons}>
            <label className="btn btn-primary file-button">
              <Icon name="image" size={18} />
              {t("photos.choose")}
              <input
                type="file"
                accept="image/*"
                multiple
                className="visually-hidden"
                onChange={(e) => {
                  uploads.add([...(e.target.files ?? [])]);
                  e.target.value = "";
                }}
              />
            </label>
            <label className="btn btn-secondary file-button">
              <Icon name="camera" size={18} />
              {t("photos.camera")}
              <input
                type="file"
                accept="image/*"
                capture="environment"
                className="visually-hidden"
                onChange={(e) => {
                  uploads.add([...(e.target.files ?? [])]);
                  e.target.value = "";
                }}
              />
            </label>
          </div>
          <p className="field-hint">{t("photos.limits", { mb: Math.round(LIMITS.imageBytes / 1048576) })}</p>
        </div>
      )}
      {uploads.problems.length > 0 && (
        <div className="form-error" role="alert">
          <ul className={styles.problems}>
            {uploads.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <button type="button" className="btn btn-ghost btn-sm" onClick={uploads.clearProblems}>
            {t("common.dismiss")}
          </button>
        </div>
      )}

      <ConfirmDialog
        open={deleting !== null}
        title={t("photos.deleteTitle")}
        body={<p>{t("photos.deleteBody")}</p>}
        confirmLabel={t("photos.delete")}
        tone="danger"
        busy={remove.isPending}
        error={remove.isError ? errorMessage(remove.error, t) : null}
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
        onConfirm={() => {
          if (deleting?.id) remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) });
        }}
      />
    </section>
  );
}
