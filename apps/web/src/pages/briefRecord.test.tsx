// The brief over records whose sources disagree, entered through the real API as an editor
// would: claims side by side with their sources, the stage warning and its one-step fix,
// relations read from either end, identifiers in their standard form.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { briefText } from '../components/brief/text';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { type RealApi, realApi } from '../test/realApi';
import { renderInApp } from '../test/render';
import MeasureBriefPage from './MeasureBriefPage';

afterEach(cleanup);

const x = briefText.en;

async function openBrief(api: RealApi, slug: string, locale: 'en' | 'fr' = 'en') {
  renderInApp(<MeasureBriefPage slug={slug} />, { api, locale });
  return screen.findByRole('heading', { level: 1, name: /\S/ }, { timeout: 4000 });
}

async function twoSources(api: RealApi) {
  const record = await api.editor.sources.create({
    title: 'The legislative record',
    publisher: 'Observatory',
    kind: 'official',
    publishedOn: '2020-01',
  });
  const news = await api.editor.sources.create({
    title: 'A news report',
    publisher: 'Example News',
    kind: 'news',
    publishedOn: '2020-03',
  });
  return { record, news };
}

/** A directive shown as adopted whose timeline has reached its entry into force. */
async function adoptedButInForce(api: RealApi) {
  const { record } = await twoSources(api);
  const measure = await api.editor.measures.create({
    slug: 'a-directive',
    title: 'A directive',
    kind: 'directive',
    jurisdiction: 'EU',
    stage: 'adopted',
    stageOn: '2021-01-20',
    sourceId: record.id,
  });
  await api.editor.events.create({
    measureId: measure.id,
    kind: 'entry_into_force',
    date: '2021-02-09',
    title: 'The directive enters into force',
    sourceId: record.id,
  });
  return { measure, record };
}

const track = () => screen.getByRole('list', { name: en.ui.brief.stageTrack });
const currentStep = () => within(track()).getByRole('listitem', { current: 'step' });

describe('the stage warning', () => {
  it('says which event moved past the stage, and accepts the stage it suggests', async () => {
    const api = realApi();
    const { measure, record } = await adoptedButInForce(api);
    await openBrief(api, 'a-directive');
    expect(currentStep().textContent).toContain(en.stage.adopted);
    const warning = document.querySelector<HTMLElement>('.bf-warning')!;
    expect(warning.textContent).toContain(
      x.warning.movedPast('The directive enters into force', en.stage.adopted, en.stage.in_force),
    );

    fireEvent.click(within(warning).getByRole('button', { name: x.warning.accept('In force') }));
    await waitFor(() => expect(currentStep().textContent).toContain(en.stage.in_force));
    expect(api.inputsOf('measures.acceptSuggestedStage')).toEqual([
      { id: measure.id, version: measure.version },
    ]);
    expect(document.querySelector('.bf-warning')).toBeNull();
    // The record says why: the accepted stage is the preferred claim, citing the event's source.
    const stage = document.querySelector<HTMLElement>('.bf-stage-row .bf-claims-preferred')!;
    expect(stage.textContent).toContain(`${en.ui.stage}: ${en.stage.in_force} 9 February 2021`);
    expect(stage.textContent).toContain(record.title);
    expect(stage.textContent).toContain('preferred: Accepted from the timeline');
    expect((await api.reader.measures.get({ ref: 'a-directive' })).measure.stage).toBe('in_force');
  });

  it('says in words that someone changed the measure meanwhile, and reloads on request', async () => {
    const api = realApi();
    const { measure } = await adoptedButInForce(api);
    await openBrief(api, 'a-directive');
    // Another editor renames the measure after the brief was read.
    await api.editor.measures.update({
      id: measure.id,
      version: measure.version,
      title: 'A directive, renamed',
    });
    const accept = () =>
      within(document.querySelector<HTMLElement>('.bf-warning')!).getByRole('button', {
        name: x.warning.accept(en.stage.in_force),
      });
    fireEvent.click(accept());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(x.warning.conflict);
    expect(currentStep().textContent).toContain(en.stage.adopted);

    fireEvent.click(within(alert).getByRole('button', { name: x.warning.reload }));
    await screen.findByRole('heading', { level: 1, name: 'A directive, renamed' });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(accept());
    await waitFor(() => expect(currentStep().textContent).toContain(en.stage.in_force));
  });

  it('says so when the server refuses the change to someone who is not an editor', async () => {
    const api = realApi({ role: 'viewer' });
    await adoptedButInForce(api);
    await openBrief(api, 'a-directive');
    fireEvent.click(screen.getByRole('button', { name: x.warning.accept(en.stage.in_force) }));
    expect((await screen.findByRole('alert')).textContent).toBe(x.warning.notAllowed);
  });
});

