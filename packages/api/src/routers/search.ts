import { search } from '@dossier/db';
import { searchInput } from '@dossier/domain';
import { publicProcedure, router } from '../trpc';

export const searchRouter = router({
  /**
   * Measures, stakeholders, positions, events, sources (and, for a signed-in caller, the
   * team's notes and meetings) matching the text, grouped by kind,
   * the best of each first, each with the passage that matched (see packages/db/src/repo/search.ts).
   */
  query: publicProcedure
    .input(searchInput)
    // Notes and meetings only for a signed-in caller: never for a public reader.
    .query(({ ctx, input }) => search(ctx.database.db, input, { team: ctx.caller !== null })),
});
