import { signInInput } from '@dossier/domain';
import { useEffect } from 'react';
import { FormProvider } from 'react-hook-form';
import { useLocation } from 'wouter';
import { useSignedIn } from '../auth/SessionProvider';
import { useSession } from '../auth/session';
import { authStrings } from '../auth/strings';
import { TextField } from '../components/forms/fields';
import { serverMessage } from '../components/forms/serverError';
import { useDomainForm } from '../components/forms/useDomainForm';
import { PageHeader } from '../components/PageHeader';
import { useTranslations } from '../i18n';
import { safeNext, useSearchParams } from '../router';
import { trpc } from '../trpc';
import '../components/account/account.css';

/**
 * Signs in with a name and password. Shown at /sign-in (then, once signed in, goes on to the
 * page the address names in `next`) and in place of any page a signed-out person opens on a
 * private tracker (the address stays, so signing in shows that page).
 */
export default function SignInPage({ atSignIn = false }: { atSignIn?: boolean }) {
  const x = useTranslations(authStrings);
  const { user } = useSession();
  const [, navigate] = useLocation();
  const [params] = useSearchParams();
  const form = useDomainForm(
    signInInput,
    { name: '', password: '' },
    { words: x, checkOnSubmit: true },
  );
  const signIn = trpc.auth.signIn.useMutation();
  const signedIn = useSignedIn();

  const next = safeNext(params.get('next'));
  useEffect(() => {
    if (atSignIn && user) navigate(next, { replace: true });
  }, [atSignIn, user, next, navigate]);

  const submit = form.handleSubmit((values) =>
    signIn.mutate(values, {
      onSuccess: ({ user: who }) => void signedIn(who),
      onError: () => form.setValue('password', ''),
    }),
  );

  return (
    <div className="auth-page">
      <PageHeader title={x.signIn.title} intro={x.signIn.intro} />
      <FormProvider {...form}>
        <form className="auth-form auth-card" onSubmit={submit} noValidate>
          <TextField
            name="name"
            label={x.signIn.name}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            announce
          />
          <TextField
            name="password"
            label={x.signIn.password}
            type="password"
            autoComplete="current-password"
            announce
          />
          <button type="submit" disabled={signIn.isPending}>
            {signIn.isPending ? x.signIn.submitting : x.signIn.submit}
          </button>
          {signIn.isError && (
            <p className="auth-error" role="alert">
              {serverMessage(signIn.error, x.unreachable)}
            </p>
          )}
        </form>
      </FormProvider>
      <p className="muted">{x.signIn.noPassword}</p>
    </div>
  );
}
