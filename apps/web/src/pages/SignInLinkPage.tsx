import type { SessionUser } from '@dossier/domain';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useSignedIn } from '../auth/SessionProvider';
import { useSession, useSessionLoad } from '../auth/session';
import { authStrings } from '../auth/strings';
import { SetPasswordForm } from '../components/account/SetPasswordForm';
import { accountStrings } from '../components/account/strings';
import { serverMessage } from '../components/forms/serverError';
import { Loading } from '../components/states';
import { useTranslations } from '../i18n';
import { Link, paths } from '../router';
import { useDocumentTitle } from '../title';
import { trpc } from '../trpc';
import '../components/account/account.css';

type State =
  | { step: 'redeeming' }
  | { step: 'signedIn'; user: SessionUser; hasPassword: boolean }
  | { step: 'refused'; message: string };

/** The token of a sign-in link: what follows the # of the address ("#dsl_…"). */
const tokenInAddress = (): string | null => {
  const raw = window.location.hash.replace(/^#/, '');
  let token: string;
  try {
    token = decodeURIComponent(raw).trim();
  } catch {
    token = raw.trim(); // the server says what is wrong with it
  }
  return token === '' ? null : token;
};

/**
 * Where a one-time sign-in link lands: takes the token out of the address at once (so it is left
 * neither in the history nor on screen), redeems it, then offers to set a password. Opened without
 * a token by someone signed in, it is where they set their password.
 */
export default function SignInLinkPage() {
  const x = useTranslations(authStrings);
  const a = useTranslations(accountStrings);
  // Read once: the address loses it right after.
  const [token] = useState(tokenInAddress);
  const [state, setState] = useState<State>({ step: 'redeeming' });
  const started = useRef(false);
  const utils = trpc.useUtils();
  const signedIn = useSignedIn();
  const session = useSession();
  const load = useSessionLoad();
  useDocumentTitle(token ? x.link.title : x.password.title);

  useLayoutEffect(() => {
    if (!window.location.hash) return;
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', pathname + search);
  }, []);

  useEffect(() => {
    // Once, though React may run an effect twice: a second try would find the link used.
    if (!token || started.current) return;
    started.current = true;
    utils.client.auth.redeemLink.mutate({ token }).then(
      async ({ user, hasPassword }) => {
        setState({ step: 'signedIn', user, hasPassword });
        await signedIn(user);
      },
      (error: unknown) =>
        setState({ step: 'refused', message: serverMessage(error, x.unreachable) }),
    );
  }, [token, utils, signedIn, x.unreachable]);

  const onward = (
    <p>
      <Link to={paths.schedule()}>{x.link.continue}</Link>
    </p>
  );

  if (!token) {
    if (load.status === 'pending') return <Loading />;
    const { user } = session;
    if (user?.via === 'session')
      return (
        <div className="auth-page">
          <h1>{x.password.title}</h1>
          <p className="lede">{x.link.signedIn(user.name, a.role[user.role])}</p>
          <SetPasswordForm name={user.name} hasPassword={false} />
          {onward}
        </div>
      );
    return (
      <div className="auth-page">
        <h1>{x.link.title}</h1>
        <p>{x.link.noToken}</p>
        <p>
          <Link to={paths.signIn()}>{x.link.toSignIn}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="auth-page">
      <h1>{x.link.title}</h1>
      {state.step === 'redeeming' && (
        <p className="state state-loading" role="status">
          {x.link.redeeming}
        </p>
      )}
      {state.step === 'refused' && (
        <>
          <div className="auth-card" role="alert">
            <p>{x.link.refused}</p>
            <p className="auth-error">{state.message}</p>
            <p>{x.link.askAgain}</p>
          </div>
          <p>
            <Link to={paths.signIn()}>{x.link.toSignIn}</Link>
          </p>
        </>
      )}
      {state.step === 'signedIn' && (
        <>
          <p className="lede" role="status">
            {x.link.signedIn(state.user.name, a.role[state.user.role])}
          </p>
          <SetPasswordForm name={state.user.name} hasPassword={state.hasPassword} />
          {onward}
        </>
      )}
    </div>
  );
}
