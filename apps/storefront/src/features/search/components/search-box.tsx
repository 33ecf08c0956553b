import { useFormat } from "@chophien/web";
import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { useSuggestions } from "../api/get-suggestions";
import styles from "./search-box.module.css";

/**
 * The header's search: a combobox (ARIA 1.2 pattern) with product suggestions as you type. Enter searches the
 * text, or opens the highlighted product; arrows move; Escape closes. Diacritics are optional — the API folds them.
 */
export function SearchBox({ initial = "" }: { initial?: string }) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState(initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggest = useSuggestions(text);
  const items = open && text.trim().length >= 2 ? (suggest.data?.items ?? []) : [];
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = active >= 0 ? items[active] : undefined;
    close();
    if (chosen) return void navigate(paths.product(chosen.slug));
    const q = text.trim();
    void navigate(paths.search(q ? { q } : {}));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" && items.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % items.length);
    } else if (e.key === "ArrowUp" && items.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? items.length - 1 : a - 1));
    } else if (e.key === "Escape") {
      close();
    }
  };

  return (
    <form role="search" className={styles.form} onSubmit={submit} action={paths.search()}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t("search.label")}
      </label>
      <div className={styles.field}>
        <Icon name="search" size={20} className={styles.icon} />
        <input
          id={`${id}-input`}
          className={styles.input}
          type="search"
          name="q"
          autoComplete="off"
          enterKeyHint="search"
          placeholder={t("search.placeholder")}
          value={text}
          role="combobox"
          aria-expanded={items.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 && items[active] ? optionId(active) : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={close}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className={styles.submit}>
          <span className="visually-hidden">{t("search.submit")}</span>
          <Icon name="search" size={20} />
        </button>
      </div>
      <ul id={listId} role="listbox" aria-label={t("search.suggestions")} className={items.length ? styles.list : styles.hidden}>
        {items.map((p, i) => (
          <li
            key={p.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? styles.optionActive : styles.option}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(e) => {
              e.preventDefault();
              close();
              void navigate(paths.product(p.slug));
            }}
          >
            {p.thumbnail ? (
              <img src={p.thumbnail.variants[0]?.url ?? p.thumbnail.url} alt="" width={40} height={40} className={styles.thumb} />
            ) : (
              <span className={styles.thumb} />
            )}
            <span className={styles.optionText}>
              <span className={styles.optionName}>{p.name}</span>
              <span className={styles.optionMeta}>
                {vnd(p.price)} · {p.province.name}
              </span>
            </span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {items.length ? t("search.suggestionCount", { count: items.length }) : ""}
      </p>
    </form>
  );
}
