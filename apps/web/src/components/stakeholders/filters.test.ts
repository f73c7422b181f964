import { describe, expect, it } from 'vitest';
import {
  facetOptions,
  filtersToParams,
  isFiltered,
  parseFilters,
  type StakeholderFilters,
  toListInput,
} from './filters';

const none: StakeholderFilters = { categories: [], country: null, q: '' };

describe('parseFilters', () => {
  it('reads categories, country and search from the address', () => {
    const filters = parseFilters(
      new URLSearchParams('category=company&country=fr&q=de%20Mai&category=government'),
    );
    // Categories come back in the vocabulary's order, not the address's.
    expect(filters).toEqual({ categories: ['government', 'company'], country: 'FR', q: 'de Mai' });
  });

  it('accepts comma lists and drops what it does not know', () => {
    const filters = parseFilters(
      new URLSearchParams('category=ngo,media,spies&category=NGO&country=France'),
    );
    expect(filters.categories).toEqual(['ngo', 'media']);
    expect(filters.country).toBeNull();
  });

  it('gives no filter for an empty address, and keeps the search as typed', () => {
    expect(parseFilters(new URLSearchParams(''))).toEqual(none);
    expect(parseFilters(new URLSearchParams('q=cnil%20')).q).toBe('cnil ');
    expect(parseFilters(new URLSearchParams(`q=${'x'.repeat(500)}`)).q).toHaveLength(200);
  });

  it('round-trips through the address, keeping parameters that are not its own', () => {
    const filters: StakeholderFilters = {
      categories: ['eu_institution', 'regulator'],
      country: 'DE',
      q: 'Maizière',
    };
    const params = filtersToParams(filters, new URLSearchParams('tab=2&country=FR'));
    expect(params.get('tab')).toBe('2');
    expect(params.getAll('country')).toEqual(['DE']);
    expect(parseFilters(params)).toEqual(filters);
    expect(filtersToParams(none, new URLSearchParams('q=x&category=ngo')).toString()).toBe('');
  });

  it('leaves a blank search out of the address', () => {
    expect(filtersToParams({ ...none, q: '   ' }).has('q')).toBe(false);
    expect(isFiltered({ ...none, q: '   ' })).toBe(false);
    expect(isFiltered({ ...none, country: 'EU' })).toBe(true);
  });
});

describe('toListInput', () => {
  it('sends only the filters in force, the search trimmed', () => {
    expect(toListInput(none)).toEqual({});
    expect(toListInput({ categories: ['government'], country: 'FR', q: '  maiziere ' })).toEqual({
      category: ['government'],
      country: 'FR',
      q: 'maiziere',
    });
    expect(toListInput({ ...none, q: '   ' })).toEqual({});
  });
});

describe('facetOptions', () => {
  const facets = {
    categories: [
      { value: 'company' as const, count: 0 },
      { value: 'government' as const, count: 3 },
      { value: 'regulator' as const, count: 1 },
    ],
    countries: [
      { value: 'FR', count: 2 },
      { value: 'DE', count: 1 },
    ],
  };

  it("offers the server's options in the vocabulary's order, codes sorted", () => {
    const options = facetOptions(facets, none);
    expect(options.categories.map((c) => [c.value, c.count])).toEqual([
      ['government', 3],
      ['regulator', 1],
      ['company', 0],
    ]);
    expect(options.countries.map((c) => c.value)).toEqual(['DE', 'FR']);
  });

  it('keeps a chosen option nobody has, with a count of 0, so it can be unticked', () => {
    const options = facetOptions(facets, { categories: ['media'], country: 'US', q: '' });
    expect(options.categories.at(-1)).toEqual({ value: 'media', count: 0 });
    expect(options.countries).toEqual([
      { value: 'DE', count: 1 },
      { value: 'FR', count: 2 },
      { value: 'US', count: 0 },
    ]);
  });
});
