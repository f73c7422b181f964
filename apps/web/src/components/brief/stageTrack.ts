import { type EventKind, isSideStage, mainStages, type Stage, stageIndex } from '@dossier/domain';

export type MainStage = (typeof mainStages)[number];

/**
 * `done` and `current` are the usual; `exit` is the side-track stage (withdrawn, rejected,
 * lapsed) drawn where the procedure left the track; `never` marks the main stages it then
 * never reached.
 */
export type StepState = 'done' | 'current' | 'ahead' | 'exit' | 'never';

export interface TrackStep {
  stage: Stage;
  state: StepState;
}

/** The main stage an event shows the procedure had reached; statements and the like say nothing. */
const stageShownBy: Partial<Record<EventKind, MainStage>> = {
  announcement: 'announced',
  consultation: 'consultation',
  proposal: 'proposal',
  vote: 'negotiation',
  adoption: 'adopted',
  entry_into_force: 'in_force',
};

/**
 * The furthest main stage the past events show. A side-track stage does not record where the
 * procedure left the track, so the timeline is the best witness; a tracked measure has at least
 * been announced.
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

/**
 * Every main stage in order, marked done / current / ahead. A side-track stage is inserted
 * right after the stage the procedure had reached (`leftAfter`), and the main stages after it
 * are marked as never reached.
 */
export function trackSteps(stage: Stage, leftAfter: MainStage = 'announced'): TrackStep[] {
  if (!isSideStage(stage)) {
    const current = stageIndex(stage);
    return mainStages.map((s, i) => ({
      stage: s,
      state: i < current ? 'done' : i === current ? 'current' : 'ahead',
    }));
  }
  const exitAt = stageIndex(leftAfter);
  const steps: TrackStep[] = [];
  mainStages.forEach((s, i) => {
    steps.push({ stage: s, state: i <= exitAt ? 'done' : 'never' });
    if (i === exitAt) steps.push({ stage, state: 'exit' });
  });
  return steps;
}
