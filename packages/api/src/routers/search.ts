import { search } from '@dossier/db';
import { searchInput } from '@dossier/domain';
import { publicProcedure, router } from '../trpc';

export const searchRouter = router({
  /**
   * Measures, stakeholders, positions, events and sources matching the text, grouped by kind,
   * the best of each first, each with the passage that matched (see packages/db/src/repo/search.ts).
   */
  query: publicProcedure
    .input(searchInput)
    .query(({ ctx, input }) => search(ctx.database.db, input)),
});
