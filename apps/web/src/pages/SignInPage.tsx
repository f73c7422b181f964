import { signInInput } from '@dossier/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { useSignedIn } from '../auth/SessionProvider';
import { useSession } from '../auth/session';
import { authStrings } from '../auth/strings';
import { checkInput, serverMessage } from '../auth/validation';
import { focusFirstInvalid, TextField } from '../components/account/fields';
import { PageHeader } from '../components/PageHeader';
import { useTranslations } from '../i18n';
import { safeNext, useSearchParams } from '../router';
import { trpc } from '../trpc';
import '../components/account/account.css';

type Field = 'name' | 'password';

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
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<Field, string>>({ name: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const signIn = trpc.auth.signIn.useMutation();
  const signedIn = useSignedIn();

  const next = safeNext(params.get('next'));
  useEffect(() => {
    if (atSignIn && user) navigate(next, { replace: true });
  }, [atSignIn, user, next, navigate]);

  const change = (field: Field) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: e.target.value }));
    if (errors[field]) setErrors((old) => ({ ...old, [field]: undefined }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkInput(signInInput, values, x);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid(form.current);
      return;
    }
    setErrors({});
    signIn.mutate(checked.data, {
      onSuccess: ({ user: who }) => void signedIn(who),
      onError: () => setValues((v) => ({ ...v, password: '' })),
    });
  };

  return (
    <div className="auth-page">
      <PageHeader title={x.signIn.title} intro={x.signIn.intro} />
      <form ref={form} className="auth-form auth-card" onSubmit={submit} noValidate>
        <TextField
          label={x.signIn.name}
          error={errors.name}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={values.name}
          onChange={change('name')}
        />
        <TextField
          label={x.signIn.password}
          error={errors.password}
          type="password"
          name="password"
          autoComplete="current-password"
          value={values.password}
          onChange={change('password')}
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
      <p className="muted">{x.signIn.noPassword}</p>
    </div>
  );
}
