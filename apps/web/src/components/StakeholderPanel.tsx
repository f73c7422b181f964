import { useLabels, useTranslations } from '../i18n';
import type { StakeholderEntry } from '../trpc';
import { StakeholderCard } from './brief/StakeholderCard';
import { placeOnScale, stakeholderAnchor } from './brief/stanceScale';
import { briefText } from './brief/text';
import type { SourceIndex } from './SourceRef';
import './brief/stakeholders.css';

/**
 * Who stands where: first the five-step scale from strong support to strong opposition with
 * every stakeholder's name on its step (unknown stances kept apart), then one card per
 * stakeholder, grouped by step, with the words and the source behind the stance and how it moved.
 */
export function StakeholderPanel({
  stakeholders,
  sources,
}: {
  stakeholders: readonly StakeholderEntry[];
  sources: SourceIndex;
}) {
  const t = useLabels();
  const x = useTranslations(briefText);
  if (stakeholders.length === 0) return <p className="empty">{t.ui.brief.noStakeholders}</p>;
  const { steps, unknown } = placeOnScale(stakeholders);
  const groups = [...steps, { stance: 'unknown' as const, entries: unknown }].filter(
    (g) => g.entries.length > 0,
  );
  return (
    <>
      <div className="bf-scale-wrap">
        <div className="bf-scale-main">
          <p className="bf-scale-ends" aria-hidden="true">
            <span>← {x.scaleEnds.support}</span>
            <span>{x.scaleEnds.oppose} →</span>
          </p>
          <ol className="bf-scale" aria-label={x.scale}>
            {steps.map(({ stance, entries }) => (
              <li key={stance} className={`bf-scale-step bf-scale-${stance}`}>
                <ScaleStep label={t.stance[stance]} entries={entries} />
              </li>
            ))}
          </ol>
        </div>
        <div className="bf-scale-step bf-scale-unknown">
          <ScaleStep label={t.stance.unknown} entries={unknown} />
          {unknown.length > 0 ? <p className="bf-scale-apart">{x.stanceApart}</p> : null}
        </div>
      </div>

      <div className="bf-stance-groups">
        {groups.map(({ stance, entries }) => (
          <section
            key={stance}
            className="bf-stance-group"
            aria-labelledby={`stance-group-${stance}`}
          >
            <h3 id={`stance-group-${stance}`}>
              {t.stance[stance]} <span className="count">({entries.length})</span>
            </h3>
            <ul className="bf-cards">
              {entries.map((entry) => (
                <StakeholderCard key={entry.stakeholder.id} entry={entry} sources={sources} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}

/** One step of the scale: its stance, how many stand there, and their names linked to their cards. */
function ScaleStep({ label, entries }: { label: string; entries: readonly StakeholderEntry[] }) {
  const x = useTranslations(briefText);
  return (
    <>
      <p className="bf-scale-head">
        <span className="bf-scale-label">{label}</span>{' '}
        <span className="bf-scale-count">{entries.length}</span>
      </p>
      {entries.length > 0 ? (
        <ul className="bf-scale-names">
          {entries.map((entry) => (
            <li key={entry.stakeholder.id}>
              <a href={`#${stakeholderAnchor(entry)}`}>{entry.stakeholder.name}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="bf-scale-nobody">{x.nobodyOnStep}</p>
      )}
    </>
  );
}
