// The brief of a large measure holds first pages only, and measures.timeline, .stakeholders and
// .sources page through the rest: every row once, in order, whatever is added meanwhile.
import { briefPage, compareDated, pageSizes, stances } from '@dossier/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouterOutputs } from '../root';
import { expectError } from '../test/expect-error';
import { setup } from '../test/factories';

type Event = Pick<
  RouterOutputs['measures']['timeline']['items'][number],
  'id' | 'date' | 'createdAt' | 'upcoming'
>;
type Entry = RouterOutputs['measures']['stakeholders']['items'][number];

const today = '2017-01-15';
let t: ReturnType<typeof setup>;

/** `n` days after 1 January 2010, as YYYY-MM-DD. */
const day = (n: number) => new Date(Date.UTC(2010, 0, 1 + n)).toISOString().slice(0, 10);

/** Follows `nextCursor` from `first` until the end, and returns every item of every page. */
async function pageThrough<T>(
  first: { items: T[]; nextCursor: string | null },
  next: (cursor: string) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<{ items: T[]; pages: number }> {
  const items = [...first.items];
  let cursor = first.nextCursor;
  let pages = 1;
  while (cursor) {
    const page = await next(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  }
  return { items, pages };
}

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);
const newestFirst = (a: Event, b: Event) => compareDated(b, a);

let big: { id: string; slug: string };
let created: Event[];
let sourceIds: string[];
let stakeholderCount: number;

beforeAll(async () => {
  t = setup({ today });
  const sources = [];
  for (let i = 0; i < 60; i++) sources.push(await t.make.source());
  sourceIds = sources.map((s) => s.id);
  // Withdrawn: the stage track then shows where it left the track, which only a vote at the
  // very start of the timeline tells.
  const measure = await t.make.measure({ slug: 'large-dossier', stage: 'withdrawn' });
  big = measure;
  const made = [];
  made.push(
    await t.make.event({
      measureId: measure.id,
      sourceId: sourceIds[0]!,
      date: '2009-12-01',
      kind: 'vote',
      title: 'First reading vote',
    }),
  );
  // 1,478 past events, two a day, every hundredth known only to the month.
  for (let i = 0; i < 1478; i++) {
    const date = i % 100 === 0 ? day(i >> 1).slice(0, 7) : day(i >> 1);
    made.push(await t.make.event({ measureId: measure.id, sourceId: sourceIds[i % 60]!, date }));
  }
  // This month: not upcoming yet, since part of it is already past.
  made.push(
    await t.make.event({
      measureId: measure.id,
      sourceId: sourceIds[1]!,
      date: '2017-01',
      title: 'This month',
    }),
  );
  // 20 planned steps, more than the brief's first page holds.
  for (let i = 0; i < 20; i++) {
    made.push(
      await t.make.event({
        measureId: measure.id,
        sourceId: sourceIds[2]!,
        date: `2017-${String(2 + (i >> 1)).padStart(2, '0')}-1${i % 2}`,
        title: `Planned ${i}`,
      }),
    );
  }
  created = made.map((e) => ({ ...e, upcoming: e.date > today.slice(0, e.date.length) }));

  // 300 stakeholders; every third changed its stance since.
  stakeholderCount = 300;
  for (let i = 0; i < stakeholderCount; i++) {
    const s = await t.make.stakeholder({ name: `Org ${String(i).padStart(3, '0')}` });
    await t.make.position({
      measureId: measure.id,
      stakeholderId: s.id,
      sourceId: sourceIds[(i * 7) % 60]!,
      stance: stances[i % stances.length]!,
      statedOn: '2015-01-01',
    });
    if (i % 3 === 0) {
      await t.make.position({
        measureId: measure.id,
        stakeholderId: s.id,
        sourceId: sourceIds[(i * 11) % 60]!,
        stance: stances[(i + 1) % stances.length]!,
        statedOn: '2016-01-01',
      });
    }
  }
}, 60_000);
afterAll(() => t.close());

describe('the brief of a measure with 1,500 events and 300 stakeholders', () => {
  it('holds the latest events and the next ones, oldest first, and says how many there are', async () => {
    const brief = await t.reader.measures.get({ ref: big.slug });
    const { timeline } = brief;
    expect(timeline.total).toBe(created.length);
    expect(timeline.items).toHaveLength(briefPage.pastEvents + briefPage.upcomingEvents);
    expect([...timeline.items].sort(compareDated)).toEqual(timeline.items);

    const chronological = [...created].sort(compareDated);
    const past = chronological.filter((e) => !e.upcoming);
    const upcoming = chronological.filter((e) => e.upcoming);
    expect(ids(timeline.items)).toEqual([
      ...ids(past.slice(-briefPage.pastEvents)),
      ...ids(upcoming.slice(0, briefPage.upcomingEvents)),
    ]);
    // What happened last and what comes next are right.
    expect(timeline.items.findLast((e) => !e.upcoming)?.title).toBe('This month');
    expect(timeline.items.find((e) => e.upcoming)?.title).toBe('Planned 0');
    // The vote at the very start is not on the page, yet the stage track knows of it.
    expect(ids(timeline.items)).not.toContain(chronological[0]!.id);
    expect(brief.stageReached).toBe('negotiation');
    expect(timeline.nextCursor).toEqual(expect.any(String));
  });

  it('holds the first stakeholders in stance order with the true totals and balance', async () => {
    const brief = await t.reader.measures.get({ ref: big.slug });
    const { stakeholders } = brief;
    expect(stakeholders.total).toBe(stakeholderCount);
    expect(stakeholders.items).toHaveLength(briefPage.stakeholders);
    const counted = Object.values(brief.stanceCounts).reduce((a, b) => a + b, 0);
    expect(counted).toBe(stakeholderCount);
    const b = brief.balance;
    expect(b.support + b.neutral + b.oppose + b.unknown).toBe(stakeholderCount);
    expect(b.support).toBe(brief.stanceCounts.strongly_support + brief.stanceCounts.support);
    // Strongest support first, then by name.
    const rank = (e: Entry) => stances.indexOf(e.current.stance);
    const ordered = [...stakeholders.items].sort(
      (x, y) => rank(x) - rank(y) || (x.stakeholder.name < y.stakeholder.name ? -1 : 1),
    );
    expect(stakeholders.items).toEqual(ordered);
    for (const e of stakeholders.items) expect(e.current).toEqual(e.history.at(-1));
    expect(stakeholders.items.some((e) => e.history.length === 2)).toBe(true);
  });

  it('lists every source its facts cite, the first page of the rest and how many there are', async () => {
    const brief = await t.reader.measures.get({ ref: big.slug });
    const listed = new Set(ids(brief.sources.items));
    const cited = [
      ...brief.timeline.items.map((e) => e.sourceId),
      ...brief.stakeholders.items.flatMap((e) => e.history.map((p) => p.sourceId)),
    ];
    for (const id of cited) expect(listed).toContain(id);
    expect(brief.sources.total).toBe(sourceIds.length);
    expect(brief.sources.items.length).toBeGreaterThanOrEqual(briefPage.sources);
    expect(brief.sources.nextCursor).toEqual(expect.any(String));
  });

  it('runs as many queries as the brief of a measure with one event', async () => {
    const src = await t.make.source();
    const small = await t.make.measure();
    await t.make.event({ measureId: small.id, sourceId: src.id });
    const a = await t.countQueries(() => t.reader.measures.get({ ref: small.slug }));
    const b = await t.countQueries(() => t.reader.measures.get({ ref: big.slug }));
    expect(b.queries).toBe(a.queries);
  });
});

describe('measures.timeline', () => {
  it('pages through every event exactly once, newest first', async () => {
    const first = await t.reader.measures.timeline({ ref: big.slug, limit: 400 });
    const all = await pageThrough(first, (cursor) =>
      t.reader.measures.timeline({ ref: big.slug, limit: 400, cursor }),
    );
    expect(all.pages).toBe(4);
    expect(ids(all.items)).toEqual(ids([...created].sort(newestFirst)));
    expect(all.items.filter((e) => e.upcoming)).toHaveLength(20);
    // Each page brings the sources its events cite.
    const cited = new Set(first.items.map((e) => e.sourceId));
    expect(new Set(ids(first.sources))).toEqual(cited);
  });

  it("continues from the brief's cursor with the events before those the brief shows", async () => {
    const brief = await t.reader.measures.get({ ref: big.slug });
    const rest = await pageThrough({ items: [], nextCursor: brief.timeline.nextCursor }, (cursor) =>
      t.reader.measures.timeline({ ref: big.slug, limit: 500, cursor }),
    );
    const shown = new Set(ids(brief.timeline.items));
    const earlier = [...created].sort(newestFirst).filter((e) => !e.upcoming && !shown.has(e.id));
    expect(ids(rest.items)).toEqual(ids(earlier));
    // Together with the brief: every past event once; the farthest planned steps are in the
    // full timeline (paged from the start), not behind this cursor.
    expect(rest.items.length + brief.timeline.items.length).toBe(
      created.length - (20 - briefPage.upcomingEvents),
    );
  });

  it('refuses a limit above the ceiling, naming it', async () => {
    const message = await expectError(
      t.reader.measures.timeline({ ref: big.slug, limit: pageSizes.dossier.max + 1 }),
      'BAD_REQUEST',
    );
    expect(message).toBe(`Invalid input: limit: must be at most ${pageSizes.dossier.max}`);
  });

  it('refuses a made-up cursor and one given out for another measure or another list', async () => {
    expect(
      await expectError(
        t.reader.measures.timeline({ ref: big.slug, cursor: 'not-a-cursor' }),
        'BAD_REQUEST',
      ),
    ).toBe(
      'The cursor is not one this server gave out. Start again from the first page (send no cursor).',
    );
    const other = await t.make.measure();
    const src = await t.make.source();
    await t.make.event({ measureId: other.id, sourceId: src.id });
    await t.make.event({ measureId: other.id, sourceId: src.id });
    const foreign = await t.reader.measures.timeline({ ref: other.slug, limit: 1 });
    expect(
      await expectError(
        t.reader.measures.timeline({ ref: big.slug, cursor: foreign.nextCursor }),
        'BAD_REQUEST',
      ),
    ).toMatch(/given out for the timeline of another measure\. Start again/);
    const register = await t.reader.stakeholders.list({ limit: 1 });
    expect(
      await expectError(
        t.reader.measures.timeline({ ref: big.slug, cursor: register.nextCursor }),
        'BAD_REQUEST',
      ),
    ).toMatch(/given out for the stakeholder register, not for the timeline of a measure/);
  });
});

describe('a cursor while the timeline changes', () => {
  it('serves every event once when events are added before and after the cursor', async () => {
    const src = await t.make.source();
    const m = await t.make.measure();
    const before = [];
    for (let i = 0; i < 30; i++) {
      before.push(await t.make.event({ measureId: m.id, sourceId: src.id, date: day(i) }));
    }
    const first = await t.reader.measures.timeline({ ref: m.slug, limit: 10 });
    // One newer than anything served (it would shift an OFFSET page) and one older.
    await t.make.event({ measureId: m.id, sourceId: src.id, date: day(100), title: 'Newer' });
    const older = await t.make.event({
      measureId: m.id,
      sourceId: src.id,
      date: '2009-01-01',
      title: 'Older',
    });
    const all = await pageThrough(first, (cursor) =>
      t.reader.measures.timeline({ ref: m.slug, limit: 10, cursor }),
    );
    expect(new Set(ids(all.items)).size).toBe(all.items.length);
    expect(ids(all.items)).toEqual([...ids(before).reverse(), older.id]);
  });
});

describe('measures.stakeholders and measures.sources', () => {
  it("page from the brief's cursor through the other stakeholders, each once, in the brief's order", async () => {
    const brief = await t.reader.measures.get({ ref: big.slug });
    const all = await pageThrough(brief.stakeholders, (cursor) =>
      t.reader.measures.stakeholders({ ref: big.slug, limit: 70, cursor }),
    );
    expect(all.pages).toBe(5);
    expect(new Set(all.items.map((e) => e.stakeholder.id)).size).toBe(stakeholderCount);
    const fromStart = await pageThrough(
      await t.reader.measures.stakeholders({ ref: big.slug, limit: 500 }),
      () => Promise.reject(new Error('one page holds them all')),
    );
    expect(all.items.map((e) => e.stakeholder.id)).toEqual(
      fromStart.items.map((e) => e.stakeholder.id),
    );
    const tally = Object.fromEntries(stances.map((s) => [s, 0]));
    for (const e of all.items) tally[e.current.stance]!++;
    expect(tally).toEqual(brief.stanceCounts);
  });

  it("page through every source of the measure, each once, after the brief's first page", async () => {
    const brief = await t.reader.measures.get({ ref: big.slug });
    const rest = await pageThrough({ items: [], nextCursor: brief.sources.nextCursor }, (cursor) =>
      t.reader.measures.sources({ ref: big.slug, limit: 4, cursor }),
    );
    const firstPage = brief.sources.items.slice(0, briefPage.sources);
    expect(new Set([...ids(firstPage), ...ids(rest.items)])).toEqual(new Set(sourceIds));
    expect(firstPage.length + rest.items.length).toBe(sourceIds.length);
  });
});
