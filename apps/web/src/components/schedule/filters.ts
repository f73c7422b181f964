// The schedule's filters live in the address, so a filtered view can be shared and bookmarked.
//
// Address format: `?jurisdiction=EU,FR&kind=initiative,review&area=privacy&q=encryption`.
// Lists are written as comma lists (short, readable addresses); repeated parameters
// (`?kind=initiative&kind=review`) are read too, and both forms may be mixed. `area` holds a
// single value because the API filters by one policy area. Values the API would refuse
// (unknown kinds, malformed codes) are dropped, so a mistyped link still opens a page.
import { type MeasureKind, measureKinds } from '@dossier/domain';

export interface ScheduleFilters {
  jurisdictions: string[];
  kinds: MeasureKind[];
  area: string;
  q: string;
}

export const noFilters: ScheduleFilters = { jurisdictions: [], kinds: [], area: '', q: '' };

export const filterParams = {
  jurisdictions: 'jurisdiction',
  kinds: 'kind',
  area: 'area',
  q: 'q',
} as const;

// The limits of the API's input schema: beyond them the request would fail.
const maxJurisdictions = 50;
const maxArea = 60;
const maxQuery = 200;

const isKind = (value: string): value is MeasureKind => measureKinds.includes(value as MeasureKind);

function listParam(params: URLSearchParams, name: string): string[] {
  const values = params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return [...new Set(values)];
}

export function parseFilters(params: URLSearchParams): ScheduleFilters {
  const jurisdictions = [
    ...new Set(
      listParam(params, filterParams.jurisdictions)
        .map((v) => v.toUpperCase())
        .filter((v) => /^[A-Z]{2}$/.test(v)),
    ),
  ].slice(0, maxJurisdictions);
  const kinds = listParam(params, filterParams.kinds)
    .map((v) => v.toLowerCase())
    .filter(isKind);
  return {
    jurisdictions,
    kinds: [...new Set(kinds)],
    area: (params.get(filterParams.area) ?? '').trim().slice(0, maxArea),
    q: (params.get(filterParams.q) ?? '').trim().slice(0, maxQuery),
  };
}

/**
 * Writes the filters into a copy of `base`, keeping any parameter that is not a filter, and
 * leaving out empty ones so an unfiltered view has a bare address.
 */
export function serializeFilters(
  filters: ScheduleFilters,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const name of Object.values(filterParams)) next.delete(name);
  if (filters.jurisdictions.length)
    next.set(filterParams.jurisdictions, filters.jurisdictions.join(','));
  if (filters.kinds.length) next.set(filterParams.kinds, filters.kinds.join(','));
  if (filters.area.trim()) next.set(filterParams.area, filters.area.trim());
  if (filters.q.trim()) next.set(filterParams.q, filters.q.trim());
  return next;
}

/**
 * The query string for the address bar. Commas stay readable: they separate list values, and a
 * comma inside the search text reads back the same, so nothing is lost by not escaping them.
 */
export const toQueryString = (params: URLSearchParams): string =>
  params.toString().replace(/%2C/gi, ',');

export const hasFilters = (f: ScheduleFilters): boolean =>
  f.jurisdictions.length > 0 || f.kinds.length > 0 || f.area !== '' || f.q !== '';

export interface ListFilterInput {
  jurisdiction?: string[];
  kind?: MeasureKind[];
  policyArea?: string;
  q?: string;
}

/** The filters as the API's list input; absent rather than empty, so query keys stay stable. */
export function toListInput(f: ScheduleFilters): ListFilterInput {
  const input: ListFilterInput = {};
  if (f.jurisdictions.length) input.jurisdiction = f.jurisdictions;
  if (f.kinds.length) input.kind = f.kinds;
  if (f.area) input.policyArea = f.area;
  if (f.q) input.q = f.q;
  return input;
}

/** Adds or removes one value of a multi-valued filter. */
export function toggleValue<T extends string>(list: readonly T[], value: T, on: boolean): T[] {
  const without = list.filter((v) => v !== value);
  return on ? [...without, value] : without;
}
