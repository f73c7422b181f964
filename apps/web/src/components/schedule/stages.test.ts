import { describe, expect, it } from 'vitest';
import { groupStages } from './stages';

describe('groupStages', () => {
  it('puts the main track in procedure order, the early ends apart, and the stageless apart from both', () => {
    const groups = groupStages({
      withdrawn: 2,
      announced: 3,
      in_force: 1,
      applicable: 5,
      lapsed: 4,
      none: 6,
    });
    expect(groups.main).toEqual([
      { stage: 'announced', count: 3 },
      { stage: 'consultation', count: 0 },
      { stage: 'proposal', count: 0 },
      { stage: 'negotiation', count: 0 },
      { stage: 'adopted', count: 0 },
      { stage: 'in_force', count: 1 },
      { stage: 'applicable', count: 5 },
    ]);
    expect(groups.side).toEqual([
      { stage: 'withdrawn', count: 2 },
      { stage: 'rejected', count: 0 },
      { stage: 'lapsed', count: 4 },
    ]);
    expect(groups.none).toEqual({ stage: 'none', count: 6 });
    expect(groups.total).toBe(21);
  });

  it('never lets a side stage, or the absence of one, onto the main track', () => {
    const { main, side, none } = groupStages({});
    const mainStages = main.map((s) => s.stage);
    for (const { stage } of [...side, none]) expect(mainStages).not.toContain(stage);
    expect(none.count).toBe(0);
  });

  it('says nothing of counts before they are known', () => {
    const groups = groupStages(undefined);
    expect(groups.total).toBeNull();
    expect([...groups.main, ...groups.side, groups.none].every((s) => s.count === null)).toBe(true);
  });
});
