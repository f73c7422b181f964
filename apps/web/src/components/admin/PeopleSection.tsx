import type { RouterOutputs } from '@dossier/client';
import { type Role, roles, userAddInput } from '@dossier/domain';
import { type FormEvent, useRef, useState } from 'react';
import { useSession } from '../../auth/session';
import { authStrings } from '../../auth/strings';
import { checkInput, serverMessage } from '../../auth/validation';
import { useLabels, useTranslations } from '../../i18n';
import { basePath } from '../../router';
import { trpc } from '../../trpc';
import { focusFirstInvalid, SelectField, TextField } from '../account/fields';
import { accountStrings } from '../account/strings';
import { ListQueryState } from '../states';
import { ConfirmButton } from './ConfirmButton';
import { OneTimeSecret } from './OneTimeSecret';
import { adminStrings, formatInstant } from './strings';

type Person = RouterOutputs['users']['list'][number];
type Link = { path: string; expiresAt: string };
type Notice = { ok: boolean; message: string } | null;

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
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<{ name: string; role: Role }>({ name: '', role: 'viewer' });
  const [errors, setErrors] = useState<Partial<Record<'name' | 'role', string>>>({});
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

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkInput(userAddInput, values, words);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid(form.current);
      return;
    }
    setErrors({});
    setNotice(null);
    add.mutate(checked.data, {
      onSuccess: ({ user, link }) => {
        setShown({ name: user.name, link });
        setValues((v) => ({ ...v, name: '' }));
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
      <form ref={form} className="admin-form" onSubmit={submit} noValidate>
        <h3>{x.people.addTitle}</h3>
        <div className="admin-form-row">
          <TextField
            label={x.people.name}
            hint={x.people.nameHint}
            error={errors.name}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={values.name}
            onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
          />
          <SelectField
            label={x.people.role}
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
        <button type="submit" disabled={add.isPending}>
          {add.isPending ? x.people.adding : x.people.add}
        </button>
        {add.isError && (
          <p className="auth-error" role="alert">
            {serverMessage(add.error, words.unreachable)}
          </p>
        )}
      </form>

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

      <ListQueryState query={people} empty={x.people.empty}>
        {(rows) => (
          <div className="admin-table-wrap">
            <table className="data-table admin-table">
              <caption className="visually-hidden">{x.people.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{x.people.name}</th>
                  <th scope="col">{x.people.role}</th>
                  <th scope="col">{x.people.password}</th>
                  <th scope="col">{x.people.added}</th>
                  <th scope="col">{x.people.lastSignIn}</th>
                  <th scope="col">{x.people.actions}</th>
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
