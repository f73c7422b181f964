import { setPasswordInput } from '@dossier/domain';
import { type FormEvent, useRef, useState } from 'react';
import { authStrings } from '../../auth/strings';
import { checkInput, serverMessage } from '../../auth/validation';
import { useTranslations } from '../../i18n';
import { trpc } from '../../trpc';
import { focusFirstInvalid, TextField } from './fields';

/**
 * Sets the signed-in person's own password, checked in the page with the API's own rule
 * (`setPasswordInput`) before it is sent.
 */
export function SetPasswordForm({ name, hasPassword }: { name: string; hasPassword: boolean }) {
  const x = useTranslations(authStrings);
  const form = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const save = trpc.auth.setPassword.useMutation();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkInput(setPasswordInput, { password }, x);
    if (!checked.ok) {
      setError(checked.errors.password);
      focusFirstInvalid(form.current);
      return;
    }
    setError(undefined);
    save.mutate(checked.data, { onSuccess: () => setPassword('') });
  };

  return (
    <section className="auth-card" aria-labelledby="set-password-title">
      <h2 id="set-password-title">{x.password.title}</h2>
      <p className="muted">{hasPassword ? x.password.introHasOne : x.password.intro}</p>
      <form ref={form} className="auth-form" onSubmit={submit} noValidate>
        {/* For password managers: whose password this is. */}
        <input type="text" name="username" autoComplete="username" value={name} readOnly hidden />
        <TextField
          label={x.password.label}
          hint={x.password.hint}
          error={error}
          type="password"
          name="new-password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => {
            setPassword(e.target.value);
            save.reset();
          }}
        />
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? x.password.submitting : x.password.submit}
        </button>
        {save.isSuccess && (
          <p className="auth-success" role="status">
            {x.password.saved}
          </p>
        )}
        {save.isError && (
          <p className="auth-error" role="alert">
            {serverMessage(save.error, x.unreachable)}
          </p>
        )}
      </form>
    </section>
  );
}
