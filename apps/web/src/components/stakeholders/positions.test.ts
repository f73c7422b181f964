import type { DatePrecision, Stance } from '@dossier/domain';
import { describe, expect, it } from 'vitest';
import { groupPositionsByMeasure, stanceTrail } from './positions';
import type { PositionMeasure, StakeholderPosition } from './types';

const measureA: PositionMeasure = {
  id: 'ma',
  slug: 'encrypted-messaging',
  title: 'Access to encrypted messaging',
  stage: 'announced',
  kind: 'initiative',
};
const measureB: PositionMeasure = {
  id: 'mb',
  slug: 'eprivacy-review',
  title: 'Review of the e-privacy framework',
  stage: 'consultation',
  kind: 'review',
};

let seq = 0;
function position(
  measure: PositionMeasure,
  statedOn: string,
  stance: Stance,
  { precision = 'day', createdAt = '2024-01-01T00:00:00Z' } = {} as {
    precision?: DatePrecision;
    createdAt?: string;
  },
): StakeholderPosition {
  seq++;
  return {
    id: `p${String(seq).padStart(3, '0')}`,
    version: 1,
    createdAt,
    updatedAt: createdAt,
    measureId: measure.id,
    stakeholderId: 'stk',
    stance,
    role: 'proponent',
    statedOn,
    statedOnPrecision: precision,
    quote: null,
    sourceId: 'src',
    unsourced: false,
    date: statedOn,
    measure,
  };
}

describe('groupPositionsByMeasure', () => {
  it('gathers positions per measure, newest first, the measure spoken on last first', () => {
    const a1 = position(measureA, '2016-08-23', 'support');
    const b1 = position(measureB, '2016-09-01', 'neutral');
    const a2 = position(measureA, '2017-02-10', 'strongly_support');
    const a0 = position(measureA, '2016-08', 'neutral', { precision: 'month' });
    const groups = groupPositionsByMeasure([a1, b1, a2, a0]);
    expect(groups.map((g) => g.measure.id)).toEqual(['ma', 'mb']);
    expect(groups[0]!.positions.map((p) => p.id)).toEqual([a2.id, a1.id, a0.id]);
    expect(groups[1]!.positions).toEqual([b1]);
  });

  it('puts the later measure first, and breaks a same-day tie by when it was recorded', () => {
    const early = position(measureA, '2016-08-23', 'support', {
      createdAt: '2024-01-01T00:00:00Z',
    });
    const late = position(measureA, '2016-08-23', 'oppose', { createdAt: '2024-03-01T00:00:00Z' });
    const other = position(measureB, '2016-08-22', 'unknown');
    const groups = groupPositionsByMeasure([other, late, early]);
    expect(groups.map((g) => g.measure.id)).toEqual(['ma', 'mb']);
    expect(groups[0]!.positions.map((p) => p.stance)).toEqual(['oppose', 'support']);
  });

  it('gives no groups for no positions', () => {
    expect(groupPositionsByMeasure([])).toEqual([]);
  });
});

describe('stanceTrail', () => {
  it('reads the stances oldest first, merging a stance repeated in a row', () => {
    const [group] = groupPositionsByMeasure([
      position(measureA, '2016-08', 'neutral', { precision: 'month' }),
      position(measureA, '2016-08-23', 'support'),
      position(measureA, '2016-09-01', 'support'),
      position(measureA, '2017-01-01', 'neutral'),
    ]);
    expect(stanceTrail(group!)).toEqual(['neutral', 'support', 'neutral']);
  });
});
