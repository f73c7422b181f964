// What became of the article's dossier, carried forward to today from public sources: an
// interchange file (docs/interchange.md) loaded through the same import a team uses, so the
// demo proves the import as much as it shows the story. `pnpm dossier import` takes the same file.
import { type ImportRecord, interchangeSections } from '@dossier/domain';
import { importRecords } from '../dataset/import';
import type { Db } from '../open';
import followUp from './follow-up.json' with { type: 'json' };

export const followUpFile = followUp as Record<string, unknown>;

/** The file's records in the order the import expects (sources first, links last). */
export function followUpRecords(): ImportRecord[] {
  return interchangeSections.flatMap((section) =>
    ((followUpFile[section] as unknown[] | undefined) ?? []).map(
      (record, index) => ({ section, index, record }) as ImportRecord,
    ),
  );
}

/** Imports the follow-up in one batch; a record the import refuses is a fault of the file. */
export function importFollowUp(db: Db) {
  const result = importRecords(db, followUpRecords(), { actor: 'demo-seed' });
  if (result.rejected.length)
    throw new Error(
      `The follow-up file has records the import refuses: ${JSON.stringify(result.rejected.slice(0, 3))}`,
    );
  return result;
}
