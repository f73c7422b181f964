import { idSchema } from './schemas';
import { z } from './zod';

/** `live.changes`: tRPC adds the `lastEventId` a reconnecting client last saw. */
export const liveChangesInput = z
  .object({ lastEventId: z.string().max(100, 'must be at most 100 characters').nullish() })
  .optional();

/** `live.editing`: a person opened (or closed) an edit form of a measure. */
export const liveEditingInput = z.object({
  measureId: idSchema,
  editing: z.boolean(),
});
