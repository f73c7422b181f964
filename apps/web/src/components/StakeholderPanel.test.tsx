import type { Stance } from '@dossier/domain';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { de } from '../i18n/de';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { renderInApp } from '../test/render';
import type { StakeholderEntry } from '../trpc';
import { entry, position, source } from './brief/fixtures';
import { placeOnScale } from './brief/stanceScale';
import { briefText } from './brief/text';
import { indexSources } from './SourceRef';
import { StakeholderPanel } from './StakeholderPanel';

afterEach(cleanup);

const oped = source({
  title: 'Op-ed against weakening encryption',
  publisher: 'Le Monde',
  publishedOn: '2016-08-22',
  url: 'https://example.org/op-ed',
});
const report = source({ title: 'Wire report', publisher: 'Reuters', publishedOn: '2016-08' });
const sources = indexSources([oped, report]);

const critic = entry('Privacy advocates', [
  position({
    stance: 'strongly_oppose',
    role: 'critic',
    statedOn: '2016-08-22',
    quote: 'Cracking down on encryption would give a monopoly to those who abuse it.',
    sourceId: oped.id,
  }),
]);
const minister = entry(
  'Interior minister',
  [
    position({
      stance: 'neutral',
      statedOn: '2016-08',
      statedOnPrecision: 'month',
      quote: 'We are looking at it.',
      sourceId: report.id,
    }),
    position({ stance: 'strongly_support', role: 'proponent', sourceId: report.id }),
  ],
  {
    kind: 'person',
    category: 'government',
    role: 'Minister of the Interior',
    slug: 'interior-minister',
    affiliation: { id: 'ministry', slug: 'interior-ministry', name: 'Interior Ministry' },
  },
);
const silent = entry('Messaging operator', [
  // The source this position points at is not in the brief's sources: an unsourced fact.
  position({ stance: 'unknown', sourceId: 'missing-source' }),
]);
const withStance = (name: string, stance: Stance) =>
  entry(name, [position({ stance, sourceId: report.id })]);

const renderPanel = (entries: StakeholderEntry[], locale: 'en' | 'fr' | 'de' = 'en') =>
  renderInApp(<StakeholderPanel stakeholders={entries} sources={sources} />, { locale });

const card = (name: string) => screen.getByRole('heading', { name, level: 4 }).closest('li')!;
const scale = () => screen.getByRole('list', { name: briefText.en.scale });
const namesOnScale = () =>
  within(scale())
    .getAllByRole('listitem')
    .filter((li) => li.parentElement === scale())
    .map((step) =>
      [...step.querySelectorAll('.bf-scale-names a')].map((a) => a.textContent).join(', '),
    );

describe('placeOnScale', () => {
  it('puts each stakeholder on the step of its current stance, unknown apart, names sorted', () => {
    const placed = placeOnScale([
      withStance('Zeta', 'support'),
      critic,
      silent,
      minister, // moved from neutral to strong support: only the current stance counts
      withStance('Alpha', 'support'),
      withStance('Observer', 'neutral'),
    ]);
    expect(placed.steps.map((s) => s.stance)).toEqual([
      'strongly_support',
      'support',
      'neutral',
      'oppose',
      'strongly_oppose',
    ]);
    expect(placed.steps.map((s) => s.entries.map((e) => e.stakeholder.name))).toEqual([
      ['Interior minister'],
      ['Alpha', 'Zeta'],
      ['Observer'],
      [],
      ['Privacy advocates'],
    ]);
    expect(placed.unknown.map((e) => e.stakeholder.name)).toEqual(['Messaging operator']);
  });
});

