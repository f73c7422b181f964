import type { RouterOutputs } from '@dossier/client';
import { type Role, roles, userAddInput } from '@dossier/domain';
import { useState } from 'react';
import { useSession } from '../../auth/session';
import { authStrings } from '../../auth/strings';
import { useLabels, useTranslations } from '../../i18n';
import { basePath } from '../../router';
import { trpc } from '../../trpc';
import { accountStrings } from '../account/strings';
import { TextField } from '../forms/fields';
import { serverMessage } from '../forms/serverError';
import { useDomainForm } from '../forms/useDomainForm';
import { AddForm, AdminTable, type Notice, NoticeLine } from './AdminParts';
import { ConfirmButton } from './ConfirmButton';
import { OneTimeSecret } from './OneTimeSecret';
import { adminStrings, formatInstant } from './strings';

type Person = RouterOutputs['users']['list'][number];
type Link = { path: string; expiresAt: string };

/** The address a person opens: this server, under the dashboard's base path. */
const absolute = (path: string) =>
  `${window.location.origin}${basePath(import.meta.env.BASE_URL)}${path}`;

/** People: add one (their sign-in link shown once), change a role, a new link, remove. */
export function PeopleSection() {
  const x = useTranslations(adminStrings);
  const words = useTranslations(authStrings);
  const a = useTranslations(accountStrings);
  const t = useLabels();
  const utils = trpc.useUtils();
  const me = useSession().user;
  const people = trpc.users.list.useQuery();
  const form = useDomainForm(
    userAddInput,
    { name: '', role: 'viewer' },
    { words, checkOnSubmit: true },
  );
  const [shown, setShown] = useState<{ name: string; link: Link } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const add = trpc.users.add.useMutation();
  const setRole = trpc.users.setRole.useMutation();
  const newLink = trpc.users.link.useMutation();
  const remove = trpc.users.remove.useMutation();

  const refused = (error: unknown) =>
    setNotice({ ok: false, message: serverMessage(error, words.unreachable) });
  const changed = (name: string) => {
    void utils.users.list.invalidate();
    // One's own role or account: what the dashboard shows depends on it.
    if (name === me?.name) void utils.auth.me.invalidate();
  };

  const submit = (values: { name: string; role: Role }) => {
    setNotice(null);
    add.mutate(values, {
      onSuccess: ({ user, link }) => {
        setShown({ name: user.name, link });
        form.setValue('name', '');
        changed(user.name);
      },
    });
  };

  const when = (iso: string | null) => (iso ? formatInstant(iso, t.locale) : x.people.never);

  const row = (person: Person) => {
    const pending = setRole.isPending && setRole.variables?.name === person.name;
    return (
      <tr key={person.name}>
        <th scope="row">
          {person.name} {person.name === me?.name && <span className="muted">{x.people.you}</span>}
        </th>
        <td>
          <select
            aria-label={x.people.roleOf(person.name)}
            value={pending ? setRole.variables?.role : person.role}
            disabled={pending}
            onChange={(e) => {
              const role = e.target.value as Role;
              setNotice(null);
              setRole.mutate(
                { name: person.name, role },
                {
                  onSuccess: () => {
                    setNotice({ ok: true, message: x.people.roleSaved(person.name, a.role[role]) });
                    changed(person.name);
                  },
                  onError: refused,
                },
              );
            }}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {a.role[r]}
              </option>
            ))}
          </select>
        </td>
        <td>{person.hasPassword ? x.people.hasPassword : x.people.noPassword}</td>
        <td>{when(person.createdAt)}</td>
        <td>{when(person.lastSignInAt)}</td>
        <td className="admin-actions">
          <button
            type="button"
            aria-label={x.people.newLinkFor(person.name)}
            disabled={newLink.isPending}
            onClick={() => {
              setNotice(null);
              newLink.mutate(
                { name: person.name },
                {
                  onSuccess: ({ link }) => setShown({ name: person.name, link }),
                  onError: refused,
                },
              );
            }}
          >
            {x.people.newLink}
          </button>
          <ConfirmButton
            label={x.people.remove}
            name={x.people.removeFor(person.name)}
            question={x.people.confirmRemove(person.name)}
            yes={x.people.confirmRemoveYes(person.name)}
            no={x.cancel}
            busy={remove.isPending}
            onConfirm={() => {
              setNotice(null);
              remove.mutate(
                { name: person.name },
                {
                  onSuccess: () => {
                    setNotice({ ok: true, message: x.people.removed(person.name) });
                    if (shown?.name === person.name) setShown(null);
                    changed(person.name);
                  },
                  onError: refused,
                },
              );
            }}
          />
        </td>
      </tr>
    );
  };

  return (
    <section className="admin-section" aria-labelledby="admin-people">
      <h2 id="admin-people">{x.people.title}</h2>
      <AddForm
        form={form}
        onValid={submit}
        title={x.people.addTitle}
        roleLabel={x.people.role}
        submit={x.people.add}
        submitting={x.people.adding}
        pending={add.isPending}
        error={add.error}
      >
        <TextField
          name="name"
          label={x.people.name}
          hint={x.people.nameHint}
          autoCapitalize="none"
          spellCheck={false}
          announce
        />
      </AddForm>

      {shown && (
        <OneTimeSecret
          key={shown.link.path}
          title={x.link.title(shown.name)}
          intro={x.link.intro(shown.name, formatInstant(shown.link.expiresAt, t.locale))}
          label={x.link.label}
          value={absolute(shown.link.path)}
          onDone={() => setShown(null)}
        />
      )}

      <NoticeLine notice={notice} />

      <AdminTable
        query={people}
        empty={x.people.empty}
        caption={x.people.caption}
        columns={[
          x.people.name,
          x.people.role,
          x.people.password,
          x.people.added,
          x.people.lastSignIn,
          x.people.actions,
        ]}
        row={row}
      />
    </section>
  );
}
