import type { StageFilterValue } from '@dossier/domain';
import { useMemo } from 'react';
import { trpc } from '../../trpc';
import type { ListFilterInput } from './filters';

export const pageSize = 50;

/**
 * The measures at one stage (or, for `none`, without one) under the filters, a page at a time,
 * in the API's title order.
 */
export function useStageMeasures(stage: StageFilterValue, filters: ListFilterInput) {
  const query = trpc.measures.list.useInfiniteQuery(
    { ...filters, stage: [stage], limit: pageSize },
    { getNextPageParam: (last) => last.nextCursor },
  );
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  return { query, items };
}

export type StageMeasures = ReturnType<typeof useStageMeasures>;
