import { lazy, Suspense } from 'react';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Loading } from './components/states';
import { useLabels } from './labels';
import { Link, paths, type Route, usePathname, useRoute } from './router';

// One chunk per page, so the first load carries only the page it shows.
const MeasureListPage = lazy(() => import('./pages/MeasureListPage'));
const MeasureBriefPage = lazy(() => import('./pages/MeasureBriefPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'list':
      return <MeasureListPage />;
    case 'measure':
      return <MeasureBriefPage key={route.slug} slug={route.slug} />;
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

export function App() {
  const t = useLabels();
  const route = useRoute();
  const pathname = usePathname();
  return (
    <>
      <a className="skip-link" href="#main">
        {t.ui.skipToContent}
      </a>
      <header className="site-header">
        <div className="container">
          <Link to={paths.list()} className="brand">
            {t.ui.appName}
          </Link>
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        <ErrorBoundary key={pathname} fallback={<PageLoadFailed />}>
          <Suspense fallback={<Loading />}>
            <Page route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
