import { informationSystems, measures, sources, stakeholders } from '../schema';
import { requireRow, type Tx } from '../write';

const tables = {
  measure: measures,
  stakeholder: stakeholders,
  source: sources,
  system: informationSystems,
};

/** Fails with NOT_FOUND, naming the kind of record, for the first given id that does not exist. */
export function requireRefs(
  tx: Tx,
  refs: Partial<Record<keyof typeof tables, string | null | undefined>>,
) {
  for (const [what, id] of Object.entries(refs)) {
    if (id) requireRow(tx, tables[what as keyof typeof tables], id, what);
  }
}
