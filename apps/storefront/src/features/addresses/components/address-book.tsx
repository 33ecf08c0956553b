import { MAX_SAVED_ADDRESSES, type SavedAddress } from "@chophien/contracts";
import { ApiError } from "@chophien/web";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { toAddressDraft } from "@/shared/lib/address-line";
import { EMPTY_ADDRESS, type AddressDraft } from "@/shared/lib/address-validation";
import { AddressForm } from "@/shared/ui/address-form";
import { Skeleton } from "@/shared/ui/skeleton";
import { useCreateAddress } from "../api/create-address";
import { useDeleteAddress } from "../api/delete-address";
import { useAddresses } from "../api/get-addresses";
import { useUpdateAddress } from "../api/update-address";
import { AddressCard } from "./address-card";
import styles from "./address-book.module.css";

/** What the form is doing: nothing, adding a new address, or editing one. */
type Editing = { mode: "none" } | { mode: "add" } | { mode: "edit"; address: SavedAddress };

/** The account's "Sổ địa chỉ": saved addresses as cards, with add, edit, delete and "Đặt làm mặc định". */
export function AddressBook({ contact }: { contact: Pick<AddressDraft, "fullName" | "phone"> }) {
  const { t } = useTranslation();
  const list = useAddresses();
  const create = useCreateAddress();
  const update = useUpdateAddress();
  const remove = useDeleteAddress();
  const [editing, setEditing] = useState<Editing>({ mode: "none" });
  const [failed, setFailed] = useState<string>();
  const box = useRef<HTMLElement>(null);

  const items = list.data?.items ?? [];
  const full = items.length >= MAX_SAVED_ADDRESSES;
  const busyId = (update.isPending && update.variables.id) || (remove.isPending && remove.variables) || undefined;
  const onError = (err: Error) =>
    setFailed(
      err instanceof ApiError && err.status === 422 ? t("addresses.full", { max: MAX_SAVED_ADDRESSES }) : t("addresses.failed"),
    );
  const start = (next: Editing) => {
    setFailed(undefined);
    setEditing(next);
    // Focus follows the change: into the form that opened, or back to the heading when it closed.
    requestAnimationFrame(() => {
      const target = box.current?.querySelector<HTMLElement>(next.mode === "none" ? "h2" : "form input");
      target?.focus();
    });
  };

  return (
    <section ref={box} className={`card ${styles.box}`} aria-labelledby="address-book-title">
      <h2 id="address-book-title" className={styles.title} tabIndex={-1}>
        {t("addresses.title")}
      </h2>
      {failed && (
        <p className="alert alert-error" role="alert">
          {failed}
        </p>
      )}
      {list.isPending ? (
        <Skeleton height="6rem" />
      ) : list.isError ? (
        <p className="muted">{t("error.title")}</p>
      ) : (
        <>
          {items.length === 0 ? (
            <p className="muted">{t("addresses.empty")}</p>
          ) : (
            <ul className={styles.list} aria-labelledby="address-book-title">
              {items.map((a) =>
                editing.mode === "edit" && editing.address.id === a.id ? (
                  <li key={a.id} className={`card ${styles.card}`}>
                    <AddressForm
                      initial={toAddressDraft(a)}
                      submitLabel={t("addresses.save")}
                      onSubmit={(address) =>
                        update.mutate(
                          // The form has no district (gone since 2025-07-01): what she saved is what she saw.
                          { id: a.id, body: { ...address, ...(a.district ? { district: null } : {}) } },
                          { onSuccess: () => start({ mode: "none" }), onError },
                        )
                      }
                    />
                    <button type="button" className="btn btn-ghost btn-block" onClick={() => start({ mode: "none" })}>
                      {t("addresses.cancel")}
                    </button>
                  </li>
                ) : (
                  <AddressCard
                    key={a.id}
                    address={a}
                    busy={busyId === a.id}
                    onEdit={() => start({ mode: "edit", address: a })}
                    onDelete={() => remove.mutate(a.id, { onSuccess: () => setFailed(undefined), onError })}
                    onMakeDefault={() => update.mutate({ id: a.id, body: { isDefault: true } }, { onError })}
                  />
                ),
              )}
            </ul>
          )}
          {editing.mode === "add" ? (
            <div className={styles.adding}>
              <h3 className={styles.subtitle}>{t("addresses.addTitle")}</h3>
              <AddressForm
                initial={{ ...EMPTY_ADDRESS, ...contact }}
                submitLabel={t("addresses.save")}
                onSubmit={(address) => create.mutate(address, { onSuccess: () => start({ mode: "none" }), onError })}
              />
              <button type="button" className="btn btn-ghost btn-block" onClick={() => start({ mode: "none" })}>
                {t("addresses.cancel")}
              </button>
            </div>
          ) : (
            <>
              <button
                type="button"
                className="btn btn-secondary btn-block"
                disabled={full}
                aria-describedby={full ? "address-book-full" : undefined}
                onClick={() => start({ mode: "add" })}
              >
                {t("addresses.add")}
              </button>
              {full && (
                <p id="address-book-full" className={styles.hint}>
                  {t("addresses.full", { max: MAX_SAVED_ADDRESSES })}
                </p>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
