import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { setup } from '../test/factories';

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup({ today: '2018-01-15' });
});
afterEach(() => t.close());

/** A measure with one event dated `date` by source A, and a second source B. */
async function eventWithTwoSources(date: string, kind: 'statement' | 'plenary_vote' = 'statement') {
  const a = await t.make.source({ title: 'Agence Europe', publisher: 'Agence Europe' });
  const b = await t.make.source({
    title: 'Council minutes',
    publisher: 'Council',
    kind: 'official',
  });
  const m = await t.make.measure({ slug: 'disputed-measure' });
  const event = await t.make.event({ measureId: m.id, sourceId: a.id, date, kind });
  return { a, b, m, event };
}

const firstEvent = async (ref: string) => {
  const brief = await t.reader.measures.get({ ref });
  return { brief, event: brief.timeline.items[0]! };
};

describe('disputed dates', () => {
  it('keeps two dates a day apart side by side, each with its source, and marks them disputed', async () => {
    const { a, b, m, event } = await eventWithTwoSources('2017-03-14');
    const claim = await t.caller.claims.add({
      fact: 'date',
      eventId: event.id,
      date: '2017-03-15',
      sourceId: b.id,
      note: 'The minutes date the meeting a day later.',
    });
    expect(claim).toMatchObject({ fact: 'date', date: '2017-03-15', sourceId: b.id });

    const { brief, event: shown } = await firstEvent(m.slug);
    expect(shown.facts.date).toMatchObject({
      // Until an editor decides, the event keeps the date it was recorded with.
      value: { date: '2017-03-14', datePrecision: 'day' },
      disputed: true,
      preferred: null,
    });
    expect(shown.facts.date.claims.map((c) => [c.date, c.sourceId])).toEqual([
      ['2017-03-14', a.id],
      ['2017-03-15', b.id],
    ]);
    expect(shown.disputed).toBe(true);
    expect(brief.sources.items.map((s) => s.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    const [card] = (await t.reader.measures.list({})).items;
    expect(card?.disputed).toBe(true);
  });

  it('disputes a day against a month half a year later, but not a day within its month', async () => {
    const { b, m, event } = await eventWithTwoSources('2016-11-30');
    await t.caller.claims.add({ fact: 'date', eventId: event.id, date: '2017-05', sourceId: b.id });
    expect((await firstEvent(m.slug)).event.facts.date).toMatchObject({
      disputed: true,
      value: { date: '2016-11-30' },
      claims: [{ datePrecision: 'day' }, { date: '2017-05', datePrecision: 'month' }],
    });

    const other = await t.make.event({ measureId: m.id, sourceId: b.id, date: '2016-08' });
    await t.caller.claims.add({
      fact: 'date',
      eventId: other.id,
      date: '2016-08-23',
      sourceId: b.id,
    });
    const brief = await t.reader.measures.get({ ref: m.slug });
    const refined = brief.timeline.items.find((e) => e.id === other.id)!;
    // The day says more than the month and contradicts nothing: shown, not disputed.
    expect(refined.facts.date).toMatchObject({
      disputed: false,
      value: { date: '2016-08-23', datePrecision: 'day' },
    });
    expect([refined.date, refined.datePrecision]).toEqual(['2016-08-23', 'day']);
  });

  it('settles a dispute by a preferred claim with its reason, overwriting nothing', async () => {
    const { b, m, event } = await eventWithTwoSources('2017-03-14');
    const second = await t.caller.claims.add({
      fact: 'date',
      eventId: event.id,
      date: '2017-03-15',
      sourceId: b.id,
    });
    const before = (await firstEvent(m.slug)).event;

    const preferred = await t.caller.claims.prefer({
      id: second.id,
      version: before.version,
      reason: 'The Council minutes are the official record.',
    });
    expect(preferred.subject).toEqual({
      kind: 'event',
      id: event.id,
      version: before.version + 1,
    });
    const after = (await firstEvent(m.slug)).event;
    expect(after.facts.date).toMatchObject({
      disputed: false,
      value: { date: '2017-03-15' },
      preferred: { claimId: second.id, reason: 'The Council minutes are the official record.' },
    });
    expect([after.date, after.disputed]).toEqual(['2017-03-15', false]);
    // Both claims are still there as their sources made them.
    expect(after.facts.date.claims.map((c) => [c.date, c.preferred, c.preferredReason])).toEqual([
      ['2017-03-14', false, null],
      ['2017-03-15', true, 'The Council minutes are the official record.'],
    ]);
    expect((await t.reader.measures.list({})).items[0]?.disputed).toBe(false);

    // The audit log has the preference on the claim, and on the event what it showed before.
    const onClaim = await t.reader.measures.history({ id: second.id });
    expect(
      onClaim.items.filter((c) => c.action === 'update').map((c) => [c.field, c.before, c.after]),
    ).toEqual(
      expect.arrayContaining([
        ['preferred', 'false', 'true'],
        ['preferredReason', 'null', '"The Council minutes are the official record."'],
      ]),
    );
    const onEvent = await t.reader.measures.history({ id: event.id });
    const fields = onEvent.items.filter((c) => c.action === 'update').map((c) => c.field);
    expect(fields).toEqual(expect.arrayContaining(['date', 'disputed', 'preferred date claim']));
    expect(onEvent.items.find((c) => c.field === 'date')).toMatchObject({
      before: '"2017-03-14"',
      after: '"2017-03-15"',
      actor: 'tester',
    });
  });

  it('refuses a preference sent with a stale version, and moves it between claims with the log', async () => {
    const { b, m, event } = await eventWithTwoSources('2017-03-14');
    const first = (await firstEvent(m.slug)).event.facts.date.claims[0]!;
    const second = await t.caller.claims.add({
      fact: 'date',
      eventId: event.id,
      date: '2017-03-15',
      sourceId: b.id,
    });
    const version = (await firstEvent(m.slug)).event.version;
    await t.caller.claims.prefer({ id: second.id, version, reason: 'Official.' });
    expect(
      await expectError(
        t.caller.claims.prefer({ id: first.id, version, reason: 'Press first.' }),
        'CONFLICT',
      ),
    ).toMatch(/changed by someone else.*Reload it and choose again/);

    await t.caller.claims.prefer({ id: first.id, version: version + 1, reason: 'Press first.' });
    const shown = (await firstEvent(m.slug)).event.facts.date;
    expect(shown.preferred).toEqual({ claimId: first.id, reason: 'Press first.' });
    expect(shown.claims.filter((c) => c.preferred).map((c) => c.id)).toEqual([first.id]);
    const onSecond = await t.reader.measures.history({ id: second.id });
    expect(onSecond.items.some((c) => c.field === 'preferred' && c.after === 'false')).toBe(true);

    await t.caller.claims.withdrawPreference({
      id: first.id,
      version: version + 2,
      reason: 'Asked the Council press office.',
    });
    expect((await firstEvent(m.slug)).event.facts.date).toMatchObject({
      disputed: true,
      preferred: null,
    });
    await expectError(
      t.caller.claims.withdrawPreference({ id: first.id, version: version + 3 }),
      'BAD_REQUEST',
    );
  });

  it('needs a source for every claim and a known event', async () => {
    const { event } = await eventWithTwoSources('2017-03-14');
    expect(
      await expectError(
        t.caller.claims.add({ fact: 'date', eventId: event.id, date: '2017-03-15' } as never),
        'BAD_REQUEST',
      ),
    ).toContain('sourceId: is required');
    expect(
      await expectError(
        t.caller.claims.add({ fact: 'opinion', eventId: event.id } as never),
        'BAD_REQUEST',
      ),
    ).toContain('fact: must be one of date');
    const src = await t.make.source();
    await expectError(
      t.caller.claims.add({ fact: 'date', eventId: 'nope', date: '2017', sourceId: src.id }),
      'NOT_FOUND',
    );
  });
});

describe('vote results', () => {
  it('keeps two counts side by side, disputed until one is preferred', async () => {
    const a = await t.make.source({ title: 'EP press release' });
    const b = await t.make.source({ title: 'Minutes of the sitting', kind: 'official' });
    const m = await t.make.measure();
    const vote = await t.caller.events.create({
      measureId: m.id,
      sourceId: a.id,
      date: '2017-10-26',
      kind: 'plenary_vote',
      title: 'Plenary adopts its first-reading position',
      body: { kind: 'ep_plenary', name: null },
      result: { for: 318, against: 280, abstentions: 20 },
    });
    await t.caller.claims.add({
      fact: 'result',
      eventId: vote.id,
      sourceId: b.id,
      result: { for: 318, against: 280, abstentions: 21 },
    });
    const brief = await t.reader.measures.get({ ref: m.slug });
    const shown = brief.timeline.items[0]!;
    expect(shown.facts.result).toMatchObject({
      disputed: true,
      value: { for: 318, against: 280, abstentions: 20 },
      claims: [
        { result: { for: 318, against: 280, abstentions: 20 }, sourceId: a.id },
        { result: { for: 318, against: 280, abstentions: 21 }, sourceId: b.id },
      ],
    });
    expect(brief.sources.items.map((s) => s.id)).toEqual(expect.arrayContaining([a.id, b.id]));

    const minutes = shown.facts.result!.claims[1]!;
    await t.caller.claims.prefer({
      id: minutes.id,
      version: shown.version,
      reason: 'The minutes correct the count after a voting correction.',
    });
    const after = (await t.reader.measures.get({ ref: m.slug })).timeline.items[0]!;
    expect(after.facts.result).toMatchObject({
      disputed: false,
      value: { abstentions: 21 },
      preferred: { claimId: minutes.id },
    });
    expect(after.disputed).toBe(false);
  });

  it('gives a result only to a vote', async () => {
    const src = await t.make.source();
    const m = await t.make.measure();
    expect(
      await expectError(
        t.caller.events.create({
          measureId: m.id,
          sourceId: src.id,
          date: '2017',
          kind: 'statement',
          title: 'A statement',
          result: { for: 1 },
        }),
        'BAD_REQUEST',
      ),
    ).toContain('result: only a vote has a result');
    const statement = await t.make.event({ measureId: m.id, sourceId: src.id });
    await expectError(
      t.caller.claims.add({
        fact: 'result',
        eventId: statement.id,
        sourceId: src.id,
        result: { for: 1 },
      }),
      'BAD_REQUEST',
    );
    expect((await t.reader.measures.get({ ref: m.slug })).timeline.items[0]?.facts.result).toBe(
      null,
    );
  });
});
