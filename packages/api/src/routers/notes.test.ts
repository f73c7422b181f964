// notes.* and meetings.* through the real router over a real in-memory SQLite: who may read and
// write them (never a public reader), stale edits, bad input, and search and export keeping the
// team's words from a public reader.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInnerContext } from '../context';
import { createCaller } from '../root';
import { expectError } from '../test/expect-error';
import { setup } from '../test/factories';

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});
afterEach(() => t.close());

const as = (role: 'viewer' | 'editor' | null, publicReads = true) =>
  createCaller(
    createInnerContext({
      database: t.database,
      actor: role ? `a-${role}` : null,
      ...(role ? { role } : {}),
      publicReads,
    }),
  );

describe('notes', () => {
  it('an editor writes, a viewer reads, a public reader is refused', async () => {
    const measure = await t.make.measure();
    const editor = as('editor');
    const created = await editor.notes.create({
      subjectKind: 'measure',
      subjectRef: measure.slug,
      body: 'Call the rapporteur\r\nbefore Friday',
    });
    expect(created).toMatchObject({
      author: 'a-editor',
      body: 'Call the rapporteur\nbefore Friday',
    });
    const list = await as('viewer').notes.list({
      subjectKind: 'measure',
      subjectRef: measure.slug,
    });
    expect(list.items.map((n) => n.id)).toEqual([created.id]);
    expect(list.subject).toMatchObject({ kind: 'measure', slug: measure.slug });

    await expectError(
      as(null).notes.list({ subjectKind: 'measure', subjectRef: measure.slug }),
      'UNAUTHORIZED',
    );
    await expectError(as(null).meetings.list({ measureRef: measure.slug }), 'UNAUTHORIZED');
    await expectError(
      as('viewer').notes.create({ subjectKind: 'measure', subjectRef: measure.slug, body: 'x' }),
      'FORBIDDEN',
    );
  });

  it('refuses a stale edit with CONFLICT, and says what to do', async () => {
    const s = await t.make.stakeholder();
    const n = await t.caller.notes.create({
      subjectKind: 'stakeholder',
      subjectRef: s.slug,
      body: 'a',
    });
    await t.caller.notes.update({ id: n.id, version: 1, body: 'b' });
    const message = await expectError(
      t.caller.notes.update({ id: n.id, version: 1, body: 'c' }),
      'CONFLICT',
    );
    expect(message).toMatch(/Reload it/);
    await expectError(t.caller.notes.remove({ id: n.id, version: 1 }), 'CONFLICT');
    await t.caller.notes.remove({ id: n.id, version: 2 });
    await expectError(t.caller.notes.remove({ id: n.id, version: 2 }), 'NOT_FOUND');
  });

  it('refuses bad input with a clear message, never a 500', async () => {
    const m = await t.make.measure();
    const blank = await expectError(
      t.caller.notes.create({ subjectKind: 'measure', subjectRef: m.slug, body: ' \u200b ' }),
      'BAD_REQUEST',
    );
    expect(blank).toMatch(/body: must not be blank/);
    await expectError(
      t.caller.notes.create({
        subjectKind: 'measure',
        subjectRef: m.slug,
        body: 'x'.repeat(20_001),
      }),
      'BAD_REQUEST',
    );
    await expectError(
      t.caller.notes.create({ subjectKind: 'memo' as 'measure', subjectRef: m.slug, body: 'x' }),
      'BAD_REQUEST',
    );
    expect(
      await expectError(
        t.caller.notes.list({ subjectKind: 'measure', subjectRef: 'no-such' }),
        'NOT_FOUND',
      ),
    ).toMatch(/No measure matches "no-such"/);
    const cursorOfAnother = (
      await t.caller.notes.list({ subjectKind: 'measure', subjectRef: m.slug, limit: 1 })
    ).nextCursor;
    expect(cursorOfAnother).toBeNull();
    await expectError(
      t.caller.notes.list({ subjectKind: 'measure', subjectRef: m.slug, cursor: 'garbage' }),
      'BAD_REQUEST',
    );
  });
});

describe('meetings', () => {
  it('are logged by an editor, listed on the measure and on the stakeholder', async () => {
    const m = await t.make.measure();
    const s = await t.make.stakeholder();
    const editor = as('editor');
    const meeting = await editor.meetings.create({
      heldOn: '2024-02',
      title: 'Lunch with the rapporteur',
      attendees: ['Ana', 'Ben'],
      stakeholderRefs: [s.slug],
      measureRefs: [m.slug],
      followUps: '- send the paper',
    });
    const viewer = as('viewer');
    expect((await viewer.meetings.list({ measureRef: m.slug })).items[0]).toMatchObject({
      id: meeting.id,
      stakeholders: [{ slug: s.slug }],
    });
    expect((await viewer.meetings.list({ stakeholderRef: s.id })).items).toHaveLength(1);
    await expectError(
      editor.meetings
        .update({ id: meeting.id, version: 1, title: 'A' })
        .then(() => editor.meetings.update({ id: meeting.id, version: 1, title: 'B' })),
      'CONFLICT',
    );
  });

  it('refuse a meeting with no one met and nothing discussed, or a bad date', async () => {
    const noLinks = await expectError(
      t.caller.meetings.create({ heldOn: '2024-01-01', title: 'x', attendees: ['Ana'] }),
      'BAD_REQUEST',
    );
    expect(noLinks).toMatch(/at least one stakeholder met or one measure discussed/);
    const s = await t.make.stakeholder();
    await expectError(
      t.caller.meetings.create({
        heldOn: '2024-02-30',
        title: 'x',
        attendees: ['Ana'],
        stakeholderRefs: [s.slug],
      }),
      'BAD_REQUEST',
    );
    await expectError(
      t.caller.meetings.create({
        heldOn: '2024',
        title: 'x',
        attendees: [],
        stakeholderRefs: [s.slug],
      }),
      'BAD_REQUEST',
    );
    await expectError(t.caller.meetings.list({}), 'BAD_REQUEST');
  });
});

describe('the team words stay with the team', () => {
  it('search finds them for a signed-in viewer, never for a public reader', async () => {
    const m = await t.make.measure();
    await t.caller.notes.create({ subjectKind: 'measure', subjectRef: m.slug, body: 'okapi' });
    const kinds = async (caller: ReturnType<typeof as>) =>
      (await caller.search.query({ q: 'okapi' })).groups
        .filter((g) => g.total > 0)
        .map((g) => g.kind);
    expect(await kinds(as('viewer'))).toEqual(['note']);
    expect(await kinds(as(null))).toEqual([]);
    const asked = await as(null).search.query({ q: 'okapi', kinds: ['note'] });
    expect(asked.groups).toEqual([]);
  });

  it('an export leaves them out for a public reader', async () => {
    const m = await t.make.measure();
    await t.caller.notes.create({ subjectKind: 'measure', subjectRef: m.slug, body: 'secret' });
    const sectionsWithItems = async (caller: ReturnType<typeof as>) => {
      const found: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await caller.dataset.export({ cursor, limit: 100 });
        if (page.items.length) found.push(page.section);
        cursor = page.nextCursor;
      } while (cursor);
      return found;
    };
    expect(await sectionsWithItems(as('viewer'))).toContain('notes');
    expect(await sectionsWithItems(as(null))).not.toContain('notes');
  });
});
