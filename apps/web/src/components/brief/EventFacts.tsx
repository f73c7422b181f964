import { Fragment } from 'react';
import { useLabels, useTranslations } from '../../i18n';
import { DisputedBadge, UnconfirmedBadge } from '../badges';
import { ClaimChoice } from '../forms/claim';
import { PartialDate } from '../PartialDate';
import type { SourceIndex } from '../SourceRef';
import { FactClaims } from './FactClaims';
import { briefText } from './text';
import { claimedDates, type TimelineEvent } from './timeline';

type ResultFactView = NonNullable<TimelineEvent['facts']['result']>;

/**
 * When an event happened, and how sure the record is: every date sources claim while they
 * disagree, and marks for upcoming, disputed and unconfirmed events.
 */
export function EventWhen({ event }: { event: TimelineEvent }) {
  const t = useLabels();
  const x = useTranslations(briefText);
  const date = event.facts.date;
  const dates = date.disputed ? claimedDates(date.claims) : [event];
  return (
    <p className="bf-event-when">
      <span>
        {dates.map((d, i) => (
          <Fragment key={d.date}>
            {i > 0 ? ` ${x.or} ` : null}
            <PartialDate date={d.date} precision={d.datePrecision} />
          </Fragment>
        ))}
      </span>
      {event.upcoming ? <span className="badge bf-upcoming">{t.ui.upcoming}</span> : null}
      {event.disputed ? <DisputedBadge /> : null}
      {event.unconfirmed ? <UnconfirmedBadge /> : null}
    </p>
  );
}

/** The date claims of an event, when sources disagree on it or an editor preferred one. */
export function DateClaims({
  event,
  sources,
  editable = false,
}: {
  event: TimelineEvent;
  sources: SourceIndex;
  /** An editor may prefer one of the claims. */
  editable?: boolean;
}) {
  const x = useTranslations(briefText);
  return (
    <FactClaims
      fact={event.facts.date}
      label={x.date}
      disputedLabel={x.dateDisputed}
      show={(c) => <PartialDate date={c.date} precision={c.datePrecision} />}
      sources={sources}
      badge={false}
      claimAction={
        editable
          ? (claim, preferred, value) => (
              <ClaimChoice
                claimId={claim.id}
                preferred={preferred}
                version={event.version}
                value={value}
              />
            )
          : undefined
      }
    />
  );
}

/** A vote's result: the counts, or every source's counts while they disagree. */
export function VoteResult({
  fact,
  sources,
  version,
}: {
  fact: ResultFactView;
  sources: SourceIndex;
  /** The event's version: with it, an editor can prefer one of the claims. */
  version?: number;
}) {
  const x = useTranslations(briefText);
  if (fact.disputed || fact.preferred)
    return (
      <FactClaims
        fact={fact}
        label={x.result}
        disputedLabel={x.resultDisputed}
        show={(c) => x.votes(c.result)}
        sources={sources}
        badge={false}
        claimAction={
          version === undefined
            ? undefined
            : (claim, preferred, value) => (
                <ClaimChoice
                  claimId={claim.id}
                  preferred={preferred}
                  version={version}
                  value={value}
                />
              )
        }
      />
    );
  if (!fact.value) return null;
  return (
    <p className="bf-vote">
      <span className="bf-label">
        {x.result}
        {x.colon}
      </span>
      {x.votes(fact.value)}
    </p>
  );
}
