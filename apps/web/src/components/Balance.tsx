import type { StanceBalance } from '@dossier/domain';
import { useLabels } from '../i18n';

const parts = ['support', 'neutral', 'oppose', 'unknown'] as const;

/** How many stakeholders currently support or oppose, as words and as a bar. */
export function Balance({
  balance,
  showZero = false,
}: {
  balance: StanceBalance;
  /** Says "0 neutral" too, where a full account matters more than brevity (the brief). */
  showZero?: boolean;
}) {
  const t = useLabels();
  const total = parts.reduce((sum, p) => sum + balance[p], 0);
  if (total === 0) return <p className="balance balance-empty">{t.ui.balance.nobody}</p>;
  const bar = parts.filter((p) => balance[p] > 0);
  const said = showZero ? parts : bar;
  return (
    <div className="balance">
      <div className="balance-bar" aria-hidden="true">
        {bar.map((p) => (
          <span key={p} className={`balance-${p}`} style={{ flexGrow: balance[p] }} />
        ))}
      </div>
      <p className="balance-text">
        {said.map((p, i) => (
          <span key={p} className={`balance-count balance-count-${p}`}>
            {i > 0 ? ' · ' : ''}
            {t.ui.balance[p](balance[p])}
          </span>
        ))}
      </p>
    </div>
  );
}
