import { csvPage, exportPage, importRecords } from '@dossier/db';
import { datasetCsvInput, datasetExportInput, datasetImportInput, todayUtc } from '@dossier/domain';
import { protectedProcedure, publicProcedure, router } from '../trpc';

/** The dossier in and out: the interchange file a page at a time, imports in batches, CSV. */
export const datasetRouter = router({
  /**
   * Imports a batch of interchange records (at most 500, within the request body limit) in one
   * transaction: each record is created, updated, unchanged or rejected whole, with the JSON
   * path and reason of each problem. `dryRun` counts and saves nothing.
   */
  import: protectedProcedure.input(datasetImportInput).mutation(({ ctx, input }) =>
    importRecords(ctx.database.db, input.records, {
      actor: ctx.actor,
      dryRun: input.dryRun,
      ...(input.assume ? { assume: input.assume } : {}),
    }),
  ),

  /**
   * A page of the interchange file, in section order: `{ section, items, nextCursor }`. With
   * `measure`, only that measure and the records it needs.
   */
  export: publicProcedure
    .input(datasetExportInput)
    // The team's notes and meetings go only to a signed-in caller.
    .query(({ ctx, input }) => exportPage(ctx.database.db, input, { team: ctx.caller !== null })),

  /**
   * A page of CSV (`table`: measures, positions or events) for the measures `measures.list`
   * shows under the same filters: `{ text, nextCursor }`, the header on the first page only.
   */
  csv: publicProcedure
    .input(datasetCsvInput)
    .query(({ ctx, input }) => csvPage(ctx.database.db, input, todayUtc(ctx.now()))),
});
