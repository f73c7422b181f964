// What a search box sends: the text typed, which kinds of record to look among, and how many of
// each to show. The answer is grouped by kind in this order (packages/db/src/repo/search.ts).
import { limitSchema } from './paging';
import { z } from './zod';

/** The kinds of record search finds, in the order the answer groups them. */
export const searchKinds = [
  'measure',
  'stakeholder',
  'position',
  'event',
  'source',
  'note',
  'meeting',
] as const;
export type SearchKind = (typeof searchKinds)[number];

/** The team's own words: searched only for a signed-in caller, never on a public reading. */
export const teamSearchKinds = ['note', 'meeting'] as const satisfies readonly SearchKind[];
export const isTeamSearchKind = (kind: SearchKind) =>
  (teamSearchKinds as readonly SearchKind[]).includes(kind);

/** Results per kind: a header search box shows a few of each, a results page more. */
export const searchPage = { default: 5, max: 50 } as const;

export const searchInput = z.object({
  /** Words, the last one as typed so far; or an identifier in any written form. */
  q: z
    .string()
    .trim()
    .min(1, 'type the words or the identifier to search for')
    .max(200, 'search text must be at most 200 characters'),
  /** Only these kinds of record; all of them when left out. */
  kinds: z
    .array(z.enum(searchKinds))
    .min(1, 'name at least one kind of record, or leave kinds out to search them all')
    .max(searchKinds.length)
    .optional(),
  /** How many results of each kind, the best first. */
  limit: limitSchema(searchPage),
});

export type SearchQuery = z.output<typeof searchInput>;
