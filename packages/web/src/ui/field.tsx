import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";

// Labelled form controls for both apps. The markup is shared; the look is each app's own `.field`, `.field-label`,
// `.input`, `.field-hint` and `.field-error` in its base.css.

interface FieldProps {
  label: ReactNode;
  error?: string | null;
  hint?: ReactNode;
  className?: string;
}

/** Wires a control's label, hint and error for screen readers (aria-describedby, aria-invalid). */
function useFieldIds(hint: ReactNode, error: string | null | undefined) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, describedBy, invalid: error ? true : undefined };
}

function FieldFrame({ id, label, hint, error, className, children }: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children}
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** A labelled input with its hint and inline error. */
export function TextField({
  label,
  error,
  hint,
  className,
  ...input
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  const { id, describedBy, invalid } = useFieldIds(hint, error);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <input id={id} className="input" aria-invalid={invalid} aria-describedby={describedBy} {...input} />
    </FieldFrame>
  );
}

/** A labelled textarea with its hint and inline error. */
export function TextAreaField({
  label,
  error,
  hint,
  className,
  ...input
}: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">) {
  const { id, describedBy, invalid } = useFieldIds(hint, error);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <textarea id={id} className="input textarea" aria-invalid={invalid} aria-describedby={describedBy} {...input} />
    </FieldFrame>
  );
}

/** A labelled select with its hint and inline error. */
export function SelectField({
  label,
  error,
  hint,
  className,
  children,
  ...input
}: FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id">) {
  const { id, describedBy, invalid } = useFieldIds(hint, error);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <select id={id} className="input select" aria-invalid={invalid} aria-describedby={describedBy} {...input}>
        {children}
      </select>
    </FieldFrame>
  );
}
