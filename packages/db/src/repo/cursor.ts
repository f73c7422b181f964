// Keyset paging: a page starts right after the sort key of the last row of the page before, so
// rows added or removed meanwhile never shift a page (as OFFSET would) and each row is served
// once. The cursor carries that key, and the list and record it was made for, so a cursor sent
// to another list is refused rather than silently giving a wrong page.
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { DossierError } from '../errors';

/** A paged list, and how a person would name it in an error message. */
export interface CursorList {
  id: string;
  name: string;
  /** The same list of another record, for lists that belong to one record. */
  ofAnother?: string;
}

export const cursorLists = {
  measures: { id: 'measures', name: 'the list of measures' },
  stakeholders: { id: 'stakeholders', name: 'the stakeholder register' },
  systems: { id: 'systems', name: 'the list of information systems' },
  systemMeasures: {
    id: 'system-measures',
    name: 'the measures of an information system',
    ofAnother: 'the measures of another information system',
  },
  history: {
    id: 'history',
    name: 'the change history',
    ofAnother: 'the change history of another record',
  },
  subjectHistory: {
    id: 'subject-history',
    name: 'the history of a measure or stakeholder',
    ofAnother: 'the history of another measure or stakeholder',
  },
  timeline: {
    id: 'timeline',
    name: 'the timeline of a measure',
    ofAnother: 'the timeline of another measure',
  },
  dossierStakeholders: {
    id: 'dossier-stakeholders',
    name: 'the stakeholders of a measure',
    ofAnother: 'the stakeholders of another measure',
  },
  dossierSources: {
    id: 'dossier-sources',
    name: 'the sources of a measure',
    ofAnother: 'the sources of another measure',
  },
  notes: {
    id: 'notes',
    name: 'the notes of a measure or stakeholder',
    ofAnother: 'the notes of another measure or stakeholder',
  },
  meetings: {
    id: 'meetings',
    name: 'the meetings of a measure or stakeholder',
    ofAnother: 'the meetings of another measure or stakeholder',
  },
  feed: {
    id: 'feed',
    name: 'the feed of what changed',
    ofAnother: "another person's feed",
  },
  dataset: {
    id: 'dataset',
    name: 'the export of the whole dossier',
    ofAnother: 'the export of another measure',
  },
} satisfies Record<string, CursorList>;

const restart = 'Start again from the first page (send no cursor).';

export const badCursor = () =>
  new DossierError('BAD_REQUEST', `The cursor is not one this server gave out. ${restart}`);

/** `scope` is the record the list belongs to (a measure's id), or '' for a list of everything. */
export function encodeCursor(list: CursorList, scope: string, key: readonly string[]): string {
  return Buffer.from(JSON.stringify([list.id, scope, ...key])).toString('base64url');
}

/** The sort key a cursor carries, after checking it was made for this list and this record. */
export function decodeCursor(
  cursor: string,
  list: CursorList,
  scope: string,
  keyLength: number,
): string[] {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw badCursor();
  const [listId, cursorScope, ...key] = value as string[];
  const known = Object.values(cursorLists).find((l) => l.id === listId);
  if (!known) throw badCursor();
  if (listId !== list.id) {
    throw new DossierError(
      'BAD_REQUEST',
      `This cursor was given out for ${known.name}, not for ${list.name}. ${restart}`,
    );
  }
  if (cursorScope !== scope) {
    throw new DossierError(
      'BAD_REQUEST',
      `This cursor was given out for ${list.ofAnother ?? list.name}. ${restart}`,
    );
  }
  if (key.length !== keyLength) throw badCursor();
  return key;
}

/**
 * `(a, b, c) > (x, y, z)` (or `<`): the rows after a sort key in ascending order (or before it
 * in descending order), in one comparison SQLite can answer from an index.
 */
export function beyond(
  columns: readonly SQLWrapper[],
  direction: 'asc' | 'desc',
  key: readonly (string | number)[],
): SQL {
  const left = sql.join(
    columns.map((c) => sql`${c}`),
    sql`, `,
  );
  const right = sql.join(
    key.map((v) => sql`${v}`),
    sql`, `,
  );
  return direction === 'asc' ? sql`(${left}) > (${right})` : sql`(${left}) < (${right})`;
}

/**
 * Cuts the one extra row a query fetched (`limit + 1`) to learn whether another page follows,
 * and gives the cursor of the last row kept when one does.
 */
export function toPage<T>(
  rows: readonly T[],
  limit: number,
  cursorOf: (last: T) => string,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? cursorOf(last) : null };
}
