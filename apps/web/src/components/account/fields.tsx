// Labelled form fields for the sign-in and admin forms: the label names the field, a hint and
// an error are read with it (aria-describedby), and an error is announced when it appears.
import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, useId } from 'react';

interface FieldFrame {
  label: string;
  hint?: string;
  error?: string;
}

function useFrame({ hint, error }: FieldFrame) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return {
    id,
    control: { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy },
    after: (
      <>
        {hint && (
          <p id={hintId} className="auth-hint">
            {hint}
          </p>
        )}
        {error && (
          <p id={errorId} className="auth-error" role="alert">
            {error}
          </p>
        )}
      </>
    ),
  };
}

export function TextField({
  label,
  hint,
  error,
  ...input
}: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  const { id, control, after } = useFrame({ label, hint, error });
  return (
    <div className="auth-field">
      <label htmlFor={id}>{label}</label>
      <input {...input} {...control} />
      {after}
    </div>
  );
}

export function SelectField({
  label,
  hint,
  error,
  children,
  ...select
}: FieldFrame & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { children: ReactNode }) {
  const { id, control, after } = useFrame({ label, hint, error });
  return (
    <div className="auth-field">
      <label htmlFor={id}>{label}</label>
      <select {...select} {...control}>
        {children}
      </select>
      {after}
    </div>
  );
}

/** Puts the keyboard on the first field a check found wrong (in the order of the form). */
export function focusFirstInvalid(form: HTMLFormElement | null) {
  // After React has rendered the errors: aria-invalid is set by then.
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
