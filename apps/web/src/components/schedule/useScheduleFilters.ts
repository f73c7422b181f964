import { useCallback, useMemo } from 'react';
import { navigate, useSearchParams } from '../../router';
import { parseFilters, type ScheduleFilters, serializeFilters, toQueryString } from './filters';

/**
 * The schedule's filters, read from and written to the address. A deliberate choice (a box
 * ticked, filters cleared) is a new history entry, so Back undoes it; typing in the search box
 * replaces the entry instead of filling the history with every word.
 */
export function useScheduleFilters() {
  const [params] = useSearchParams();
  const search = params.toString();
  const filters = useMemo(() => parseFilters(new URLSearchParams(search)), [search]);
  const setFilters = useCallback((next: ScheduleFilters, { replace = false } = {}) => {
    const query = toQueryString(
      serializeFilters(next, new URLSearchParams(window.location.search)),
    );
    navigate(`${window.location.pathname}${query ? `?${query}` : ''}`, { replace });
  }, []);
  return [filters, setFilters] as const;
}
