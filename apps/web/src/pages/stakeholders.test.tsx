import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  PositionMeasure,
  StakeholderDetail,
  StakeholderRow,
} from '../components/stakeholders/types';
import { de } from '../i18n/de';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { renderInApp } from '../test/render';
import { inputsOf, stubApi } from '../test/stubApi';
import StakeholderPage from './StakeholderPage';
import StakeholdersPage from './StakeholdersPage';

const stamp = '2024-01-01T00:00:00.000Z';
const base = {
  version: 1,
  createdAt: stamp,
  updatedAt: stamp,
  affiliationId: null,
  description: null,
  sourceId: null,
};

function row(
  name: string,
  over: Partial<StakeholderRow> & Pick<StakeholderRow, 'category'>,
): StakeholderRow {
  const slug = name.toLowerCase().replaceAll(/\W+/g, '-');
  return {
    ...base,
    id: `id-${slug}`,
    slug,
    name,
    kind: 'organisation',
    role: null,
    country: null,
    affiliation: null,
    positionCount: 1,
    ...over,
  };
}

const ministry = row('French Ministry of the Interior', { category: 'government', country: 'FR' });
const rows: StakeholderRow[] = [
  row('Bernard Cazeneuve', {
    kind: 'person',
    category: 'government',
    role: 'French Interior Minister',
    country: 'FR',
    positionCount: 1,
    affiliation: { id: ministry.id, slug: ministry.slug, name: ministry.name },
  }),
  row('CNIL', { category: 'regulator', country: 'FR' }),
  ministry,
  row('Telegram', { category: 'company', country: 'RU', positionCount: 0 }),
  row('Thomas de Maizière', { kind: 'person', category: 'government', country: 'DE' }),
];

const bodyNames = () =>
  screen.queryAllByRole('rowheader').map((cell) => cell.textContent?.trim() ?? '');

/**
 * A stand-in for the server's register: filters the rows as the API would (category, country,
 * every word of the search in the name, role or affiliation, accents aside) and pages them.
 */
function register(all: StakeholderRow[], pageSize = 100) {
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  const matching = (input: Record<string, unknown>) => {
    const words = fold(String(input.q ?? ''))
      .split(/\s+/)
      .filter(Boolean);
    const categories = (input.category as string[] | undefined) ?? [];
    return all.filter(
      (r) =>
        (categories.length === 0 || categories.includes(r.category)) &&
        (!input.country || r.country === input.country) &&
        words.every((w) =>
          fold([r.name, r.role, r.affiliation?.name].filter(Boolean).join(' ')).includes(w),
        ),
    );
  };
  const count = (rows: StakeholderRow[], key: 'category' | 'country') => {
    const counts = new Map<string, number>();
    for (const r of all) if (r[key]) counts.set(r[key]!, 0);
    for (const r of rows) if (r[key]) counts.set(r[key]!, (counts.get(r[key]!) ?? 0) + 1);
    return [...counts].map(([value, n]) => ({ value, count: n }));
  };
  return {
    'stakeholders.list': (input: Record<string, unknown>) => {
      const rows = matching(input);
      const start = input.cursor ? Number(input.cursor) : 0;
      const end = start + pageSize;
      return {
        items: rows.slice(start, end),
        nextCursor: end < rows.length ? String(end) : null,
        total: rows.length,
      };
    },
    'stakeholders.facets': (input: Record<string, unknown>) => ({
      total: all.length,
      categories: count(matching({ ...input, category: undefined }), 'category'),
      countries: count(matching({ ...input, country: undefined }), 'country'),
    }),
  };
}

