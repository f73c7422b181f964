import { type Locale, useLabels, useTranslations } from '../i18n';
import type { BriefSource } from '../trpc';
import { PartialDate } from './PartialDate';

/** French sets a narrow space before a colon. */
const colon = { en: ': ', fr: '\u202f: ', de: ': ' } satisfies Record<Locale, string>;

/**
 * What a reference needs of a source: its title, and what else is known. The database map names
 * a link's source by id and title only, rather than repeating the whole source on every link.
 */
export type CitedSource = Pick<BriefSource, 'id' | 'title'> &
  Partial<Pick<BriefSource, 'url' | 'publisher' | 'publishedOn'>>;

export type SourceIndex = ReadonlyMap<string, CitedSource>;

export const indexSources = (sources: readonly CitedSource[]): SourceIndex =>
  new Map(sources.map((s) => [s.id, s]));

/** The number a source has in a numbered list of the index's sources (1-based), or null. */
export function sourceNumber(sources: SourceIndex, sourceId: string): number | null {
  let n = 1;
  for (const id of sources.keys()) {
    if (id === sourceId) return n;
    n++;
  }
  return null;
}

/** The id of a source's entry in the numbered list, so a reference can point at it. */
export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;

/** Title, publisher and date of the source behind a fact, or a plain "no source". */
export function SourceRef({
  sourceId,
  sources,
  bare = false,
  numbered = false,
  numberLabel,
}: {
  sourceId: string | null | undefined;
  sources: SourceIndex;
  /** Leaves out the "Source:" prefix where a column heading already says it. */
  bare?: boolean;
  /**
   * Prefixes the source's number in the page's list of sources ([2]), linked to that entry; only
   * for pages that render the list with `sourceAnchor` ids, in the order of `sources`.
   */
  numbered?: boolean;
  /** What a screen reader says for the number link ("Source 2 in the list of sources"). */
  numberLabel?: (n: number) => string;
}) {
  const t = useLabels();
  const separator = useTranslations(colon);
  const source = sourceId ? sources.get(sourceId) : undefined;
  if (!source) return <p className="source no-source">{t.ui.noSource}</p>;
  const n = numbered ? sourceNumber(sources, source.id) : null;
  return (
    <p className="source">
      {bare ? null : (
        <span className="source-label">
          {t.ui.source}
          {separator}
        </span>
      )}
      {n === null ? null : (
        <>
          <a
            className="source-number"
            href={`#${sourceAnchor(source.id)}`}
            aria-label={numberLabel?.(n)}
          >
            [{n}]
          </a>{' '}
        </>
      )}
      <cite>
        {source.url ? (
          <a href={source.url} rel="noopener noreferrer" target="_blank">
            {source.title}
          </a>
        ) : (
          source.title
        )}
      </cite>
      {source.publisher ? `, ${source.publisher}` : null}
      {source.publishedOn ? (
        <>
          {', '}
          <span className="nowrap">
            <PartialDate date={source.publishedOn} />
          </span>
        </>
      ) : null}
    </p>
  );
}

/**
 * A source named inline, beside one claim among several: its number in the page's list of
 * sources (linked to the entry) and, unless `numberOnly`, its title. Only for pages that number
 * their sources, as the brief does.
 */
export function SourceCite({
  sourceId,
  sources,
  numberLabel,
  numberOnly = false,
}: {
  sourceId: string | null | undefined;
  sources: SourceIndex;
  numberLabel: (n: number) => string;
  numberOnly?: boolean;
}) {
  const t = useLabels();
  const source = sourceId ? sources.get(sourceId) : undefined;
  if (!source) return <span className="source-cite no-source">{t.ui.noSource}</span>;
  const n = sourceNumber(sources, source.id);
  return (
    <span className="source-cite">
      {n === null ? null : (
        <a
          className="source-number"
          href={`#${sourceAnchor(source.id)}`}
          aria-label={numberLabel(n)}
        >
          [{n}]
        </a>
      )}
      {numberOnly && n !== null ? null : (
        <>
          {n === null ? null : ' '}
          <cite>{source.title}</cite>
        </>
      )}
    </span>
  );
}
