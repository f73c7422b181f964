// The stakeholder filters live in the address (?category=ngo&category=company&country=FR&q=…),
// so a filtered view can be shared and comes back with the back button. Anything in the
// address we do not understand is dropped rather than trusted.
import { type StakeholderCategory, stakeholderCategories } from '@dossier/domain';
import type { StakeholderRow } from './types';

export interface StakeholderFilters {
  /** In the order of the vocabulary, so the same choice always gives the same address. */
  categories: StakeholderCategory[];
  /** A two-letter code (FR, DE, EU, …), or null for every country. */
  country: string | null;
  /** The search text as typed: trimming it here would eat the space the user is typing. */
  q: string;
}

const maxQuery = 200;

export function parseFilters(params: URLSearchParams): StakeholderFilters {
  const wanted = new Set(
    params
      .getAll('category')
      .flatMap((value) => value.split(','))
      .map((value) => value.trim().toLowerCase()),
  );
  const country = (params.get('country') ?? '').trim().toUpperCase();
  return {
    categories: stakeholderCategories.filter((c) => wanted.has(c)),
    country: /^[A-Z]{2}$/.test(country) ? country : null,
    q: (params.get('q') ?? '').slice(0, maxQuery),
  };
}

/** The address form of the filters; parameters that are not ours are kept as they were. */
export function filtersToParams(
  filters: StakeholderFilters,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of ['q', 'category', 'country']) params.delete(key);
  if (filters.q.trim()) params.set('q', filters.q);
  for (const category of filters.categories) params.append('category', category);
  if (filters.country) params.set('country', filters.country);
  return params;
}

export const isFiltered = (filters: StakeholderFilters): boolean =>
  filters.categories.length > 0 || filters.country !== null || filters.q.trim() !== '';

/** Lower case without accents, so "maiziere" finds "de Maizière" and "etat" finds "État". */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Every word of the query must appear in the name, the role or the affiliation. */
function matchesQuery(row: StakeholderRow, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([row.name, row.role, row.affiliation?.name].filter(Boolean).join(' '));
  return words.every((word) => haystack.includes(word));
}

type Facet = 'category' | 'country' | 'q';

/** Whether a row passes the filters, leaving one facet out when counting that facet's options. */
function matches(row: StakeholderRow, filters: StakeholderFilters, except?: Facet): boolean {
  if (except !== 'category' && filters.categories.length > 0) {
    if (!filters.categories.includes(row.category)) return false;
  }
  if (except !== 'country' && filters.country !== null && row.country !== filters.country) {
    return false;
  }
  return except === 'q' || matchesQuery(row, filters.q);
}

export function applyFilters(
  rows: readonly StakeholderRow[],
  filters: StakeholderFilters,
): StakeholderRow[] {
  return rows.filter((row) => matches(row, filters));
}

export interface FacetOption<T extends string> {
  value: T;
  /** How many rows the option would show, with the other filters as they are. */
  count: number;
}

/**
 * The options each filter offers: the categories and countries that occur in the data, plus
 * any chosen in the address that no row has (so it can still be seen and unticked).
 */
export function facetOptions(rows: readonly StakeholderRow[], filters: StakeholderFilters) {
  const categoryCounts = new Map<StakeholderCategory, number>();
  const countryCounts = new Map<string, number>();
  const present = new Set<string>();
  for (const row of rows) {
    present.add(row.category);
    if (row.country) countryCounts.set(row.country, countryCounts.get(row.country) ?? 0);
    if (matches(row, filters, 'category')) {
      categoryCounts.set(row.category, (categoryCounts.get(row.category) ?? 0) + 1);
    }
    if (row.country && matches(row, filters, 'country')) {
      countryCounts.set(row.country, (countryCounts.get(row.country) ?? 0) + 1);
    }
  }
  const categories: FacetOption<StakeholderCategory>[] = stakeholderCategories
    .filter((c) => present.has(c) || filters.categories.includes(c))
    .map((value) => ({ value, count: categoryCounts.get(value) ?? 0 }));
  if (filters.country && !countryCounts.has(filters.country)) countryCounts.set(filters.country, 0);
  const countries: FacetOption<string>[] = [...countryCounts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => (a.value < b.value ? -1 : 1));
  return { categories, countries };
}
