// The team's notes on a measure or a stakeholder: written through insertRow/updateRow so the
// audit log holds every version, removed with a 'delete' row that keeps the last body.
import type {
  NoteCreateData,
  NoteListQuery,
  NoteRemoveData,
  NoteUpdateData,
} from '@dossier/domain';
import { and, desc, eq } from 'drizzle-orm';
import { notFound, staleVersion } from '../errors';
import { newId, nowUtc } from '../ids';
import type { Db } from '../open';
import { beyond, cursorLists, decodeCursor, encodeCursor, toPage } from '../repo/cursor';
import { changes, notes } from '../schema';
import { type Actor, insertRow, updateRow, writeTransaction } from '../write';
import { requireSubject, type Subject } from './subjects';

export type NoteRow = typeof notes.$inferSelect;

export function createNote(db: Db, input: NoteCreateData, actor: Actor): NoteRow {
  return writeTransaction(db, (tx) => {
    const subject = requireSubject(tx, input.subjectKind, input.subjectRef);
    return insertRow(
      tx,
      notes,
      { subjectKind: subject.kind, subjectId: subject.id, body: input.body, author: actor },
      actor,
    );
  });
}

/** A new body, if the note is still at the version the editor read (CONFLICT otherwise). */
export function updateNote(db: Db, input: NoteUpdateData, actor: Actor): NoteRow {
  return writeTransaction(db, (tx) =>
    updateRow(tx, notes, input.id, input.version, { body: input.body }, actor),
  );
}

/**
 * Removes a note still at the version the editor read. The audit log keeps what it said: a
 * 'delete' row whose `before` holds the note as it was.
 */
export function removeNote(db: Db, input: NoteRemoveData, actor: Actor): { id: string } {
  return writeTransaction(db, (tx) => {
    const current = tx.select().from(notes).where(eq(notes.id, input.id)).get();
    if (!current) throw notFound('note', input.id);
    if (current.version !== input.version)
      throw staleVersion('note', input.version, current.version);
    tx.delete(notes)
      .where(and(eq(notes.id, input.id), eq(notes.version, input.version)))
      .run();
    const { subjectKind, subjectId, body, author } = current;
    tx.insert(changes)
      .values({
        id: newId(),
        at: nowUtc(),
        actor,
        entity: 'notes',
        entityId: current.id,
        action: 'delete',
        field: null,
        before: JSON.stringify({ subjectKind, subjectId, body, author }),
        after: null,
        version: current.version,
      })
      .run();
    return { id: current.id };
  });
}

export interface NotesPage {
  subject: Subject;
  items: NoteRow[];
  nextCursor: string | null;
}

/** The notes of one measure or stakeholder, newest first, a page at a time. */
export function listNotes(db: Db, input: NoteListQuery): NotesPage {
  const subject = requireSubject(db, input.subjectKind, input.subjectRef);
  const scope = `${subject.kind}:${subject.id}`;
  const after = input.cursor ? decodeCursor(input.cursor, cursorLists.notes, scope, 2) : null;
  const rows = db
    .select()
    .from(notes)
    .where(
      and(
        eq(notes.subjectKind, subject.kind),
        eq(notes.subjectId, subject.id),
        after ? beyond([notes.createdAt, notes.id], 'desc', after) : undefined,
      ),
    )
    .orderBy(desc(notes.createdAt), desc(notes.id))
    .limit(input.limit + 1)
    .all();
  return {
    subject,
    ...toPage(rows, input.limit, (last) =>
      encodeCursor(cursorLists.notes, scope, [last.createdAt, last.id]),
    ),
  };
}
