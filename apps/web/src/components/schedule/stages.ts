import { mainStages, noStage, type StageFilterValue, sideStages } from '@dossier/domain';

export interface StageCount {
  /** A stage, or `none` for the measures that follow no procedure. */
  stage: StageFilterValue;
  /** `null` while the counts are not known yet. */
  count: number | null;
}

export interface StageGroups {
  /** The procedure track, in its order. */
  main: StageCount[];
  /** Where a procedure ended before the end of the track: shown apart, never on the track. */
  side: StageCount[];
  /**
   * Letters, statements, reports and resolutions, which follow no procedure: apart from both,
   * as they neither stand on the track nor left it.
   */
  none: StageCount;
  total: number | null;
}

/** Splits the per-stage counts of the API into the main track, the side tracks and the rest. */
export function groupStages(counts: Readonly<Record<string, number>> | undefined): StageGroups {
  const at = (stage: StageFilterValue): StageCount => ({
    stage,
    count: counts ? (counts[stage] ?? 0) : null,
  });
  const main = mainStages.map(at);
  const side = sideStages.map(at);
  const none = at(noStage);
  const total = counts
    ? [...main, ...side, none].reduce((sum, s) => sum + (s.count ?? 0), 0)
    : null;
  return { main, side, none, total };
}
