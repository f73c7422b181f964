import { useLabels, useTranslations } from '../../i18n';
import { type SourceIndex, SourceRef } from '../SourceRef';
import { EventDetails } from './EventDetails';
import { DateClaims, EventWhen, VoteResult } from './EventFacts';
import { briefText } from './text';
import { orderTimeline, type TimelineEvent } from './timeline';

/**
 * The dated events of the measure, oldest first, the ones still ahead marked as such. A fact
 * sources disagree on shows every claim with its source.
 */
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
          <TimelineItem key={event.id} event={event} sources={sources} />
        ))}
      </ol>
    </>
  );
}

export function TimelineItem({ event, sources }: { event: TimelineEvent; sources: SourceIndex }) {
  const t = useLabels();
  const x = useTranslations(briefText);
  const classes = ['bf-event'];
  if (event.upcoming) classes.push('bf-event-upcoming');
  if (event.disputed) classes.push('bf-event-disputed');
  return (
    <li className={classes.join(' ')}>
      <EventWhen event={event} />
      <div className="bf-event-body">
        <p className="bf-event-title">
          <span className="bf-event-kind">{t.eventKind[event.kind]}</span>{' '}
          <strong>{event.title}</strong>
        </p>
        <EventDetails event={event} />
        {event.description ? <p className="bf-event-text">{event.description}</p> : null}
        <DateClaims event={event} sources={sources} />
        {event.facts.result ? <VoteResult fact={event.facts.result} sources={sources} /> : null}
        <SourceRef
          sourceId={event.sourceId}
          sources={sources}
          numbered
          numberLabel={x.sourceNumber}
        />
      </div>
    </li>
  );
}
