import type { Stance } from '@dossier/domain';
import { useLabels, useTranslations } from '../i18n';
import type { StakeholderEntry } from '../trpc';
import { StakeholderCard } from './brief/StakeholderCard';
import { placeOnScale, stakeholderAnchor } from './brief/stanceScale';
import { briefText } from './brief/text';
import { AddPosition } from './forms/position';
import type { SourceIndex } from './SourceRef';
import './brief/stakeholders.css';

/**
 * Who stands where: first the five-step scale from strong support to strong opposition with
 * every stakeholder's name on its step (unknown stances kept apart), then one card per
 * stakeholder, grouped by step, with the words and the source behind the stance and how it moved.
 * With `counts` (how many hold each stance, all of them) the steps and groups say how many
 * stand there even when only the first cards are loaded.
 */
export function StakeholderPanel({
  stakeholders,
  sources,
  counts,
  measureId,
}: {
  stakeholders: readonly StakeholderEntry[];
  sources: SourceIndex;
  counts?: Readonly<Record<Stance, number>>;
  /** The measure on screen: with it, an editor can add a position to it. */
  measureId?: string;
}) {
  const t = useLabels();
  const x = useTranslations(briefText);
  const add = measureId ? <AddPosition measureId={measureId} /> : null;
  if (stakeholders.length === 0)
    return (
      <>
        <p className="empty">{t.ui.brief.noStakeholders}</p>
        {add}
      </>
    );
  const { steps, unknown } = placeOnScale(stakeholders);
  const groups = [...steps, { stance: 'unknown' as const, entries: unknown }].filter(
    (g) => g.entries.length > 0,
  );
  const countOf = (stance: Stance, entries: readonly StakeholderEntry[]) =>
    Math.max(counts?.[stance] ?? 0, entries.length);
  return (
    <>
      {add}
      <div className="bf-scale-wrap">
        <div className="bf-scale-main">
          <p className="bf-scale-ends" aria-hidden="true">
            <span>← {x.scaleEnds.support}</span>
            <span>{x.scaleEnds.oppose} →</span>
          </p>
          <ol className="bf-scale" aria-label={x.scale}>
            {steps.map(({ stance, entries }) => (
              <li key={stance} className={`bf-scale-step bf-scale-${stance}`}>
                <ScaleStep
                  label={t.stance[stance]}
                  entries={entries}
                  count={countOf(stance, entries)}
                />
              </li>
            ))}
          </ol>
        </div>
        <div className="bf-scale-step bf-scale-unknown">
          <ScaleStep
            label={t.stance.unknown}
            entries={unknown}
            count={countOf('unknown', unknown)}
          />
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
              {t.stance[stance]} <span className="count">({countOf(stance, entries)})</span>
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

/**
 * One step of the scale: its stance, how many stand there, and the names of those whose cards
 * are loaded, linked to their cards.
 */
function ScaleStep({
  label,
  entries,
  count,
}: {
  label: string;
  entries: readonly StakeholderEntry[];
  count: number;
}) {
  const x = useTranslations(briefText);
  return (
    <>
      <p className="bf-scale-head">
        <span className="bf-scale-label">{label}</span>{' '}
        <span className="bf-scale-count">{count}</span>
      </p>
      {entries.length > 0 ? (
        <ul className="bf-scale-names">
          {entries.map((entry) => (
            <li key={entry.stakeholder.id}>
              <a href={`#${stakeholderAnchor(entry)}`}>{entry.stakeholder.name}</a>
            </li>
          ))}
        </ul>
      ) : count === 0 ? (
        <p className="bf-scale-nobody">{x.nobodyOnStep}</p>
      ) : null}
      {count > entries.length ? (
        <p className="bf-scale-more">{x.moreOnStep(count - entries.length)}</p>
      ) : null}
    </>
  );
}
