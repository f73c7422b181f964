import {
  acceptSuggestedStage,
  countByStage,
  createMeasure,
  getBrief,
  getBriefAsOf,
  listChanges,
  listMeasures,
  measureFacets,
  requireMeasure,
  sourcesPage,
  stakeholderPageWithSources,
  timelinePage,
  updateMeasure,
} from '@dossier/db';
import {
  acceptSuggestedStageInput,
  dossierPageInput,
  historyInput,
  measureCreateInput,
  measureGetInput,
  measureListInput,
  measureUpdateInput,
  todayUtc,
} from '@dossier/domain';
import { protectedProcedure, publicProcedure, router } from '../trpc';

export const measuresRouter = router({
  /** A page of measure cards: filters by stage, kind, jurisdiction, policy area and text. */
  list: publicProcedure
    .input(measureListInput)
    .query(({ ctx, input }) => listMeasures(ctx.database.db, input, todayUtc(ctx.now()))),

  /** How many measures stand at each stage under the same filters as `list`. */
  stageCounts: publicProcedure
    .input(measureListInput)
    .query(({ ctx, input }) => countByStage(ctx.database.db, input)),

  /** The jurisdictions, kinds and policy areas in use, with counts, for the filters. */
  facets: publicProcedure.query(({ ctx }) => measureFacets(ctx.database.db)),

  /**
   * The brief of one measure, found by slug, id or any identifier. Its timeline, stakeholders
   * and sources are first pages ({ items, total, nextCursor }); the three procedures below
   * page through the rest. With `asOf` (a day, meaning its end in UTC, or a timestamp), the
   * brief as it stood then, rebuilt from the audit log; `asOf` in the answer says which.
   */
  get: publicProcedure
    .input(measureGetInput)
    .query(({ ctx, input }) =>
      input.asOf
        ? getBriefAsOf(ctx.database.db, input.ref, input.asOf)
        : { ...getBrief(ctx.database.db, input.ref, todayUtc(ctx.now())), asOf: null },
    ),

  /** A page of the timeline, newest first, with the sources its events cite. */
  timeline: publicProcedure.input(dossierPageInput).query(({ ctx, input }) => {
    const measure = requireMeasure(ctx.database.db, input.ref);
    return timelinePage(ctx.database.db, measure.id, todayUtc(ctx.now()), input);
  }),

  /** A page of the stakeholders in the brief's order, with the sources their positions cite. */
  stakeholders: publicProcedure.input(dossierPageInput).query(({ ctx, input }) => {
    const measure = requireMeasure(ctx.database.db, input.ref);
    return stakeholderPageWithSources(ctx.database.db, measure.id, input);
  }),

  /** A page of every source behind the measure, in the order of the brief's list. */
  sources: publicProcedure.input(dossierPageInput).query(({ ctx, input }) => {
    const measure = requireMeasure(ctx.database.db, input.ref);
    return sourcesPage(ctx.database.db, measure.id, input);
  }),

  /** What changed on one measure (or anything, without an id), newest first, a page at a time. */
  history: publicProcedure
    .input(historyInput)
    .query(({ ctx, input }) => listChanges(ctx.database.db, input)),

  /** Creates a measure; its stage, when given, is its first stage claim (dated `stageOn` or today). */
  create: protectedProcedure
    .input(measureCreateInput)
    .mutation(({ ctx, input }) =>
      createMeasure(ctx.database.db, input, ctx.actor, todayUtc(ctx.now())),
    ),

  /** Edits a measure; not its stage, which changes by a claim (`claims.add`). */
  update: protectedProcedure
    .input(measureUpdateInput)
    .mutation(({ ctx, input }) => updateMeasure(ctx.database.db, input, ctx.actor)),

  /**
   * Accepts the stage the brief's `stageWarning` suggests: a stage claim dated at the event that
   * shows it and citing its source, preferred with the event as the reason. `version` is the
   * measure's. Answers the claim and the measure as it now stands.
   */
  acceptSuggestedStage: protectedProcedure
    .input(acceptSuggestedStageInput)
    .mutation(({ ctx, input }) =>
      acceptSuggestedStage(ctx.database.db, input, ctx.actor, todayUtc(ctx.now())),
    ),
});
