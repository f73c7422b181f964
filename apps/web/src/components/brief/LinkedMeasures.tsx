import { useLabels, useTranslations } from '../../i18n';
import { Link, paths } from '../../router';
import type { Brief } from '../../trpc';
import { StageBadge } from '../badges';
import { AddLink, EditLink } from '../forms/link';
import { PartialDate } from '../PartialDate';
import { type SourceIndex, SourceRef } from '../SourceRef';
import { MiniStageTrack } from './StageTrack';
import { briefText } from './text';

type Linked = Brief['related'][number];
type EventSummary = NonNullable<Linked['lastEvent']>;

/** The status of each review the measure waits on: its stage, what happened last, what is next. */
export function ReviewsPanel({
  reviews,
  sources,
}: {
  reviews: readonly Linked[];
  sources: SourceIndex;
}) {
  const t = useLabels();
  const x = useTranslations(briefText);
  if (reviews.length === 0) return <p className="empty">{t.ui.brief.noReviews}</p>;
  return (
    <>
      <p className="bf-hint">{t.ui.brief.reviewsIntro}</p>
      <ul className="bf-linked-list">
        {reviews.map((review) => (
          <li key={review.linkId} className="bf-linked">
            <h3 className="bf-linked-title">
              <Link to={paths.measure(review.measure.slug)}>{review.measure.title}</Link>
            </h3>
            <dl className="bf-linked-facts">
              <div>
                <dt>{x.reviewStage}</dt>
                <dd>
                  <MiniStageTrack stage={review.measure.stage} />
                </dd>
              </div>
              <div>
                <dt>{t.ui.last}</dt>
                <dd>
                  {review.lastEvent ? <EventLine event={review.lastEvent} /> : t.ui.noEventYet}
                </dd>
              </div>
              {review.nextEvent ? (
                <div>
                  <dt>{t.ui.next}</dt>
                  <dd>
                    <EventLine event={review.nextEvent} />
                  </dd>
                </div>
              ) : null}
            </dl>
            {review.note ? <p className="bf-linked-note">{review.note}</p> : null}
            <SourceRef
              sourceId={review.sourceId}
              sources={sources}
              numbered
              numberLabel={x.sourceNumber}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The other measures linked to this one, each with the relation read from this measure's side
 * ("Awaited by" when the other one depends on it). The API says which reading applies (its
 * `reading` key); the catalogs only word it. Reviews already shown above are not repeated.
 */
export function RelatedMeasures({
  related,
  reviews,
  sources,
  measureId,
}: {
  related: readonly Linked[];
  reviews: readonly Linked[];
  sources: SourceIndex;
  /** The measure on screen: with it, an editor can link measures to it and edit its links. */
  measureId?: string;
}) {
  const t = useLabels();
  const x = useTranslations(briefText);
  const shown = new Set(reviews.map((r) => r.linkId));
  const others = related.filter((r) => !shown.has(r.linkId));
  const add = measureId ? <AddLink measureId={measureId} /> : null;
  if (others.length === 0)
    return (
      <>
        <p className="empty">{reviews.length > 0 ? x.noOtherRelated : t.ui.brief.noRelated}</p>
        {add}
      </>
    );
  return (
    <>
      {add}
      <ul className="bf-linked-list">
        {others.map((link) => (
          <li key={link.linkId} className="bf-linked">
            <p className="bf-relation">{t.relationReading[link.reading]}</p>
            <h3 className="bf-linked-title">
              <Link to={paths.measure(link.measure.slug)}>{link.measure.title}</Link>
            </h3>
            <p className="meta">
              <StageBadge stage={link.measure.stage} />
              <span className="meta-item">{t.kind[link.measure.kind]}</span>
              <span className="meta-item">{link.measure.jurisdiction}</span>
            </p>
            {link.lastEvent ? (
              <p className="bf-linked-event">
                <span className="bf-label">{t.ui.last}:</span> <EventLine event={link.lastEvent} />
              </p>
            ) : null}
            {link.note ? <p className="bf-linked-note">{link.note}</p> : null}
            <SourceRef
              sourceId={link.sourceId}
              sources={sources}
              numbered
              numberLabel={x.sourceNumber}
            />
            {measureId ? <EditLink link={link} measureId={measureId} /> : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function EventLine({ event }: { event: EventSummary }) {
  return (
    <>
      <PartialDate date={event.date} precision={event.datePrecision} />
      {' — '}
      {event.title}
    </>
  );
}
