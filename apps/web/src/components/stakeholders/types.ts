import type { RouterOutputs } from '@dossier/client';

export type StakeholderRow = RouterOutputs['stakeholders']['list']['items'][number];
export type StakeholderDetail = RouterOutputs['stakeholders']['get'];
export type StakeholderPosition = StakeholderDetail['positions'][number];
export type PositionMeasure = StakeholderPosition['measure'];
