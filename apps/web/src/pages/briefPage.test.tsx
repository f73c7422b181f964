import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { briefText } from '../components/brief/text';
import { notesStrings } from '../components/notes/strings';
import { de } from '../i18n/de';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { type RealApi, realApi } from '../test/realApi';
import { renderInApp } from '../test/render';
import MeasureBriefPage from './MeasureBriefPage';

afterEach(cleanup);

const slug = 'fr-de-encrypted-messaging-access-2016';
const title = 'Franco-German initiative on encrypted messaging';

/**
 * The dossier of the briefs below, recorded through the API as an editor would: the measure
 * with its procedure reference, three events (one ahead), a supporter and a critic, the review
 * it waits on, a measure that needs it, and the database it links.
 */
async function recordSample(api: RealApi) {
  const { editor } = api;
  const article = await editor.sources.create({
    title: 'France and Germany want EU law on encrypted messaging',
    publisher: 'Reuters',
    kind: 'news',
    publishedOn: '2016-08-23',
    url: 'https://example.org/reuters',
    note: 'Paris, 23 August 2016.',
  });
  const op = await editor.sources.create({
    title: 'Op-ed',
    publisher: 'Le Monde',
    kind: 'news',
    publishedOn: '2016-08-22',
  });
  const measure = await editor.measures.create({
    slug,
    title,
    kind: 'initiative',
    jurisdiction: 'EU',
    stage: 'announced',
    summary: 'France and Germany want access.\n\nThe Commission welcomed it.',
    policyAreas: ['encryption', 'privacy'],
    identifiers: [{ scheme: 'procedure_ref', value: '2017/0003(COD)' }],
    sourceId: article.id,
  });
  const event = (date: string, kind: 'announcement' | 'statement' | 'meeting', what: string) =>
    editor.events.create({ measureId: measure.id, date, kind, title: what, sourceId: article.id });
  await event('2016-08-23', 'announcement', 'Presented in Paris');
  await event('2016-08', 'statement', 'Hinted at');
  await event('2030-02-01', 'meeting', 'Council debate');

  const stance = async (
    name: string,
    position: { stance: 'strongly_support' | 'support' | 'oppose'; sourceId: string },
    role: 'proponent' | 'critic' | 'supporter' = 'supporter',
  ) => {
    const stakeholder = await editor.stakeholders.create({
      slug: name.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-'),
      kind: 'organisation',
      name,
      category: 'ngo',
    });
    await editor.positions.create({
      measureId: measure.id,
      stakeholderId: stakeholder.id,
      role,
      statedOn: '2016-08-23',
      ...position,
    });
  };
  await stance(
    'Bernard Cazeneuve',
    { stance: 'strongly_support', sourceId: article.id },
    'proponent',
  );
  await stance('CNIL', { stance: 'oppose', sourceId: op.id }, 'critic');

  const review = await editor.measures.create({
    slug: 'eu-eprivacy-framework-review',
    title: 'Review of the e-privacy framework',
    kind: 'review',
    jurisdiction: 'EU',
    stage: 'consultation',
  });
  await editor.events.create({
    measureId: review.id,
    date: '2016-08-23',
    kind: 'statement',
    title: 'Framework already under review',
    sourceId: article.id,
  });
  await editor.events.create({
    measureId: review.id,
    date: '2030-01',
    kind: 'proposal',
    title: 'Proposal expected',
    sourceId: article.id,
  });
  await editor.links.create({
    fromMeasureId: measure.id,
    toMeasureId: review.id,
    relation: 'depends_on',
    sourceId: article.id,
  });
  const linking = await editor.measures.create({
    slug: 'linking-the-eu-databases',
    title: 'Linking the EU databases',
    kind: 'initiative',
    jurisdiction: 'EU',
    stage: 'announced',
  });
  await editor.links.create({
    fromMeasureId: linking.id,
    toMeasureId: measure.id,
    relation: 'depends_on',
  });
  const vis = await editor.systems.create({
    slug: 'vis',
    acronym: 'VIS',
    name: 'Visa Information System',
    holds: 'visa applications',
  });
  await editor.systems.link({ measureId: measure.id, systemId: vis.id, action: 'links' });
  return { measure, article, op, review };
}