beforeEach(() => window.history.replaceState(null, '', '/stakeholders'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('stakeholder register', () => {
  it('applies the filters found in the address, in French', async () => {
    window.history.replaceState(null, '', '/stakeholders?category=government&country=FR');
    const fetch = stubApi(register(rows));
    renderInApp(<StakeholdersPage />, { locale: 'fr', api: true });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Parties prenantes' }),
    ).toBeTruthy();
    await screen.findByRole('table');
    expect(bodyNames()).toEqual(['Bernard Cazeneuve', 'French Ministry of the Interior']);
    expect(screen.getByRole('status').textContent).toBe('2 sur 5 parties prenantes');
    // The server did the filtering: the filters went out with the request.
    expect(inputsOf(fetch, 'stakeholders.list')[0]).toMatchObject({
      category: ['government'],
      country: 'FR',
    });
    const gov = screen.getByRole('checkbox', { name: new RegExp(fr.category.government) });
    expect((gov as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Pays') as HTMLSelectElement).value).toBe('FR');
    const first = screen.getAllByRole('row')[1]!;
    expect(within(first).getByText('France')).toBeTruthy();
    expect(within(first).getByText('Personne')).toBeTruthy();
    expect(within(first).getByText(fr.category.government)).toBeTruthy();
    const affiliation = within(first).getByRole('link', { name: ministry.name });
    expect(affiliation.getAttribute('href')).toBe('/stakeholders/french-ministry-of-the-interior');
  });

  it('writes a ticked category into the address as a new history step', async () => {
    stubApi(register(rows));
    renderInApp(<StakeholdersPage />, { api: true });
    await screen.findByRole('table');
    expect(bodyNames()).toHaveLength(5);
    const before = window.history.length;
    act(() => {
      fireEvent.click(screen.getByRole('checkbox', { name: new RegExp(en.category.regulator) }));
    });
    expect(window.location.search).toBe('?category=regulator');
    expect(window.history.length).toBe(before + 1);
    await waitFor(() => expect(bodyNames()).toEqual(['CNIL']));

    act(() => {
      fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'm' } });
    });
    act(() => {
      fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'maiziere' } });
    });
    // Starting a search is a step of its own; the keystrokes after it replace that step.
    expect(window.history.length).toBe(before + 2);
    expect(new URLSearchParams(window.location.search).get('q')).toBe('maiziere');
    expect(await screen.findByText('No stakeholder matches these filters.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();

    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    });
    expect(window.location.search).toBe('');
    await waitFor(() => expect(bodyNames()).toHaveLength(5));
  });

  it('loads the next page of the register on request, and then offers no more', async () => {
    const fetch = stubApi(register(rows, 2));
    renderInApp(<StakeholdersPage />, { api: true });
    await screen.findByRole('table');
    expect(bodyNames()).toEqual(['Bernard Cazeneuve', 'CNIL']);
    expect(screen.getByText('2 of 5 shown')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show 3 more' }));
    await waitFor(() => expect(bodyNames()).toHaveLength(4));
    expect(inputsOf(fetch, 'stakeholders.list').at(-1)).toMatchObject({ cursor: '2' });
    fireEvent.click(await screen.findByRole('button', { name: 'Show 1 more' }));
    await waitFor(() => expect(bodyNames()).toHaveLength(5));
    expect(bodyNames()).toEqual(rows.map((r) => r.name));
    expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull();
  });

  it('says so when no stakeholder is on record', async () => {
    stubApi(register([]));
    renderInApp(<StakeholdersPage />, { api: true });
    expect(await screen.findByText('No stakeholders are on record yet.')).toBeTruthy();
    expect(screen.queryByRole('search')).toBeNull();
  });
});

const initiative = {
  id: 'm-init',
  slug: 'fr-de-encrypted-messaging-access-2016',
  title: 'Franco-German initiative on encrypted messaging',
  stage: 'announced' as const,
  kind: 'initiative' as const,
};
const review = {
  id: 'm-review',
  slug: 'eu-eprivacy-framework-review',
  title: 'Review of the e-privacy framework',
  stage: 'consultation' as const,
  kind: 'review' as const,
};

function position(
  id: string,
  measure: PositionMeasure,
  statedOn: string,
  over: Partial<StakeholderDetail['positions'][number]> = {},
): StakeholderDetail['positions'][number] {
  return {
    id,
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
    measureId: measure.id,
    stakeholderId: 'id-commission',
    stance: 'support',
    role: 'addressee',
    statedOn,
    statedOnPrecision: statedOn.length === 7 ? 'month' : 'day',
    quote: null,
    sourceId: 'src-reuters',
    date: statedOn,
    measure,
    ...over,
  };
}

