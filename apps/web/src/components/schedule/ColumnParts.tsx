import type { StageFilterValue } from '@dossier/domain';
import { stageName, useLabels, useTranslations } from '../../i18n';
import { scheduleStrings } from './strings';
import type { StageMeasures } from './useStageMeasures';

export const headingId = (stage: StageFilterValue) => `schedule-stage-${stage}`;

/** The stage's count beside its name: a number to the eye, "(3 measures)" to a screen reader. */
export function StageTitle({ stage, count }: { stage: StageFilterValue; count: number | null }) {
  const t = useLabels();
  const format = new Intl.NumberFormat(t.locale);
  return (
    <>
      <span className="schedule-stage-name">{stageName(t, stage)}</span>
      {count === null ? (
        <span className="schedule-stage-count schedule-stage-count-pending" aria-hidden="true">
          …
        </span>
      ) : (
        <>
          <span className="schedule-stage-count" aria-hidden="true">
            {format.format(count)}
          </span>
          <span className="visually-hidden"> ({t.ui.list.count(count)})</span>
        </>
      )}
    </>
  );
}

/** Grey placeholders while the first page loads; the page-level status says "Loading". */
export function CardSkeletons({ n = 3 }: { n?: number }) {
  return (
    <div className="schedule-skeletons" aria-hidden="true">
      {Array.from({ length: n }, (_, i) => (
        <div key={i} className="schedule-skeleton" />
      ))}
    </div>
  );
}

/** What a column shows instead of cards: loading, its own error, or nothing at this stage. */
export function ColumnStatus({ data }: { data: StageMeasures }) {
  const t = useLabels();
  const s = useTranslations(scheduleStrings);
  const { query, items } = data;
  if (query.isPending) return <CardSkeletons />;
  if (query.isError && items.length === 0) {
    return (
      <div className="schedule-column-error" role="alert">
        <p>{s.column.loadFailed}</p>
        <button type="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
          {query.isFetching ? t.ui.retrying : t.ui.retry}
        </button>
      </div>
    );
  }
  if (items.length === 0) return <p className="schedule-column-empty">{s.column.empty}</p>;
  return null;
}

/** The foot of a column while more pages come in, or when fetching the next one failed. */
export function ColumnFoot({ data }: { data: StageMeasures }) {
  const t = useLabels();
  const s = useTranslations(scheduleStrings);
  const { query, items } = data;
  if (items.length === 0) return null;
  if (query.isFetchingNextPage) {
    return (
      <p className="schedule-column-foot" role="status">
        {s.column.loadingMore}
      </p>
    );
  }
  if (query.isFetchNextPageError) {
    return (
      <div className="schedule-column-foot" role="alert">
        <p>{s.column.moreFailed}</p>
        <button type="button" onClick={() => void query.fetchNextPage()}>
          {t.ui.retry}
        </button>
      </div>
    );
  }
  return null;
}
