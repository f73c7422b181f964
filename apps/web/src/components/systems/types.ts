import type { RouterOutputs } from '@dossier/client';

type Listed = RouterOutputs['systems']['list']['items'][number];
export type SystemLink = Listed['measures']['items'][number];

/**
 * A system as the map shows it: the measures loaded so far (the first page the list gave, and
 * any the reader asked for since), how many there are in all, and the cursor to the rest.
 */
export type SystemEntry = Omit<Listed, 'measures'> & {
  measures: SystemLink[];
  measureTotal: number;
  measuresCursor: string | null;
};
