import type { RouterOutputs } from '@dossier/client';
import { useLabels, useTranslations } from '../../i18n';
import { Link, paths } from '../../router';
import { trpc } from '../../trpc';
import { StageBadge } from '../badges';
import { ShowMore } from '../ShowMore';
import { indexSources, SourceRef } from '../SourceRef';
import { useMorePages } from '../useMorePages';
import { systemStrings } from './strings';
import type { SystemEntry, SystemLink } from './types';

/**
 * The map in words: what every system holds and which measures act on it, and how. Each system
 * lists its first measures; `onMoreLinks` receives the further ones a reader asks for, so the
 * drawing shows them too.
 */
export function SystemList({
  systems,
  onMoreLinks,
}: {
  systems: readonly SystemEntry[];
  onMoreLinks: (systemId: string, links: readonly SystemLink[]) => void;
}) {
  const t = useLabels();
  const s = useTranslations(systemStrings);
  const sources = indexSources(
    systems.flatMap((system) => system.measures.flatMap((link) => link.source ?? [])),
  );
  return (
    <ul className="dbm-system-list">
      {systems.map((system) => (
        <li key={system.id} id={`system-${system.slug}`} className="dbm-system-entry">
          <h3 className="dbm-system-entry-title">
            <span className="dbm-system-acronym">{system.acronym}</span>
            {system.name !== system.acronym ? (
              <span className="dbm-system-name"> — {system.name}</span>
            ) : null}
          </h3>
          <p className="dbm-system-holds">
            <span className="dbm-system-holds-label">
              {s.holds}
              {s.colon}
            </span>
            {system.holds}
          </p>
          {system.description ? (
            <p className="dbm-system-description">{system.description}</p>
          ) : null}
          {system.measures.length > 0 ? (
            <ul className="dbm-system-measures" aria-label={s.measuresOf(system.acronym)}>
              {system.measures.map((link) => (
                <li key={link.linkId}>
                  <span className={`dbm-action-tag dbm-action-${link.action}`}>
                    {t.systemAction[link.action]}
                  </span>{' '}
                  <Link to={paths.measure(link.measure.slug)}>{link.measure.title}</Link>{' '}
                  <StageBadge stage={link.measure.stage} />
                  <SourceRef sourceId={link.source?.id} sources={sources} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty">{s.noMeasures}</p>
          )}
          <MoreMeasures system={system} onMoreLinks={onMoreLinks} />
        </li>
      ))}
    </ul>
  );
}

/** "Show N more" under a system whose measures do not all fit its entry's first page. */
function MoreMeasures({
  system,
  onMoreLinks,
}: {
  system: SystemEntry;
  onMoreLinks: (systemId: string, links: readonly SystemLink[]) => void;
}) {
  const utils = trpc.useUtils();
  const more = useMorePages<RouterOutputs['systems']['measures']>({
    firstCursor: system.measuresCursor,
    fetchPage: (cursor, limit) =>
      utils.client.systems.measures.query({ systemId: system.id, cursor, limit }),
    keyOf: (link) => link.linkId,
    onPage: (page) => onMoreLinks(system.id, page.items),
  });
  return <ShowMore shown={system.measures.length} total={system.measureTotal} more={more} />;
}
