import type { Stage } from '@dossier/domain';
import { useEffect } from 'react';
import { useLabels, useTranslations } from '../../i18n';
import { ColumnFoot, ColumnStatus, headingId, StageTitle } from './ColumnParts';
import { ScheduleCard } from './ScheduleCard';
import { scheduleStrings } from './strings';
import type { StageMeasures } from './useStageMeasures';
import { useWindowedList } from './useWindowedList';
import { nearEnd } from './windowing';

// A guess close to a typical card, so the scrollbar barely moves as cards get measured.
const estimate = 200;
const gap = 8;
// Fetch the next page when the rendered cards come within this many of the loaded end.
const prefetch = 10;

/** A desktop column: scrolls on its own, holds only the cards near its visible part. */
export function WindowedColumn({
  stage,
  count,
  data,
  next,
}: {
  stage: Stage;
  count: number | null;
  data: StageMeasures;
  next: Stage | null;
}) {
  const t = useLabels();
  const s = useTranslations(scheduleStrings);
  const { items, query } = data;
  const list = useWindowedList({ count: items.length, estimate, gap });
  const { hasNextPage, isFetching, fetchNextPage, isFetchNextPageError } = query;
  const wantMore = nearEnd(list.range, items.length, prefetch);

  useEffect(() => {
    if (wantMore && hasNextPage && !isFetching && !isFetchNextPageError) void fetchNextPage();
  }, [wantMore, hasNextPage, isFetching, isFetchNextPageError, fetchNextPage]);

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
          {s.column.skipTo(t.stage[next])}
        </button>
      ) : null}
      <div className="schedule-column-scroll" ref={list.scrollRef}>
        <ColumnStatus data={data} />
        {items.length > 0 ? (
          <ul
            className="schedule-cards schedule-cards-windowed"
            style={{ height: list.totalHeight }}
            {...list.listProps}
          >
            {list.indexes.map((i) => {
              const measure = items[i]!;
              return (
                <li
                  key={measure.id}
                  ref={list.measure}
                  data-index={i}
                  aria-posinset={i + 1}
                  aria-setsize={Math.max(count ?? 0, items.length)}
                  style={{ transform: `translateY(${list.offsets[i]}px)` }}
                >
                  <ScheduleCard measure={measure} />
                </li>
              );
            })}
          </ul>
        ) : null}
        <ColumnFoot data={data} />
      </div>
    </section>
  );
}
