import type { StageFilterValue } from '@dossier/domain';
import { useTranslations } from '../../i18n';
import { useMediaQuery } from '../useMediaQuery';
import type { ListFilterInput } from './filters';
import { PagedColumn } from './PagedColumn';
import type { StageCount, StageGroups } from './stages';
import { scheduleStrings } from './strings';
import { useStageMeasures } from './useStageMeasures';
import { WindowedColumn } from './WindowedColumn';

/** Below this width the board turns into a list of stages (see PagedColumn). */
export const phoneQuery = '(max-width: 640px)';

interface ColumnPlace {
  /** The column a keyboard user may skip to, if any. */
  next: StageFilterValue | null;
  /** Whether a phone shows the stage open at first. */
  open: boolean;
}

function StageColumn({
  stage,
  count,
  filters,
  phone,
  place,
}: {
  stage: StageFilterValue;
  count: number | null;
  filters: ListFilterInput;
  phone: boolean;
  place: ColumnPlace;
}) {
  const data = useStageMeasures(stage, filters);
  return phone ? (
    <PagedColumn stage={stage} count={count} data={data} initiallyOpen={place.open} />
  ) : (
    <WindowedColumn stage={stage} count={count} data={data} next={place.next} />
  );
}

function Columns({
  stages,
  filters,
  phone,
  place,
}: {
  stages: StageCount[];
  filters: ListFilterInput;
  phone: boolean;
  place: (index: number) => ColumnPlace;
}) {
  // Keyed by the filters: a new filter starts each column afresh, scrolled to the top.
  const key = JSON.stringify(filters);
  return stages.map(({ stage, count }, i) => (
    <StageColumn
      key={`${stage}:${key}`}
      stage={stage}
      count={count}
      filters={filters}
      phone={phone}
      place={place(i)}
    />
  ));
}

/**
 * The procedure track, one column per stage in order; apart from it the procedures that
 * stopped early (withdrawn, rejected, lapsed), so they never read as steps of the track; and,
 * when there are any, the documents that follow no procedure (letters, statements, reports,
 * resolutions), which have no stage at all and so no place on either.
 */
export function ScheduleBoard({
  groups,
  filters,
}: {
  groups: StageGroups;
  filters: ListFilterInput;
}) {
  const s = useTranslations(scheduleStrings);
  const phone = useMediaQuery(phoneQuery);
  const { main, side, none } = groups;
  const mainCount = main.reduce((sum, s) => sum + (s.count ?? 0), 0);
  const showNone = (none.count ?? 0) > 0;
  const order = [...main, ...side, ...(showNone ? [none] : [])].map((s) => s.stage);
  const nextOf = (stage: StageFilterValue) => order[order.indexOf(stage) + 1] ?? null;
  // On a phone, what is off the track waits closed unless nothing on the track matched.
  const apart = (stages: StageCount[]) => (i: number) => ({
    next: nextOf(stages[i]!.stage),
    open: stages[i]!.count !== 0 && mainCount === 0,
  });
  return (
    <>
      <section className="schedule-track" aria-labelledby="schedule-main-track">
        <h2 id="schedule-main-track" className="visually-hidden">
          {s.mainTrack}
        </h2>
        <div className="schedule-board schedule-board-main" data-track="main">
          <Columns
            stages={main}
            filters={filters}
            phone={phone}
            place={(i) => ({ next: nextOf(main[i]!.stage), open: main[i]!.count !== 0 })}
          />
        </div>
      </section>
      <section className="schedule-track schedule-track-side" aria-labelledby="schedule-side-track">
        <h2 id="schedule-side-track">{s.sideTrack}</h2>
        <p className="lede">{s.sideTrackIntro}</p>
        <div className="schedule-board schedule-board-side" data-track="side">
          <Columns stages={side} filters={filters} phone={phone} place={apart(side)} />
        </div>
      </section>
      {showNone ? (
        <section className="schedule-track schedule-track-side" aria-labelledby="schedule-no-track">
          <h2 id="schedule-no-track">{s.noTrack}</h2>
          <p className="lede">{s.noTrackIntro}</p>
          <div className="schedule-board schedule-board-none" data-track="none">
            <Columns stages={[none]} filters={filters} phone={phone} place={apart([none])} />
          </div>
        </section>
      ) : null}
    </>
  );
}