const commission: StakeholderDetail = {
  stakeholder: {
    ...base,
    id: 'id-commission',
    slug: 'european-commission',
    kind: 'organisation',
    name: 'European Commission',
    category: 'eu_institution',
    role: null,
    country: 'EU',
    description: 'The EU executive.',
    affiliation: null,
  },
  members: [{ id: 'id-nb', slug: 'natasha-bertaud', name: 'Natasha Bertaud', role: 'Spokeswoman' }],
  positions: [
    // As the API sends them (newest first), with an old stance on the initiative last.
    position('p3', review, '2016-08-23', { stance: 'unknown', role: 'reviewer' }),
    // Same day as the review's: recorded later, so it counts as newer.
    position('p2', initiative, '2016-08-23', {
      createdAt: '2024-02-01T00:00:00.000Z',
      quote: 'The European Commission said it welcomed the Franco-German initiatives.',
    }),
    position('p1', initiative, '2016-08', { stance: 'neutral', sourceId: 'gone' }),
  ],
  sources: [
    {
      id: 'src-reuters',
      version: 1,
      createdAt: stamp,
      updatedAt: stamp,
      title: 'France and Germany want EU law',
      publisher: 'Reuters',
      url: 'https://example.org/reuters',
      publishedOn: '2016-08-23',
      kind: 'news',
      note: null,
    },
  ],
};

describe('one stakeholder', () => {
  it('shows the profile and the positions per measure, newest first, in German', async () => {
    window.history.replaceState(null, '', '/stakeholders/european-commission');
    stubApi({ 'stakeholders.get': commission });
    renderInApp(<StakeholderPage slugOrId="european-commission" />, { locale: 'de', api: true });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'European Commission' }),
    ).toBeTruthy();
    expect(screen.getByText('Europäische Union')).toBeTruthy();
    expect(screen.getByText(de.category.eu_institution)).toBeTruthy();

    const groups = screen.getAllByRole('heading', { level: 3 });
    expect(groups.map((h) => h.textContent)).toEqual([initiative.title, review.title]);
    const link = within(groups[0]!).getByRole('link');
    expect(link.getAttribute('href')).toBe(`/measures/${initiative.slug}`);

    const group = groups[0]!.closest('li')!;
    expect(within(group).getByText('Haltung im Zeitverlauf:')).toBeTruthy();
    const steps = within(within(group).getByRole('list', { name: /2 Positionen/ })).getAllByRole(
      'listitem',
    );
    expect(steps[0]!.textContent).toContain('23. August 2016');
    expect(steps[0]!.textContent).toContain(de.stance.support);
    expect(steps[0]!.querySelector('blockquote')?.textContent).toMatch(/welcomed/);
    expect(
      within(steps[0]!).getByRole('link', { name: 'France and Germany want EU law' }),
    ).toBeTruthy();
    // A month-precision date shows no day, and a source not on record says so.
    expect(steps[1]!.textContent).toContain('August 2016');
    expect(steps[1]!.textContent).not.toMatch(/\d\. August 2016/);
    expect(steps[1]!.textContent).toContain(de.stance.neutral);
    expect(within(steps[1]!).getByText(de.ui.noSource)).toBeTruthy();

    const members = screen.getByRole('region', { name: 'Erfasste Personen' });
    expect(
      within(members).getByRole('link', { name: 'Natasha Bertaud' }).getAttribute('href'),
    ).toBe('/stakeholders/natasha-bertaud');
  });

  it('names the reference it could not find', async () => {
    const fetch = stubApi({ 'stakeholders.get': new Error('No stakeholder matches "nobody".') });
    renderInApp(<StakeholderPage slugOrId="nobody" />, { api: true });
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('No stakeholder matches “nobody”.');
    expect(screen.getByRole('link', { name: /All stakeholders/ }).getAttribute('href')).toBe(
      '/stakeholders',
    );
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
