import { useLabels } from '../../i18n';
import type { BriefSource } from '../../trpc';
import { PartialDate } from '../PartialDate';
import { sourceAnchor } from '../SourceRef';

/** Every source the brief cites, numbered as the references in the text number them. */
export function SourcesList({ sources }: { sources: readonly BriefSource[] }) {
  const t = useLabels();
  if (sources.length === 0) return <p className="empty">{t.ui.brief.noSources}</p>;
  return (
    <ol className="bf-sources">
      {sources.map((s) => (
        <li key={s.id} id={sourceAnchor(s.id)}>
          <cite className="bf-source-title">{s.title}</cite>
          <p className="bf-source-meta">
            {s.publisher}
            {s.publishedOn ? (
              <>
                {' · '}
                <PartialDate date={s.publishedOn} />
              </>
            ) : null}
            {' · '}
            {t.sourceKind[s.kind]}
          </p>
          {s.note ? <p className="bf-source-note">{s.note}</p> : null}
          {s.url ? (
            <p className="bf-source-url">
              <a href={s.url} rel="noopener noreferrer" target="_blank">
                {s.url}
              </a>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
