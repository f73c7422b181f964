import { isSideStage, type MainStage, mainStages, type Stage, stageIndex } from '@dossier/domain';

// The furthest stage the past events show is worked out on the server (from every event, not
// only the brief's first page) by the domain's furthestStageReached.
export type { MainStage };

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
