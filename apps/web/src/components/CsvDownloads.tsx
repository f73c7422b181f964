import { type CsvKind, csvDownloadPath, type MeasureFilterQuery } from '@dossier/domain';
import { type ReactNode, useId, useState } from 'react';
import { useLabels } from '../i18n';
import { basePath } from '../router';
import './csv-downloads.css';

/**
 * Links to the server's CSV downloads of what is on screen: the addresses are written by the
 * domain's `csvDownloadPath` from the very filters the page shows (the server reads them back
 * with the same rules), so what is filtered is what is downloaded.
 */
export function CsvDownloads({
  filters,
  tables,
  note,
  children,
}: {
  filters: Partial<MeasureFilterQuery>;
  tables: readonly CsvKind[];
  /** What the files hold, in a sentence. */
  note: string;
  /** Links that go with the downloads (the import page). */
  children?: ReactNode;
}) {
  const t = useLabels();
  const d = t.ui.downloads;
  const id = useId();
  const [bom, setBom] = useState(false);
  const base = basePath(import.meta.env.BASE_URL);
  return (
    <section className="csv-downloads" aria-labelledby={`${id}-title`}>
      <span id={`${id}-title`} className="csv-title">
        {d.title}
      </span>
      {/* A line of links rather than a list: a few words beside a page's own content. */}
      <span className="csv-links">
        {tables.map((table) => (
          <a key={table} href={`${base}${csvDownloadPath(table, filters, { bom })}`} download>
            {d.table[table]}
          </a>
        ))}
      </span>
      <label className="csv-excel">
        <input
          type="checkbox"
          checked={bom}
          onChange={(e) => setBom(e.target.checked)}
          aria-describedby={`${id}-excel`}
        />{' '}
        {d.excel}
      </label>
      <p className="csv-note">
        <span id={`${id}-excel`}>({d.excelHint})</span> {note}
      </p>
      {children}
    </section>
  );
}
