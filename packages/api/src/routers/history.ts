import { measureHistory, stakeholderHistory } from '@dossier/db';
import { subjectHistoryInput } from '@dossier/domain';
import { publicProcedure, router } from '../trpc';

/**
 * The history of a measure or a stakeholder: each save with who, when and every field before
 * and after, newest first. The team's notes and meetings are never shown to a reader who is not
 * signed in (a public read-only tracker), so neither is their history.
 */
export const historyRouter = router({
  measure: publicProcedure
    .input(subjectHistoryInput)
    .query(({ ctx, input }) =>
      measureHistory(ctx.database.db, input, { team: ctx.caller !== null }),
    ),
  stakeholder: publicProcedure
    .input(subjectHistoryInput)
    .query(({ ctx, input }) =>
      stakeholderHistory(ctx.database.db, input, { team: ctx.caller !== null }),
    ),
});
