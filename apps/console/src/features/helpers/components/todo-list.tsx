import type { HelperTodo } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";

const ORDER: HelperTodo["kind"][] = ["order_waiting", "grant_expiring", "certificate_expiring", "review_unanswered", "low_stock"];

/** What needs doing across the helper's stalls, grouped by kind, most urgent first. */
export function TodoList({ items }: { items: HelperTodo[] }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  if (!items.length) return <p>{t("helpers.todo.empty")}</p>;
  return (
    <div className="stack">
      {ORDER.filter((k) => items.some((i) => i.kind === k)).map((kind) => {
        const group = items.filter((i) => i.kind === kind);
        return (
          <section key={kind} aria-labelledby={`todo-${kind}`}>
            <h3 id={`todo-${kind}`}>
              {t(`helpers.todo.kind.${kind}`)} ({group.length})
            </h3>
            <ul>
              {group.map((i) => (
                <li key={`${i.kind}:${i.targetId}`}>
                  {i.stall.name}: {i.label}
                  {i.at ? ` — ${date(i.at)}` : ""}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
