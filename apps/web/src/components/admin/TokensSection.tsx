import type { RouterOutputs } from '@dossier/client';
import { type Role, roles, tokenCreateInput } from '@dossier/domain';
import { type FormEvent, useRef, useState } from 'react';
import { authStrings } from '../../auth/strings';
import { checkInput, serverMessage } from '../../auth/validation';
import { useLabels, useTranslations } from '../../i18n';
import { trpc } from '../../trpc';
import { focusFirstInvalid, SelectField, TextField } from '../account/fields';
import { accountStrings } from '../account/strings';
import { ListQueryState } from '../states';
import { ConfirmButton } from './ConfirmButton';
import { OneTimeSecret } from './OneTimeSecret';
import { adminStrings, formatInstant } from './strings';

type Token = RouterOutputs['tokens']['list'][number];
type Notice = { ok: boolean; message: string } | null;

/** API tokens: create one (its secret shown once), see when each was last used, revoke. */
export function TokensSection() {
  const x = useTranslations(adminStrings);
  const words = useTranslations(authStrings);
  const a = useTranslations(accountStrings);
  const t = useLabels();
  const utils = trpc.useUtils();
  const tokens = trpc.tokens.list.useQuery();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<{ label: string; role: Role }>({
    label: '',
    role: 'viewer',
  });
  const [errors, setErrors] = useState<Partial<Record<'label' | 'role', string>>>({});
  const [shown, setShown] = useState<{ label: string; token: string } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const create = trpc.tokens.create.useMutation();
  const revoke = trpc.tokens.revoke.useMutation();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkInput(tokenCreateInput, values, words);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid(form.current);
      return;
    }
    setErrors({});
    setNotice(null);
    create.mutate(checked.data, {
      onSuccess: ({ label, token }) => {
        setShown({ label, token });
        setValues((v) => ({ ...v, label: '' }));
        void utils.tokens.list.invalidate();
      },
    });
  };

  const when = (iso: string | null) => (iso ? formatInstant(iso, t.locale) : x.tokens.never);

  const row = (token: Token) => (
    <tr key={token.id} className={token.revokedAt ? 'is-revoked' : undefined}>
      <th scope="row">{token.label}</th>
      <td>{a.role[token.role]}</td>
      <td>{token.createdBy}</td>
      <td>{when(token.createdAt)}</td>
      <td>{when(token.lastUsedAt)}</td>
      <td>
        {token.revokedAt
          ? x.tokens.revokedOn(formatInstant(token.revokedAt, t.locale))
          : x.tokens.active}
      </td>
      <td className="admin-actions">
        {!token.revokedAt && (
          <ConfirmButton
            label={x.tokens.revoke}
            name={x.tokens.revokeFor(token.label)}
            question={x.tokens.confirmRevoke(token.label)}
            yes={x.tokens.confirmRevokeYes}
            no={x.cancel}
            busy={revoke.isPending}
            onConfirm={() => {
              setNotice(null);
              revoke.mutate(
                { id: token.id },
                {
                  onSuccess: () => {
                    setNotice({ ok: true, message: x.tokens.revoked(token.label) });
                    void utils.tokens.list.invalidate();
                  },
                  onError: (error) =>
                    setNotice({ ok: false, message: serverMessage(error, words.unreachable) }),
                },
              );
            }}
          />
        )}
      </td>
    </tr>
  );

  return (
    <section className="admin-section" aria-labelledby="admin-tokens">
      <h2 id="admin-tokens">{x.tokens.title}</h2>
      <p className="muted">{x.tokens.intro}</p>
      <form ref={form} className="admin-form" onSubmit={submit} noValidate>
        <h3>{x.tokens.createTitle}</h3>
        <div className="admin-form-row">
          <TextField
            label={x.tokens.label}
            hint={x.tokens.labelHint}
            error={errors.label}
            autoComplete="off"
            value={values.label}
            onChange={(e) => setValues((v) => ({ ...v, label: e.target.value }))}
          />
          <SelectField
            label={x.tokens.role}
            hint={x.roleHint}
            error={errors.role}
            value={values.role}
            onChange={(e) => setValues((v) => ({ ...v, role: e.target.value as Role }))}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {a.role[r]}
              </option>
            ))}
          </SelectField>
        </div>
        <button type="submit" disabled={create.isPending}>
          {create.isPending ? x.tokens.creating : x.tokens.create}
        </button>
        {create.isError && (
          <p className="auth-error" role="alert">
            {serverMessage(create.error, words.unreachable)}
          </p>
        )}
      </form>

      {shown && (
        <OneTimeSecret
          key={shown.token}
          title={x.tokens.secretTitle(shown.label)}
          intro={x.tokens.secretIntro}
          label={x.tokens.secretLabel}
          value={shown.token}
          onDone={() => setShown(null)}
        />
      )}

      {notice &&
        (notice.ok ? (
          <p className="auth-success" role="status">
            {notice.message}
          </p>
        ) : (
          <p className="auth-error" role="alert">
            {notice.message}
          </p>
        ))}

      <ListQueryState query={tokens} empty={x.tokens.empty}>
        {(rows) => (
          <div className="admin-table-wrap">
            <table className="data-table admin-table">
              <caption className="visually-hidden">{x.tokens.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{x.tokens.label}</th>
                  <th scope="col">{x.tokens.role}</th>
                  <th scope="col">{x.tokens.createdBy}</th>
                  <th scope="col">{x.tokens.created}</th>
                  <th scope="col">{x.tokens.lastUsed}</th>
                  <th scope="col">{x.tokens.status}</th>
                  <th scope="col">
                    <span className="visually-hidden">{x.people.actions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>{rows.map(row)}</tbody>
            </table>
          </div>
        )}
      </ListQueryState>
    </section>
  );
}
