// The history of a measure or a stakeholder: each save with who, when (in the reader's
// language), what (the row's kind and label) and each field before -> after; older saves a
// page at a time.
import type { RouterOutputs } from '@dossier/client';
import { useState } from 'react';
import { useLocale, useTranslations } from '../../i18n';
import { localeTags } from '../../i18n/numbers';
import { trpc } from '../../trpc';
import { ErrorState, Loading } from '../states';
import { type Page, useMorePages, withMore } from '../useMorePages';
import { historyStrings } from './strings';

type History = RouterOutputs['history']['measure'];
export type HistoryEntry = History['items'][number];
export type HistoryKind = 'measure' | 'stakeholder';

const entryKey = (e: HistoryEntry) => `${e.at} ${e.entity} ${e.entityId} ${e.version}`;

/** Longer text is cut, with "Show all" to read it whole. */
const cutAt = 200;

/** A logged value as text: lists joined, objects as their fields, nothing as "(none)". */
export function valueText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    const parts = value.map((v) => valueText(v) ?? '').filter(Boolean);
    return parts.length > 0 ? parts.join(', ') : null;
  }
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${k}: ${valueText(v)}`)
      .join('; ');
  return String(value);
}

function Value({ value }: { value: unknown }) {
  const s = useTranslations(historyStrings);
  const [whole, setWhole] = useState(false);
  const text = valueText(value);
  if (text === null) return <span className="hist-none">{s.none}</span>;
  if (text.length <= cutAt) return <span className="hist-value">{text}</span>;
  return (
    <span className="hist-value">
      {whole ? text : `${text.slice(0, cutAt)}…`}{' '}
      <button type="button" className="hist-toggle" onClick={() => setWhole(!whole)}>
        {whole ? s.showLess : s.showAll}
      </button>
    </span>
  );
}

function Entry({ entry }: { entry: HistoryEntry }) {
  const s = useTranslations(historyStrings);
  const { locale } = useLocale();
  const when = new Intl.DateTimeFormat(localeTags[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(entry.at));
  const entity = (s.entity as Record<string, string | undefined>)[entry.entity] ?? entry.entity;
  return (
    <li className="hist-entry">
      <p className="hist-head">
        <span className="hist-what">{s.what(entry.actor, entry.action, entity)}</span>
        {entry.label ? <span className="hist-label"> “{entry.label}”</span> : null}
        {' · '}
        <time dateTime={entry.at}>{when}</time>
      </p>
      {entry.fields.length > 0 ? (
        <table className="hist-fields">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{s.field}</span>
              </th>
              <th scope="col">{s.before}</th>
              <th scope="col">{s.after}</th>
            </tr>
          </thead>
          <tbody>
            {entry.fields.map((f) => (
              <tr key={f.field}>
                <th scope="row">{f.field}</th>
                <td>
                  <Value value={f.before} />
                </td>
                <td>
                  <Value value={f.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </li>
  );
}

export function HistoryList({ kind, subjectRef }: { kind: HistoryKind; subjectRef: string }) {
  const s = useTranslations(historyStrings);
  const utils = trpc.useUtils();
  const first =
    kind === 'measure'
      ? trpc.history.measure.useQuery({ ref: subjectRef })
      : trpc.history.stakeholder.useQuery({ ref: subjectRef });
  const more = useMorePages<Page<HistoryEntry>>({
    firstCursor: first.data?.nextCursor ?? null,
    fetchPage: (cursor, limit) => utils.history[kind].fetch({ ref: subjectRef, cursor, limit }),
    keyOf: entryKey,
  });
  if (first.isError)
    return (
      <ErrorState
        error={first.error}
        onRetry={() => void first.refetch()}
        retrying={first.isFetching}
      />
    );
  if (!first.data) return <Loading />;
  const entries = withMore(first.data.items, more.loaded, entryKey);
  return (
    <section className="hist-history" aria-labelledby="history-title">
      <h2 id="history-title">{s.history}</h2>
      <p className="hist-intro">{s.intro}</p>
      {entries.length === 0 ? (
        <p className="empty">{s.empty}</p>
      ) : (
        <ol className="hist-entries" aria-labelledby="history-title">
          {entries.map((e) => (
            <Entry key={entryKey(e)} entry={e} />
          ))}
        </ol>
      )}
      <div className="show-more">
        {more.loading ? <p aria-live="polite">{s.loading}</p> : null}
        {more.failed ? <p role="alert">{s.failed}</p> : null}
        {more.hasNext ? (
          <button type="button" onClick={more.showMore} disabled={more.loading}>
            {s.showMore}
          </button>
        ) : null}
      </div>
    </section>
  );
}
