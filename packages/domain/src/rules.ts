import {
  type EventKind,
  mainStages,
  type Stage,
  type Stance,
  sideStages,
  stanceScale,
} from './enums';

/** Position of a stage on the main track (0-based), or -1 for a side track. */
export function stageIndex(stage: Stage): number {
  return (mainStages as readonly Stage[]).indexOf(stage);
}

export function isSideStage(stage: Stage): boolean {
  return (sideStages as readonly Stage[]).includes(stage);
}

export type MainStage = (typeof mainStages)[number];

/**
 * The main stage an event shows the procedure had reached; statements, deadlines, rulings and
 * the like say nothing about it (a withdrawal is a side track: see facts.ts).
 */
export const stageShownBy: Partial<Record<EventKind, MainStage>> = {
  announcement: 'announced',
  consultation: 'consultation',
  proposal: 'proposal',
  amended_proposal: 'proposal',
  committee_vote: 'negotiation',
  plenary_vote: 'negotiation',
  council_general_approach: 'negotiation',
  negotiating_mandate: 'negotiation',
  trilogue: 'negotiation',
  provisional_agreement: 'negotiation',
  vote: 'negotiation',
  adoption: 'adopted',
  signature: 'adopted',
  publication_oj: 'adopted',
  entry_into_force: 'in_force',
  date_of_application: 'applicable',
};

/**
 * The furthest main stage the past events show. A side-track stage (withdrawn, rejected, lapsed)
 * does not record where the procedure left the track, so the timeline is the best witness; a
 * tracked measure has at least been announced.
 */
export function furthestStageReached(
  events: readonly { kind: EventKind; upcoming: boolean }[],
): MainStage {
  let furthest = 0;
  for (const event of events) {
    const stage = event.upcoming ? undefined : stageShownBy[event.kind];
    if (stage) furthest = Math.max(furthest, stageIndex(stage));
  }
  return mainStages[furthest]!;
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

export interface StanceBalance {
  support: number;
  neutral: number;
  oppose: number;
  unknown: number;
}

/** Which side of the balance a stance counts on. */
function sideOf(stance: Stance): keyof StanceBalance {
  const score = stanceScore(stance);
  if (score === null) return 'unknown';
  return score > 0 ? 'support' : score < 0 ? 'oppose' : 'neutral';
}

/** Counts stakeholders by the direction of their current stance. */
export function stanceBalance(stancesNow: readonly Stance[]): StanceBalance {
  const balance: StanceBalance = { support: 0, neutral: 0, oppose: 0, unknown: 0 };
  for (const stance of stancesNow) balance[sideOf(stance)]++;
  return balance;
}

/** The same balance, from how many stakeholders hold each stance. */
export function balanceOfCounts(counts: Partial<Record<Stance, number>>): StanceBalance {
  const balance: StanceBalance = { support: 0, neutral: 0, oppose: 0, unknown: 0 };
  for (const [stance, n] of Object.entries(counts) as [Stance, number][]) {
    balance[sideOf(stance)] += n;
  }
  return balance;
}
