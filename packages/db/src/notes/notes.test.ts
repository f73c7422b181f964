// Notes and meetings against a real SQLite with the real migrations: the audit log, stale
// versions, one transaction per meeting, paging, search only for the team, and the round trip
// through the interchange file.
import { interchangeFileSchema, meetingCreateInput, noteCreateInput } from '@dossier/domain';
import { asc, eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { DossierError } from '../errors';
import { type DossierDatabase, openDatabase } from '../open';
import { search } from '../repo/search';
import { changes, measures, meetingStakeholders, stakeholders } from '../schema';
import { seedDemo } from '../seed/seed';
import { exportText, importText } from '../test/dataset';
import {
  createMeeting,
  createNote,
  listMeetings,
  listNotes,
  removeNote,
  teamWordsSince,
  updateMeeting,
  updateNote,
} from './index';

const opened: DossierDatabase[] = [];
function demo() {
  const d = openDatabase(':memory:');
  opened.push(d);
  seedDemo(d.db);
  const measure = d.db.select().from(measures).orderBy(asc(measures.slug)).get()!;
  const [first, second] = d.db.select().from(stakeholders).orderBy(asc(stakeholders.slug)).all();
  return { d, db: d.db, measure, first: first!, second: second! };
}
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const note = (
  subjectRef: string,
  body: string,
  subjectKind: 'measure' | 'stakeholder' = 'measure',
) => noteCreateInput.parse({ subjectKind, subjectRef, body });

const logOf = (db: DossierDatabase['db'], id: string) =>
  db.select().from(changes).where(eq(changes.entityId, id)).orderBy(asc(changes.id)).all();

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DossierError) return error.kind;
    throw error;
  }
  return 'ok';
};

describe('notes', () => {
  it('are created, edited and removed with every step in the audit log', () => {
    const { db, measure } = demo();
    const created = createNote(db, note(measure.slug, 'First *thought*'), 'ana');
    expect(created).toMatchObject({ subjectKind: 'measure', subjectId: measure.id, author: 'ana' });
    const edited = updateNote(db, { id: created.id, version: 1, body: 'Second thought' }, 'ben');
    expect(edited.version).toBe(2);
    removeNote(db, { id: created.id, version: 2 }, 'ana');
    const log = logOf(db, created.id);
    expect(log.map((c) => [c.action, c.field, c.actor])).toEqual([
      ['create', null, 'ana'],
      ['update', 'body', 'ben'],
      ['delete', null, 'ana'],
    ]);
    // History keeps what the note said when it was removed.
    expect(JSON.parse(log[2]!.before!)).toMatchObject({ body: 'Second thought', author: 'ana' });
    expect(
      listNotes(db, { subjectKind: 'measure', subjectRef: measure.slug, limit: 20 }).items,
    ).toEqual([]);
  });

  it('refuses a stale edit or removal with CONFLICT and changes nothing', () => {
    const { db, first } = demo();
    const n = createNote(db, note(first.slug, 'on a person', 'stakeholder'), 'ana');
    updateNote(db, { id: n.id, version: 1, body: 'edited' }, 'ana');
    expect(refusal(() => updateNote(db, { id: n.id, version: 1, body: 'mine' }, 'ben'))).toBe(
      'CONFLICT',
    );
    expect(refusal(() => removeNote(db, { id: n.id, version: 1 }, 'ben'))).toBe('CONFLICT');
    expect(
      listNotes(db, { subjectKind: 'stakeholder', subjectRef: first.id, limit: 5 }).items[0]?.body,
    ).toBe('edited');
  });

  it('names what does not exist', () => {
    const { db } = demo();
    expect(() => createNote(db, note('no-such-measure', 'x'), 'ana')).toThrow(
      'No measure matches "no-such-measure"',
    );
    expect(refusal(() => updateNote(db, { id: 'nope', version: 1, body: 'x' }, 'ana'))).toBe(
      'NOT_FOUND',
    );
  });

  it('are listed newest first, a page at a time, each once', () => {
    const { db, measure } = demo();
    for (let i = 0; i < 7; i++) createNote(db, note(measure.slug, `note ${i}`), 'ana');
    const bodies: string[] = [];
    let cursor: string | null = null;
    do {
      const page = listNotes(db, {
        subjectKind: 'measure',
        subjectRef: measure.slug,
        limit: 3,
        cursor,
      });
      bodies.push(...page.items.map((n) => n.body));
      cursor = page.nextCursor;
    } while (cursor);
    expect(bodies).toEqual([6, 5, 4, 3, 2, 1, 0].map((i) => `note ${i}`));
  });
});

