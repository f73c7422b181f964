// Exports and imports as a client drives them, for tests: every page of the export written out as
// the file's text, and a file's records sent in batches of the size a client would use.
import {
  addImportResult,
  emptyImportResult,
  type ImportRecord,
  type ImportResult,
  interchangeSections,
  interchangeText,
} from '@dossier/domain';
import { exportPage } from '../dataset/export';
import { importRecords } from '../dataset/import';
import type { Db } from '../open';

/** The whole interchange file of `db` (or of one measure), read page by page as a client would. */
export async function exportText(
  db: Db,
  options: { measure?: string; limit?: number; team?: boolean } = {},
): Promise<string> {
  function* pages() {
    let cursor: string | null = null;
    do {
      const page = exportPage(
        db,
        { measure: options.measure, limit: options.limit ?? 3, cursor },
        { team: options.team ?? false },
      );
      yield page;
      cursor = page.nextCursor;
    } while (cursor !== null);
  }
  let text = '';
  for await (const chunk of interchangeText(pages())) text += chunk;
  return text;
}

/** The records of a parsed file, in file order, as `dataset.import` takes them. */
export function recordsOf(file: Record<string, unknown>): ImportRecord[] {
  return interchangeSections.flatMap((section) =>
    ((file[section] as unknown[] | undefined) ?? []).map((record, index) => ({
      section,
      index,
      record,
    })),
  );
}

/** Imports a file's text in batches of `batchSize` records, adding up the results. */
export function importText(
  db: Db,
  text: string,
  options: { batchSize?: number; dryRun?: boolean; actor?: string } = {},
): ImportResult {
  const records = recordsOf(JSON.parse(text));
  const size = options.batchSize ?? 5;
  const total = emptyImportResult(options.dryRun ?? false);
  for (let i = 0; i < records.length; i += size)
    addImportResult(
      total,
      importRecords(db, records.slice(i, i + size), {
        actor: options.actor ?? 'importer',
        dryRun: options.dryRun ?? false,
      }),
    );
  return total;
}
