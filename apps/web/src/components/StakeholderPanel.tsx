import { stanceScore } from '@dossier/domain';
import { useLabels } from '../i18n';
import type { StakeholderEntry } from '../trpc';
import { StanceBadge } from './badges';
import { PartialDate } from './PartialDate';
import { type SourceIndex, SourceRef } from './SourceRef';

type Direction = 'support' | 'neutral' | 'oppose' | 'unknown';
const directions: Direction[] = ['support', 'neutral', 'oppose', 'unknown'];

function directionOf(entry: StakeholderEntry): Direction {
  const score = stanceScore(entry.current.stance);
  if (score === null) return 'unknown';
  return score > 0 ? 'support' : score < 0 ? 'oppose' : 'neutral';
}

/**
 * Who stands where: stakeholders grouped by the direction of their current stance, each with
 * the words and the source behind it, and the earlier positions when the stance moved.
 */
export function StakeholderPanel({
  stakeholders,
  sources,
}: {
  stakeholders: readonly StakeholderEntry[];
  sources: SourceIndex;
}) {
  const t = useLabels();
  if (stakeholders.length === 0) return <p className="empty">{t.ui.brief.noStakeholders}</p>;
  const groups = directions
    .map((direction) => ({
      direction,
      entries: stakeholders.filter((s) => directionOf(s) === direction),
    }))
    .filter((g) => g.entries.length > 0);
  return (
    <div className="stakeholder-groups">
      {groups.map(({ direction, entries }) => (
        <section
          key={direction}
          className={`stakeholder-group group-${direction}`}
          aria-labelledby={`stance-group-${direction}`}
        >
          <h3 id={`stance-group-${direction}`}>
            {t.stanceGroup[direction]} <span className="count">({entries.length})</span>
          </h3>
          <ul className="stakeholders">
            {entries.map((entry) => (
              <StakeholderItem key={entry.stakeholder.id} entry={entry} sources={sources} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function StakeholderItem({ entry, sources }: { entry: StakeholderEntry; sources: SourceIndex }) {
  const t = useLabels();
  const { stakeholder, current, history } = entry;
  const affiliation =
    stakeholder.affiliation && !stakeholder.role?.includes(stakeholder.affiliation.name)
      ? stakeholder.affiliation.name
      : null;
  const about = [stakeholder.role, affiliation, t.category[stakeholder.category]].filter(Boolean);
  return (
    <li className={`stakeholder stance-border-${current.stance}`}>
      <h4 className="stakeholder-name">{stakeholder.name}</h4>
      <p className="stakeholder-about">{about.join(' · ')}</p>
      <p className="position-line">
        <StanceBadge stance={current.stance} />{' '}
        <span className="position-role">{t.ui.brief.asRole(t.role[current.role])}</span>
        <span className="nowrap">
          {'· '}
          <PartialDate date={current.statedOn} precision={current.statedOnPrecision} />
        </span>
      </p>
      {current.quote ? <blockquote className="quote">{current.quote}</blockquote> : null}
      <SourceRef sourceId={current.sourceId} sources={sources} />
      {history.length > 1 ? (
        <section className="stance-history">
          <h5>{t.ui.brief.history(history.length)}</h5>
          <ol>
            {history.map((p) => (
              <li key={p.id}>
                <PartialDate date={p.statedOn} precision={p.statedOnPrecision} />{' '}
                <StanceBadge stance={p.stance} />{' '}
                <span className="position-role">{t.ui.brief.asRole(t.role[p.role])}</span>
                {p.quote ? <blockquote className="quote quote-small">{p.quote}</blockquote> : null}
                <SourceRef sourceId={p.sourceId} sources={sources} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </li>
  );
}
