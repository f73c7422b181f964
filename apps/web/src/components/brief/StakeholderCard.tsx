import { Fragment } from 'react';
import { useLabels, useTranslations } from '../../i18n';
import { Link, paths } from '../../router';
import type { StakeholderEntry } from '../../trpc';
import { StanceBadge, UnsourcedBadge } from '../badges';
import { EditPosition } from '../forms/position';
import { PartialDate } from '../PartialDate';
import { type SourceIndex, SourceRef } from '../SourceRef';
import { stakeholderAnchor } from './stanceScale';
import { briefText } from './text';

type Position = StakeholderEntry['current'];

/** One stakeholder: who they are, where they stand and in what role, their words, the source. */
export function StakeholderCard({
  entry,
  sources,
}: {
  entry: StakeholderEntry;
  sources: SourceIndex;
}) {
  const t = useLabels();
  const x = useTranslations(briefText);
  const { stakeholder, current, history, positionCount } = entry;
  // "Spokeswoman, European Commission" already names the affiliation.
  const affiliation =
    stakeholder.affiliation && !stakeholder.role?.includes(stakeholder.affiliation.name)
      ? stakeholder.affiliation
      : null;
  return (
    <li id={stakeholderAnchor(entry)} className={`bf-card bf-card-${current.stance}`}>
      <h4 className="bf-card-name">
        <Link to={paths.stakeholder(stakeholder.slug)}>{stakeholder.name}</Link>
      </h4>
      <p className="bf-card-about">
        {[
          stakeholder.role,
          affiliation ? (
            <Link key="affiliation" to={paths.stakeholder(affiliation.slug)}>
              {affiliation.name}
            </Link>
          ) : null,
          t.category[stakeholder.category],
        ]
          .filter(Boolean)
          .map((part, i) => (
            <Fragment key={typeof part === 'string' ? part : 'affiliation'}>
              {i > 0 ? ' · ' : null}
              {part}
            </Fragment>
          ))}
      </p>
      <PositionLine position={current} />
      {current.quote ? <blockquote className="bf-quote">{current.quote}</blockquote> : null}
      <PositionSource position={current} sources={sources} />
      <EditPosition position={current} stakeholderName={stakeholder.name} />
      {history.length > 1 ? (
        <section className="bf-history" aria-labelledby={`${stakeholderAnchor(entry)}-history`}>
          <h5 id={`${stakeholderAnchor(entry)}-history`}>{t.ui.brief.history(history.length)}</h5>
          <ol>
            {history.map((p, i) => (
              <li key={p.id} className={i === history.length - 1 ? 'bf-history-now' : undefined}>
                <PositionLine position={p} now={i === history.length - 1} />
                {p.quote && i < history.length - 1 ? (
                  <blockquote className="bf-quote bf-quote-small">{p.quote}</blockquote>
                ) : null}
                {i < history.length - 1 ? <PositionSource position={p} sources={sources} /> : null}
              </li>
            ))}
          </ol>
          {positionCount > history.length ? (
            <p className="bf-history-earlier">
              <Link to={paths.stakeholder(stakeholder.slug)}>
                {x.earlierPositions(positionCount - history.length)}
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}
    </li>
  );
}

/** Stance, role and date of one position, in that order of importance. */
function PositionLine({ position, now = false }: { position: Position; now?: boolean }) {
  const t = useLabels();
  const x = useTranslations(briefText);
  return (
    <p className="bf-position">
      <StanceBadge stance={position.stance} />
      <span>{t.ui.brief.asRole(t.role[position.role])}</span>
      <PartialDate date={position.statedOn} precision={position.statedOnPrecision} />
      {now ? <span className="bf-now">({x.now})</span> : null}
    </p>
  );
}

/** The numbered source of a position, or the mark of a stance recorded without one. */
function PositionSource({ position, sources }: { position: Position; sources: SourceIndex }) {
  const x = useTranslations(briefText);
  if (position.unsourced)
    return (
      <p className="source">
        <UnsourcedBadge />
      </p>
    );
  return (
    <SourceRef
      sourceId={position.sourceId}
      sources={sources}
      numbered
      numberLabel={x.sourceNumber}
    />
  );
}
