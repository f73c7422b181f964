import type { Stage, Stance } from '@dossier/domain';
import { useLabels } from '../i18n';
import './badges.css';

export function StageBadge({ stage }: { stage: Stage }) {
  const t = useLabels();
  return <span className={`badge stage stage-${stage}`}>{t.stage[stage]}</span>;
}

export function StanceBadge({ stance }: { stance: Stance }) {
  const t = useLabels();
  return <span className={`badge stance stance-${stance}`}>{t.stance[stance]}</span>;
}
