import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  brief,
  entry,
  event,
  linked,
  position,
  source,
  systemLink,
} from '../components/brief/fixtures';
import { briefText } from '../components/brief/text';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { renderInApp } from '../test/render';
import MeasureBriefPage, { BriefView } from './MeasureBriefPage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const article = source({
  title: 'France and Germany want EU law on encrypted messaging',
  publisher: 'Reuters',
  publishedOn: '2016-08-23',
  url: 'https://example.org/reuters',
  note: 'Paris, 23 August 2016.',
});
const op = source({ title: 'Op-ed', publisher: 'Le Monde', publishedOn: '2016-08-22' });

const review = linked('Review of the e-privacy framework', {
  relation: 'depends_on',
  measure: { stage: 'consultation' },
  lastEvent: {
    measureId: 'm2',
    date: '2016-08-23',
    datePrecision: 'day',
    kind: 'statement',
    title: 'Framework already under review',
  },
  nextEvent: {
    measureId: 'm2',
    date: '2030-01',
    datePrecision: 'month',
    kind: 'proposal',
    title: 'Proposal expected',
  },
  sourceId: article.id,
});

const sample = brief({
  measure: {
    slug: 'fr-de-encrypted-messaging-access-2016',
    title: 'Franco-German initiative on encrypted messaging',
    summary: 'France and Germany want access.\n\nThe Commission welcomed it.',
    policyAreas: ['encryption', 'privacy'],
    sourceId: article.id,
  },
  identifiers: [{ scheme: 'procedure_ref', value: '2017/0003(COD)' }],
  timeline: [
    event({
      date: '2016-08-23',
      kind: 'announcement',
      title: 'Presented in Paris',
      sourceId: article.id,
    }),
    event({ date: '2016-08', title: 'Hinted at', sourceId: article.id }),
    event({
      date: '2030-02-01',
      kind: 'meeting',
      title: 'Council debate',
      sourceId: article.id,
      upcoming: true,
    }),
  ],
  stakeholders: [
    entry('Bernard Cazeneuve', [
      position({ stance: 'strongly_support', role: 'proponent', sourceId: article.id }),
    ]),
    entry('CNIL', [position({ stance: 'oppose', role: 'critic', sourceId: op.id })]),
  ],
  balance: { support: 1, neutral: 0, oppose: 1, unknown: 0 },
  reviews: [review],
  related: [
    review,
    linked('Linking the EU databases', {
      relation: 'depends_on',
      direction: 'incoming',
      measure: { kind: 'initiative', stage: 'announced' },
    }),
  ],
  systems: [systemLink('VIS', 'links')],
  sources: [op, article],
});

const headingLevels = () => screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));

