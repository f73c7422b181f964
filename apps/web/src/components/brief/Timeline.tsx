import { useLabels, useTranslations } from '../../i18n';
import { AddEvent, EventControls } from '../forms/event';
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
  measureId,
}: {
  events: readonly TimelineEvent[];
  sources: SourceIndex;
  /** The measure on screen: with it, an editor can add an event to it. */
  measureId?: string;
}) {
  const t = useLabels();
  const x = useTranslations(briefText);
  const add = measureId ? <AddEvent measureId={measureId} /> : null;
  if (events.length === 0)
    return (
      <>
        <p className="empty">{t.ui.brief.noEvents}</p>
        {add}
      </>
    );
  return (
    <>
      {add}
      <p className="bf-hint">{x.timelineOrder}</p>
      <ol className="bf-timeline">
        {orderTimeline(events).map((event) => (
          <TimelineItem
            key={event.id}
            event={event}
            sources={sources}
            editable={measureId !== undefined}
          />
        ))}
      </ol>
    </>
  );
}

export function TimelineItem({
  event,
  sources,
  editable = false,
}: {
  event: TimelineEvent;
  sources: SourceIndex;
  /** Shows an editor the event's controls (edit it, add or prefer a claim). */
  editable?: boolean;
}) {
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
        <DateClaims event={event} sources={sources} editable={editable} />
        {event.facts.result ? (
          <VoteResult
            fact={event.facts.result}
            sources={sources}
            version={editable ? event.version : undefined}
          />
        ) : null}
        <SourceRef
          sourceId={event.sourceId}
          sources={sources}
          numbered
          numberLabel={x.sourceNumber}
        />
        {editable ? <EventControls event={event} /> : null}
      </div>
    </li>
  );
}
