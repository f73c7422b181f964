import type { RouterOutputs } from '@dossier/client';
import { type Role, tokenCreateInput } from '@dossier/domain';
import { useState } from 'react';
import { authStrings } from '../../auth/strings';
import { useLabels, useTranslations } from '../../i18n';
import { trpc } from '../../trpc';
import { accountStrings } from '../account/strings';
import { TextField } from '../forms/fields';
import { serverMessage } from '../forms/serverError';
import { useDomainForm } from '../forms/useDomainForm';
import { AddForm, AdminTable, type Notice, NoticeLine } from './AdminParts';
import { ConfirmButton } from './ConfirmButton';
import { OneTimeSecret } from './OneTimeSecret';
import { adminStrings, formatInstant } from './strings';

type Token = RouterOutputs['tokens']['list'][number];

/** API tokens: create one (its secret shown once), see when each was last used, revoke. */
export function TokensSection() {
  const x = useTranslations(adminStrings);
  const words = useTranslations(authStrings);
  const a = useTranslations(accountStrings);
  const t = useLabels();
  const utils = trpc.useUtils();
  const tokens = trpc.tokens.list.useQuery();
  const form = useDomainForm(
    tokenCreateInput,
    { label: '', role: 'viewer' },
    { words, checkOnSubmit: true },
  );
  const [shown, setShown] = useState<{ label: string; token: string } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const create = trpc.tokens.create.useMutation();
  const revoke = trpc.tokens.revoke.useMutation();

  const submit = (values: { label: string; role: Role }) => {
    setNotice(null);
    create.mutate(values, {
      onSuccess: ({ label, token }) => {
        setShown({ label, token });
        form.setValue('label', '');
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
      <AddForm
        form={form}
        onValid={submit}
        title={x.tokens.createTitle}
        roleLabel={x.tokens.role}
        submit={x.tokens.create}
        submitting={x.tokens.creating}
        pending={create.isPending}
        error={create.error}
      >
        <TextField name="label" label={x.tokens.label} hint={x.tokens.labelHint} announce />
      </AddForm>

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

      <NoticeLine notice={notice} />

      <AdminTable
        query={tokens}
        empty={x.tokens.empty}
        caption={x.tokens.caption}
        columns={[
          x.tokens.label,
          x.tokens.role,
          x.tokens.createdBy,
          x.tokens.created,
          x.tokens.lastUsed,
          x.tokens.status,
          <span key="actions" className="visually-hidden">
            {x.people.actions}
          </span>,
        ]}
        row={row}
      />
    </section>
  );
}
