import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { de } from '../i18n/de';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { type RealApi, realApi } from '../test/realApi';
import { renderInApp } from '../test/render';
import StakeholderPage from './StakeholderPage';
import StakeholdersPage from './StakeholdersPage';

const slugOf = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replaceAll(/[^a-z0-9]+/g, '-');

/** The register of these tests, recorded through the API; it answers in name order. */
async function recordRegister(api: RealApi) {
  const { editor } = api;
  const add = (
    name: string,
    over: Omit<Parameters<typeof editor.stakeholders.create>[0], 'slug' | 'name' | 'kind'> & {
      kind?: 'person' | 'organisation';
    },
  ) => editor.stakeholders.create({ slug: slugOf(name), name, kind: 'organisation', ...over });
  const ministry = await add('French Ministry of the Interior', {
    category: 'government',
    country: 'FR',
  });
  await add('Bernard Cazeneuve', {
    kind: 'person',
    category: 'government',
    role: 'French Interior Minister',
    country: 'FR',
    affiliationId: ministry.id,
  });
  await add('CNIL', { category: 'regulator', country: 'FR' });
  await add('Telegram', { category: 'company', country: 'RU' });
  await add('Thomas de Maizière', { kind: 'person', category: 'government', country: 'DE' });
  return { ministry };
}

const names = [
  'Bernard Cazeneuve',
  'CNIL',
  'French Ministry of the Interior',
  'Telegram',
  'Thomas de Maizière',
];

const bodyNames = () =>
  screen.queryAllByRole('rowheader').map((cell) => cell.textContent?.trim() ?? '');

beforeEach(() => window.history.replaceState(null, '', '/stakeholders'));
afterEach(cleanup);

