import { describe, expect, it } from 'vitest';
import { groupStages } from './stages';

describe('groupStages', () => {
  it('puts the main track in procedure order and the early ends apart', () => {
    const groups = groupStages({ withdrawn: 2, announced: 3, in_force: 1, lapsed: 4 });
    expect(groups.main).toEqual([
      { stage: 'announced', count: 3 },
      { stage: 'consultation', count: 0 },
      { stage: 'proposal', count: 0 },
      { stage: 'negotiation', count: 0 },
      { stage: 'adopted', count: 0 },
      { stage: 'in_force', count: 1 },
    ]);
    expect(groups.side).toEqual([
      { stage: 'withdrawn', count: 2 },
      { stage: 'rejected', count: 0 },
      { stage: 'lapsed', count: 4 },
    ]);
    expect(groups.total).toBe(10);
  });

  it('never lets a side stage onto the main track', () => {
    const { main, side } = groupStages({});
    const mainStages = main.map((s) => s.stage);
    for (const { stage } of side) expect(mainStages).not.toContain(stage);
  });

  it('says nothing of counts before they are known', () => {
    const groups = groupStages(undefined);
    expect(groups.total).toBeNull();
    expect([...groups.main, ...groups.side].every((s) => s.count === null)).toBe(true);
  });
});
