import { Fragment } from 'react';
import { useLabels, useTranslations } from '../../i18n';
import { Link, paths } from '../../router';
import { StageBadge, StanceBadge, UnsourcedBadge } from '../badges';
import { PartialDate } from '../PartialDate';
import { type SourceIndex, SourceRef } from '../SourceRef';
import { type MeasureGroup, stanceTrail } from './positions';
import { stakeholderStrings } from './strings';
import type { StakeholderPosition } from './types';

/** Each measure the stakeholder spoke on, with its positions newest first. */
export function PositionsByMeasure({
  groups,
  sources,
}: {
  groups: readonly MeasureGroup[];
  sources: SourceIndex;
}) {
  return (
    <ol className="stk-measure-groups">
      {groups.map((group) => (
        <MeasureGroupItem key={group.measure.id} group={group} sources={sources} />
      ))}
    </ol>
  );
}

function MeasureGroupItem({ group, sources }: { group: MeasureGroup; sources: SourceIndex }) {
  const t = useLabels();
  const { page: s, colon } = useTranslations(stakeholderStrings);
  const { measure, positions } = group;
  const trail = stanceTrail(group);
  return (
    <li className="stk-measure-group">
      <h3 className="stk-measure-group-title">
        <Link to={paths.measure(measure.slug)}>{measure.title}</Link>
      </h3>
      <p className="meta">
        <StageBadge stage={measure.stage} />
        <span className="meta-item">{t.kind[measure.kind]}</span>
        {positions.length > 1 ? (
          <span className="meta-item">{s.positionCount(positions.length)}</span>
        ) : null}
      </p>
      {trail.length > 1 ? (
        <p className="stk-stance-trail">
          <span className="stk-stance-trail-label">
            {s.stanceOverTime}
            {colon}
          </span>{' '}
          {trail.map((stance, i) => (
            <Fragment key={i}>
              {i > 0 ? <span aria-hidden="true"> → </span> : null}
              <StanceBadge stance={stance} />
            </Fragment>
          ))}
        </p>
      ) : null}
      <ol
        className="stk-position-list"
        aria-label={positions.length > 1 ? s.history(positions.length) : undefined}
      >
        {positions.map((position) => (
          <PositionItem key={position.id} position={position} sources={sources} />
        ))}
      </ol>
    </li>
  );
}

function PositionItem({
  position,
  sources,
}: {
  position: StakeholderPosition;
  sources: SourceIndex;
}) {
  const t = useLabels();
  return (
    <li className={`stk-position-item stance-border-${position.stance}`}>
      <p className="stk-position-head">
        <StanceBadge stance={position.stance} />{' '}
        <span>{t.ui.brief.asRole(t.role[position.role])}</span>{' '}
        <span className="nowrap">
          <span aria-hidden="true">· </span>
          <PartialDate date={position.statedOn} precision={position.statedOnPrecision} />
        </span>
      </p>
      {position.quote ? <blockquote className="quote">{position.quote}</blockquote> : null}
      {position.unsourced ? (
        <p className="source">
          <UnsourcedBadge />
        </p>
      ) : (
        <SourceRef sourceId={position.sourceId} sources={sources} />
      )}
    </li>
  );
}
