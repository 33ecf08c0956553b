import { PRODUCT_STATUSES, PROVINCES, type SellerProduct } from "@chophien/contracts";
import { formatVnd } from "@chophien/web";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { apiFieldErrors, issuesToFieldErrors, type FieldErrors } from "@/shared/api/field-errors";
import { errorMessage, issueMessage } from "@/shared/lib/error-message";
import { ConfirmDialog } from "@/shared/ui/dialog";
import { SelectField, TextAreaField, TextField, focusFirstInvalid } from "@/shared/ui/field";
import { Icon } from "@/shared/ui/icon";
import { createProduct } from "../api/create-product";
import { useDeleteProduct } from "../api/delete-product";
import { useUpdateProduct } from "../api/update-product";
import { usePhotoUploads } from "../hooks/use-photo-uploads";
import { CategorySelect } from "./category-select";
import { PhotoManager } from "./photo-manager";
import {
  emptyProductValues,
  parseProductValues,
  parseWhole,
  productToValues,
  type ProductFormValues,
} from "./product-form-values";
import styles from "./product-editor.module.css";

/** Form fields whose error key differs from their name. */
const ERROR_KEY: Partial<Record<keyof ProductFormValues, string>> = {};

interface Props {
  /** The product being edited; absent for a new one. */
  product?: SellerProduct;
  /** After a save; `failedPhotos` counts photos of a new product that did not upload. */
  onSaved: (product: SellerProduct, failedPhotos: number) => void;
  /** After a delete (or the archive the API does instead when the product has orders). */
  onDeleted?: (archived: SellerProduct | null) => void;
}

/**
 * The product editor: checked in the browser with the contract's `CreateProductRequest` (so it refuses exactly what
 * the API would), the API's own field errors mapped back onto the same fields, and the photo manager beside it.
 */
export function ProductEditor({ product, onSaved, onDeleted }: Props) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<ProductFormValues>(() => (product ? productToValues(product) : emptyProductValues()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  const photos = usePhotoUploads(product?.id ?? null, product?.images.length ?? 0);
  const update = useUpdateProduct();
  const remove = useDeleteProduct();
  const create = useMutation({ mutationFn: createProduct });
  const saving = create.isPending || update.isPending;
  const saveError = create.error ?? update.error;

  const set = (field: keyof ProductFormValues) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: e.target.value }));
    const key = ERROR_KEY[field] ?? field;
    if (errors[key]) setErrors(({ [key]: _, ...rest }) => rest);
  };
  const field = (name: keyof ProductFormValues) => ({
    name,
    value: String(values[name]),
    onChange: set(name),
    error: errors[ERROR_KEY[name] ?? name],
  });
  const moneyHint = (s: string) => {
    const n = parseWhole(s);
    return n && Number.isFinite(n) ? `= ${formatVnd(n)}` : undefined;
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    create.reset();
    update.reset();
    const parsed = parseProductValues(values);
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error.issues, (issue) => issueMessage(issue, t)));
      return focusFirstInvalid(formRef.current);
    }
    setErrors({});
    try {
      if (product) {
        onSaved(await update.mutateAsync({ id: product.id, body: parsed.data }), 0);
      } else {
        const created = await create.mutateAsync(parsed.data);
        onSaved(created, await photos.uploadQueued(created.id));
      }
    } catch (err) {
      setErrors(apiFieldErrors(err));
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <form
      ref={formRef}
      className={styles.editor}
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label={t("product.formLabel")}
    >
      <div className={`card ${styles.main}`}>
        <TextField label={t("product.fields.name")} hint={t("product.hints.name")} {...field("name")} />
        <CategorySelect value={values.categoryId} onChange={set("categoryId")} error={errors.categoryId} />
        <TextAreaField
          label={t("product.fields.description")}
          hint={t("product.hints.description")}
          rows={5}
          {...field("description")}
        />
        <div className="form-grid">
          <TextField
            label={t("product.fields.price")}
            inputMode="numeric"
            hint={moneyHint(values.price) ?? t("product.hints.price")}
            {...field("price")}
          />
          <TextField
            label={t("product.fields.compareAtPrice")}
            inputMode="numeric"
            hint={moneyHint(values.compareAtPrice) ?? t("product.hints.compareAtPrice")}
            {...field("compareAtPrice")}
          />
          <TextField label={t("product.fields.unit")} hint={t("product.hints.unit")} {...field("unit")} />
          <TextField
            label={t("product.fields.weightGrams")}
            inputMode="numeric"
            hint={t("product.hints.weightGrams")}
            {...field("weightGrams")}
          />
          <TextField label={t("product.fields.stock")} inputMode="numeric" {...field("stock")} />
          <SelectField
            label={t("product.fields.originProvince")}
            hint={t("product.hints.originProvince")}
            {...field("originProvince")}
          >
            <option value="">{t("product.sameAsStall")}</option>
            {PROVINCES.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
          </SelectField>
        </div>
        <p className={styles.ocop}>
          {product?.ocop ? t("ocopCertificates.productStars", { count: product.ocop.stars }) : t("ocopCertificates.productNone")}{" "}
          <Link to="/seller/certificates">{t("ocopCertificates.manage")}</Link>
        </p>
      </div>

      <div className={`card ${styles.panel} ${styles.photos}`}>
        <PhotoManager productId={product?.id ?? null} images={product?.images ?? []} uploads={photos} />
      </div>
      <div className={`card ${styles.panel} ${styles.statusArea}`}>
        <fieldset className={styles.status}>
          <legend className={styles.statusLegend}>{t("product.fields.status")}</legend>
          {PRODUCT_STATUSES.filter((s) => product || s !== "archived").map((s) => (
            <label key={s} className={styles.statusChoice}>
              <input type="radio" name="status" value={s} checked={values.status === s} onChange={set("status")} />
              <span>
                <strong>{t(`productStatus.${s}`)}</strong>
                <small className="muted">{t(`productStatusHelp.${s}`)}</small>
              </span>
            </label>
          ))}
        </fieldset>
        {product && onDeleted && (
          <button type="button" className="btn btn-danger btn-block" onClick={() => setConfirmDelete(true)}>
            <Icon name="trash" size={18} />
            {t("product.delete")}
          </button>
        )}
      </div>

      <div className={styles.saveBar}>
        {saveError && !Object.keys(apiFieldErrors(saveError)).length && (
          <p className="form-error" role="alert">
            {errorMessage(saveError, t)}
          </p>
        )}
        {Object.keys(errors).length > 0 && (
          <p className="form-error" role="alert">
            {t("product.fixErrors", { count: Object.keys(errors).length })}
          </p>
        )}
        <button type="submit" className="btn btn-primary btn-lg" disabled={saving}>
          {saving ? t("common.saving") : product ? t("common.save") : t("product.create")}
        </button>
      </div>

      <ConfirmDialog
        open={confirmDelete}
        title={t("product.deleteTitle")}
        body={<p>{t("product.deleteBody")}</p>}
        confirmLabel={t("product.delete")}
        tone="danger"
        busy={remove.isPending}
        error={remove.isError ? errorMessage(remove.error, t) : null}
        onClose={() => setConfirmDelete(false)}
        onConfirm={() => product && remove.mutate(product.id, { onSuccess: (archived) => onDeleted?.(archived) })}
      />
    </form>
  );
}
