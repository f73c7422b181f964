import { mainStages, type Stage, sideStages } from '@dossier/domain';

export interface StageCount {
  stage: Stage;
  /** `null` while the counts are not known yet. */
  count: number | null;
}

export interface StageGroups {
  /** The procedure track, in its order. */
  main: StageCount[];
  /** Where a procedure ended before the end of the track: shown apart, never on the track. */
  side: StageCount[];
  total: number | null;
}

/** Splits the per-stage counts of the API into the main track and the side tracks. */
export function groupStages(counts: Readonly<Record<string, number>> | undefined): StageGroups {
  const at = (stage: Stage): StageCount => ({
    stage,
    count: counts ? (counts[stage] ?? 0) : null,
  });
  const main = mainStages.map(at);
  const side = sideStages.map(at);
  const total = counts ? [...main, ...side].reduce((sum, s) => sum + (s.count ?? 0), 0) : null;
  return { main, side, total };
}
