import type { Image } from "@chophien/contracts";
import { cx } from "@/shared/lib/cx";
import { ResponsiveImage } from "@/shared/ui/responsive-image";
import styles from "./stall-logo.module.css";

/** A stall's logo in a circle, or its initials on a green disc when it has none yet. */
export function StallLogo({
  logo,
  name,
  size = 56,
  className,
}: {
  logo: Image | null;
  name: string;
  size?: number;
  className?: string;
}) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(-2)
    .map((w) => w[0]?.toUpperCase())
    .join("");
  return (
    <span className={cx(styles.logo, className)} style={{ width: size, height: size, fontSize: size / 2.6 }}>
      {logo ? (
        <ResponsiveImage image={logo} alt="" sizes={`${size}px`} className={styles.image} />
      ) : (
        <span aria-hidden="true">{initials}</span>
      )}
    </span>
  );
}
