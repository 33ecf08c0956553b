import type { Image } from "@chophien/contracts";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useTranslation } from "react-i18next";
import { cx } from "@/shared/lib/cx";
import { Icon } from "@/shared/ui/icon";
import styles from "./photo-manager.module.css";

interface Props {
  id: string;
  image: Image;
  label: string;
  cover: boolean;
  first: boolean;
  last: boolean;
  onEarlier: () => void;
  onLater: () => void;
  onDelete: () => void;
}

/** One saved photo: dragged by its picture (or the keyboard on the handle), moved by arrows, deleted by the bin. */
export function SortablePhoto({ id, image, label, cover, first, last, onEarlier, onLater, onDelete }: Props) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id });
  return (
    <li
      ref={setNodeRef}
      className={cx(styles.tile, isDragging && styles.dragging)}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-testid="photo-tile"
    >
      <button
        type="button"
        className={styles.handle}
        aria-label={t("photos.dragHandle", { photo: label })}
        {...attributes}
        {...listeners}
      >
        <img src={image.variants[0]?.url ?? image.url} alt={label} draggable={false} />
      </button>
      {cover && <span className={styles.cover}>{t("photos.cover")}</span>}
      <div className={styles.tools}>
        <button
          type="button"
          className={styles.tool}
          onClick={onEarlier}
          disabled={first}
          aria-label={t("photos.moveEarlier", { photo: label })}
        >
          <Icon name="chevronLeft" size={18} />
        </button>
        <button
          type="button"
          className={cx(styles.tool, styles.toolDanger)}
          onClick={onDelete}
          aria-label={t("photos.deleteNamed", { photo: label })}
        >
          <Icon name="trash" size={18} />
        </button>
        <button
          type="button"
          className={styles.tool}
          onClick={onLater}
          disabled={last}
          aria-label={t("photos.moveLater", { photo: label })}
        >
          <Icon name="chevronRight" size={18} />
        </button>
      </div>
    </li>
  );
}
