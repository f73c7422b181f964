import { pageSizes } from '@dossier/domain';
import { useRef, useState } from 'react';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

type Item<P extends Page<unknown>> = P['items'][number];

/** The page sizes the dashboard asks for: a step for "Show N more", the ceiling for "Show all". */
export const morePageSize = 50;
const allPageSize = pageSizes.dossier.max;

/**
 * The rest of a list whose first page came with something else (the brief's timeline, a
 * system's first measures), loaded on request: the next page, or every page in turn. Pages are
 * fetched one after the other, following the cursor, never all at once.
 *
 * `fromStartForAll` starts "all" at the first page rather than at the cursor, for a first page
 * that is not the head of the list's order (the brief's timeline: latest and next events).
 * Items are kept once per `keyOf`, whatever order the pages come in.
 */
export function useMorePages<P extends Page<unknown>>({
  firstCursor,
  fetchPage,
  keyOf,
  fromStartForAll = false,
  onPage,
}: {
  firstCursor: string | null;
  fetchPage: (cursor: string | null, limit: number) => Promise<P>;
  keyOf: (item: Item<NoInfer<P>>) => string;
  fromStartForAll?: boolean;
  onPage?: (page: NoInfer<P>) => void;
}) {
  type T = Item<P>;
  const [origin, setOrigin] = useState(firstCursor);
  const [loaded, setLoaded] = useState<T[]>([]);
  const [cursor, setCursor] = useState(firstCursor);
  const [complete, setComplete] = useState(false);
  const [status, setStatus] = useState<'idle' | 'loading' | 'failed'>('idle');
  const busy = useRef(false);

  // A refetched first page with another cursor starts the rest over.
  if (origin !== firstCursor) {
    setOrigin(firstCursor);
    setLoaded([]);
    setCursor(firstCursor);
    setComplete(false);
  }

  const add = (items: readonly T[]) =>
    setLoaded((before) => {
      const seen = new Set(before.map(keyOf));
      return [...before, ...items.filter((item) => !seen.has(keyOf(item)))];
    });

  async function load(all: boolean) {
    if (busy.current) return;
    let next = all && fromStartForAll ? null : cursor;
    if (!all && next === null) return;
    busy.current = true;
    setStatus('loading');
    try {
      do {
        const page = await fetchPage(next, all ? allPageSize : morePageSize);
        onPage?.(page);
        add(page.items);
        next = page.nextCursor;
        if (!all || !fromStartForAll) setCursor(next);
      } while (all && next !== null);
      if (all) {
        setCursor(null);
        setComplete(true);
      }
      setStatus('idle');
    } catch {
      setStatus('failed');
    } finally {
      busy.current = false;
    }
  }

  return {
    loaded,
    /** Whether "Show N more" has a next page to load. */
    hasNext: cursor !== null && !complete,
    complete,
    loading: status === 'loading',
    failed: status === 'failed',
    showMore: () => void load(false),
    showAll: () => void load(true),
  };
}

export type MorePages = ReturnType<typeof useMorePages>;

/** The first page and the pages loaded after it, each item once. */
export function withMore<T>(first: readonly T[], more: readonly T[], keyOf: (item: T) => string) {
  const seen = new Set(first.map(keyOf));
  return [...first, ...more.filter((item) => !seen.has(keyOf(item)))];
}
