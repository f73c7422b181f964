import type { Stage, Stance } from '@dossier/domain';
import { stageName, useLabels } from '../i18n';
import './badges.css';

/** A stage, or "No procedure" for a measure that follows none (a letter, a report). */
export function StageBadge({ stage }: { stage: Stage | null }) {
  const t = useLabels();
  return <span className={`badge stage stage-${stage ?? 'none'}`}>{stageName(t, stage)}</span>;
}

export function StanceBadge({ stance }: { stance: Stance }) {
  const t = useLabels();
  return <span className={`badge stance stance-${stance}`}>{t.stance[stance]}</span>;
}

/**
 * Sources disagree and no editor has preferred one. A sign and a word, so it never rests on
 * colour alone; `detail` says for a screen reader what is disputed.
 */
export function DisputedBadge({ detail }: { detail?: string }) {
  const t = useLabels();
  return (
    <span className="badge disputed-badge">
      <span aria-hidden="true">⚠&#xFE0E; </span>
      {t.ui.disputed}
      {detail ? <span className="visually-hidden"> ({detail})</span> : null}
    </span>
  );
}

/** Reported, but not confirmed by a source that would know. */
export function UnconfirmedBadge() {
  const t = useLabels();
  return (
    <span className="badge unconfirmed-badge">
      <span aria-hidden="true">? </span>
      {t.ui.unconfirmed}
    </span>
  );
}

/**
 * Where a position's source would be, for a stance recorded on purpose without one: a muted
 * word, its meaning in the title and, for a screen reader, after it.
 */
export function UnsourcedBadge() {
  const t = useLabels();
  const { label, explanation } = t.ui.unsourced;
  return (
    <span className="badge unsourced-badge" title={explanation}>
      {label}
      <span className="visually-hidden"> ({explanation})</span>
    </span>
  );
}
