import type { StageFilterValue } from '@dossier/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from '../../i18n';
import { ColumnFoot, ColumnStatus, headingId, StageTitle } from './ColumnParts';
import { ScheduleCard } from './ScheduleCard';
import { scheduleStrings } from './strings';
import type { StageMeasures } from './useStageMeasures';

const firstShown = 3;
const step = 10;

/**
 * A stage on a phone: a section that opens and closes under its heading, showing its first
 * cards and more on request. No scrolling box inside the scrolling page, which fingers fight.
 */
export function PagedColumn({
  stage,
  count,
  data,
  initiallyOpen,
}: {
  stage: StageFilterValue;
  count: number | null;
  data: StageMeasures;
  initiallyOpen: boolean;
}) {
  const s = useTranslations(scheduleStrings);
  const { items, query } = data;
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? initiallyOpen;
  const [shown, setShown] = useState(firstShown);
  const [focusAt, setFocusAt] = useState<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const panelId = useId();

  const known = Math.max(count ?? 0, items.length);
  const remaining = Math.max(0, known - shown);
  const visible = items.slice(0, shown);

  // After "show more", focus goes to the first new card, where the reader's attention is.
  useEffect(() => {
    if (focusAt === null || items.length <= focusAt) return;
    listRef.current?.querySelector<HTMLElement>(`[data-index="${focusAt}"] a`)?.focus();
    setFocusAt(null);
  }, [focusAt, items.length]);

  const showMore = () => {
    const next = shown + step;
    if (next > items.length && query.hasNextPage && !query.isFetchingNextPage) {
      void query.fetchNextPage();
    }
    setFocusAt(shown);
    setShown(next);
  };

  return (
    <section className="schedule-column schedule-column-paged" aria-labelledby={headingId(stage)}>
      <h3 className="schedule-column-heading" id={headingId(stage)}>
        <button
          type="button"
          className="schedule-disclosure"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setChosen(!open)}
        >
          <StageTitle stage={stage} count={count} />
        </button>
      </h3>
      <div id={panelId} hidden={!open} className="schedule-column-panel">
        <ColumnStatus data={data} />
        {visible.length > 0 ? (
          <ul className="schedule-cards" ref={listRef}>
            {visible.map((measure, i) => (
              <li key={measure.id} data-index={i}>
                <ScheduleCard measure={measure} />
              </li>
            ))}
          </ul>
        ) : null}
        <ColumnFoot data={data} />
        {visible.length > 0 && remaining > 0 ? (
          <button type="button" className="schedule-more" onClick={showMore}>
            {s.column.showMore(Math.min(step, remaining))}
          </button>
        ) : null}
      </div>
    </section>
  );
}