describe('stakeholder register', () => {
  it('applies the filters found in the address, in French', async () => {
    window.history.replaceState(null, '', '/stakeholders?category=government&country=FR');
    const api = realApi();
    const { ministry } = await recordRegister(api);
    renderInApp(<StakeholdersPage />, { locale: 'fr', api });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Parties prenantes' }),
    ).toBeTruthy();
    await screen.findByRole('table');
    expect(bodyNames()).toEqual(['Bernard Cazeneuve', 'French Ministry of the Interior']);
    expect(screen.getByRole('status').textContent).toBe('2 sur 5 parties prenantes');
    // The server did the filtering: the filters went out with the request.
    expect(api.inputsOf('stakeholders.list')[0]).toMatchObject({
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
    const api = realApi();
    await recordRegister(api);
    renderInApp(<StakeholdersPage />, { api });
    await screen.findByRole('table');
    expect(bodyNames()).toEqual(names);
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

  it('finds a name without its accents, as the API searches', async () => {
    window.history.replaceState(null, '', '/stakeholders?q=maiziere');
    const api = realApi();
    await recordRegister(api);
    renderInApp(<StakeholdersPage />, { api });
    await screen.findByRole('table');
    expect(bodyNames()).toEqual(['Thomas de Maizière']);
  });

  it('loads the next page of the register on request, and then offers no more', async () => {
    const api = realApi();
    await recordRegister(api);
    // 97 more, between "French…" and "Telegram" in name order: the first page holds 100.
    for (let i = 1; i <= 97; i++)
      await api.editor.stakeholders.create({
        slug: `stakeholder-${i}`,
        kind: 'organisation',
        name: `Stakeholder ${String(i).padStart(3, '0')}`,
        category: 'ngo',
      });
    const { nextCursor } = await api.reader.stakeholders.list({ limit: 100 });
    renderInApp(<StakeholdersPage />, { api });
    await screen.findByRole('table');
    expect(bodyNames()).toHaveLength(100);
    expect(bodyNames().slice(0, 4)).toEqual([...names.slice(0, 3), 'Stakeholder 001']);
    expect(screen.getByText('100 of 102 shown')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Show 2 more' }));
    await waitFor(() => expect(bodyNames()).toHaveLength(102));
    expect(api.inputsOf('stakeholders.list').at(-1)).toMatchObject({ cursor: nextCursor });
    expect(bodyNames().slice(-2)).toEqual(['Telegram', 'Thomas de Maizière']);
    expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull();
  });

  it('says so when no stakeholder is on record', async () => {
    renderInApp(<StakeholdersPage />, { api: realApi() });
    expect(await screen.findByText('No stakeholders are on record yet.')).toBeTruthy();
    expect(screen.queryByRole('search')).toBeNull();
  });
});

/**
 * The Commission with its spokeswoman and three positions on two measures, recorded in the
 * order an editor would have: the old stance first, the review's, then the newest.
 */
async function recordCommission(api: RealApi) {
  const { editor } = api;
  const reuters = await editor.sources.create({
    title: 'France and Germany want EU law',
    publisher: 'Reuters',
    kind: 'news',
    url: 'https://example.org/reuters',
    publishedOn: '2016-08-23',
  });
  const initiative = await editor.measures.create({
    slug: 'fr-de-encrypted-messaging-access-2016',
    title: 'Franco-German initiative on encrypted messaging',
    kind: 'initiative',
    jurisdiction: 'EU',
    stage: 'announced',
  });
  const review = await editor.measures.create({
    slug: 'eu-eprivacy-framework-review',
    title: 'Review of the e-privacy framework',
    kind: 'review',
    jurisdiction: 'EU',
    stage: 'consultation',
  });
  const commission = await editor.stakeholders.create({
    slug: 'european-commission',
    kind: 'organisation',
    name: 'European Commission',
    category: 'eu_institution',
    country: 'EU',
    description: 'The EU executive.',
  });
  await editor.stakeholders.create({
    slug: 'natasha-bertaud',
    kind: 'person',
    name: 'Natasha Bertaud',
    category: 'eu_institution',
    role: 'Spokeswoman',
    affiliationId: commission.id,
  });
  const base = { stakeholderId: commission.id, sourceId: reuters.id };
  await editor.positions.create({
    ...base,
    measureId: initiative.id,
    stance: 'neutral',
    role: 'addressee',
    statedOn: '2016-08',
  });
  await editor.positions.create({
    ...base,
    measureId: review.id,
    stance: 'unknown',
    role: 'reviewer',
    statedOn: '2016-08-23',
  });
  // Same day as the review's: recorded later, so it counts as newer.
  await editor.positions.create({
    ...base,
    measureId: initiative.id,
    stance: 'support',
    role: 'addressee',
    statedOn: '2016-08-23',
    quote: 'The European Commission said it welcomed the Franco-German initiatives.',
  });
  return { initiative, review };
}

describe('one stakeholder', () => {
  it('shows the profile and the positions per measure, newest first, in German', async () => {
    window.history.replaceState(null, '', '/stakeholders/european-commission');
    const api = realApi();
    const { initiative, review } = await recordCommission(api);
    renderInApp(<StakeholderPage slugOrId="european-commission" />, { locale: 'de', api });
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
    // A month-precision date shows no day.
    const stated = steps[1]!.querySelector('.stk-position-head time')!;
    expect(stated.textContent).toBe('August 2016');
    expect(stated.getAttribute('datetime')).toBe('2016-08');
    expect(steps[1]!.textContent).toContain(de.stance.neutral);

    const members = screen.getByRole('region', { name: 'Erfasste Personen' });
    expect(
      within(members).getByRole('link', { name: 'Natasha Bertaud' }).getAttribute('href'),
    ).toBe('/stakeholders/natasha-bertaud');
  });

  it('names the reference it could not find', async () => {
    const api = realApi();
    renderInApp(<StakeholderPage slugOrId="nobody" />, { api });
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('No stakeholder matches “nobody”.');
    expect(screen.getByRole('link', { name: /All stakeholders/ }).getAttribute('href')).toBe(
      '/stakeholders',
    );
    expect(api.requests()).toBe(1); // a 404 is not retried
  });
});
