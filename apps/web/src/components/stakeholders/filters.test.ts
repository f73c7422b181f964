import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  facetOptions,
  filtersToParams,
  fold,
  isFiltered,
  parseFilters,
  type StakeholderFilters,
} from './filters';
import type { StakeholderRow } from './types';

const stamp = '2024-01-01T00:00:00.000Z';

function row(name: string, overrides: Partial<StakeholderRow> = {}): StakeholderRow {
  return {
    id: `id-${name}`,
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
    slug: name.toLowerCase().replaceAll(/\W+/g, '-'),
    kind: 'organisation',
    name,
    category: 'ngo',
    role: null,
    affiliationId: null,
    country: null,
    description: null,
    sourceId: null,
    affiliation: null,
    positionCount: 0,
    ...overrides,
  };
}

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

describe('applyFilters', () => {
  const ministry = row('French Ministry of the Interior', {
    category: 'government',
    country: 'FR',
  });
  const rows = [
    row('Bernard Cazeneuve', {
      kind: 'person',
      category: 'government',
      role: 'Minister of the Interior',
      country: 'FR',
      affiliation: { id: ministry.id, slug: ministry.slug, name: ministry.name },
    }),
    row('Thomas de Maizière', { kind: 'person', category: 'government', country: 'DE' }),
    ministry,
    row('CNIL', { category: 'regulator', country: 'FR' }),
    row('WhatsApp', { category: 'company' }),
  ];
  const names = (filters: Partial<StakeholderFilters>) =>
    applyFilters(rows, { ...none, ...filters }).map((r) => r.name);

  it('filters by category and country together', () => {
    expect(names({ categories: ['government'], country: 'FR' })).toEqual([
      'Bernard Cazeneuve',
      'French Ministry of the Interior',
    ]);
    expect(names({ categories: ['regulator', 'company'] })).toEqual(['CNIL', 'WhatsApp']);
    expect(names({ country: 'US' })).toEqual([]);
  });

  it('finds names without accents and by role or affiliation, every word counting', () => {
    expect(names({ q: 'maiziere' })).toEqual(['Thomas de Maizière']);
    expect(names({ q: '  MINIST interior ' })).toEqual([
      'Bernard Cazeneuve',
      'French Ministry of the Interior',
    ]);
    expect(names({ q: 'interior cnil' })).toEqual([]);
    expect(fold('État')).toBe('etat');
  });

  it('counts each option under the other filters, and keeps a chosen option nobody has', () => {
    const options = facetOptions(rows, { categories: ['government'], country: 'US', q: '' });
    // Categories are counted with country=US in force; countries with category=government.
    expect(options.categories).toEqual([
      { value: 'government', count: 0 },
      { value: 'regulator', count: 0 },
      { value: 'company', count: 0 },
    ]);
    expect(options.countries).toEqual([
      { value: 'DE', count: 1 },
      { value: 'FR', count: 2 },
      { value: 'US', count: 0 },
    ]);
    const open = facetOptions(rows, none);
    expect(open.categories.map((c) => [c.value, c.count])).toEqual([
      ['government', 3],
      ['regulator', 1],
      ['company', 1],
    ]);
  });
});