describe('BriefView', () => {
  it('has one h1 and headings that never skip a level', () => {
    renderInApp(<BriefView brief={sample} />);
    const levels = headingLevels();
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.slice(1).forEach((level, i) => {
      expect(level - levels[i]!).toBeLessThanOrEqual(1);
    });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      en.ui.brief.summary,
      en.ui.brief.timeline,
      en.ui.brief.stakeholders,
      en.ui.brief.reviews,
      en.ui.brief.related,
      en.ui.brief.systems,
      en.ui.brief.sources,
    ]);
  });

  it('heads the brief with the stage, the identifiers, the policy areas, latest and next', () => {
    renderInApp(<BriefView brief={sample} />);
    const header = document.querySelector('.bf-header')!;
    expect(header.textContent).toContain('Procedure 2017/0003(COD)');
    expect(
      within(header as HTMLElement)
        .getAllByRole('listitem', {})
        .map((li) => li.textContent),
    ).toEqual(expect.arrayContaining(['encryption', 'privacy']));
    expect(header.textContent).toContain('23 August 2016 — Presented in Paris');
    expect(header.textContent).toContain('1 February 2030 — Council debate');
    expect(
      within(header as HTMLElement).getByRole('listitem', { current: 'step' }).textContent,
    ).toContain(en.stage.announced);
  });

  it('says plainly when there is no official reference, no next event and no source', () => {
    renderInApp(<BriefView brief={brief({ timeline: [] })} />);
    expect(screen.getByText(en.ui.brief.noIdentifiers)).toBeTruthy();
    expect(screen.getByText(briefText.en.nothingScheduled)).toBeTruthy();
    expect(screen.getByText(en.ui.brief.noSummary)).toBeTruthy();
    const summary = screen.getByRole('region', { name: en.ui.brief.summary });
    expect(within(summary).getByText(en.ui.noSource)).toBeTruthy();
  });

  it('shows the reviews with their status and does not repeat them among related measures', () => {
    renderInApp(<BriefView brief={sample} />);
    const reviews = screen.getByRole('region', { name: en.ui.brief.reviews });
    expect(
      within(reviews).getByRole('link', { name: review.measure.title }).getAttribute('href'),
    ).toBe(`/measures/${review.measure.slug}`);
    expect(reviews.textContent).toContain(`Consultation (${briefText.en.stepOf(2, 6)})`);
    expect(reviews.textContent).toContain('23 August 2016 — Framework already under review');
    expect(reviews.textContent).toContain('January 2030 — Proposal expected');

    const related = screen.getByRole('region', { name: en.ui.brief.related });
    const items = within(related).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    // The other measure depends on this one: read from here, this one is "needed by" it.
    expect(items[0]!.textContent).toContain(en.relation.depends_on.incoming);
    expect(within(items[0]!).getByRole('link').getAttribute('href')).toBe(
      '/measures/linking-the-eu-databases',
    );
  });

  it('numbers the sources as the references in the text do, with publisher, date, kind, note, url', () => {
    renderInApp(<BriefView brief={sample} />);
    const list = within(screen.getByRole('region', { name: en.ui.brief.sources })).getByRole(
      'list',
    );
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.id)).toEqual([`source-${op.id}`, `source-${article.id}`]);
    expect(items[1]!.textContent).toContain('Reuters · 23 August 2016 · News');
    expect(items[1]!.textContent).toContain('Paris, 23 August 2016.');
    expect(within(items[1]!).getByRole('link').getAttribute('href')).toBe(article.url);
    const summary = screen.getByRole('region', { name: en.ui.brief.summary });
    expect(
      within(summary).getByRole('link', { name: briefText.en.sourceNumber(2) }).textContent,
    ).toBe('[2]');
  });

  it('speaks French throughout', () => {
    renderInApp(<BriefView brief={sample} />, { locale: 'fr' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      fr.ui.brief.summary,
      fr.ui.brief.timeline,
      fr.ui.brief.stakeholders,
      fr.ui.brief.reviews,
      fr.ui.brief.related,
      fr.ui.brief.systems,
      fr.ui.brief.sources,
    ]);
    expect(screen.getByRole('button', { name: briefText.fr.print })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: briefText.fr.onThisPage })).toBeTruthy();
    const header = document.querySelector('.bf-header')!;
    expect(header.textContent).toContain('23 août 2016 — Presented in Paris');
    expect(header.textContent).toContain(fr.identifierScheme.procedure_ref);
    expect(screen.getByText(fr.relation.depends_on.incoming)).toBeTruthy();
    expect(document.querySelector('.balance-text')!.textContent).toBe(
      '1 pour · 0 neutre · 1 contre · 0 inconnu',
    );
  });
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('MeasureBriefPage', () => {
  it('offers Retry when the server is down, then shows the brief and names the tab after it', async () => {
    let up = false;
    const fetch = vi.fn(async () => {
      if (!up) throw new TypeError('Failed to fetch');
      return json([{ result: { data: sample } }]);
    });
    vi.stubGlobal('fetch', fetch);
    renderInApp(<MeasureBriefPage slug={sample.measure.slug} />, { api: true, locale: 'fr' });
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert.textContent).toContain(fr.ui.errors.unreachable);

    up = true;
    fireEvent.click(screen.getByRole('button', { name: fr.ui.retry }));
    // The error state stood in for the page with its own h1; now the brief's title is the h1.
    const title = await screen.findByRole('heading', { level: 1, name: sample.measure.title });
    expect(screen.getAllByRole('heading', { level: 1 })).toEqual([title]);
    expect(document.title).toBe(`${sample.measure.title} · ${fr.ui.appName}`);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
