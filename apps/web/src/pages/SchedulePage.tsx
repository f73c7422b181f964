import { type ReactNode, useMemo } from 'react';
import { CsvDownloads } from '../components/CsvDownloads';
import { useUnread } from '../components/following/ChangesBadge';
import { ChangedMeasures } from '../components/following/changed';
import { ScheduleWatches } from '../components/following/ScheduleWatches';
import { NewMeasure } from '../components/forms/measure';
import { PageHeader } from '../components/PageHeader';
import { hasFilters, noFilters, toListInput } from '../components/schedule/filters';
import { ScheduleBoard } from '../components/schedule/ScheduleBoard';
import { ScheduleFilterBar } from '../components/schedule/ScheduleFilterBar';
import { groupStages } from '../components/schedule/stages';
import { scheduleStrings } from '../components/schedule/strings';
import { useScheduleFilters } from '../components/schedule/useScheduleFilters';
import { ErrorState, Loading } from '../components/states';
import { useLabels, useTranslations } from '../i18n';
import { Link, paths } from '../router';
import { trpc } from '../trpc';
import '../components/schedule/schedule.css';

/** Every measure on its procedure track, filtered by what the address says. */
export default function SchedulePage() {
  const t = useLabels();
  const s = useTranslations(scheduleStrings);
  const [filters, setFilters] = useScheduleFilters();
  const input = useMemo(() => toListInput(filters), [filters]);
  const counts = trpc.measures.stageCounts.useQuery(input);
  // Cards of watched measures that changed since the last visit carry a marker.
  const unread = useUnread();
  const changed = useMemo(() => new Set(unread.data?.changedMeasureIds), [unread.data]);
  const facets = trpc.measures.facets.useQuery();
  const utils = trpc.useUtils();
  const groups = groupStages(counts.data);
  const filtered = hasFilters(filters);
  // Every measure carries one jurisdiction, so the facet counts add up to all of them.
  const everything = facets.data?.jurisdictions.reduce((sum, j) => sum + j.count, 0);

  let body: ReactNode;
  if (counts.isError) {
    body = (
      <ErrorState
        error={counts.error}
        onRetry={() => void utils.measures.invalidate()}
        retrying={counts.isFetching}
      />
    );
  } else if (groups.total === 0) {
    body = filtered ? (
      <div className="state state-empty schedule-empty">
        <p>
          <strong>{s.empty.filtered}</strong>
        </p>
        <p>{s.empty.hint}</p>
        <button type="button" onClick={() => setFilters(noFilters)}>
          {s.filters.clear}
        </button>
      </div>
    ) : (
      <p className="state state-empty">{t.ui.list.empty}</p>
    );
  } else {
    body = (
      <>
        {counts.isPending ? <Loading /> : null}
        <ChangedMeasures.Provider value={changed}>
          <ScheduleBoard groups={groups} filters={input} />
        </ChangedMeasures.Provider>
      </>
    );
  }

  return (
    <div className="schedule-page">
      <PageHeader title={s.title} intro={s.intro} className="schedule-header">
        <p className="count schedule-total" aria-live="polite" aria-atomic="true">
          {groups.total === null
            ? '\u00a0'
            : filtered && everything !== undefined
              ? s.matching(groups.total, everything)
              : s.total(groups.total)}
        </p>
      </PageHeader>
      <NewMeasure />
      <ScheduleFilterBar filters={filters} facets={facets.data} onChange={setFilters} />
      <ScheduleWatches area={filters.area || null} q={filters.q} />
      <CsvDownloads
        filters={input}
        tables={['measures', 'positions', 'events']}
        note={filtered ? t.ui.downloads.filtered : t.ui.downloads.all}
      >
        <Link to={paths.import()} className="csv-import">
          {t.ui.downloads.importLink}
        </Link>
      </CsvDownloads>
      {body}
    </div>
  );
}
