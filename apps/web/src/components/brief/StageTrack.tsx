import { isSideStage, mainStages, type Stage, stageIndex } from '@dossier/domain';
import { useLabels, useTranslations } from '../../i18n';
import { StageBadge } from '../badges';
import { type MainStage, trackSteps } from './stageTrack';
import { briefText } from './text';

/**
 * The procedure as a row of steps: done ones ticked, the current one filled; a side-track
 * stage (withdrawn, rejected, lapsed) branches off after the stage the procedure had reached.
 * A measure without a stage (a letter, a report) follows no procedure, and says so rather than
 * showing a track it is not on.
 */
export function StageTrack({ stage, leftAfter }: { stage: Stage | null; leftAfter?: MainStage }) {
  const t = useLabels();
  const x = useTranslations(briefText);
  if (stage === null)
    return (
      <p className="bf-track-none">
        <StageBadge stage={null} /> {x.noProcedure}
      </p>
    );
  return (
    <ol className="bf-track" aria-label={t.ui.brief.stageTrack}>
      {trackSteps(stage, leftAfter).map(({ stage: s, state }) => (
        <li
          key={s}
          className={`bf-step bf-step-${state}`}
          aria-current={state === 'current' || state === 'exit' ? 'step' : undefined}
        >
          <span className="bf-step-name">{t.stage[s]}</span>
          {state === 'exit' ? (
            <span className="bf-step-note">{x.leftAfter(t.stage[leftAfter ?? 'announced'])}</span>
          ) : (
            <span className="visually-hidden"> ({x.step[state]})</span>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * A stage in one line for a linked measure: a dot per main stage with the current one filled,
 * and the stage in words. For a side-track stage only the words: where it left the track is not
 * known here; for a measure without a procedure, only that.
 */
export function MiniStageTrack({ stage }: { stage: Stage | null }) {
  const t = useLabels();
  const x = useTranslations(briefText);
  if (stage === null)
    return (
      <p className="bf-mini-track">
        <StageBadge stage={null} />
      </p>
    );
  if (isSideStage(stage))
    return (
      <p className="bf-mini-track">
        <StageBadge stage={stage} /> <span className="bf-mini-note">{t.ui.brief.sideStage}</span>
      </p>
    );
  const current = stageIndex(stage);
  return (
    <p className="bf-mini-track">
      <span className="bf-mini-dots" aria-hidden="true">
        {mainStages.map((s, i) => (
          <span
            key={s}
            className={`bf-dot ${i < current ? 'bf-dot-done' : i === current ? 'bf-dot-current' : ''}`}
          />
        ))}
      </span>
      <StageBadge stage={stage} />
      <span className="visually-hidden"> ({x.stepOf(current + 1, mainStages.length)})</span>
    </p>
  );
}
