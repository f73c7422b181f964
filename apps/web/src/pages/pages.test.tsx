import type { RouterInputs } from '@dossier/api';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scheduleStrings } from '../components/schedule/strings';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { type RealApi, realApi } from '../test/realApi';
import { renderInApp } from '../test/render';
import MeasureBriefPage from './MeasureBriefPage';
import SchedulePage from './SchedulePage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('brief page', () => {
  it('shows a 404 state naming the reference when the API answers NOT_FOUND', async () => {
    const api = realApi();
    renderInApp(<MeasureBriefPage slug="nope" />, { api });
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe(en.ui.brief.notFound('nope'));
    expect(screen.getByRole('link', { name: en.ui.goHome }).getAttribute('href')).toBe('/');
    expect(api.requests()).toBe(1); // a 404 is not retried
  });
});

// ---- the schedule ----

type Where = Pick<RouterInputs['measures']['create'], 'stage' | 'kind' | 'jurisdiction'> & {
  policyAreas?: string[];
};

/**
 * Records measures through the API as an editor would: each with its last event in August 2016
 * and one stakeholder for it, two against it.
 */
async function track(api: RealApi, measures: [slug: string, title: string, at: Where][]) {
  const { editor } = api;
  const source = await editor.sources.create({
    title: 'France and Germany want EU law on encrypted messaging',
    publisher: 'Reuters',
    kind: 'news',
    publishedOn: '2016-08-23',
  });
  const people = [];
  for (const name of ['Interior ministry', 'Digital rights group', 'Messaging operator'])
    people.push(
      await editor.stakeholders.create({
        slug: name.toLowerCase().replaceAll(' ', '-'),
        kind: 'organisation',
        name,
        category: 'ngo',
      }),
    );
  for (const [slug, title, at] of measures) {
    const measure = await editor.measures.create({ slug, title, ...at, sourceId: source.id });
    await editor.events.create({
      measureId: measure.id,
      date: '2016-08',
      kind: 'statement',
      title: `Last step of ${title}`,
      sourceId: source.id,
    });
    for (const [i, stance] of (['support', 'oppose', 'oppose'] as const).entries())
      await editor.positions.create({
        measureId: measure.id,
        stakeholderId: people[i]!.id,
        stance,
        role: 'addressee',
        statedOn: '2016-08-23',
        sourceId: source.id,
      });
  }
}

const tracked: [string, string, Where][] = [
  [
    'fr-de-encrypted-messaging-access-2016',
    'Access to encrypted messaging',
    { stage: 'announced', kind: 'initiative', jurisdiction: 'EU', policyAreas: ['encryption'] },
  ],
  [
    'eu-eprivacy-framework-review',
    'Review of the e-privacy framework',
    { stage: 'consultation', kind: 'review', jurisdiction: 'EU', policyAreas: ['privacy'] },
  ],
  [
    'de-data-retention',
    'Data retention act',
    { stage: 'announced', kind: 'national_law', jurisdiction: 'DE', policyAreas: ['privacy'] },
  ],
  [
    'fr-interception-bill',
    'Interception bill',
    { stage: 'withdrawn', kind: 'national_law', jurisdiction: 'FR' },
  ],
];

async function withTracked() {
  const api = realApi();
  await track(api, tracked);
  return api;
}

const searched = (api: RealApi) =>
  api.inputsOf('measures.list').map((input) => (input as { q?: string }).q);

const s = scheduleStrings.en;

