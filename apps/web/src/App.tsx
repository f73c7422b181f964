import { lazy, Suspense, useEffect } from 'react';
import { useLocation } from 'wouter';
import { ErrorBoundary } from './components/ErrorBoundary';
import { LanguageSwitch } from './components/LanguageSwitch';
import { SearchBox } from './components/search/SearchBox';
import { Loading } from './components/states';
import { useLabels } from './i18n';
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

function Shell() {
  const t = useLabels();
  const route = useRoute();
  const [location] = useLocation();
  usePrefetch(route);
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
          <nav aria-label={t.ui.nav.label} className="site-nav">
            {sections.map((s) => (
              <Link key={s.route} to={s.to} aria-current={s.match(route) ? 'page' : undefined}>
                {t.ui.nav[s.route]}
              </Link>
            ))}
          </nav>
          <SearchBox />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        <ErrorBoundary key={location} fallback={<PageLoadFailed />}>
          <Suspense fallback={<Loading />}>
            <Page route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}

/** The dashboard, under the base path it was built for. */
export function App() {
  return (
    <DossierRouter>
      <Shell />
    </DossierRouter>
  );
}
