import { setPasswordInput } from '@dossier/domain';
import { FormProvider } from 'react-hook-form';
import { authStrings } from '../../auth/strings';
import { useTranslations } from '../../i18n';
import { trpc } from '../../trpc';
import { TextField } from '../forms/fields';
import { serverMessage } from '../forms/serverError';
import { useDomainForm } from '../forms/useDomainForm';

/**
 * Sets the signed-in person's own password, checked in the page with the API's own rule
 * (`setPasswordInput`) before it is sent.
 */
export function SetPasswordForm({ name, hasPassword }: { name: string; hasPassword: boolean }) {
  const x = useTranslations(authStrings);
  const form = useDomainForm(setPasswordInput, { password: '' }, { words: x, checkOnSubmit: true });
  const save = trpc.auth.setPassword.useMutation();
  const submit = form.handleSubmit((values) =>
    save.mutate(values, { onSuccess: () => form.setValue('password', '') }),
  );

  return (
    <section className="auth-card" aria-labelledby="set-password-title">
      <h2 id="set-password-title">{x.password.title}</h2>
      <p className="muted">{hasPassword ? x.password.introHasOne : x.password.intro}</p>
      <FormProvider {...form}>
        <form className="auth-form" onSubmit={submit} noValidate>
          {/* For password managers: whose password this is. */}
          <input type="text" name="username" autoComplete="username" value={name} readOnly hidden />
          <TextField
            name="password"
            label={x.password.label}
            hint={x.password.hint}
            type="password"
            autoComplete="new-password"
            options={{ onChange: () => save.reset() }}
            announce
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
      </FormProvider>
    </section>
  );
}
