import { mainStages, type Stage, type Stance, sideStages, stanceScale } from './enums';

/** Position of a stage on the main track (0-based), or -1 for a side track. */
export function stageIndex(stage: Stage): number {
  return (mainStages as readonly Stage[]).indexOf(stage);
}

export function isSideStage(stage: Stage): boolean {
  return (sideStages as readonly Stage[]).includes(stage);
}

/** Sorts stages along the track; side tracks come after the main track. */
export function compareStages(a: Stage, b: Stage): number {
  const rank = (s: Stage) =>
    isSideStage(s) ? mainStages.length + sideStages.indexOf(s as never) : stageIndex(s);
  return rank(a) - rank(b);
}

/** +2 for strong support down to -2 for strong opposition; null when the stance is unknown. */
export function stanceScore(stance: Stance): number | null {
  const i = (stanceScale as readonly Stance[]).indexOf(stance);
  return i < 0 ? null : 2 - i;
}

export interface Dated {
  date: string;
  createdAt: string;
  id: string;
}

/**
 * Chronological order for partial dates: "2016-08" (August, unknown day) comes before
 * "2016-08-23", because the month is the earliest it could have been. Ties keep entry order.
 */
export function compareDated(a: Dated, b: Dated): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortTimeline<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort(compareDated);
}

/** The latest of a stakeholder's positions on one measure: the stance that holds today. */
export function currentPosition<T extends Dated>(positions: readonly T[]): T | undefined {
  return sortTimeline(positions).at(-1);
}

export interface StanceBalance {
  support: number;
  neutral: number;
  oppose: number;
  unknown: number;
}

/** Counts stakeholders by the direction of their current stance. */
export function stanceBalance(stancesNow: readonly Stance[]): StanceBalance {
  const balance: StanceBalance = { support: 0, neutral: 0, oppose: 0, unknown: 0 };
  for (const stance of stancesNow) {
    const score = stanceScore(stance);
    if (score === null) balance.unknown++;
    else if (score > 0) balance.support++;
    else if (score < 0) balance.oppose++;
    else balance.neutral++;
  }
  return balance;
}