describe('meetings', () => {
  const meeting = (extra: Record<string, unknown>) =>
    meetingCreateInput.parse({ heldOn: '2024-03-05', title: 'Call', attendees: ['Ana'], ...extra });

  it('are written with their links in one transaction, and listed on both pages', () => {
    const { db, measure, first } = demo();
    const m = createMeeting(
      db,
      meeting({ stakeholderRefs: [first.slug], measureRefs: [measure.slug] }),
      'ana',
    );
    expect(m.stakeholders.map((s) => s.slug)).toEqual([first.slug]);
    expect(listMeetings(db, { measureRef: measure.slug, limit: 5 }).items.map((x) => x.id)).toEqual(
      [m.id],
    );
    expect(
      listMeetings(db, { stakeholderRef: first.slug, limit: 5 }).items.map((x) => x.id),
    ).toEqual([m.id]);
    // A bad ref leaves nothing behind: not the meeting, not its first link.
    expect(() =>
      createMeeting(db, meeting({ stakeholderRefs: [first.slug, 'nobody-at-all'] }), 'ana'),
    ).toThrow('No stakeholder matches "nobody-at-all"');
    expect(db.select().from(meetingStakeholders).all()).toHaveLength(1);
  });

  it('log a change of links as a field of the meeting, and refuse a stale one', () => {
    const { db, measure, first, second } = demo();
    const m = createMeeting(db, meeting({ stakeholderRefs: [first.slug] }), 'ana');
    const updated = updateMeeting(
      db,
      { id: m.id, version: 1, stakeholderRefs: [second.slug], measureRefs: [measure.slug] },
      'ben',
    );
    expect(updated.version).toBe(2);
    expect(updated.stakeholders.map((s) => s.id)).toEqual([second.id]);
    const fields = logOf(db, m.id)
      .filter((c) => c.action === 'update')
      .map((c) => c.field);
    expect(fields.sort()).toEqual(['measures', 'stakeholders']);
    expect(refusal(() => updateMeeting(db, { id: m.id, version: 1, title: 'Mine' }, 'ana'))).toBe(
      'CONFLICT',
    );
    // The stale edit changed no link either.
    expect(listMeetings(db, { stakeholderRef: second.slug, limit: 5 }).items).toHaveLength(1);
    expect(
      refusal(() =>
        updateMeeting(db, { id: m.id, version: 2, stakeholderRefs: [], measureRefs: [] }, 'ana'),
      ),
    ).toBe('BAD_REQUEST');
  });

  it('are listed the latest held first, a month before the days in it', () => {
    const { db, first } = demo();
    for (const heldOn of ['2024-01-10', '2024-03', '2024-02-01'])
      createMeeting(db, meeting({ heldOn, stakeholderRefs: [first.slug] }), 'ana');
    const page1 = listMeetings(db, { stakeholderRef: first.slug, limit: 2 });
    const page2 = listMeetings(db, {
      stakeholderRef: first.slug,
      limit: 2,
      cursor: page1.nextCursor,
    });
    expect([...page1.items, ...page2.items].map((m) => m.heldOn)).toEqual([
      '2024-03',
      '2024-02-01',
      '2024-01-10',
    ]);
    expect(page2.nextCursor).toBeNull();
  });
});

describe('search of the team words', () => {
  it('finds notes and meetings for the team only', () => {
    const { db, measure, first } = demo();
    createNote(db, note(measure.slug, 'Ask about the zebrafish clause'), 'ana');
    createMeeting(db, meeting2(first.slug, 'Zebrafish briefing'), 'ana');
    const team = search(db, { q: 'zebrafish', limit: 5 }, { team: true });
    const note1 = team.groups.find((g) => g.kind === 'note');
    expect(note1?.total).toBe(1);
    expect(note1?.items[0]).toMatchObject({ subject: { kind: 'measure', slug: measure.slug } });
    const meet = team.groups.find((g) => g.kind === 'meeting');
    expect(meet?.items[0]).toMatchObject({
      title: 'Zebrafish briefing',
      subject: { slug: first.slug },
    });
    const publicReader = search(db, {
      q: 'zebrafish',
      kinds: ['note', 'meeting', 'measure'],
      limit: 5,
    });
    expect(publicReader.groups.map((g) => g.kind)).toEqual(['measure']);
  });
});

