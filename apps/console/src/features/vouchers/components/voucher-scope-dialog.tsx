import type { Voucher } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/shared/lib/error-message";
import { ConfirmDialog } from "@/shared/ui/dialog";
import { useUpdateVoucher, type VoucherArea } from "../api/vouchers";
import { isEmptyChoice, scopeBody, scopeOf, type VoucherTargets } from "./voucher-scope";
import { VoucherScopePicker } from "./voucher-scope-picker";

interface Props {
  area: VoucherArea;
  targets: VoucherTargets;
  voucher: Voucher;
  onClose: () => void;
}

/** Changes what an existing voucher applies to (PATCH `categoryIds` and `productIds`), starting from its current choice. */
export function VoucherScopeDialog({ area, targets, voucher, onClose }: Props) {
  const { t } = useTranslation();
  const update = useUpdateVoucher(area);
  const [scope, setScope] = useState(() => scopeOf(voucher));
  const [empty, setEmpty] = useState(false);

  const save = () => {
    if (isEmptyChoice(scope)) return setEmpty(true);
    update.mutate({ id: voucher.id, body: scopeBody(scope) }, { onSuccess: onClose });
  };

  return (
    <ConfirmDialog
      open
      title={t("vouchers.scope.editTitle", { code: voucher.code })}
      confirmLabel={t("common.save")}
      busy={update.isPending}
      error={update.isError ? errorMessage(update.error, t) : null}
      onConfirm={save}
      onClose={onClose}
    >
      <VoucherScopePicker
        area={area}
        targets={targets}
        value={scope}
        onChange={(next) => {
          setScope(next);
          setEmpty(false);
        }}
        error={
          empty
            ? t(scope.mode === "products" ? "vouchers.scope.required.products" : "vouchers.scope.required.categories")
            : undefined
        }
      />
    </ConfirmDialog>
  );
}
