// What the people and token sections share: the form that adds one (a name or label, and a
// role), the line that says how a change went, and the table of what there is.
import { roles } from '@dossier/domain';
import type { ReactNode } from 'react';
import { FormProvider, type UseFormReturn } from 'react-hook-form';
import { authStrings } from '../../auth/strings';
import { useTranslations } from '../../i18n';
import { accountStrings } from '../account/strings';
import { SelectField } from '../forms/fields';
import { serverMessage } from '../forms/serverError';
import { ListQueryState } from '../states';
import { adminStrings } from './strings';

export type Notice = { ok: boolean; message: string } | null;

/** A form that adds a person or a token: its `children` fields, the role, and the button. */
export function AddForm<T extends { role: string }, O>({
  form,
  onValid,
  title,
  roleLabel,
  submit,
  submitting,
  pending,
  error,
  children,
}: {
  form: UseFormReturn<T, unknown, O>;
  onValid: (values: O) => void;
  title: string;
  roleLabel: string;
  submit: string;
  submitting: string;
  pending: boolean;
  /** The server's refusal, quoted. */
  error: unknown;
  children: ReactNode;
}) {
  const x = useTranslations(adminStrings);
  const a = useTranslations(accountStrings);
  const words = useTranslations(authStrings);
  return (
    <FormProvider {...form}>
      <form className="admin-form" onSubmit={form.handleSubmit(onValid)} noValidate>
        <h3>{title}</h3>
        <div className="admin-form-row">
          {children}
          <SelectField
            name="role"
            label={roleLabel}
            hint={x.roleHint}
            values={roles}
            labelOf={(r) => a.role[r]}
            announce
          />
        </div>
        <button type="submit" disabled={pending}>
          {pending ? submitting : submit}
        </button>
        {error ? (
          <p className="auth-error" role="alert">
            {serverMessage(error, words.unreachable)}
          </p>
        ) : null}
      </form>
    </FormProvider>
  );
}

/** How the last change went: said (done), or announced (refused). */
export function NoticeLine({ notice }: { notice: Notice }) {
  if (!notice) return null;
  return notice.ok ? (
    <p className="auth-success" role="status">
      {notice.message}
    </p>
  ) : (
    <p className="auth-error" role="alert">
      {notice.message}
    </p>
  );
}

/** The list as a table, a row each: `columns` are its headers. */
export function AdminTable<T>({
  query,
  empty,
  caption,
  columns,
  row,
}: {
  query: Parameters<typeof ListQueryState<T>>[0]['query'];
  empty: string;
  caption: string;
  columns: readonly ReactNode[];
  row: (item: T) => ReactNode;
}) {
  return (
    <ListQueryState query={query} empty={empty}>
      {(rows) => (
        <div className="admin-table-wrap">
          <table className="data-table admin-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {columns.map((column, i) => (
                  <th key={i} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{rows.map(row)}</tbody>
          </table>
        </div>
      )}
    </ListQueryState>
  );
}
