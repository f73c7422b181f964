import { memo } from 'react';
import { useLabels, useTranslations } from '../../i18n';
import { Link, paths } from '../../router';
import type { MeasureCard } from '../../trpc';
import { Balance } from '../Balance';
import { DisputedBadge } from '../badges';
import { useChangedMeasure } from '../following/changed';
import { followingStrings } from '../following/strings';
import { PartialDate } from '../PartialDate';
import { scheduleStrings } from './strings';

type Event = NonNullable<MeasureCard['lastEvent']>;

function EventLine({ event }: { event: Event }) {
  return (
    <>
      <PartialDate date={event.date} precision={event.datePrecision} />
      <span className="schedule-event-title">{event.title}</span>
    </>
  );
}

/**
 * One measure on the board: what it is, whether sources disagree on any of its facts, what
 * happened last, what is next, and who stands where. The card's heading level follows the
 * column's (h3), so headings stay in order.
 */
export const ScheduleCard = memo(function ScheduleCard({ measure }: { measure: MeasureCard }) {
  const t = useLabels();
  const s = useTranslations(scheduleStrings);
  const f = useTranslations(followingStrings);
  const changed = useChangedMeasure(measure.id);
  return (
    <article className="schedule-card">
      <h4 className="schedule-card-title">
        <Link to={paths.measure(measure.slug)}>{measure.title}</Link>
      </h4>
      <p className="schedule-card-meta">
        <span>
          <span className="visually-hidden">{t.ui.jurisdiction}: </span>
          {measure.jurisdiction}
        </span>
        <span aria-hidden="true"> · </span>
        <span>
          <span className="visually-hidden">{t.ui.kind}: </span>
          {t.kind[measure.kind]}
        </span>
      </p>
      {measure.disputed || changed ? (
        <p className="schedule-card-flags">
          {measure.disputed ? <DisputedBadge detail={s.card.disputed} /> : null}
          {changed ? (
            // A sign and a word, not a colour alone; the reason for a screen reader.
            <span className="badge changed-badge">
              <span aria-hidden="true">● </span>
              {f.changed}
              <span className="visually-hidden"> ({f.changedHint})</span>
            </span>
          ) : null}
        </p>
      ) : null}
      <dl className="schedule-events">
        <div className="schedule-event">
          <dt>{t.ui.last}</dt>
          <dd>
            {measure.lastEvent ? (
              <EventLine event={measure.lastEvent} />
            ) : (
              <span className="muted">{t.ui.noEventYet}</span>
            )}
          </dd>
        </div>
        <div className={`schedule-event${measure.nextEvent ? ' schedule-event-next' : ''}`}>
          {measure.nextEvent ? (
            <dt>
              <span className="badge upcoming-badge">{t.ui.upcoming}</span>
            </dt>
          ) : (
            <dt>{t.ui.next}</dt>
          )}
          <dd>
            {measure.nextEvent ? (
              <EventLine event={measure.nextEvent} />
            ) : (
              <span className="muted">{s.card.noNext}</span>
            )}
          </dd>
        </div>
      </dl>
      <div className="schedule-balance">
        <span className="visually-hidden">{t.ui.list.balance}: </span>
        <Balance balance={measure.balance} />
      </div>
    </article>
  );
});