describe('schedule page', () => {
  it('says the server did not answer, and shows the board once Retry succeeds', async () => {
    const api = await withTracked();
    api.setReachable(false);
    renderInApp(<SchedulePage />, { api });
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert.textContent).toContain(en.ui.errors.unreachable);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(s.title);

    api.setReachable(true);
    fireEvent.click(screen.getByRole('button', { name: en.ui.retry }));
    const link = await screen.findByRole('link', { name: 'Review of the e-privacy framework' });
    expect(link.getAttribute('href')).toBe('/measures/eu-eprivacy-framework-review');
    const card = link.closest('article')!;
    expect(card.textContent).toContain('August 2016Last step of Review');
    expect(card.textContent).toContain('1 support · 2 oppose');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('puts each measure in the column of its stage, and the stopped ones apart from the track', async () => {
    renderInApp(<SchedulePage />, { api: await withTracked() });
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
      'Applicable',
    ]);
    const announced = screen.getByRole('region', { name: 'Announced (2 measures)' });
    await waitFor(() =>
      expect(
        within(announced)
          .getAllByRole('link')
          .map((a) => a.textContent),
      ).toEqual(['Access to encrypted messaging', 'Data retention act']),
    );
    expect(within(announced).getAllByRole('listitem')[1]!.getAttribute('aria-setsize')).toBe('2');
    expect(within(track).queryByText('Interception bill')).toBeNull();

    const stopped = screen.getByRole('region', { name: s.sideTrack });
    const withdrawn = within(stopped).getByRole('region', { name: 'Withdrawn (1 measure)' });
    within(withdrawn).getByRole('link', { name: 'Interception bill' });
    expect(screen.getByText(s.total(4))).toBeTruthy();
    // No document without a procedure is tracked: no empty section for them.
    expect(screen.queryByRole('region', { name: s.noTrack })).toBeNull();
  });

  it('sets the documents that follow no procedure apart, named rather than blank', async () => {
    const api = realApi();
    await track(api, [
      ...tracked,
      [
        'open-letter-on-encryption',
        'Open letter on encryption',
        { kind: 'letter', jurisdiction: 'EU' },
      ],
    ]);
    renderInApp(<SchedulePage />, { api });
    const apart = await screen.findByRole('region', { name: s.noTrack });
    const column = within(apart).getByRole('region', { name: `${en.ui.noStage} (1 measure)` });
    expect(
      await within(column).findByRole('link', { name: 'Open letter on encryption' }),
    ).toBeTruthy();
    const onTrack = screen.getByRole('region', { name: s.mainTrack });
    expect(within(onTrack).queryByText('Open letter on encryption')).toBeNull();
    expect(screen.getByText(s.total(5))).toBeTruthy();
    // The column asks the API for the measures without a stage, by its own word for them.
    expect(api.inputsOf('measures.list')).toContainEqual(
      expect.objectContaining({ stage: ['none'] }),
    );
  });

  it('filters by what the address says, and clears back to every measure', async () => {
    window.history.replaceState(null, '', '/?jurisdiction=fr,XYZ&kind=review');
    const api = await withTracked();
    renderInApp(<SchedulePage />, { api });

    expect(await screen.findByText(s.empty.filtered)).toBeTruthy();
    // The malformed code never reached the API; the others went as its schema wants them.
    expect(api.inputsOf('measures.stageCounts')[0]).toEqual({
      jurisdiction: ['FR'],
      kind: ['review'],
    });

    const empty = screen.getByText(s.empty.filtered).closest('div')!;
    fireEvent.click(within(empty).getByRole('button', { name: s.filters.clear }));
    await screen.findByRole('link', { name: 'Interception bill' });
    expect(window.location.search).toBe('');
    expect(screen.queryByRole('button', { name: s.filters.clear })).toBeNull();
  });

  it('writes a ticked box to the address at once, and the search text after a pause', async () => {
    const api = await withTracked();
    renderInApp(<SchedulePage />, { api });
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
    await waitFor(() => expect(searched(api)).toContain('data reten'));
    // The real search finds the measure by the start of its words.
    expect(await screen.findByRole('link', { name: 'Data retention act' })).toBeTruthy();
    expect(screen.getByText(s.matching(1, 4))).toBeTruthy();
    // Only the settled text was ever asked for, not each keystroke.
    expect(searched(api)).not.toContain('data');
  });

  it('searches as the API does: a word anywhere, accents aside, and nothing for a word no measure has', async () => {
    window.history.replaceState(null, '', '/?q=b%C3%ADll');
    const api = await withTracked();
    renderInApp(<SchedulePage />, { api });
    expect(await screen.findByRole('link', { name: 'Interception bill' })).toBeTruthy();
    expect(screen.getByText(s.matching(1, 4))).toBeTruthy();

    fireEvent.change(screen.getByRole('searchbox', { name: s.filters.search }), {
      target: { value: 'zzz' },
    });
    expect(await screen.findByText(s.empty.filtered)).toBeTruthy();
  });

  it('speaks French', async () => {
    renderInApp(<SchedulePage />, { api: await withTracked(), locale: 'fr' });
    await screen.findByRole('link', { name: 'Interception bill' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Calendrier');
    expect(screen.getByRole('region', { name: `${fr.stage.announced} (2 mesures)` })).toBeTruthy();
    expect(screen.getByText('4 mesures')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Rechercher' })).toBeTruthy();
    const card = (await screen.findByRole('link', { name: 'Data retention act' })).closest(
      'article',
    )!;
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
    const api = realApi();
    await track(api, [
      ...tracked,
      ...Array.from({ length: 5 }, (_, i): [string, string, Where] => [
        `proposal-${i + 1}`,
        `Proposal number ${i + 1}`,
        { stage: 'proposal', kind: 'regulation', jurisdiction: 'EU' },
      ]),
    ]);
    renderInApp(<SchedulePage />, { api });
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
    expect(
      await screen.findByRole('link', { name: 'Interception bill', hidden: true }),
    ).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Interception bill' })).toBeNull();
    fireEvent.click(withdrawn);
    expect(withdrawn.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('link', { name: 'Interception bill' })).toBeTruthy();
  });

  it('says so when no measure is tracked yet', async () => {
    renderInApp(<SchedulePage />, { api: realApi() });
    expect(await screen.findByText(en.ui.list.empty)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('button', { name: s.filters.clear })).toBeNull();
  });
});
