import type { Cart } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { CartLine } from "./cart-line";
import styles from "./cart-group.module.css";

type Group = Cart["groups"][number];

interface Props {
  group: Group;
  onQuantity: (productId: string, quantity: number) => void;
  onRemove: (productId: string) => void;
}

/** One stall's part of the cart: each stall packs and ships its own parcel, so fees and subtotals are per stall. */
export function CartGroup({ group, onQuantity, onRemove }: Props) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const headingId = `cart-stall-${group.stall.id}`;
  return (
    <section className={`card ${styles.group}`} aria-labelledby={headingId}>
      <header className={styles.head}>
        <Icon name="store" size={20} />
        <h2 id={headingId} className={styles.stall}>
          <Link to={paths.stall(group.stall.slug)}>{group.stall.name}</Link>
        </h2>
        <span className={styles.province}>{group.stall.province.name}</span>
      </header>
      <ul className={styles.lines}>
        {group.lines.map((line) => (
          <CartLine
            key={line.productId}
            line={line}
            onQuantity={(q) => onQuantity(line.productId, q)}
            onRemove={() => onRemove(line.productId)}
          />
        ))}
      </ul>
      <dl className={styles.totals}>
        <div>
          <dt>{t("cart.stallSubtotal")}</dt>
          <dd>{vnd(group.subtotal)}</dd>
        </div>
        <div>
          <dt>
            <Icon name="truck" size={16} /> {t("cart.shipping")}
          </dt>
          <dd>
            {group.shippingFee === 0 ? <span className={styles.free}>{t("cart.freeShipping")}</span> : vnd(group.shippingFee)}
          </dd>
        </div>
      </dl>
    </section>
  );
}
