import { useLabels } from '../i18n';
import { type MorePages, morePageSize } from './useMorePages';

/**
 * Under a list that shows a first page: how many of how many are on screen, and buttons for the
 * next page and for all the rest. Nothing once every item is shown. Printing leaves it out
 * along with every other button of the brief.
 */
export function ShowMore({
  shown,
  total,
  more,
  step = morePageSize,
  moreLabel,
}: {
  shown: number;
  total: number;
  /** Without `showAll`, only the next page is offered. */
  more: Pick<MorePages, 'hasNext' | 'loading' | 'failed' | 'showMore'> &
    Partial<Pick<MorePages, 'showAll'>>;
  /** How many one page brings. */
  step?: number;
  /** "Show 50 earlier events" where "Show 50 more" would not say which way the list grows. */
  moreLabel?: (n: number) => string;
}) {
  const t = useLabels();
  if (shown >= total) return null;
  const next = Math.min(step, total - shown);
  return (
    <div className="show-more">
      <p className="show-more-count" aria-live="polite">
        {more.loading ? t.ui.more.loading : t.ui.more.shown(shown, total)}
      </p>
      {more.hasNext ? (
        <button type="button" onClick={more.showMore} disabled={more.loading}>
          {(moreLabel ?? t.ui.more.showMore)(next)}
        </button>
      ) : null}
      {more.showAll ? (
        <button
          type="button"
          className="show-more-all"
          onClick={more.showAll}
          disabled={more.loading}
        >
          {t.ui.more.showAll(total)}
        </button>
      ) : null}
      {more.failed ? (
        <p className="show-more-failed" role="alert">
          {t.ui.more.failed}
        </p>
      ) : null}
    </div>
  );
}
