import type { StageFilterValue } from '@dossier/domain';
import type { Labels } from './types';

/**
 * A stage in words. A letter, statement, report or resolution follows no procedure: its stage is
 * null in a record and `none` in a filter, and both read as "No procedure", never as a blank.
 */
export const stageName = (t: Labels, stage: StageFilterValue | null): string =>
  stage === null || stage === 'none' ? t.ui.noStage : t.stage[stage];
