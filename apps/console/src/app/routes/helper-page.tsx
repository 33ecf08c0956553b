import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useHelperStalls, useHelperTodo } from "@/features/helpers/api/helper-stalls";
import { StallSwitcher } from "@/features/helpers/components/stall-switcher";
import { TodoList } from "@/features/helpers/components/todo-list";
import { EmptyState, LoadingState } from "@/shared/ui/state-message";
import { PageHeader } from "@/shared/ui/page-header";

/** /console/helper — a helper's desk: the stalls they act for (switch to one) and the to-do list across them. */
export function HelperPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const stalls = useHelperStalls();
  const todo = useHelperTodo();
  if (stalls.notHelper) return <EmptyState icon="users" title={t("helpers.page.notHelper")} />;
  return (
    <div className="stack">
      <PageHeader title={t("helpers.page.title")} description={t("helpers.page.description")} />
      <section aria-labelledby="helper-stalls">
        <h2 id="helper-stalls">{t("helpers.switcher.label")}</h2>
        {stalls.data ? (
          <StallSwitcher stalls={stalls.data} onSwitch={() => void navigate("/seller/orders")} />
        ) : (
          <LoadingState rows={3} />
        )}
      </section>
      <section aria-labelledby="helper-todo">
        <h2 id="helper-todo">{t("helpers.todo.title")}</h2>
        {todo.data ? <TodoList items={todo.data} /> : <LoadingState rows={3} />}
      </section>
    </div>
  );
}
