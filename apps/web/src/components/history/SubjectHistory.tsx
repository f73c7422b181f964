// The History tab of a measure or a stakeholder: its name, the tabs, and the list of changes.
import { useTranslations } from '../../i18n';
import { Link } from '../../router';
import { useDocumentTitle } from '../../title';
import { trpc } from '../../trpc';
import { type HistoryKind, HistoryList } from './HistoryList';
import { SubjectTabs } from './SubjectTabs';
import { historyStrings } from './strings';
import './history.css';

export function SubjectHistory({
  kind,
  subjectRef,
  path,
  back,
}: {
  kind: HistoryKind;
  subjectRef: string;
  /** The record's own address (its brief). */
  path: string;
  back: { to: string; label: string };
}) {
  const s = useTranslations(historyStrings);
  // The same query the list makes: the name comes with the first page.
  const first =
    kind === 'measure'
      ? trpc.history.measure.useQuery({ ref: subjectRef })
      : trpc.history.stakeholder.useQuery({ ref: subjectRef });
  const title = first.data?.subject.title ?? null;
  useDocumentTitle(title ? `${title} · ${s.history}` : null);
  return (
    <article className="hist-page">
      <p className="bf-back">
        <Link to={back.to}>← {back.label}</Link>
      </p>
      <header className="page-header">
        <h1>{title ?? subjectRef}</h1>
      </header>
      <SubjectTabs path={path} current="history" />
      <HistoryList kind={kind} subjectRef={subjectRef} />
    </article>
  );
}