const meeting2 = (stakeholder: string, title: string) =>
  meetingCreateInput.parse({
    heldOn: '2024-05',
    title,
    attendees: ['Ana', 'Ben'],
    stakeholderRefs: [stakeholder],
  });

describe('notes and meetings in the interchange file', () => {
  it('go out only to the team, come back the same, and a second import changes nothing', async () => {
    const { d, db, measure, first } = demo();
    createNote(db, note(measure.slug, 'A **note** <script>x</script>'), 'ana');
    createNote(db, note(first.slug, 'On a person', 'stakeholder'), 'ben');
    createMeeting(
      db,
      meetingCreateInput.parse({
        heldOn: '2024-05-02',
        title: 'Breakfast',
        attendees: ['Ana'],
        stakeholderRefs: [first.slug],
        measureRefs: [measure.slug],
        summary: 'We talked.',
      }),
      'ana',
    );
    const publicFile = JSON.parse(await exportText(db));
    expect(publicFile.notes).toEqual([]);
    expect(publicFile.meetings).toEqual([]);

    const text = await exportText(db, { team: true });
    const file = JSON.parse(text);
    expect(interchangeFileSchema.safeParse(file).success).toBe(true);
    expect(file.notes).toHaveLength(2);
    expect(file.meetings[0]).toMatchObject({
      stakeholders: [first.slug],
      measures: [measure.slug],
    });

    const other = openDatabase(':memory:');
    opened.push(other);
    const result = importText(other.db, text, { batchSize: 7 });
    expect(result.rejected).toEqual([]);
    expect(await exportText(other.db, { team: true })).toBe(text);
    const again = importText(other.db, text, { batchSize: 7 });
    expect(again.counts).toMatchObject({ created: 0, updated: 0, rejected: 0 });
    expect(again.sections.notes).toMatchObject({ unchanged: 2 });
    expect(again.sections.meetings).toMatchObject({ unchanged: 1 });

    // One measure's team file holds its notes and meetings, and the stakeholders met.
    const one = JSON.parse(await exportText(db, { measure: measure.slug, team: true }));
    expect(one.meetings).toHaveLength(1);
    expect(one.persons.concat(one.organizations).map((s: { id: string }) => s.id)).toContain(
      first.slug,
    );
    expect(d).toBeDefined();
  });

  it('gives the digest what the team wrote on followed items since an instant', () => {
    const { db, measure, first } = demo();
    const before = new Date(Date.now() - 1000).toISOString();
    createNote(db, note(measure.slug, 'fresh'), 'ana');
    createMeeting(db, meeting2(first.slug, 'Fresh meeting'), 'ana');
    const words = teamWordsSince(db, {
      measureIds: [measure.id],
      stakeholderIds: [first.id],
      since: before,
    });
    expect(words.notes.map((n) => n.body)).toEqual(['fresh']);
    expect(words.meetings.map((m) => m.title)).toEqual(['Fresh meeting']);
    expect(teamWordsSince(db, { measureIds: [], stakeholderIds: [], since: before })).toEqual({
      notes: [],
      meetings: [],
    });
  });

  it('keeps the search index in step with the rows', () => {
    const { db, measure } = demo();
    const n = createNote(db, note(measure.slug, 'quokka'), 'ana');
    updateNote(db, { id: n.id, version: 1, body: 'wombat' }, 'ana');
    const count = (q: string) =>
      search(db, { q, kinds: ['note'], limit: 5 }, { team: true }).groups[0]!.total;
    expect([count('quokka'), count('wombat')]).toEqual([0, 1]);
    removeNote(db, { id: n.id, version: 2 }, 'ana');
    expect(count('wombat')).toBe(0);
    expect(db.get<{ n: number }>(sql`select count(*) as n from notes_fts`).n).toBe(0);
  });
});
