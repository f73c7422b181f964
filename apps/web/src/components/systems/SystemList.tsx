import { useLabels, useTranslations } from '../../i18n';
import { Link, paths } from '../../router';
import { StageBadge } from '../badges';
import { indexSources, SourceRef } from '../SourceRef';
import { systemStrings } from './strings';
import type { SystemEntry } from './types';

/** The map in words: what every system holds and which measures act on it, and how. */
export function SystemList({ systems }: { systems: readonly SystemEntry[] }) {
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
                <li key={`${link.measure.id}:${link.action}`}>
                  <span className={`dbm-action-tag dbm-action-${link.action}`}>
                    {t.systemAction[link.action]}
                  </span>{' '}
                  <Link to={paths.measure(link.measure.slug)}>{link.measure.title}</Link>{' '}
                  <StageBadge stage={link.measure.stage} />
                  <SourceRef sourceId={link.sourceId} sources={sources} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty">{s.noMeasures}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
