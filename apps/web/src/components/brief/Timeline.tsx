import { useLabels, useTranslations } from '../../i18n';
import { PartialDate } from '../PartialDate';
import { type SourceIndex, SourceRef } from '../SourceRef';
import { briefText } from './text';
import { orderTimeline, type TimelineEvent } from './timeline';

/** The dated events of the measure, oldest first, the ones still ahead marked as such. */
export function Timeline({
  events,
  sources,
}: {
  events: readonly TimelineEvent[];
  sources: SourceIndex;
}) {
  const t = useLabels();
  const x = useTranslations(briefText);
  if (events.length === 0) return <p className="empty">{t.ui.brief.noEvents}</p>;
  return (
    <>
      <p className="bf-hint">{x.timelineOrder}</p>
      <ol className="bf-timeline">
        {orderTimeline(events).map((event) => (
          <li key={event.id} className={event.upcoming ? 'bf-event bf-event-upcoming' : 'bf-event'}>
            <p className="bf-event-when">
              <PartialDate date={event.date} precision={event.datePrecision} />
              {event.upcoming ? <span className="badge bf-upcoming">{t.ui.upcoming}</span> : null}
            </p>
            <div className="bf-event-body">
              <p className="bf-event-title">
                <span className="bf-event-kind">{t.eventKind[event.kind]}</span>{' '}
                <strong>{event.title}</strong>
              </p>
              {event.description ? <p className="bf-event-text">{event.description}</p> : null}
              <SourceRef
                sourceId={event.sourceId}
                sources={sources}
                numbered
                numberLabel={x.sourceNumber}
              />
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
