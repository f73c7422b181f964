import { describe, expect, it } from 'vitest';
import { isUpcoming, precisionOf } from './dates';
import { pageSizes } from './paging';
import {
  balanceOfCounts,
  furthestStageReached,
  isSideStage,
  sortTimeline,
  stageIndex,
  stanceBalance,
  stanceScore,
} from './rules';
import {
  historyInput,
  measureCreateInput,
  partialDateSchema,
  stakeholderListInput,
} from './schemas';

const dated = (id: string, date: string, createdAt = '2020-01-01T00:00:00Z') => ({
  id,
  date,
  createdAt,
});

describe('stage track', () => {
  it('orders the main track from announcement to entry into force', () => {
    expect(stageIndex('announced')).toBe(0);
    expect(stageIndex('in_force')).toBe(5);
  });

  it('keeps the side tracks off the main track and after it', () => {
    expect(stageIndex('withdrawn')).toBe(-1);
    expect(isSideStage('lapsed')).toBe(true);
    expect(isSideStage('adopted')).toBe(false);
  });
});

describe('furthestStageReached', () => {
  const e = (
    kind: Parameters<typeof furthestStageReached>[0][number]['kind'],
    upcoming = false,
  ) => ({
    kind,
    upcoming,
  });

  it('takes the furthest stage the past events show, whatever their order', () => {
    expect(furthestStageReached([e('proposal'), e('announcement'), e('statement')])).toBe(
      'proposal',
    );
    expect(furthestStageReached([e('vote'), e('consultation')])).toBe('negotiation');
  });

  it('ignores events still ahead and events that show no stage', () => {
    expect(furthestStageReached([e('consultation'), e('adoption', true)])).toBe('consultation');
    expect(furthestStageReached([e('statement'), e('withdrawal_announced')])).toBe('announced');
    expect(furthestStageReached([])).toBe('announced');
  });
});

describe('partial dates', () => {
  it('reads the precision from the form of the date', () => {
    expect(precisionOf('2016-08-23')).toBe('day');
    expect(precisionOf('2016-08')).toBe('month');
    expect(precisionOf('2016')).toBe('year');
  });

  it('refuses dates that do not exist or are written otherwise', () => {
    expect(precisionOf('2016-02-30')).toBeNull();
    expect(precisionOf('2016-13')).toBeNull();
    expect(precisionOf('23/08/2016')).toBeNull();
    expect(partialDateSchema.safeParse('2016-8-23').success).toBe(false);
  });

  it('counts a month as upcoming only when all of it lies ahead', () => {
    expect(isUpcoming('2016-08', '2016-08-23')).toBe(false);
    expect(isUpcoming('2016-09', '2016-08-23')).toBe(true);
    expect(isUpcoming('2016-08-24', '2016-08-23')).toBe(true);
    expect(isUpcoming('2016', '2016-08-23')).toBe(false);
  });
});

describe('timeline and stances', () => {
  it('puts a month-precision date before the days of that month', () => {
    const sorted = sortTimeline([
      dated('b', '2016-08-23'),
      dated('a', '2016-08'),
      dated('c', '2016'),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });

  it('breaks ties on the same date by entry time', () => {
    const sorted = sortTimeline([
      dated('late', '2016-08-23', '2020-01-02T00:00:00Z'),
      dated('early', '2016-08-23', '2020-01-01T00:00:00Z'),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['early', 'late']);
  });

  it('scores stances on a symmetric scale and leaves unknown out', () => {
    expect(stanceScore('strongly_support')).toBe(2);
    expect(stanceScore('neutral')).toBe(0);
    expect(stanceScore('strongly_oppose')).toBe(-2);
    expect(stanceScore('unknown')).toBeNull();
    expect(stanceBalance(['support', 'strongly_oppose', 'oppose', 'unknown', 'neutral'])).toEqual({
      support: 1,
      oppose: 2,
      neutral: 1,
      unknown: 1,
    });
  });

  it('gives the same balance from how many hold each stance', () => {
    expect(
      balanceOfCounts({ strongly_support: 2, support: 1, strongly_oppose: 4, unknown: 3 }),
    ).toEqual({ support: 3, neutral: 0, oppose: 4, unknown: 3 });
  });
});

describe('input schemas', () => {
  const valid = {
    slug: 'fr-de-encryption-2016',
    title: 'Access to encrypted content',
    kind: 'initiative',
    jurisdiction: 'EU',
    stage: 'announced',
  } as const;

  it('accepts a well-formed measure and drops duplicate policy areas', () => {
    const parsed = measureCreateInput.parse({ ...valid, policyAreas: ['privacy', 'privacy'] });
    expect(parsed.policyAreas).toEqual(['privacy']);
  });

  it('explains what is wrong with a bad slug and an overlong title', () => {
    const result = measureCreateInput.safeParse({
      ...valid,
      slug: 'Not A Slug',
      title: 'x'.repeat(301),
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(messages.some((m) => m.startsWith('slug: may only hold lower-case letters'))).toBe(true);
    expect(messages).toContain('title: must be at most 300 characters');
  });
});

describe('paged lists', () => {
  it('fills in the default page size and refuses one above the ceiling, naming it', () => {
    expect(stakeholderListInput.parse(undefined)).toEqual({
      limit: pageSizes.stakeholders.default,
    });
    expect(historyInput.parse({ id: 'x' }).limit).toBe(pageSizes.history.default);
    const result = historyInput.safeParse({ limit: pageSizes.history.max + 1 });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['limit', `must be at most ${pageSizes.history.max}`],
    ]);
    expect(historyInput.safeParse({ limit: 2.5 }).success).toBe(false);
  });
});
