// The stakeholder filters live in the address (?category=ngo&category=company&country=FR&q=…),
// so a filtered view can be shared and comes back with the back button. Anything in the
// address we do not understand is dropped rather than trusted. The server applies them: the
// register is read a page at a time, so the browser never holds all of it.
import type { RouterInputs, RouterOutputs } from '@dossier/client';
import { type StakeholderCategory, stakeholderCategories } from '@dossier/domain';

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

/** The filters as the API's input: the server filters and counts, a page at a time. */
export function toListInput(filters: StakeholderFilters): RouterInputs['stakeholders']['facets'] {
  const input: NonNullable<RouterInputs['stakeholders']['facets']> = {};
  if (filters.categories.length) input.category = filters.categories;
  if (filters.country) input.country = filters.country;
  if (filters.q.trim()) input.q = filters.q.trim();
  return input;
}

export interface FacetOption<T extends string> {
  value: T;
  /** How many stakeholders the option would show, with the other filters as they are. */
  count: number;
}

/**
 * The options each filter offers: the categories (in the vocabulary's order) and countries on
 * record with the server's counts, plus any chosen in the address that nobody has (so it can
 * still be seen and unticked).
 */
export function facetOptions(
  facets: Pick<RouterOutputs['stakeholders']['facets'], 'categories' | 'countries'>,
  filters: StakeholderFilters,
) {
  const categoryCounts = new Map(facets.categories.map((c) => [c.value, c.count]));
  const categories: FacetOption<StakeholderCategory>[] = stakeholderCategories
    .filter((c) => categoryCounts.has(c) || filters.categories.includes(c))
    .map((value) => ({ value, count: categoryCounts.get(value) ?? 0 }));
  const countries: FacetOption<string>[] = [...facets.countries];
  if (filters.country && !countries.some((c) => c.value === filters.country)) {
    countries.push({ value: filters.country, count: 0 });
  }
  countries.sort((a, b) => (a.value < b.value ? -1 : 1));
  return { categories, countries };
}
