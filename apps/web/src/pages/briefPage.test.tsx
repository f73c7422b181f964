import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  brief,
  entry,
  event,
  linked,
  page,
  position,
  source,
  systemLink,
} from '../components/brief/fixtures';
import { briefText } from '../components/brief/text';
import { de } from '../i18n/de';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { renderInApp } from '../test/render';
import { inputsOf, stubApi } from '../test/stubApi';
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
    renderInApp(<BriefView brief={sample} />, { api: true });
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
    renderInApp(<BriefView brief={sample} />, { api: true });
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
    renderInApp(<BriefView brief={brief({ timeline: [] })} />, { api: true });
    expect(screen.getByText(en.ui.brief.noIdentifiers)).toBeTruthy();
    expect(screen.getByText(briefText.en.nothingScheduled)).toBeTruthy();
    expect(screen.getByText(en.ui.brief.noSummary)).toBeTruthy();
    const summary = screen.getByRole('region', { name: en.ui.brief.summary });
    expect(within(summary).getByText(en.ui.noSource)).toBeTruthy();
  });

  it('shows the reviews with their status and does not repeat them among related measures', () => {
    renderInApp(<BriefView brief={sample} />, { api: true });
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
    renderInApp(<BriefView brief={sample} />, { api: true });
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
    renderInApp(<BriefView brief={sample} />, { locale: 'fr', api: true });
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

describe('the brief of a large measure', () => {
  const archive = source({ title: 'Council archive', publisher: 'Council', publishedOn: '2015' });
  /** 100 events before the brief's own, newest first, as measures.timeline pages them. */
  const earlier = Array.from({ length: 100 }, (_, i) =>
    event({
      date: `2015-${String(12 - Math.floor(i / 28)).padStart(2, '0')}-${String(28 - (i % 28)).padStart(2, '0')}`,
      title: `Earlier meeting ${i + 1}`,
      sourceId: archive.id,
    }),
  );
  const large = brief({
    ...sample,
    measure: sample.measure,
    timeline: page(sample.timeline.items, { total: 103, nextCursor: 'timeline-1' }),
  });
  const timelineItems = () =>
    within(screen.getByRole('region', { name: en.ui.brief.timeline }))
      .getAllByRole('listitem')
      .map((li) => li.querySelector('strong')?.textContent);

  function stubTimeline() {
    return stubApi({
      'measures.timeline': (input) => {
        const items =
          input.cursor === 'timeline-1'
            ? earlier.slice(0, 50)
            : input.cursor === 'timeline-2'
              ? earlier.slice(50)
              : [...sample.timeline.items].reverse().concat(earlier);
        const nextCursor = input.cursor === 'timeline-1' ? 'timeline-2' : null;
        return { items, nextCursor, sources: [archive] };
      },
    });
  }

  it('shows the first page of the timeline and loads the earlier events on request', async () => {
    const fetch = stubTimeline();
    renderInApp(<BriefView brief={large} />, { api: true });
    const timeline = screen.getByRole('region', { name: en.ui.brief.timeline });
    expect(within(timeline).getByText('3 of 103 shown')).toBeTruthy();
    expect(timelineItems()).toHaveLength(3);

    fireEvent.click(within(timeline).getByRole('button', { name: 'Show 50 earlier events' }));
    await waitFor(() => expect(timelineItems()).toHaveLength(53));
    expect(inputsOf(fetch, 'measures.timeline')).toEqual([
      { ref: large.measure.id, cursor: 'timeline-1', limit: 50 },
    ]);
    // Oldest first still: the loaded events come before the brief's own.
    expect(timelineItems().at(0)).toBe('Earlier meeting 50');
    expect(timelineItems().at(-1)).toBe('Council debate');
    expect(within(timeline).getByText('53 of 103 shown')).toBeTruthy();
    // Their source joins the list of sources, after the brief's own, so no number changes.
    const sources = within(screen.getByRole('region', { name: en.ui.brief.sources }));
    expect(sources.getAllByRole('listitem').map((li) => li.id)).toEqual([
      `source-${op.id}`,
      `source-${article.id}`,
      `source-${archive.id}`,
    ]);
    const oldest = within(timeline).getAllByRole('listitem')[0]!;
    expect(within(oldest).getByRole('link', { name: briefText.en.sourceNumber(3) })).toBeTruthy();

    fireEvent.click(within(timeline).getByRole('button', { name: 'Show all 103' }));
    await waitFor(() => expect(timelineItems()).toHaveLength(103));
    expect(timelineItems().at(0)).toBe('Earlier meeting 100');
    expect(within(timeline).queryByRole('button')).toBeNull();
  });

  it('counts every stakeholder on the scale and loads the other cards on request', async () => {
    const third = entry('Telegram', [position({ stance: 'oppose', sourceId: article.id })]);
    const fetch = stubApi({
      'measures.stakeholders': () => ({ items: [third], nextCursor: null, sources: [article] }),
    });
    const counted = brief({
      ...sample,
      measure: sample.measure,
      stakeholders: page(sample.stakeholders.items, { total: 3, nextCursor: 'people-1' }),
      stanceCounts: { ...sample.stanceCounts, oppose: 2 },
    });
    renderInApp(<BriefView brief={counted} />, { api: true });
    const panel = screen.getByRole('region', { name: en.ui.brief.stakeholders });
    const oppose = within(panel).getByRole('heading', { name: /^Opposes/, level: 3 });
    expect(oppose.textContent).toBe(`${en.stance.oppose} (2)`);
    expect(within(panel).getByText(briefText.en.moreOnStep(1))).toBeTruthy();

    fireEvent.click(within(panel).getByRole('button', { name: 'Show 1 more' }));
    expect(await within(panel).findByRole('heading', { name: 'Telegram', level: 4 })).toBeTruthy();
    expect(inputsOf(fetch, 'measures.stakeholders')).toEqual([
      { ref: counted.measure.id, cursor: 'people-1', limit: 50 },
    ]);
    expect(within(panel).queryByText(briefText.en.moreOnStep(1))).toBeNull();
    expect(within(panel).queryByRole('button', { name: /^Show/ })).toBeNull();
  });

  it('says when loading more failed and offers it again', async () => {
    stubApi({ 'measures.sources': new Error('No measure matches "gone".') });
    const many = brief({
      ...sample,
      measure: sample.measure,
      sources: page(sample.sources.items, { total: 9, nextCursor: 'sources-1' }),
    });
    renderInApp(<BriefView brief={many} />, { api: true, locale: 'de' });
    const list = screen.getByRole('region', { name: de.ui.brief.sources });
    fireEvent.click(within(list).getByRole('button', { name: '7 weitere anzeigen' }));
    expect((await within(list).findByRole('alert')).textContent).toBe(de.ui.more.failed);
    expect(within(list).getByRole('button', { name: 'Alle 9 anzeigen' })).toBeTruthy();
  });
});
