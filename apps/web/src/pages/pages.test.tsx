import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scheduleStrings } from '../components/schedule/strings';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { renderInApp } from '../test/render';
import type { MeasureCard } from '../trpc';
import MeasureBriefPage from './MeasureBriefPage';
import SchedulePage from './SchedulePage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('brief page', () => {
  it('shows a 404 state naming the reference when the API answers NOT_FOUND', async () => {
    const fetch = vi.fn(async () =>
      json(
        [
          {
            error: {
              message: 'No measure matches "nope".',
              code: -32004,
              data: { code: 'NOT_FOUND', httpStatus: 404, path: 'measures.get' },
            },
          },
        ],
        404,
      ),
    );
    vi.stubGlobal('fetch', fetch);
    renderInApp(<MeasureBriefPage slug="nope" />, { api: true });
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe(en.ui.brief.notFound('nope'));
    expect(screen.getByRole('link', { name: en.ui.goHome }).getAttribute('href')).toBe('/');
    expect(fetch).toHaveBeenCalledTimes(1); // a 404 is not retried
  });
});

// ---- the schedule ----

function measure(
  slug: string,
  title: string,
  at: Pick<MeasureCard, 'stage' | 'kind' | 'jurisdiction' | 'policyAreas'>,
): MeasureCard {
  return {
    id: `id-${slug}`,
    slug,
    title,
    ...at,
    updatedAt: '2024-01-01T00:00:00Z',
    lastEvent: {
      measureId: `id-${slug}`,
      date: '2016-08',
      datePrecision: 'month',
      kind: 'statement',
      title: `Last step of ${title}`,
    },
    nextEvent: null,
    balance: { support: 1, neutral: 0, oppose: 2, unknown: 0 },
  };
}

const tracked = [
  measure('fr-de-encrypted-messaging-access-2016', 'Access to encrypted messaging', {
    stage: 'announced',
    kind: 'initiative',
    jurisdiction: 'EU',
    policyAreas: ['encryption', 'privacy'],
  }),
  measure('eu-eprivacy-framework-review', 'Review of the e-privacy framework', {
    stage: 'consultation',
    kind: 'review',
    jurisdiction: 'EU',
    policyAreas: ['privacy'],
  }),
  measure('de-data-retention', 'Data retention act', {
    stage: 'announced',
    kind: 'national_law',
    jurisdiction: 'DE',
    policyAreas: ['privacy'],
  }),
  measure('fr-interception-bill', 'Interception bill', {
    stage: 'withdrawn',
    kind: 'national_law',
    jurisdiction: 'FR',
    policyAreas: ['internal security'],
  }),
];

type ListInput = {
  stage?: string[];
  kind?: string[];
  jurisdiction?: string[];
  policyArea?: string;
  q?: string;
};

const matches = (m: MeasureCard, input: ListInput = {}) =>
  (!input.stage || input.stage.includes(m.stage)) &&
  (!input.kind || input.kind.includes(m.kind)) &&
  (!input.jurisdiction || input.jurisdiction.includes(m.jurisdiction)) &&
  (!input.policyArea || m.policyAreas.includes(input.policyArea)) &&
  (!input.q || m.title.toLowerCase().includes(input.q.toLowerCase()));

const tally = (values: string[]) =>
  Object.entries(
    values.reduce<Record<string, number>>((acc, v) => {
      acc[v] = (acc[v] ?? 0) + 1;
      return acc;
    }, {}),
  ).map(([value, count]) => ({ value, count }));

/**
 * A stand-in for the server's batched tRPC endpoint over `measures`, filtering as the real one
 * does, and remembering every input it was sent.
 */
