import { useCallback, useMemo } from 'react';
import { useSearchParams } from '../../router';
import { parseFilters, type ScheduleFilters, serializeFilters, toQueryString } from './filters';

/**
 * The schedule's filters, read from and written to the address. A deliberate choice (a box
 * ticked, filters cleared) is a new history entry, so Back undoes it; typing in the search box
 * replaces the entry instead of filling the history with every word.
 */
export function useScheduleFilters() {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const filters = useMemo(() => parseFilters(new URLSearchParams(search)), [search]);
  const setFilters = useCallback(
    (next: ScheduleFilters, { replace = false } = {}) => {
      // From the address as it is now, not as last rendered: two changes in one event both count.
      const current = new URLSearchParams(window.location.search);
      setParams(toQueryString(serializeFilters(next, current)), { replace });
    },
    [setParams],
  );
  return [filters, setFilters] as const;
}
