import type { RouterOutputs } from '@dossier/client';

export type SystemEntry = RouterOutputs['systems']['list'][number];