async function openBrief(api: RealApi, locale: 'en' | 'fr' | 'de' = 'en', ref = slug) {
  renderInApp(<MeasureBriefPage slug={ref} />, { api, locale });
  return screen.findByRole('heading', { level: 1, name: /\S/ }, { timeout: 4000 });
}

const headingLevels = () => screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));

describe('the brief', () => {
  it('has one h1 and headings that never skip a level', async () => {
    const api = realApi();
    await recordSample(api);
    await openBrief(api);
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

  it('heads the brief with the stage, the identifiers, the policy areas, latest and next', async () => {
    const api = realApi();
    await recordSample(api);
    await openBrief(api);
    const header = document.querySelector<HTMLElement>('.bf-header')!;
    expect(header.textContent).toContain('Procedure 2017/0003(COD)');
    expect(
      within(header)
        .getAllByRole('listitem', {})
        .map((li) => li.textContent),
    ).toEqual(expect.arrayContaining(['encryption', 'privacy']));
    expect(header.textContent).toContain('23 August 2016 — Presented in Paris');
    expect(header.textContent).toContain('1 February 2030 — Council debate');
    expect(within(header).getByRole('listitem', { current: 'step' }).textContent).toContain(
      en.stage.announced,
    );
  });

  it('says plainly when there is no official reference, no next event and no source', async () => {
    const api = realApi();
    await api.editor.measures.create({
      slug: 'a-measure',
      title: 'A measure',
      kind: 'initiative',
      jurisdiction: 'EU',
      stage: 'announced',
    });
    await openBrief(api, 'en', 'a-measure');
    expect(screen.getByText(en.ui.brief.noIdentifiers)).toBeTruthy();
    expect(screen.getByText(briefText.en.nothingScheduled)).toBeTruthy();
    expect(screen.getByText(en.ui.brief.noSummary)).toBeTruthy();
    const summary = screen.getByRole('region', { name: en.ui.brief.summary });
    expect(within(summary).getByText(en.ui.noSource)).toBeTruthy();
  });

  it('shows the reviews with their status and does not repeat them among related measures', async () => {
    const api = realApi();
    const { review } = await recordSample(api);
    await openBrief(api);
    const reviews = screen.getByRole('region', { name: en.ui.brief.reviews });
    expect(within(reviews).getByRole('link', { name: review.title }).getAttribute('href')).toBe(
      `/measures/${review.slug}`,
    );
    expect(reviews.textContent).toContain(`Consultation (${briefText.en.stepOf(2, 7)})`);
    expect(reviews.textContent).toContain('23 August 2016 — Framework already under review');
    expect(reviews.textContent).toContain('January 2030 — Proposal expected');

    const related = screen.getByRole('region', { name: en.ui.brief.related });
    const items = within(related).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    // The other measure depends on this one: read from here, this one is "awaited by" it.
    expect(items[0]!.textContent).toContain(en.relationReading.awaited_by);
    expect(within(items[0]!).getByRole('link').getAttribute('href')).toBe(
      '/measures/linking-the-eu-databases',
    );
  });

  it('numbers the sources as the references in the text do, with publisher, date, kind, note, url', async () => {
    const api = realApi();
    const { article, op } = await recordSample(api);
    await openBrief(api);
    const list = within(screen.getByRole('region', { name: en.ui.brief.sources })).getByRole(
      'list',
    );
    const items = within(list).getAllByRole('listitem');
    // Oldest publication first: the op-ed came out the day before the report.
    expect(items.map((li) => li.id)).toEqual([`source-${op.id}`, `source-${article.id}`]);
    expect(items[1]!.textContent).toContain('Reuters · 23 August 2016 · News');
    expect(items[1]!.textContent).toContain('Paris, 23 August 2016.');
    expect(within(items[1]!).getByRole('link').getAttribute('href')).toBe(article.url);
    const summary = screen.getByRole('region', { name: en.ui.brief.summary });
    expect(
      within(summary).getByRole('link', { name: briefText.en.sourceNumber(2) }).textContent,
    ).toBe('[2]');
  });

  it('speaks French throughout', async () => {
    const api = realApi();
    await recordSample(api);
    await openBrief(api, 'fr');
    // The team's sections (signed in) load after the brief's own.
    await screen.findByRole('heading', { level: 2, name: notesStrings.fr.meetingsTitle });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      fr.ui.brief.summary,
      fr.ui.brief.timeline,
      fr.ui.brief.stakeholders,
      fr.ui.brief.reviews,
      fr.ui.brief.related,
      fr.ui.brief.systems,
      fr.ui.brief.sources,
      notesStrings.fr.notesTitle,
      notesStrings.fr.meetingsTitle,
    ]);
    expect(screen.getByRole('button', { name: briefText.fr.print })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: briefText.fr.onThisPage })).toBeTruthy();
    const header = document.querySelector('.bf-header')!;
    expect(header.textContent).toContain('23 août 2016 — Presented in Paris');
    expect(header.textContent).toContain(fr.identifierScheme.procedure_ref);
    expect(screen.getByText(fr.relationReading.awaited_by)).toBeTruthy();
    expect(document.querySelector('.balance-text')!.textContent).toBe(
      '1 pour · 0 neutre · 1 contre · 0 inconnu',
    );
  });

  it('offers Retry when the server is down, then shows the brief and names the tab after it', async () => {
    const api = realApi();
    await recordSample(api);
    api.setReachable(false);
    renderInApp(<MeasureBriefPage slug={slug} />, { api, locale: 'fr' });
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert.textContent).toContain(fr.ui.errors.unreachable);

    api.setReachable(true);
    fireEvent.click(screen.getByRole('button', { name: fr.ui.retry }));
    // The error state stood in for the page with its own h1; now the brief's title is the h1.
    const heading = await screen.findByRole('heading', { level: 1, name: title });
    expect(screen.getAllByRole('heading', { level: 1 })).toEqual([heading]);
    expect(document.title).toBe(`${title} · ${fr.ui.appName}`);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

/**
 * The sample grown past every first page of its brief: 100 meetings in late 2015 before its own
 * events (the brief holds the latest 40 past ones), 48 more supporters (it holds 50
 * stakeholders, so a second critic falls on the next page) and a source for each of them (it
 * holds 50 sources). The meetings the brief leaves out cite an archive no other fact cites, so
 * the brief does not list it either.
 */
async function recordLarge(api: RealApi) {
  const sample = await recordSample(api);
  const { editor } = api;
  const { measure, article } = sample;
  const archive = await editor.sources.create({
    title: 'Council archive',
    publisher: 'Council',
    kind: 'official',
    publishedOn: '2024-01',
  });
  for (let i = 0; i < 100; i++) {
    const month = String(12 - Math.floor(i / 28)).padStart(2, '0');
    const day = String(28 - (i % 28)).padStart(2, '0');
    await editor.events.create({
      measureId: measure.id,
      date: `2015-${month}-${day}`,
      kind: 'meeting',
      title: `Earlier meeting ${i + 1}`,
      // The brief shows its two own past events and the 38 latest of these.
      sourceId: i < 38 ? article.id : archive.id,
    });
  }
  for (let i = 1; i <= 48; i++) {
    const name = `Supporter ${String(i).padStart(2, '0')}`;
    const statement = await editor.sources.create({
      title: `Statement of ${name}`,
      publisher: name,
      kind: 'press_release',
    });
    const stakeholder = await editor.stakeholders.create({
      slug: `supporter-${i}`,
      kind: 'organisation',
      name,
      category: 'company',
    });
    await editor.positions.create({
      measureId: measure.id,
      stakeholderId: stakeholder.id,
      stance: 'support',
      role: 'supporter',
      statedOn: '2016-08-24',
      sourceId: statement.id,
    });
  }
  const telegram = await editor.stakeholders.create({
    slug: 'telegram',
    kind: 'organisation',
    name: 'Telegram',
    category: 'company',
  });
  await editor.positions.create({
    measureId: measure.id,
    stakeholderId: telegram.id,
    stance: 'oppose',
    role: 'critic',
    statedOn: '2016-08-24',
    sourceId: article.id,
  });
  const brief = await api.reader.measures.get({ ref: slug });
  return { ...sample, archive, brief };
}

describe('the brief of a large measure', () => {
  const timelineItems = () =>
    within(screen.getByRole('region', { name: en.ui.brief.timeline }))
      .getAllByRole('listitem')
      .map((li) => li.querySelector('strong')?.textContent);
  const sourceIds = () =>
    within(screen.getByRole('region', { name: en.ui.brief.sources }))
      .getAllByRole('listitem')
      .map((li) => li.id);

  it('shows the first page of the timeline and loads the earlier events on request', async () => {
    const api = realApi();
    const { brief, archive, measure } = await recordLarge(api);
    await openBrief(api);
    const timeline = screen.getByRole('region', { name: en.ui.brief.timeline });
    // The latest 40 past events and the one ahead.
    expect(within(timeline).getByText('41 of 103 shown')).toBeTruthy();
    expect(timelineItems()).toHaveLength(41);
    const listed = sourceIds();
    expect(listed).toHaveLength(50);
    expect(listed).not.toContain(`source-${archive.id}`);

    fireEvent.click(within(timeline).getByRole('button', { name: 'Show 50 earlier events' }));
    await waitFor(() => expect(timelineItems()).toHaveLength(91));
    expect(api.inputsOf('measures.timeline')).toEqual([
      { ref: measure.id, cursor: brief.timeline.nextCursor, limit: 50 },
    ]);
    // Oldest first still: the loaded events come before the brief's own.
    expect(timelineItems().at(0)).toBe('Earlier meeting 88');
    expect(timelineItems().at(-1)).toBe('Council debate');
    expect(within(timeline).getByText('91 of 103 shown')).toBeTruthy();
    // Their source joins the list of sources after the brief's own, so no number changes.
    expect(sourceIds()).toEqual([...listed, `source-${archive.id}`]);
    const oldest = within(timeline).getAllByRole('listitem')[0]!;
    expect(within(oldest).getByRole('link', { name: briefText.en.sourceNumber(51) })).toBeTruthy();

    fireEvent.click(within(timeline).getByRole('button', { name: 'Show all 103' }));
    await waitFor(() => expect(timelineItems()).toHaveLength(103));
    expect(timelineItems().at(0)).toBe('Earlier meeting 100');
    // Nothing more to show (an editor's controls are the only buttons left).
    expect(within(timeline).queryByRole('button', { name: /^Show/ })).toBeNull();
  });

  it('counts every stakeholder on the scale and loads the other cards on request', async () => {
    const api = realApi();
    const { brief, measure } = await recordLarge(api);
    await openBrief(api);
    const panel = screen.getByRole('region', { name: en.ui.brief.stakeholders });
    const oppose = within(panel).getByRole('heading', { name: /^Opposes/, level: 3 });
    expect(oppose.textContent).toBe(`${en.stance.oppose} (2)`);
    expect(within(panel).getByText(briefText.en.moreOnStep(1))).toBeTruthy();
    expect(within(panel).queryByRole('heading', { name: 'Telegram', level: 4 })).toBeNull();

    fireEvent.click(within(panel).getByRole('button', { name: 'Show 1 more' }));
    expect(await within(panel).findByRole('heading', { name: 'Telegram', level: 4 })).toBeTruthy();
    expect(api.inputsOf('measures.stakeholders')).toEqual([
      { ref: measure.id, cursor: brief.stakeholders.nextCursor, limit: 50 },
    ]);
    expect(within(panel).queryByText(briefText.en.moreOnStep(1))).toBeNull();
    expect(within(panel).queryByRole('button', { name: /^Show/ })).toBeNull();
  });

  it('says when loading more failed and offers it again', async () => {
    const api = realApi();
    await recordLarge(api);
    await openBrief(api, 'de');
    const list = screen.getByRole('region', { name: de.ui.brief.sources });
    // The connection drops after the brief came: the next page cannot come.
    api.setReachable(false);
    fireEvent.click(within(list).getByRole('button', { name: '1 weitere anzeigen' }));
    expect((await within(list).findByRole('alert')).textContent).toBe(de.ui.more.failed);
    expect(within(list).getByRole('button', { name: 'Alle 51 anzeigen' })).toBeTruthy();

    api.setReachable(true);
    fireEvent.click(within(list).getByRole('button', { name: '1 weitere anzeigen' }));
    // Waits for the page itself: the alert goes as soon as the second try starts.
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(51));
    expect(within(list).queryByRole('alert')).toBeNull();
    expect(within(list).queryByRole('button')).toBeNull();
  });
});
