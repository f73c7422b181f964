// Labelled fields that say what is wrong right under themselves, tied to their input with
// aria-describedby so a screen reader reads the message with the field.
import { type InputHTMLAttributes, type ReactNode, useId } from 'react';
import { get, type RegisterOptions, useFormContext } from 'react-hook-form';
import { useTranslations } from '../../i18n';
import { formStrings } from './strings';
import './forms.css';

function useFieldError(name: string): string | null {
  const {
    formState: { errors },
  } = useFormContext();
  const error = get(errors, name) as { message?: unknown } | undefined;
  return typeof error?.message === 'string' && error.message !== '' ? error.message : null;
}

interface FieldFrame {
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  /** Announce the error when it appears (role="alert"), for a form checked when it is sent. */
  announce?: boolean;
}

/** The label, hint and error around one input; `children` gets the ids to point at them. */
export function Field({
  name,
  label,
  hint,
  required = false,
  announce = false,
  children,
}: FieldFrame & {
  name: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}) {
  const f = useTranslations(formStrings);
  const id = useId();
  const error = useFieldError(name);
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'fm-field fm-invalid' : 'fm-field'}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="fm-required"> ({f.required})</span> : null}
      </label>
      {children({ id, describedBy, invalid: error !== null })}
      {hint ? (
        <p className="fm-hint" id={hintId ?? undefined}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="fm-error" id={errorId ?? undefined} role={announce ? 'alert' : undefined}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

type Registered = FieldFrame & { name: string; options?: RegisterOptions };

export function TextField({
  name,
  options,
  type = 'text',
  autoComplete,
  autoCapitalize,
  spellCheck,
  ...frame
}: Registered & { type?: 'text' | 'url' | 'password' } & Pick<
    InputHTMLAttributes<HTMLInputElement>,
    'autoComplete' | 'autoCapitalize' | 'spellCheck'
  >) {
  const { register } = useFormContext();
  return (
    <Field name={name} {...frame}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type={type}
          autoComplete={autoComplete ?? 'off'}
          autoCapitalize={autoCapitalize}
          spellCheck={spellCheck}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          aria-required={frame.required || undefined}
          {...register(name, options)}
        />
      )}
    </Field>
  );
}

export function TextAreaField({
  name,
  options,
  rows = 4,
  ...frame
}: Registered & { rows?: number }) {
  const { register } = useFormContext();
  return (
    <Field name={name} {...frame}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          rows={rows}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          {...register(name, options)}
        />
      )}
    </Field>
  );
}

/** A choice among a vocabulary, each value worded for the reader. */
export function SelectField<V extends string>({
  name,
  options,
  values,
  labelOf,
  placeholder,
  ...frame
}: Registered & {
  values: readonly V[];
  labelOf: (value: V) => string;
  /** A first, empty choice (for an optional field, or to make the choice deliberate). */
  placeholder?: string;
}) {
  const { register } = useFormContext();
  return (
    <Field name={name} {...frame}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          {...register(name, options)}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {values.map((v) => (
            <option key={v} value={v}>
              {labelOf(v)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({
  name,
  label,
  hint,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
}) {
  const { register } = useFormContext();
  const id = useId();
  const error = useFieldError(name);
  const describedBy =
    [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className={error ? 'fm-field fm-check fm-invalid' : 'fm-field fm-check'}>
      <input id={id} type="checkbox" aria-describedby={describedBy} {...register(name)} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="fm-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="fm-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
