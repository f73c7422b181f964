import { keepPreviousData } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { NewStakeholder } from '../components/forms/stakeholder';
import { PageHeader } from '../components/PageHeader';
import { ShowMore } from '../components/ShowMore';
import {
  facetOptions,
  filtersToParams,
  parseFilters,
  toListInput,
} from '../components/stakeholders/filters';
import {
  type ChangeFilters,
  StakeholderFilterForm,
} from '../components/stakeholders/StakeholderFilters';
import { StakeholderTable } from '../components/stakeholders/StakeholderTable';
import { stakeholderStrings } from '../components/stakeholders/strings';
import { ErrorState, Loading } from '../components/states';
import { useDebounced } from '../components/useDebounced';
import { useTranslations } from '../i18n';
import { useSearchParams } from '../router';
import { trpc } from '../trpc';
import '../components/stakeholders/stakeholders.css';

/** Rows per page of the register: a screenful or two, and "Load more" for the next. */
export const registerPageSize = 100;

/**
 * The stakeholder register, filtered and paged on the server: the filters in the address become
 * the query, and each option of a filter shows how many stakeholders it would leave.
 */
export default function StakeholdersPage() {
  const s = useTranslations(stakeholderStrings).list;
  const utils = trpc.useUtils();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  // Typing asks the server once the typist pauses, not at every key.
  const q = useDebounced(filters.q, 250);
  const input = useMemo(() => toListInput({ ...filters, q }), [filters, q]);
  const facets = trpc.stakeholders.facets.useQuery(input, { placeholderData: keepPreviousData });
  const list = trpc.stakeholders.list.useInfiniteQuery(
    { ...input, limit: registerPageSize },
    { getNextPageParam: (last) => last.nextCursor, placeholderData: keepPreviousData },
  );
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const matching = list.data?.pages[0]?.total ?? 0;
  const options = useMemo(
    () => facetOptions(facets.data ?? { categories: [], countries: [] }, filters),
    [facets.data, filters],
  );

  // Ticking a box, picking a country or starting a search is a step the back button should
  // undo; the further keystrokes of that search only replace the current entry.
  const change: ChangeFilters = (next, { typing }) =>
    setParams(filtersToParams(next, params), { replace: typing && filters.q.trim() !== '' });

  const failed = facets.isError ? facets : list.isError && !list.data ? list : null;
  let body: ReactNode;
  if (failed?.error) {
    body = (
      <ErrorState
        error={failed.error}
        onRetry={() => void utils.stakeholders.invalidate()}
        retrying={facets.isFetching || list.isFetching}
      />
    );
  } else if (!facets.data || !list.data) {
    body = <Loading />;
  } else if (facets.data.total === 0) {
    body = <p className="state state-empty">{s.empty}</p>;
  } else {
    body = (
      <>
        <StakeholderFilterForm filters={filters} options={options} onChange={change} />
        <p className="count stk-stakeholder-count" role="status">
          {s.count(matching, facets.data.total)}
        </p>
        {rows.length > 0 ? (
          <>
            <StakeholderTable rows={rows} />
            <ShowMore
              shown={rows.length}
              total={matching}
              step={registerPageSize}
              more={{
                hasNext: list.hasNextPage,
                loading: list.isFetchingNextPage,
                failed: list.isFetchNextPageError,
                showMore: () => void list.fetchNextPage(),
              }}
            />
          </>
        ) : (
          <p className="state state-empty">{s.noMatch}</p>
        )}
      </>
    );
  }

  return (
    <>
      <PageHeader title={s.title} intro={s.intro} />
      <NewStakeholder />
      {body}
    </>
  );
}
