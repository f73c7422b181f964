// The live stream through the real router over a real (in-memory) SQLite: one caller's saved
// change reaches another caller's subscription; a reconnecting subscriber catches up; open
// edit forms are announced and expire. The HTTP transport is tested in apps/server.
import { openDatabase } from '@dossier/db';
import { TRPCError } from '@trpc/server';
import { afterEach, describe, expect, it } from 'vitest';
import { createInnerContext } from '../context';
import { createCaller } from '../root';
import { createLiveBus, type LiveEvent } from './bus';
import { touched } from './touched';

const database = openDatabase(':memory:');
const aborts: AbortController[] = [];
afterEach(() => {
  for (const a of aborts.splice(0)) a.abort();
});

/** A subscriber reading `live.changes` as `role`, and the events it has received so far. */
async function subscribe(
  input: { lastEventId?: string } = {},
  role: 'viewer' | null = 'viewer',
  publicReads = false,
) {
  const ac = new AbortController();
  aborts.push(ac);
  const caller = createCaller(
    createInnerContext({
      database,
      actor: role ? 'a-viewer' : null,
      ...(role ? { role } : {}),
      publicReads,
    }),
    { signal: ac.signal },
  );
  const stream = await caller.live.changes(input);
  const received: { id: string; event: LiveEvent }[] = [];
  void (async () => {
    for await (const envelope of stream) {
      const [id, event] = envelope as unknown as [string, LiveEvent];
      received.push({ id, event });
    }
  })();
  /** Waits until `count` events have come (or fails after a generous while). */
  const until = async (count: number) => {
    for (let i = 0; i < 200 && received.length < count; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(received.length).toBeGreaterThanOrEqual(count);
    return received;
  };
  return { received, until, stop: () => ac.abort() };
}

let n = 0;
const newMeasure = () =>
  editor().measures.create({
    slug: `live-${++n}`,
    title: `Live test measure ${n}`,
    kind: 'regulation',
    jurisdiction: 'EU',
    stage: 'proposal',
  });

const editor = (name = 'ana') =>
  createCaller(createInnerContext({ database, actor: name, role: 'editor' }));

describe('live.changes', () => {
  it("delivers another caller's saved change, naming the measure", async () => {
    const sub = await subscribe();
    const measure = await newMeasure();
    const [first] = await sub.until(1);
    expect(first?.event).toMatchObject({
      kind: 'change',
      actor: 'ana',
      path: 'measures.create',
      measureIds: [measure.id],
    });
    await editor().measures.update({ id: measure.id, version: measure.version, title: 'Renamed' });
    const events = await sub.until(2);
    expect(events[1]?.event).toMatchObject({ path: 'measures.update', measureIds: [measure.id] });
  });

  it('publishes nothing for a refused or failed write', async () => {
    const sub = await subscribe();
    const viewer = createCaller(createInnerContext({ database, actor: 'v', role: 'viewer' }));
    await expect(
      viewer.measures.create({
        slug: 'refused',
        title: 'Refused',
        kind: 'report',
        jurisdiction: 'EU',
      }),
    ).rejects.toThrow(/editor role/);
    await expect(
      editor().measures.update({ id: 'no-such-measure', version: 1, title: 'x' }),
    ).rejects.toBeInstanceOf(TRPCError);
    await new Promise((r) => setTimeout(r, 50));
    expect(sub.received).toEqual([]);
  });

  it('replays what a reconnecting subscriber missed after its lastEventId', async () => {
    const first = await subscribe();
    const m = await newMeasure();
    const [seen] = await first.until(1);
    first.stop();
    await editor().measures.update({ id: m.id, version: m.version, title: 'Missed one' });
    await editor().measures.update({ id: m.id, version: m.version + 1, title: 'Missed two' });
    const again = await subscribe({ lastEventId: seen?.id ?? '' });
    const replayed = await again.until(2);
    expect(replayed.map((r) => r.event.kind === 'change' && r.event.path)).toEqual([
      'measures.update',
      'measures.update',
    ]);
    // Each replayed event resumes from its own id, after the one the client had.
    expect(replayed[1]?.id).not.toBe(seen?.id);
  });

  it('asks a subscriber whose lastEventId is from another server process to refetch all', async () => {
    const sub = await subscribe({ lastEventId: 'deadbeef-12' });
    const [first] = await sub.until(1);
    expect(first?.event.kind).toBe('resync');
  });

  it('refuses a signed-out subscriber on a private tracker', async () => {
    await expect(subscribe({}, null)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('tells an anonymous reader of a public tracker of changes to the record only, never of the team’s notes or open forms', async () => {
    const anonymous = await subscribe({}, null, true);
    const member = await subscribe();
    const measure = await newMeasure();
    await editor().notes.create({
      subjectKind: 'measure',
      subjectRef: measure.slug,
      body: 'Call the rapporteur',
    });
    await editor().live.editing({ measureId: measure.id, editing: true });
    await editor().measures.update({ id: measure.id, version: measure.version, title: 'Renamed' });
    const heard = (await member.until(4)).map((r) =>
      r.event.kind === 'change' ? r.event.path : r.event.kind,
    );
    expect(heard).toEqual(['measures.create', 'notes.create', 'presence', 'measures.update']);
    const anonymousHeard = (await anonymous.until(2)).map((r) =>
      r.event.kind === 'change' ? r.event.path : r.event.kind,
    );
    expect(anonymousHeard).toEqual(['measures.create', 'measures.update']);
    await editor().live.editing({ measureId: measure.id, editing: false });
  });

  it('says who is editing a measure, to subscribers present and to come, until they close', async () => {
    const sub = await subscribe();
    await editor('ana').live.editing({ measureId: 'm-presence', editing: true });
    const [opened] = await sub.until(1);
    expect(opened?.event).toMatchObject({
      kind: 'presence',
      measureId: 'm-presence',
      editors: ['ana'],
    });
    // Someone who opens the brief later hears it at once.
    const late = await subscribe();
    const [now] = await late.until(1);
    expect(now?.event).toMatchObject({ kind: 'presence', editors: ['ana'] });
    await editor('ana').live.editing({ measureId: 'm-presence', editing: false });
    const events = await sub.until(2);
    expect(events[1]?.event).toMatchObject({ kind: 'presence', editors: [] });
    // Announcing a form is not a change to the record.
    expect(events.filter((e) => e.event.kind === 'change')).toEqual([]);
  });

  it('refuses a viewer who says they are editing', async () => {
    const viewer = createCaller(createInnerContext({ database, actor: 'v', role: 'viewer' }));
    await expect(viewer.live.editing({ measureId: 'm', editing: true })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('the bus', () => {
  it('forgets an edit form not renewed within its time', () => {
    let now = 0;
    const bus = createLiveBus({ presenceTtlMs: 60_000, clock: () => now });
    const seen: LiveEvent[] = [];
    bus.subscribe((e) => seen.push(e));
    bus.setEditing('m1', 'ana', true);
    now = 30_000;
    bus.setEditing('m1', 'ana', true); // renewed: no new event
    now = 89_000;
    bus.sweep();
    expect(bus.presenceNow()).toHaveLength(1);
    now = 90_000;
    bus.sweep();
    expect(bus.presenceNow()).toEqual([]);
    expect(seen.map((e) => e.kind === 'presence' && e.editors)).toEqual([['ana'], []]);
    bus.close();
  });

  it('keeps a bounded backlog, and says when a client fell behind it', () => {
    const bus = createLiveBus({ backlog: 3 });
    const ids = [1, 2, 3, 4, 5].map(
      (n) =>
        bus.publishChange({ actor: 'a', path: `p${n}`, measureIds: [], stakeholderIds: [] }).id,
    );
    expect(bus.since(`${bus.epoch}-2`)?.map((e) => e.id)).toEqual([3, 4, 5]);
    expect(bus.since(`${bus.epoch}-1`)).toBeNull();
    expect(bus.since(`${bus.epoch}-5`)).toEqual([]);
    expect(bus.since(`${bus.epoch}-9`)).toBeNull();
    expect(bus.since('garbage')).toBeNull();
    expect(ids).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('touched', () => {
  it('reads measures and stakeholders from input and result', () => {
    expect(touched('measures.update', { id: 'm1', title: 'x' }, { id: 'm1' })).toEqual({
      measureIds: ['m1'],
      stakeholderIds: [],
    });
    expect(
      touched('positions.create', { stakeholderId: 's1', measureId: 'm2' }, { id: 'p1' }),
    ).toEqual({ measureIds: ['m2'], stakeholderIds: ['s1'] });
    expect(
      touched('measures.acceptSuggestedStage', { ref: 'x' }, { claim: {}, measure: { id: 'm3' } }),
    ).toEqual({ measureIds: ['m3'], stakeholderIds: [] });
    // An id of something else is not taken for a measure's.
    expect(touched('events.update', { id: 'e1' }, null)).toEqual({
      measureIds: [],
      stakeholderIds: [],
    });
  });
});