describe('facts the sources disagree on', () => {
  it('shows both dates, both counts and both stages, each numbered as in the list of sources', async () => {
    const api = realApi();
    const { editor } = api;
    const { record, news } = await twoSources(api);
    const measure = await editor.measures.create({
      slug: 'disputed-directive',
      title: 'A disputed directive',
      kind: 'directive',
      jurisdiction: 'EU',
      stage: 'negotiation',
      stageOn: '2020-06',
      sourceId: record.id,
    });
    // Adopted in May, negotiating in June: the two stage claims cannot both be right.
    await editor.claims.add({
      fact: 'stage',
      measureId: measure.id,
      stage: 'adopted',
      date: '2020-05',
      sourceId: news.id,
    });
    const vote = await editor.events.create({
      measureId: measure.id,
      kind: 'committee_vote',
      date: '2020-02-10',
      title: 'The committee adopts its report',
      sourceId: record.id,
      body: { kind: 'ep_committee', name: 'LIBE' },
      result: { for: 31, against: 24, abstentions: 1 },
    });
    await editor.claims.add({
      fact: 'date',
      eventId: vote.id,
      date: '2020-02-11',
      sourceId: news.id,
    });
    await editor.claims.add({
      fact: 'result',
      eventId: vote.id,
      result: { for: 31, against: 25 },
      sourceId: news.id,
    });
    await openBrief(api, 'disputed-directive');

    // The list of sources numbers the record [1] and the report [2]; so do the claims.
    const listed = within(screen.getByRole('region', { name: en.ui.brief.sources }))
      .getAllByRole('listitem')
      .map((li) => li.id);
    expect(listed).toEqual([`source-${record.id}`, `source-${news.id}`]);

    const timeline = screen.getByRole('region', { name: en.ui.brief.timeline });
    const item = within(timeline).getAllByRole('listitem')[0]!;
    expect(item.querySelector('.bf-event-when')!.textContent).toBe(
      `10 February 2020 or 11 February 2020⚠\uFE0E ${en.ui.disputed}`,
    );
    const lines = (heading: string) =>
      within(within(item).getByText(heading).closest('.bf-claims') as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(lines(x.dateDisputed)).toEqual([
      '10 February 2020 — [1] The legislative record',
      '11 February 2020 — [2] A news report',
    ]);
    expect(lines(x.resultDisputed)).toEqual([
      '31 for · 24 against · 1 abstention — [1] The legislative record',
      '31 for · 25 against — [2] A news report',
    ]);
    expect(item.textContent).toContain(`Body: ${en.bodyKind.ep_committee} — LIBE`);

    const stage = document.querySelector<HTMLElement>('.bf-stage-row .bf-claims-disputed')!;
    expect(stage.textContent).toContain(x.stageDisputed);
    expect(
      within(stage)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      `${en.stage.negotiation} June 2020 — [1] The legislative record`,
      `${en.stage.adopted} May 2020 — [2] A news report`,
    ]);
  });
});

describe('how the brief names things', () => {
  it('reads a relation from either end: the review became the proposal, which grew out of it', async () => {
    const api = realApi();
    const { editor } = api;
    const { record } = await twoSources(api);
    const review = await editor.measures.create({
      slug: 'eprivacy-review',
      title: 'Review of the e-privacy framework',
      kind: 'review',
      jurisdiction: 'EU',
      stage: 'consultation',
    });
    const proposal = await editor.measures.create({
      slug: 'eprivacy-regulation',
      title: 'ePrivacy Regulation',
      kind: 'regulation',
      jurisdiction: 'EU',
      stage: 'proposal',
    });
    await editor.links.create({
      fromMeasureId: review.id,
      toMeasureId: proposal.id,
      relation: 'became',
      sourceId: record.id,
    });
    const related = () =>
      within(screen.getByRole('region', { name: en.ui.brief.related })).getByRole('listitem');

    await openBrief(api, 'eprivacy-review');
    expect(related().querySelector('.bf-relation')!.textContent).toBe(en.relationReading.became);
    expect(within(related()).getByRole('link', { name: 'ePrivacy Regulation' })).toBeTruthy();
    cleanup();

    await openBrief(api, 'eprivacy-regulation');
    expect(related().querySelector('.bf-relation')!.textContent).toBe(
      en.relationReading.grew_out_of,
    );
    cleanup();

    await openBrief(api, 'eprivacy-regulation', 'fr');
    const relatedFr = within(screen.getByRole('region', { name: fr.ui.brief.related }));
    expect(relatedFr.getByText(fr.relationReading.grew_out_of)).toBeTruthy();
  });

  it('shows identifiers in their standard form, with what they name and where they were found', async () => {
    const api = realApi();
    const { record } = await twoSources(api);
    await api.editor.measures.create({
      slug: 'data-protection',
      title: 'Data protection regulation',
      kind: 'regulation',
      jurisdiction: 'EU',
      stage: 'applicable',
      identifiers: [
        {
          scheme: 'procedure_ref',
          value: '2012/11/cod',
          role: 'original_proposal',
          sourceId: record.id,
        },
        { scheme: 'celex', value: 'celex: 32016r0679', role: 'adopted_act' },
        { scheme: 'national', value: 'Loi n° 2018-493' },
      ],
    });
    await openBrief(api, 'data-protection');
    const items = [...document.querySelectorAll('.bf-identifiers li')].map((li) => li.textContent);
    expect(items).toEqual([
      `${en.identifierScheme.procedure_ref} 2012/0011(COD) (${en.identifierRole.original_proposal}) [1]`,
      `${en.identifierScheme.celex} 32016R0679 (${en.identifierRole.adopted_act})`,
      // Free text as written: its folded form is only for matching.
      `${en.identifierScheme.national} Loi n° 2018-493`,
    ]);
    expect(screen.getByRole('link', { name: x.sourceNumber(1) }).getAttribute('href')).toBe(
      `#source-${record.id}`,
    );
    expect(currentStep().textContent).toContain(en.stage.applicable);
  });

  it('says a letter follows no procedure instead of drawing a track', async () => {
    const api = realApi();
    await api.editor.measures.create({
      slug: 'open-letter',
      title: 'Open letter on encryption',
      kind: 'letter',
      jurisdiction: 'EU',
    });
    await openBrief(api, 'open-letter');
    expect(screen.queryByRole('list', { name: en.ui.brief.stageTrack })).toBeNull();
    expect(document.querySelector('.bf-header')!.textContent).toContain(x.noProcedure);
    expect(document.querySelector('.bf-warning')).toBeNull();
  });
});
