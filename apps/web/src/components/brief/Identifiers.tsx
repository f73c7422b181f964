import { useLabels, useTranslations } from '../../i18n';
import type { Brief } from '../../trpc';
import { SourceCite, type SourceIndex } from '../SourceRef';
import { shownIdentifier } from './identifiers';
import { briefText } from './text';

/**
 * The measure's official references in the order they were entered: each in its standard form,
 * with what it names (the original proposal, the adopted act) and where it was found.
 */
export function Identifiers({
  identifiers,
  sources,
}: {
  identifiers: Brief['identifiers'];
  sources: SourceIndex;
}) {
  const t = useLabels();
  const x = useTranslations(briefText);
  if (identifiers.length === 0) return <span className="bf-none">{t.ui.brief.noIdentifiers}</span>;
  return (
    <ul className="bf-identifiers">
      {identifiers.map((i) => (
        <li key={i.id}>
          <span className="bf-scheme">{t.identifierScheme[i.scheme]}</span>{' '}
          <code>{shownIdentifier(i)}</code>
          {i.role ? <span className="bf-id-role"> ({t.identifierRole[i.role]})</span> : null}
          {i.sourceId ? (
            <>
              {' '}
              <SourceCite
                sourceId={i.sourceId}
                sources={sources}
                numberLabel={x.sourceNumber}
                numberOnly
              />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
