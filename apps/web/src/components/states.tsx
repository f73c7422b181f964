import type { ReactNode } from 'react';
import { useLabels } from '../i18n';
import { Link, paths } from '../router';
import { isAnswered } from '../trpc';

export function Loading() {
  const t = useLabels();
  return (
    <p className="state state-loading" role="status">
      {t.ui.loading}
    </p>
  );
}

/**
 * What went wrong, in words, with a button that asks again. `page` when it stands in for a
 * whole page, so the page still has its one h1.
 */
export function ErrorState({
  error,
  onRetry,
  retrying,
  page = false,
}: {
  error: { message: string };
  onRetry: () => void;
  retrying: boolean;
  page?: boolean;
}) {
  const t = useLabels();
  const Heading = page ? 'h1' : 'h2';
  return (
    <div className="state state-error" role="alert">
      <Heading>{t.ui.errors.title}</Heading>
      {isAnswered(error) ? (
        <p>
          {t.ui.errors.server} {error.message}
        </p>
      ) : (
        <p>{t.ui.errors.unreachable}</p>
      )}
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t.ui.retrying : t.ui.retry}
      </button>
    </div>
  );
}

/** A 404 in the page: a heading that says what was not found, and the way back (home by default). */
export function NotFoundState({
  title,
  detail,
  back,
}: {
  title: string;
  detail: string;
  back?: { to: string; label: string };
}) {
  const t = useLabels();
  return (
    <div className="state state-not-found">
      <p className="state-code">404</p>
      <h1>{title}</h1>
      <p>{detail}</p>
      <p>
        <Link to={back?.to ?? paths.schedule()}>{back?.label ?? t.ui.goHome}</Link>
      </p>
    </div>
  );
}

interface ListQuery<T> {
  data: readonly T[] | undefined;
  isError: boolean;
  error: { message: string } | null;
  isFetching: boolean;
  refetch: () => unknown;
}

/**
 * A list query in its states: the list (data on screen stays there if a later refetch fails),
 * a plain message when it is empty, the error with Retry, or loading.
 */
export function ListQueryState<T>({
  query,
  empty,
  children,
}: {
  query: ListQuery<T>;
  empty: string;
  children: (rows: readonly T[]) => ReactNode;
}) {
  if (query.data) {
    return query.data.length === 0 ? (
      <p className="state state-empty">{empty}</p>
    ) : (
      children(query.data)
    );
  }
  if (query.isError && query.error) {
    return (
      <ErrorState
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return <Loading />;
}
