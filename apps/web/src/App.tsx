import { lazy, Suspense, useEffect } from 'react';
import { useLocation } from 'wouter';
import { SessionProvider } from './auth/SessionProvider';
import { useIsAdmin, useSession, useSessionLoad } from './auth/session';
import { AccountMenu } from './components/account/AccountMenu';
import { accountStrings } from './components/account/strings';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ChangesBadge } from './components/following/ChangesBadge';
import { LanguageSwitch } from './components/LanguageSwitch';
import { SearchBox } from './components/search/SearchBox';
import { ErrorState, Loading } from './components/states';
import { useLabels, useTranslations } from './i18n';
import { DossierRouter, Link, paths, type Route, useRoute } from './router';
import { trpc } from './trpc';

// One chunk per page, so the first load carries only the page it shows.
const SchedulePage = lazy(() => import('./pages/SchedulePage'));
const MeasureBriefPage = lazy(() => import('./pages/MeasureBriefPage'));
const StakeholdersPage = lazy(() => import('./pages/StakeholdersPage'));
const StakeholderPage = lazy(() => import('./pages/StakeholderPage'));
const SystemsPage = lazy(() => import('./pages/SystemsPage'));
const ImportPage = lazy(() => import('./pages/ImportPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const SignInPage = lazy(() => import('./pages/SignInPage'));
const SignInLinkPage = lazy(() => import('./pages/SignInLinkPage'));
const AdminPage = lazy(() => import('./pages/AdminPage'));
// Live updates load after the page: the first screen does not wait on them.
const LiveUpdates = lazy(() =>
  import('./components/live/LiveUpdates').then((m) => ({ default: m.LiveUpdates })),
);
const ChangesPage = lazy(() => import('./pages/ChangesPage'));

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'schedule':
      return <SchedulePage />;
    case 'measure':
      return <MeasureBriefPage key={route.slug} slug={route.slug} />;
    case 'stakeholders':
      return <StakeholdersPage />;
    case 'stakeholder':
      return <StakeholderPage key={route.ref} slugOrId={route.ref} />;
    case 'systems':
      return <SystemsPage />;
    case 'import':
      return <ImportPage />;
    case 'signIn':
      return <SignInPage atSignIn />;
    case 'signInLink':
      return <SignInLinkPage />;
    case 'admin':
      return <AdminPage />;
    case 'changes':
      return <ChangesPage />;
    case 'notFound':
      return <NotFoundPage path={route.path} />;
  }
}

function PageLoadFailed() {
  const t = useLabels();
  return (
    <div className="state state-error" role="alert">
      <h2>{t.ui.errors.title}</h2>
      <p>{t.ui.errors.pageLoad}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t.ui.reload}
      </button>
    </div>
  );
}

const sections = [
  {
    route: 'schedule',
    to: paths.schedule(),
    match: (r: Route) => r.name === 'schedule' || r.name === 'measure',
  },
  {
    route: 'stakeholders',
    to: paths.stakeholders(),
    match: (r: Route) => r.name === 'stakeholders' || r.name === 'stakeholder',
  },
  { route: 'systems', to: paths.systems(), match: (r: Route) => r.name === 'systems' },
] as const;

/**
 * Asks for a brief's data as soon as its address is known, so the request runs while the
 * page's code is still downloading instead of after it.
 */
function usePrefetch(route: Route) {
  const utils = trpc.useUtils();
  const slug = route.name === 'measure' ? route.slug : null;
  useEffect(() => {
    if (slug) void utils.measures.get.prefetch({ ref: slug });
  }, [slug, utils]);
}

/**
 * The page the address names, once the server has said who is signed in; on a private tracker,
 * the sign-in form in its place for someone signed out (the address stays, so signing in shows
 * the page). A sign-in link is redeemed without waiting, to take its token out of the address.
 */
function Gate({ route }: { route: Route }) {
  const load = useSessionLoad();
  const { user, publicReads } = useSession();
  if (route.name === 'signInLink') return <Page route={route} />;
  if (load.status === 'pending') return <Loading />;
  if (load.status === 'error' && load.error)
    return <ErrorState error={load.error} onRetry={load.retry} retrying={load.retrying} page />;
  if (!user && !publicReads && route.name !== 'signIn') return <SignInPage />;
  return <Page route={route} />;
}

function Shell() {
  const t = useLabels();
  const a = useTranslations(accountStrings);
  const route = useRoute();
  const [location] = useLocation();
  const { user, publicReads } = useSession();
  const load = useSessionLoad();
  const isAdmin = useIsAdmin();
  // Signed out on a private tracker, only the sign-in form would answer the menu and search.
  // Until the server has said, most who open the dashboard are signed in.
  const mayRead = user !== null || publicReads || load.status === 'pending';
  usePrefetch(mayRead ? route : { name: 'schedule' });
  return (
    <>
      <a className="skip-link" href="#main">
        {t.ui.skipToContent}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <Link to={paths.schedule()} className="brand">
            {t.ui.appName}
          </Link>
          {mayRead ? (
            <>
              <nav aria-label={t.ui.nav.label} className="site-nav">
                {sections.map((s) => (
                  <Link key={s.route} to={s.to} aria-current={s.match(route) ? 'page' : undefined}>
                    {t.ui.nav[s.route]}
                  </Link>
                ))}
                <ChangesBadge current={route.name === 'changes'} />
                {isAdmin && (
                  <Link
                    to={paths.admin()}
                    aria-current={route.name === 'admin' ? 'page' : undefined}
                  >
                    {a.admin}
                  </Link>
                )}
              </nav>
              <SearchBox />
            </>
          ) : (
            <span className="header-spacer" />
          )}
          <LanguageSwitch />
          <AccountMenu />
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        <ErrorBoundary key={location} fallback={<PageLoadFailed />}>
          <Suspense fallback={<Loading />}>
            <Gate route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <Suspense fallback={null}>
        <LiveUpdates />
      </Suspense>
    </>
  );
}

/** The dashboard, under the base path it was built for, for whoever the server says is signed in. */
export function App() {
  return (
    <DossierRouter>
      <SessionProvider>
        <Shell />
      </SessionProvider>
    </DossierRouter>
  );
}