function fakeApi(measures: MeasureCard[], { up = (): boolean => true } = {}) {
  const calls: { name: string; input: ListInput }[] = [];
  const procedures: Record<string, (input: ListInput) => unknown> = {
    'measures.list': (input) => ({
      items: measures.filter((m) => matches(m, input)),
      nextCursor: null,
    }),
    'measures.stageCounts': (input) =>
      Object.fromEntries(
        tally(measures.filter((m) => matches(m, input)).map((m) => m.stage)).map((t) => [
          t.value,
          t.count,
        ]),
      ),
    'measures.facets': () => ({
      jurisdictions: tally(measures.map((m) => m.jurisdiction)),
      kinds: tally(measures.map((m) => m.kind)),
      policyAreas: tally(measures.flatMap((m) => m.policyAreas)),
    }),
  };
  const fetch = vi.fn(async (url: string | URL | Request) => {
    if (!up()) throw new TypeError('Failed to fetch');
    const address = new URL(String(url), 'http://localhost');
    const names = address.pathname.replace('/trpc/', '').split(',');
    const inputs = JSON.parse(address.searchParams.get('input') ?? '{}');
    return json(
      names.map((name, i) => {
        calls.push({ name, input: inputs[i] ?? {} });
        return { result: { data: procedures[name]!(inputs[i] ?? {}) } };
      }),
    );
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, calls };
}

const s = scheduleStrings.en;

describe('schedule page', () => {
  it('says the server did not answer, and shows the board once Retry succeeds', async () => {
    let up = false;
    fakeApi(tracked, { up: () => up });
    renderInApp(<SchedulePage />, { api: true });
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert.textContent).toContain(en.ui.errors.unreachable);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(s.title);

    up = true;
    fireEvent.click(screen.getByRole('button', { name: en.ui.retry }));
    const link = await screen.findByRole('link', { name: 'Review of the e-privacy framework' });
    expect(link.getAttribute('href')).toBe('/measures/eu-eprivacy-framework-review');
    const card = link.closest('article')!;
    expect(card.textContent).toContain('August 2016Last step of Review');
    expect(card.textContent).toContain('1 support · 2 oppose');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('puts each measure in the column of its stage, and the stopped ones apart from the track', async () => {
    fakeApi(tracked);
    renderInApp(<SchedulePage />, { api: true });
    await screen.findByRole('link', { name: 'Interception bill' });

    const track = screen.getByRole('region', { name: s.mainTrack });
    const columns = within(track).getAllByRole('region');
    expect(columns.map((c) => c.querySelector('.schedule-stage-name')!.textContent)).toEqual([
      'Announced',
      'Consultation',
      'Proposal',
      'Negotiation',
      'Adopted',
      'In force',
    ]);
    const announced = screen.getByRole('region', { name: 'Announced (2 measures)' });
    expect(
      within(announced)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Access to encrypted messaging', 'Data retention act']);
    expect(within(announced).getAllByRole('listitem')[1]!.getAttribute('aria-setsize')).toBe('2');
    expect(within(track).queryByText('Interception bill')).toBeNull();

    const stopped = screen.getByRole('region', { name: s.sideTrack });
    const withdrawn = within(stopped).getByRole('region', { name: 'Withdrawn (1 measure)' });
    within(withdrawn).getByRole('link', { name: 'Interception bill' });
    expect(screen.getByText(s.total(4))).toBeTruthy();
  });

  it('filters by what the address says, and clears back to every measure', async () => {
    window.history.replaceState(null, '', '/?jurisdiction=fr,XYZ&kind=review');
    const { calls } = fakeApi(tracked);
    renderInApp(<SchedulePage />, { api: true });

    expect(await screen.findByText(s.empty.filtered)).toBeTruthy();
    const counted = calls.find((c) => c.name === 'measures.stageCounts')!;
    expect(counted.input).toEqual({ jurisdiction: ['FR'], kind: ['review'] });

    const empty = screen.getByText(s.empty.filtered).closest('div')!;
    fireEvent.click(within(empty).getByRole('button', { name: s.filters.clear }));
    await screen.findByRole('link', { name: 'Interception bill' });
    expect(window.location.search).toBe('');
    expect(screen.queryByRole('button', { name: s.filters.clear })).toBeNull();
  });

  it('writes a ticked box to the address at once, and the search text after a pause', async () => {
    const { calls } = fakeApi(tracked);
    renderInApp(<SchedulePage />, { api: true });
    await screen.findByRole('link', { name: 'Interception bill' });

    fireEvent.click(screen.getByRole('checkbox', { name: /^DE/ }));
    expect(window.location.search).toBe('?jurisdiction=DE');
    await screen.findByText(s.matching(1, 4));
    expect(screen.queryByRole('link', { name: 'Interception bill' })).toBeNull();

    const search = screen.getByRole('searchbox', { name: s.filters.search });
    fireEvent.change(search, { target: { value: 'data' } });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(window.location.search).toBe('?jurisdiction=DE'); // still typing
    fireEvent.change(search, { target: { value: 'data reten' } });
    await waitFor(() => expect(window.location.search).toBe('?jurisdiction=DE&q=data+reten'));
    await waitFor(() =>
      expect(calls.some((c) => c.name === 'measures.list' && c.input.q === 'data reten')).toBe(
        true,
      ),
    );
    // Only the settled text was ever asked for, not each keystroke.
    expect(calls.some((c) => c.input.q === 'data')).toBe(false);
  });

  it('speaks French', async () => {
    fakeApi(tracked);
    renderInApp(<SchedulePage />, { api: true, locale: 'fr' });
    await screen.findByRole('link', { name: 'Interception bill' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Calendrier');
    expect(screen.getByRole('region', { name: `${fr.stage.announced} (2 mesures)` })).toBeTruthy();
    expect(screen.getByText('4 mesures')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Rechercher' })).toBeTruthy();
    const card = screen.getByRole('link', { name: 'Data retention act' }).closest('article')!;
    expect(card.textContent).toContain('août 2016');
    expect(card.textContent).toContain(fr.kind.national_law);
    expect(card.textContent).toContain('1 pour · 2 contre');
  });

  it('on a phone, lists the stages one under another, with their first cards and more on request', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('max-width'),
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    const many = Array.from({ length: 5 }, (_, i) =>
      measure(`proposal-${i}`, `Proposal number ${i + 1}`, {
        stage: 'proposal',
        kind: 'regulation',
        jurisdiction: 'EU',
        policyAreas: [],
      }),
    );
    fakeApi([...many, ...tracked]);
    renderInApp(<SchedulePage />, { api: true });
    await screen.findByRole('link', { name: 'Proposal number 1' });

    const proposal = screen.getByRole('button', { name: 'Proposal (5 measures)' });
    expect(proposal.getAttribute('aria-expanded')).toBe('true');
    const region = screen.getByRole('region', { name: 'Proposal (5 measures)' });
    expect(within(region).getAllByRole('article')).toHaveLength(3);
    fireEvent.click(within(region).getByRole('button', { name: s.column.showMore(2) }));
    expect(within(region).getAllByRole('article')).toHaveLength(5);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Proposal number 4'));
    expect(within(region).queryByRole('button', { name: /Show/ })).toBeNull();

    // An empty stage and the stopped procedures wait closed while the track has measures.
    const adopted = screen.getByRole('button', { name: 'Adopted (0 measures)' });
    expect(adopted.getAttribute('aria-expanded')).toBe('false');
    const withdrawn = screen.getByRole('button', { name: 'Withdrawn (1 measure)' });
    expect(withdrawn.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('link', { name: 'Interception bill', hidden: true })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Interception bill' })).toBeNull();
    fireEvent.click(withdrawn);
    expect(withdrawn.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('link', { name: 'Interception bill' })).toBeTruthy();
  });

  it('says so when no measure is tracked yet', async () => {
    fakeApi([]);
    renderInApp(<SchedulePage />, { api: true });
    expect(await screen.findByText(en.ui.list.empty)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('button', { name: s.filters.clear })).toBeNull();
  });
});
