import { useLabels } from '../i18n';
import type { BriefSource } from '../trpc';
import { PartialDate } from './PartialDate';

export type SourceIndex = ReadonlyMap<string, BriefSource>;

export const indexSources = (sources: readonly BriefSource[]): SourceIndex =>
  new Map(sources.map((s) => [s.id, s]));

/** Title, publisher and date of the source behind a fact, or a plain "no source". */
export function SourceRef({
  sourceId,
  sources,
  bare = false,
}: {
  sourceId: string | null | undefined;
  sources: SourceIndex;
  /** Leaves out the "Source:" prefix where a column heading already says it. */
  bare?: boolean;
}) {
  const t = useLabels();
  const source = sourceId ? sources.get(sourceId) : undefined;
  if (!source) return <p className="source no-source">{t.ui.noSource}</p>;
  return (
    <p className="source">
      {bare ? null : <span className="source-label">{t.ui.source}: </span>}
      <cite>
        {source.url ? (
          <a href={source.url} rel="noopener noreferrer" target="_blank">
            {source.title}
          </a>
        ) : (
          source.title
        )}
      </cite>
      {', '}
      {source.publisher}
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
