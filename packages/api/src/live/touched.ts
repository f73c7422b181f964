/** Past this many ids an event names none: the dashboard refetches broadly anyway. */
const maxIds = 50;

/**
 * The measures and stakeholders a saved change touched, read from the procedure's input and
 * result: `measureId` and `stakeholderId` fields (of the record, its event, its position, a
 * level or two down), and `id` itself for `measures.*` and `stakeholders.*` (at the top) and for a field named
 * `measure` or `stakeholder`. An over-eager
 * list costs a refetch; a short one only a moment's staleness, as clients refetch broadly.
 */
export function touched(path: string, ...values: unknown[]) {
  const measureIds = new Set<string>();
  const stakeholderIds = new Set<string>();
  const area = path.split('.')[0];
  // `as`: the kind of record `value` is, when its field's name says so ({ measure: {...} }).
  const visit = (value: unknown, depth: number, as: string | undefined = area) => {
    if (depth > 3 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, maxIds)) visit(item, depth + 1, as);
      return;
    }
    for (const [key, field] of Object.entries(value)) {
      if (typeof field === 'string') {
        if (key === 'measureId' || (key === 'id' && as === 'measures')) measureIds.add(field);
        if (key === 'stakeholderId' || (key === 'id' && as === 'stakeholders'))
          stakeholderIds.add(field);
      } else
        visit(
          field,
          depth + 1,
          key === 'measure' ? 'measures' : key === 'stakeholder' ? 'stakeholders' : undefined,
        );
    }
  };
  for (const value of values) visit(value, 0);
  const bounded = (ids: Set<string>) => (ids.size > maxIds ? [] : [...ids]);
  return { measureIds: bounded(measureIds), stakeholderIds: bounded(stakeholderIds) };
}
