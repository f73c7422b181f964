import { addClaim, preferClaim, withdrawPreference } from '@dossier/db';
import { claimAddInput, claimPreferInput, claimWithdrawPreferenceInput } from '@dossier/domain';
import { protectedProcedure, router } from '../trpc';

/**
 * Facts sources can dispute (an event's date, a vote's result, a measure's stage) as claims,
 * each with its source. A correction is a new claim or a change of preference, never an edit.
 */
export const claimsRouter = router({
  /** Records a source's claim; a date or a result on an event, a stage on a measure. */
  add: protectedProcedure
    .input(claimAddInput)
    .mutation(({ ctx, input }) => addClaim(ctx.database.db, input, ctx.actor)),

  /**
   * Prefers one claim, with a reason; `version` is that of the event (date, result) or the
   * measure (stage) the claim is about. Answers the claim and the record's new version.
   */
  prefer: protectedProcedure
    .input(claimPreferInput)
    .mutation(({ ctx, input }) => preferClaim(ctx.database.db, input, ctx.actor)),

  /** Takes a preference back; the record is shown as its claims say again. */
  withdrawPreference: protectedProcedure
    .input(claimWithdrawPreferenceInput)
    .mutation(({ ctx, input }) => withdrawPreference(ctx.database.db, input, ctx.actor)),
});
