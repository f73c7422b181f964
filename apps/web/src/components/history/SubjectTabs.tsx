import { useTranslations } from '../../i18n';
import { Link } from '../../router';
import { historyStrings } from './strings';
import { historyAddress } from './view';

/** Brief | History: each an address, the one on screen marked as the current page. */
export function SubjectTabs({ path, current }: { path: string; current: 'brief' | 'history' }) {
  const s = useTranslations(historyStrings);
  return (
    <nav className="hist-tabs" aria-label={s.tabs}>
      <ul>
        <li>
          <Link to={path} aria-current={current === 'brief' ? 'page' : undefined}>
            {s.brief}
          </Link>
        </li>
        <li>
          <Link to={historyAddress(path)} aria-current={current === 'history' ? 'page' : undefined}>
            {s.history}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
