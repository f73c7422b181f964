import { compareDated, type Stance } from '@dossier/domain';
import type { PositionMeasure, StakeholderPosition } from './types';

export interface MeasureGroup {
  measure: PositionMeasure;
  /** Newest first: the first one is the stance that holds today. */
  positions: StakeholderPosition[];
}

const dated = (p: StakeholderPosition) => ({ date: p.statedOn, createdAt: p.createdAt, id: p.id });
const newestFirst = (a: StakeholderPosition, b: StakeholderPosition) =>
  compareDated(dated(b), dated(a));

/**
 * A stakeholder's positions gathered per measure, so a stance that moved reads as one story.
 * The measure spoken about most recently comes first; partial dates sort as the earliest day
 * they could be ("August 2016" before "23 August 2016").
 */
export function groupPositionsByMeasure(positions: readonly StakeholderPosition[]): MeasureGroup[] {
  const groups = new Map<string, MeasureGroup>();
  for (const position of [...positions].sort(newestFirst)) {
    const group = groups.get(position.measure.id);
    if (group) group.positions.push(position);
    else groups.set(position.measure.id, { measure: position.measure, positions: [position] });
  }
  // Groups were created in the order of their newest position, which is the order we want.
  return [...groups.values()];
}

/** The stances a group went through, oldest first, with repeats of the same stance merged. */
export function stanceTrail(group: MeasureGroup): Stance[] {
  const trail: Stance[] = [];
  for (const position of [...group.positions].reverse()) {
    if (trail.at(-1) !== position.stance) trail.push(position.stance);
  }
  return trail;
}
