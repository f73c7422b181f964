// How a link between two measures reads from either end: "A amends B" is "B is amended by A"
// on B's brief. One table, so the dashboard and the command line never word it twice.
import type { LinkRelation } from './enums';

export interface RelationReading {
  /** A stable key per reading, for translations: `amends`, `amended_by`, ... */
  key: string;
  /** The reading in English, to put between the two titles. */
  label: string;
}

export const relationReadings = {
  related_to: {
    forward: { key: 'related_to', label: 'related to' },
    inverse: { key: 'related_to', label: 'related to' },
  },
  depends_on: {
    forward: { key: 'depends_on', label: 'depends on' },
    inverse: { key: 'awaited_by', label: 'awaited by' },
  },
  amends: {
    forward: { key: 'amends', label: 'amends' },
    inverse: { key: 'amended_by', label: 'amended by' },
  },
  implements: {
    forward: { key: 'implements', label: 'implements' },
    inverse: { key: 'implemented_by', label: 'implemented by' },
  },
  replaces: {
    forward: { key: 'replaces', label: 'replaces' },
    inverse: { key: 'replaced_by', label: 'replaced by' },
  },
  repeals: {
    forward: { key: 'repeals', label: 'repeals' },
    inverse: { key: 'repealed_by', label: 'repealed by' },
  },
  conflicts_with: {
    forward: { key: 'conflicts_with', label: 'conflicts with' },
    inverse: { key: 'conflicts_with', label: 'conflicts with' },
  },
  links_databases_of: {
    forward: { key: 'links_databases_of', label: 'links the databases of' },
    inverse: { key: 'databases_linked_by', label: 'has its databases linked by' },
  },
  became: {
    forward: { key: 'became', label: 'became' },
    inverse: { key: 'grew_out_of', label: 'grew out of' },
  },
  superseded_by: {
    forward: { key: 'superseded_by', label: 'superseded by' },
    inverse: { key: 'supersedes', label: 'supersedes' },
  },
  same_procedure_as: {
    forward: { key: 'same_procedure_as', label: 'same procedure as' },
    inverse: { key: 'same_procedure_as', label: 'same procedure as' },
  },
} as const satisfies Record<LinkRelation, { forward: RelationReading; inverse: RelationReading }>;

export type RelationReadingKey =
  (typeof relationReadings)[LinkRelation][keyof (typeof relationReadings)[LinkRelation]]['key'];

/**
 * How a link reads from the measure being viewed: `outgoing` when that measure holds the link
 * ("this amends that"), `incoming` when the link points at it ("this is amended by that").
 */
export function readRelation(
  relation: LinkRelation,
  direction: 'outgoing' | 'incoming',
): { key: RelationReadingKey; label: string } {
  const reading = relationReadings[relation][direction === 'outgoing' ? 'forward' : 'inverse'];
  return { key: reading.key, label: reading.label };
}
