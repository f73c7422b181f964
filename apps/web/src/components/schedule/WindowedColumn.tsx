import type { StageFilterValue } from '@dossier/domain';
import {
  defaultRangeExtractor,
  measureElement,
  observeElementRect,
  type Range,
  useVirtualizer,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { type FocusEvent, useCallback, useEffect, useRef, useState } from 'react';
import { stageName, useLabels, useTranslations } from '../../i18n';
import { ColumnFoot, ColumnStatus, headingId, StageTitle } from './ColumnParts';
import { keepFocused } from './keepFocused';
import { ScheduleCard } from './ScheduleCard';
import { scheduleStrings } from './strings';
import type { StageMeasures } from './useStageMeasures';

// A guess close to a typical card, so the scrollbar barely moves as cards get measured.
const estimate = 200;
const gap = 8;
// Cards rendered beyond each edge of the visible part: enough for Tab and a flick of the wheel.
const overscan = 4;
// Fetch the next page when the rendered cards come within this many of the loaded end.
const prefetch = 10;
// Where there is no layout to measure (a DOM without one, as in tests), a column counts as this
// tall and a card as `estimate`, so the first cards render rather than none or all.
const fallbackViewport = 800;

type ColumnVirtualizer = Virtualizer<HTMLDivElement, HTMLLIElement>;

const observeRect = (
  instance: ColumnVirtualizer,
  cb: (rect: { width: number; height: number }) => void,
) =>
  observeElementRect(instance, (rect) =>
    cb(rect.height > 0 ? rect : { ...rect, height: fallbackViewport }),
  );

const measureCard = (
  element: HTMLLIElement,
  entry: ResizeObserverEntry | undefined,
  instance: ColumnVirtualizer,
) => measureElement(element, entry, instance) || estimate;

/**
 * A desktop column: scrolls on its own and holds only the cards near its visible part
 * (@tanstack/react-virtual), measured once on screen so each may be as tall as its content.
 * The card holding keyboard focus stays rendered (see keepFocused).
 */
export function WindowedColumn({
  stage,
  count,
  data,
  next,
}: {
  stage: StageFilterValue;
  count: number | null;
  data: StageMeasures;
  next: StageFilterValue | null;
}) {
  const t = useLabels();
  const s = useTranslations(scheduleStrings);
  const { items, query } = data;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<number | null>(null);

  const rangeExtractor = useCallback(
    (range: Range) => keepFocused(defaultRangeExtractor(range), focused, range.count),
    [focused],
  );
  const list = useVirtualizer<HTMLDivElement, HTMLLIElement>({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimate,
    gap,
    overscan,
    getItemKey: (i) => items[i]!.id,
    rangeExtractor,
    observeElementRect: observeRect,
    measureElement: measureCard,
  });
  const rows = list.getVirtualItems();

  const { hasNextPage, isFetching, fetchNextPage, isFetchNextPageError } = query;
  const lastRendered = rows.at(-1)?.index;
  const wantMore = lastRendered !== undefined && lastRendered >= items.length - prefetch;
  useEffect(() => {
    if (wantMore && hasNextPage && !isFetching && !isFetchNextPageError) void fetchNextPage();
  }, [wantMore, hasNextPage, isFetching, isFetchNextPageError, fetchNextPage]);

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (item) setFocused(Number(item.dataset.index));
  }, []);
  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(null);
  }, []);

  return (
    <section className="schedule-column" aria-labelledby={headingId(stage)}>
      <h3 className="schedule-column-heading" id={headingId(stage)} tabIndex={-1}>
        <StageTitle stage={stage} count={count} />
      </h3>
      {next && items.length > 1 ? (
        // Hundreds of cards lie between this column's heading and the next one's for Tab.
        <button
          type="button"
          className="schedule-skip"
          onClick={() => document.getElementById(headingId(next))?.focus()}
        >
          {s.column.skipTo(stageName(t, next))}
        </button>
      ) : null}
      <div className="schedule-column-scroll" ref={scrollRef}>
        <ColumnStatus data={data} />
        {items.length > 0 ? (
          <ul
            className="schedule-cards schedule-cards-windowed"
            style={{ height: list.getTotalSize() }}
            onFocus={onFocus}
            onBlur={onBlur}
          >
            {rows.map((row) => (
              <li
                key={row.key}
                ref={list.measureElement}
                data-index={row.index}
                aria-posinset={row.index + 1}
                aria-setsize={Math.max(count ?? 0, items.length)}
                style={{ transform: `translateY(${row.start}px)` }}
              >
                <ScheduleCard measure={items[row.index]!} />
              </li>
            ))}
          </ul>
        ) : null}
        <ColumnFoot data={data} />
      </div>
    </section>
  );
}