describe('StakeholderPanel', () => {
  it('draws the five steps in order with the names on them and the unknown stance apart', () => {
    renderPanel([critic, silent, minister, withStance('Sceptic', 'oppose')]);
    expect(namesOnScale()).toEqual(['Interior minister', '', '', 'Sceptic', 'Privacy advocates']);
    const steps = within(scale()).getAllByText(
      /^(Strongly supports|Supports|Neutral|Opposes|Strongly opposes)$/,
    );
    expect(steps.map((s) => s.textContent)).toEqual([
      en.stance.strongly_support,
      en.stance.support,
      en.stance.neutral,
      en.stance.oppose,
      en.stance.strongly_oppose,
    ]);
    expect(within(scale()).getAllByText(briefText.en.nobodyOnStep)).toHaveLength(2);
    expect(within(scale()).queryByText('Messaging operator')).toBeNull();
    const apart = screen.getByText(briefText.en.stanceApart).parentElement!;
    expect(within(apart).getByRole('link', { name: 'Messaging operator' })).toBeTruthy();
    // Each name on the scale leads to that stakeholder's card on the page.
    const link = within(scale()).getByRole('link', { name: 'Privacy advocates' });
    expect(document.getElementById(link.getAttribute('href')!.slice(1))).toBe(
      card('Privacy advocates'),
    );
  });

  it('gives each card the name linked to the stakeholder, the role, quote and source', () => {
    renderPanel([minister, critic, silent]);
    const against = screen.getByRole('region', { name: /^Strongly opposes/ });
    const item = within(against).getByRole('heading', { name: 'Privacy advocates' }).closest('li')!;
    const view = within(item);
    expect(view.getByRole('link', { name: 'Privacy advocates' }).getAttribute('href')).toBe(
      '/stakeholders/privacy-advocates',
    );
    expect(view.getByText(en.stance.strongly_oppose)).toBeTruthy();
    expect(view.getByText('as critic')).toBeTruthy();
    expect(item.querySelector('blockquote')?.textContent).toMatch(/monopoly to those who abuse it/);
    expect(view.getByRole('link', { name: oped.title }).getAttribute('href')).toBe(oped.url);
    // The number points into the brief's list of sources, where the op-ed comes first.
    const number = view.getByRole('link', { name: briefText.en.sourceNumber(1) });
    expect(number.textContent).toBe('[1]');
    expect(number.getAttribute('href')).toBe(`#source-${oped.id}`);
    expect(item.querySelector('.source')?.textContent).toContain('Le Monde, 22 August 2016');
    expect(within(against).queryByText('Interior minister')).toBeNull();

    const about = card('Interior minister').querySelector('.bf-card-about')!;
    expect(about.textContent).toBe('Minister of the Interior · Interior Ministry · Government');
    expect(
      within(card('Interior minister'))
        .getByRole('link', { name: 'Interior Ministry' })
        .getAttribute('href'),
    ).toBe('/stakeholders/interior-ministry');
  });

  it('says "no source" for a stance whose source is not on record, and nowhere else', () => {
    renderPanel([minister, critic, silent]);
    expect(within(card('Messaging operator')).getByText('no source')).toBeTruthy();
    expect(within(card('Privacy advocates')).queryByText('no source')).toBeNull();
    expect(screen.getAllByText('no source')).toHaveLength(1);
  });

  it('shows how a stance moved, oldest first, each date at its precision', () => {
    renderPanel([minister, critic]);
    const item = card('Interior minister');
    const history = within(item).getByRole('region', { name: en.ui.brief.history(2) });
    const steps = within(history).getAllByRole('listitem');
    expect(steps).toHaveLength(2);
    expect(steps[0]!.textContent).toContain('August 2016');
    expect(steps[0]!.textContent).not.toContain('23 August 2016');
    expect(within(steps[0]!).getByText(en.stance.neutral)).toBeTruthy();
    expect(steps[0]!.textContent).toContain('We are looking at it.');
    expect(steps[0]!.textContent).toContain('Wire report, Reuters, August 2016');
    expect(within(steps[1]!).getByText(en.stance.strongly_support)).toBeTruthy();
    expect(steps[1]!.textContent).toContain('23 August 2016');
    expect(steps[1]!.textContent).toContain(`(${briefText.en.now})`);
    expect(within(card('Privacy advocates')).queryByRole('region')).toBeNull();
  });

  it('groups the cards from strongest support to strongest opposition, unknown last, with counts', () => {
    renderPanel([
      withStance('Sceptic', 'oppose'),
      minister,
      critic,
      silent,
      withStance('Observer', 'neutral'),
    ]);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      `${en.stance.strongly_support} (1)`,
      `${en.stance.neutral} (1)`,
      `${en.stance.oppose} (1)`,
      `${en.stance.strongly_oppose} (1)`,
      `${en.stance.unknown} (1)`,
    ]);
  });

  it('speaks French: steps, roles, dates and the missing source', () => {
    renderPanel([minister, critic, silent], 'fr');
    expect(screen.getByRole('list', { name: briefText.fr.scale })).toBeTruthy();
    const item = card('Privacy advocates');
    expect(within(item).getByText(fr.stance.strongly_oppose)).toBeTruthy();
    expect(within(item).getByText('en tant que critique')).toBeTruthy();
    expect(item.querySelector('.source')?.textContent).toBe(
      'Source\u202f: [1] Op-ed against weakening encryption, Le Monde, 22 août 2016',
    );
    expect(within(card('Messaging operator')).getByText(fr.ui.noSource)).toBeTruthy();
    expect(document.querySelector('.bf-scale-apart')!.textContent).toBe(briefText.fr.stanceApart);
    expect(screen.getByRole('heading', { level: 5 }).textContent).toBe(fr.ui.brief.history(2));
    expect(card('Interior minister').textContent).toContain('août 2016');
  });

  it('speaks German on the scale and in the group headings', () => {
    renderPanel([critic, silent], 'de');
    const steps = within(screen.getByRole('list', { name: briefText.de.scale })).getAllByText(
      new RegExp(`^(${de.stance.strongly_oppose}|${briefText.de.nobodyOnStep})$`),
    );
    expect(steps.map((s) => s.textContent)).toEqual([
      briefText.de.nobodyOnStep,
      briefText.de.nobodyOnStep,
      briefText.de.nobodyOnStep,
      briefText.de.nobodyOnStep,
      de.stance.strongly_oppose,
    ]);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Lehnt entschieden ab (1)', 'Haltung unbekannt (1)']);
    expect(
      within(card('Privacy advocates')).getByText(de.ui.brief.asRole(de.role.critic)),
    ).toBeTruthy();
  });

  it('counts everyone on each step, and names those whose cards are loaded', () => {
    renderInApp(
      <StakeholderPanel
        stakeholders={[critic, minister]}
        sources={sources}
        counts={{
          strongly_support: 1,
          support: 0,
          neutral: 0,
          oppose: 0,
          strongly_oppose: 4,
          unknown: 2,
        }}
      />,
    );
    const step = [...scale().children].at(-1) as HTMLElement;
    expect(step.querySelector('.bf-scale-count')?.textContent).toBe('4');
    expect(within(step).getByText(briefText.en.moreOnStep(3))).toBeTruthy();
    const apart = document.querySelector('.bf-scale-unknown')!;
    expect(apart.querySelector('.bf-scale-count')?.textContent).toBe('2');
    expect(within(apart as HTMLElement).queryByText(briefText.en.nobodyOnStep)).toBeNull();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      `${en.stance.strongly_support} (1)`,
      `${en.stance.strongly_oppose} (4)`,
    ]);
  });

  it("points to the stakeholder's page for positions older than the history it shows", () => {
    renderPanel([{ ...minister, positionCount: 25 }]);
    const link = within(card('Interior minister')).getByRole('link', {
      name: briefText.en.earlierPositions(23),
    });
    expect(link.getAttribute('href')).toBe('/stakeholders/interior-minister');
  });

  it('says so when nobody has taken a position', () => {
    renderPanel([]);
    expect(screen.getByText(en.ui.brief.noStakeholders)).toBeTruthy();
  });
});
