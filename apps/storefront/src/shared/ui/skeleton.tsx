import { cx } from "../lib/cx";
import styles from "./skeleton.module.css";

/** A grey placeholder block with a soft shimmer (still for people who prefer reduced motion). */
export function Skeleton({ className, width, height }: { className?: string; width?: string; height?: string }) {
  return <span className={cx(styles.block, className)} style={{ width, height }} aria-hidden="true" />;
}

/** Lines of text-shaped placeholders. */
export function SkeletonText({ lines = 3 }: { lines?: number }) {
  return (
    <span className={styles.text} aria-hidden="true">
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} width={i === lines - 1 ? "60%" : "100%"} height="0.9em" />
      ))}
    </span>
  );
}
