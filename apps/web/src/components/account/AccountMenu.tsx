import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { useSearch } from 'wouter/use-browser-location';
import { useSignedOut } from '../../auth/SessionProvider';
import { useSession } from '../../auth/session';
import { useTranslations } from '../../i18n';
import { Link, paths } from '../../router';
import { trpc } from '../../trpc';
import { accountStrings } from './strings';
import './account-menu.css';

/**
 * Who is signed in, in the header: their name opens a small menu with their role, a way to set
 * their password and to sign out. No one signed in on a published tracker: a link to sign in
 * that comes back to the page on screen.
 */
export function AccountMenu() {
  const x = useTranslations(accountStrings);
  const { user, publicReads } = useSession();
  const [location, navigate] = useLocation();
  // As the browser has it: wouter's own useSearch undoes %-escapes (see useSearchParams).
  const search = useSearch();
  const menu = useRef<HTMLDetailsElement>(null);
  const signOut = trpc.auth.signOut.useMutation();
  const signedOut = useSignedOut();
  // To the sign-in page once the session is gone here, not before: it would go on at once.
  const [left, setLeft] = useState(false);
  useEffect(() => {
    if (left && !user) {
      setLeft(false);
      navigate(paths.signIn());
    }
  }, [left, user, navigate]);

  if (!user) {
    if (!publicReads || location.startsWith('/sign-in')) return null;
    return (
      <Link
        className="account-sign-in"
        to={paths.signIn(search ? `${location}?${search}` : location)}
      >
        {x.signIn}
      </Link>
    );
  }

  const close = () => menu.current?.removeAttribute('open');
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !menu.current?.open) return;
    close();
    menu.current.querySelector('summary')?.focus();
  };
  const leave = () =>
    signOut.mutate(undefined, {
      onSuccess: () => {
        signedOut();
        setLeft(true);
      },
    });

  return (
    <details ref={menu} className="account-menu" onKeyDown={onKeyDown}>
      <summary>
        <span className="visually-hidden">{x.menu}: </span>
        {user.name}
      </summary>
      <div className="account-menu-panel">
        <p>{x.signedInAs(user.name, x.role[user.role])}</p>
        {user.via === 'session' && (
          <Link to={paths.signInLink()} onClick={close}>
            {x.setPassword}
          </Link>
        )}
        <button type="button" onClick={leave} disabled={signOut.isPending}>
          {signOut.isPending ? x.signingOut : x.signOut}
        </button>
        {signOut.isError && <p role="alert">{x.signOutFailed}</p>}
      </div>
    </details>
  );
}
