// A section's list read a page at a time: the items, or its empty line, its error with a retry,
// or the loading state, then "Show more" while pages remain.
import type { ReactNode } from 'react';
import { ErrorState, Loading } from '../states';

interface PagedQuery<T> {
  data?: { pages: { items: T[] }[] };
  isError: boolean;
  error: unknown;
  isFetching: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  refetch: () => unknown;
  fetchNextPage: () => unknown;
}

export function PagedItems<T extends { id: string }>({
  query,
  empty,
  more,
  children,
}: {
  query: PagedQuery<T>;
  empty: string;
  more: string;
  children: (item: T) => ReactNode;
}) {
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      {query.data ? (
        items.length ? (
          <ul className="nt-list">{items.map(children)}</ul>
        ) : (
          <p className="empty">{empty}</p>
        )
      ) : query.isError ? (
        <ErrorState
          error={query.error as Parameters<typeof ErrorState>[0]['error']}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <Loading />
      )}
      {query.hasNextPage ? (
        <button
          type="button"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {more}
        </button>
      ) : null}
    </>
  );
}
