// A stance recorded on purpose without a source shows a muted "unsourced" mark where its source
// would be, with what it means, in the brief's cards and on the stakeholder's page.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { de } from '../i18n/de';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { type RealApi, realApi } from '../test/realApi';
import { renderInApp } from '../test/render';
import MeasureBriefPage from './MeasureBriefPage';
import StakeholderPage from './StakeholderPage';

const slug = 'fr-de-encrypted-messaging-access-2016';

/** A measure and the Commission's stances on it: cited first, then known but not yet citable. */
async function recordStances(api: RealApi) {
  const { editor } = api;
  const reuters = await editor.sources.create({
    title: 'France and Germany want EU law',
    publisher: 'Reuters',
    kind: 'news',
    publishedOn: '2016-08-23',
  });
  const measure = await editor.measures.create({
    slug,
    title: 'Franco-German initiative on encrypted messaging',
    kind: 'initiative',
    jurisdiction: 'EU',
    stage: 'announced',
  });
  const commission = await editor.stakeholders.create({
    slug: 'european-commission',
    kind: 'organisation',
    name: 'European Commission',
    category: 'eu_institution',
  });
  const base = { measureId: measure.id, stakeholderId: commission.id, role: 'addressee' as const };
  await editor.positions.create({
    ...base,
    stance: 'neutral',
    statedOn: '2016-08',
    sourceId: reuters.id,
  });
  await editor.positions.create({
    ...base,
    stance: 'support',
    statedOn: '2016-09',
    quote: 'We welcome it.',
    unsourced: true,
  });
  return { reuters };
}

/** The marks shown in `scope`: each badge's word and its title. */
const marks = (scope: HTMLElement) =>
  [...scope.querySelectorAll<HTMLElement>('.unsourced-badge')].map((badge) => [
    badge.firstChild?.textContent,
    badge.title,
  ]);

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);

describe('an unsourced stance', () => {
  it('shows "unsourced" where the source would be in the brief, the cited one keeping its source', async () => {
    const api = realApi();
    const { reuters } = await recordStances(api);
    renderInApp(<MeasureBriefPage slug={slug} />, { api });
    await screen.findByRole('heading', { level: 1, name: /\S/ }, { timeout: 4000 });
    const card = document.querySelector<HTMLElement>('.bf-card')!;
    expect(card.textContent).toContain('We welcome it.');
    // The current stance is unsourced; the earlier one, in the history, cites Reuters.
    expect(marks(card)).toEqual([['unsourced', 'No source recorded for this stance yet']]);
    const badge = card.querySelector<HTMLElement>('.unsourced-badge')!;
    expect(badge.classList.contains('badge')).toBe(true);
    expect(badge.textContent).toBe(`${en.ui.unsourced.label} (${en.ui.unsourced.explanation})`);
    expect(card.textContent).toContain(reuters.title);
    expect(within(card).queryByText(en.ui.noSource)).toBeNull();
  });

  it('shows the mark on the stakeholder page, in French and in German', async () => {
    const api = realApi();
    await recordStances(api);
    renderInApp(<StakeholderPage slugOrId="european-commission" />, { api, locale: 'fr' });
    await screen.findByRole('heading', { level: 1, name: 'European Commission' });
    const list = document.querySelector<HTMLElement>('.stk-position-list')!;
    const steps = within(list).getAllByRole('listitem');
    expect(marks(steps[0]!)).toEqual([
      ['sans source', 'Aucune source n’est encore enregistrée pour cette position'],
    ]);
    expect(marks(steps[1]!)).toEqual([]);
    expect(steps[1]!.textContent).toContain('France and Germany want EU law');
    expect(fr.ui.unsourced.label).toBe('sans source');
    cleanup();

    renderInApp(<StakeholderPage slugOrId="european-commission" />, { api, locale: 'de' });
    await screen.findByRole('heading', { level: 1, name: 'European Commission' });
    const first = within(document.querySelector<HTMLElement>('.stk-position-list')!).getAllByRole(
      'listitem',
    )[0]!;
    expect(marks(first)).toEqual([
      ['ohne Quelle', 'Für diese Haltung ist noch keine Quelle erfasst'],
    ]);
    expect(de.ui.unsourced.label).toBe('ohne Quelle');
  });
});
