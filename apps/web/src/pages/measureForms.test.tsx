// The measure's own forms, through the real API: editing a measure (with its references and a
// conflict), recording a change of stage, recording a new measure from the schedule. Each save
// lands and shows; a value the schema refuses is said at its field and nothing is sent; a viewer
// sees no editing control; the forms speak French in French.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { briefText } from '../components/brief/text';
import { measureFormStrings } from '../components/forms/measure/strings';
import { stageFormStrings } from '../components/forms/stage/strings';
import { formStrings } from '../components/forms/strings';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { field, open, save, type } from '../test/forms';
import { type RealApi, realApi } from '../test/realApi';
import { renderInApp } from '../test/render';
import MeasureBriefPage from './MeasureBriefPage';
import SchedulePage from './SchedulePage';

const f = formStrings.en;
const m = measureFormStrings.en;
const g = stageFormStrings.en;

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);

const slug = 'a-regulation';

async function recordMeasure(api: RealApi) {
  const source = await api.editor.sources.create({
    title: 'The legislative record',
    publisher: 'Observatory',
    kind: 'official',
  });
  const measure = await api.editor.measures.create({
    slug,
    title: 'A regulation',
    kind: 'regulation',
    jurisdiction: 'EU',
    stage: 'proposal',
    stageOn: '2016-12',
    summary: 'What it does.',
    policyAreas: ['privacy'],
    identifiers: [{ scheme: 'procedure_ref', value: '2016/0411(COD)', role: 'original_proposal' }],
    sourceId: source.id,
  });
  return { source, measure };
}

async function openBrief(api: RealApi, options: Parameters<typeof renderInApp>[1] = {}) {
  renderInApp(<MeasureBriefPage slug={slug} />, { api, ...options });
  return screen.findByRole('heading', { level: 1, name: /\S/ }, { timeout: 4000 });
}

const pick = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
/** The messages a field points at (its error, then its hint). */
const messagesOf = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
const historyOf = async (api: RealApi, id: string) =>
  (await api.reader.measures.history({ id, limit: 100 })).items;

describe('editing a measure', () => {
  it('saves a new title: the brief shows it, and the history has one change', async () => {
    const api = realApi();
    const { measure } = await recordMeasure(api);
    await openBrief(api);
    const before = (await historyOf(api, measure.id)).length;
    const panel = await open(m.edit);
    // The form loads with the focus on its first field.
    await waitFor(() => expect(document.activeElement).toBe(field(panel, /^Title/)));
    type(field(panel, /^Title/), 'A regulation on encrypted messaging');
    save(panel);
    await waitFor(() => expect(document.querySelector('.fm-panel')).toBeNull());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'A regulation on encrypted messaging' }),
    ).toBeTruthy();
    // Only the title was sent, with the version the form read.
    expect(api.inputsOf('measures.update')).toEqual([
      { id: measure.id, version: measure.version, title: 'A regulation on encrypted messaging' },
    ]);
    const history = await historyOf(api, measure.id);
    expect(history.length - before).toBe(1);
    // The focus is back on the button that opened the form.
    expect(document.activeElement?.textContent).toBe(m.edit);
  });

  it('says what is wrong at the field, from the schema, and sends nothing', async () => {
    const api = realApi();
    await recordMeasure(api);
    await openBrief(api);
    const panel = await open(m.edit);
    const title = field(panel, /^Title/);
    type(title, '   ');
    fireEvent.blur(title);
    // A reference written wrongly for its scheme: the parser's message, under its value.
    const value = within(panel).getByLabelText(/^Reference/) as HTMLInputElement;
    expect(value.value).toBe('2016/0411(COD)');
    type(value, 'COM(2016) 811');
    save(panel);
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(messagesOf(title)).toMatch(/must not be empty|at least/);
    await waitFor(() => expect(value.getAttribute('aria-invalid')).toBe('true'));
    expect(messagesOf(value)).toContain('2016/0106(COD)');
    // What the person typed stays as typed.
    expect(value.value).toBe('COM(2016) 811');
    expect(api.inputsOf('measures.update')).toEqual([]);
  });

  it('adds, removes and keeps references as written, read in their standard form', async () => {
    const api = realApi();
    const { measure } = await recordMeasure(api);
    await openBrief(api);
    const panel = await open(m.edit);
    fireEvent.click(within(panel).getByRole('button', { name: m.addIdentifier }));
    const row = within(panel).getByRole('group', { name: m.identifier(2) });
    // The new row's value field has the focus, ready to type into.
    await waitFor(() =>
      expect(document.activeElement).toBe(within(row).getByLabelText(/^Reference/)),
    );
    pick(within(row).getByLabelText(/^Kind of reference/), 'com');
    type(within(row).getByLabelText(/^Reference/), 'com (2016)  811');
    pick(within(row).getByLabelText(/^What it names/), 'preparatory');
    fireEvent.click(within(panel).getByRole('button', { name: m.removeIdentifier(1) }));
    // The focus is not lost with the row: it goes to "Add a reference".
    expect(document.activeElement?.textContent).toBe(m.addIdentifier);
    save(panel);
    await waitFor(() => expect(document.querySelector('.fm-panel')).toBeNull());
    const [sent] = api.inputsOf('measures.update') as { identifiers: unknown }[];
    expect(sent).toEqual({
      id: measure.id,
      version: measure.version,
      identifiers: [
        { scheme: 'com', value: 'com (2016)  811', role: 'preparatory', sourceId: null },
      ],
    });
    const header = document.querySelector<HTMLElement>('.bf-header')!;
    await waitFor(() => expect(header.textContent).toContain('COM(2016) 811'));
    expect(header.textContent).not.toContain('2016/0411(COD)');
  });

  it('shows a conflict, and re-applies the edit on the current version once saved again', async () => {
    const api = realApi();
    const { measure } = await recordMeasure(api);
    await openBrief(api);
    const panel = await open(m.edit);
    type(field(panel, /^Title/), 'My title');
    // Someone else changes the title and the summary meanwhile.
    await api.editor.measures.update({
      id: measure.id,
      version: measure.version,
      title: 'Their title',
      summary: 'Their summary.',
    });
    const before = (await historyOf(api, measure.id)).length;
    save(panel);
    const notice = await within(panel).findByRole('alert');
    expect(notice.textContent).toContain(f.conflict.title);
    const titleRow = within(notice).getByRole('row', { name: /^Title/ });
    expect(
      within(titleRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['A regulation', 'Their title', 'My title']);
    const summaryRow = within(notice).getByRole('row', { name: /^Summary/ });
    expect(summaryRow.textContent).toContain('Their summary.');
    // Nothing was written by the refused save.
    expect((await historyOf(api, measure.id)).length).toBe(before);
    // The choice has the focus.
    await waitFor(() => expect(document.activeElement?.textContent).toBe(f.conflict.reapply));

    fireEvent.click(within(notice).getByRole('button', { name: f.conflict.reapply }));
    // Not saved yet: the form holds the current version with the person's edit on top.
    expect(within(panel).queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(field(panel, /^Title/));
    expect((field(panel, /^Title/) as HTMLInputElement).value).toBe('My title');
    expect((field(panel, /^Summary/) as HTMLTextAreaElement).value).toBe('Their summary.');
    expect(api.inputsOf('measures.update')).toHaveLength(1);
    save(panel);
    await waitFor(() => expect(document.querySelector('.fm-panel')).toBeNull());
    expect(api.inputsOf('measures.update')).toEqual([
      { id: measure.id, version: measure.version, title: 'My title' },
      { id: measure.id, version: measure.version + 1, title: 'My title' },
    ]);
    const stored = (await api.reader.measures.get({ ref: slug })).measure;
    expect(stored).toMatchObject({
      title: 'My title',
      summary: 'Their summary.',
      version: measure.version + 2,
    });
    expect((await historyOf(api, measure.id)).length - before).toBe(1);
    expect(await screen.findByRole('heading', { level: 1, name: 'My title' })).toBeTruthy();
  });

  it('discards the edit on a conflict: the form closes and the brief shows what is stored', async () => {
    const api = realApi();
    const { measure } = await recordMeasure(api);
    await openBrief(api);
    const panel = await open(m.edit);
    type(field(panel, /^Title/), 'My title');
    await api.editor.measures.update({
      id: measure.id,
      version: measure.version,
      title: 'Their title',
    });
    save(panel);
    const notice = await within(panel).findByRole('alert');
    fireEvent.click(within(notice).getByRole('button', { name: f.conflict.discard }));
    await waitFor(() => expect(document.querySelector('.fm-panel')).toBeNull());
    expect(await screen.findByRole('heading', { level: 1, name: 'Their title' })).toBeTruthy();
    expect(api.inputsOf('measures.update')).toHaveLength(1);
  });

  it('closes with Escape, sending nothing', async () => {
    const api = realApi();
    await recordMeasure(api);
    await openBrief(api);
    const panel = await open(m.edit);
    type(field(panel, /^Title/), 'Not kept');
    fireEvent.keyDown(field(panel, /^Title/), { key: 'Escape' });
    await waitFor(() => expect(document.querySelector('.fm-panel')).toBeNull());
    expect(document.activeElement?.textContent).toBe(m.edit);
    expect(api.inputsOf('measures.update')).toEqual([]);
  });
});

describe('changing the stage', () => {
  it('records a stage claim with its source, and the brief shows the new stage', async () => {
    const api = realApi();
    const { measure, source } = await recordMeasure(api);
    await openBrief(api);
    const panel = await open(g.change);
    pick(field(panel, /^New stage/), 'negotiation');
    type(field(panel, /^Reached on/), '2017-06');
    const sourceSelect = field(panel, /^Source/) as HTMLSelectElement;
    await within(sourceSelect).findByRole('option', { name: /The legislative record/ });
    pick(sourceSelect, source.id);
    save(panel, g.save);
    await waitFor(() => expect(document.querySelector('.fm-panel')).toBeNull());
    expect(api.inputsOf('claims.add')).toEqual([
      {
        fact: 'stage',
        measureId: measure.id,
        stage: 'negotiation',
        date: '2017-06',
        sourceId: source.id,
        note: null,
      },
    ]);
    expect(api.inputsOf('claims.prefer')).toEqual([]);
    // The API's own word: the measure now stands at that stage.
    expect((await api.reader.measures.get({ ref: slug })).measure.stage).toBe('negotiation');
    const header = document.querySelector<HTMLElement>('.bf-header')!;
    await waitFor(() =>
      expect(within(header).getByRole('listitem', { current: 'step' }).textContent).toContain(
        en.stage.negotiation,
      ),
    );
  });

  it('asks why, and prefers the claim, when the other claims would keep the stage', async () => {
    const api = realApi();
    const { measure, source } = await recordMeasure(api);
    await openBrief(api);
    const panel = await open(g.change);
    // Back to "announced", later than the proposal: the track would go back.
    pick(field(panel, /^New stage/), 'announced');
    type(field(panel, /^Reached on/), '2018');
    const sourceSelect = field(panel, /^Source/) as HTMLSelectElement;
    await within(sourceSelect).findByRole('option', { name: /The legislative record/ });
    pick(sourceSelect, source.id);
    expect(within(panel).getByRole('status').textContent).toContain(en.stage.proposal);
    save(panel, g.save);
    const reason = field(panel, /^Why this stage/);
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(api.inputsOf('claims.add')).toEqual([]);
    type(reason, 'The proposal was sent back to the drawing board');
    save(panel, g.save);
    await waitFor(() => expect(document.querySelector('.fm-panel')).toBeNull());
    expect(api.inputsOf('claims.add')).toHaveLength(1);
    expect(api.inputsOf('claims.prefer')).toEqual([
      expect.objectContaining({ reason: 'The proposal was sent back to the drawing board' }),
    ]);
    const brief = await api.reader.measures.get({ ref: measure.id });
    expect(brief.measure.stage).toBe('announced');
    expect(brief.stage.preferred?.reason).toBe('The proposal was sent back to the drawing board');
  });

  it('says what is wrong at the field and sends nothing', async () => {
    const api = realApi();
    await recordMeasure(api);
    await openBrief(api);
    const panel = await open(g.change);
    type(field(panel, /^Reached on/), '2017-13');
    save(panel, g.save);
    const date = field(panel, /^Reached on/);
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    expect(messagesOf(date)).toContain('must be a real date');
    expect(field(panel, /^New stage/).getAttribute('aria-invalid')).toBe('true');
    expect(field(panel, /^Source/).getAttribute('aria-invalid')).toBe('true');
    expect(api.inputsOf('claims.add')).toEqual([]);
  });
});

describe('a new measure', () => {
  it('is recorded from the schedule, and its brief is shown', async () => {
    const api = realApi();
    const source = await api.editor.sources.create({
      title: 'Commission proposal',
      publisher: 'European Commission',
      kind: 'official',
    });
    renderInApp(<App />, { api });
    const panel = await open(m.add);
    type(field(panel, /^Title/), 'Chat control regulation');
    // The slug follows the title until it is typed.
    await waitFor(() =>
      expect((field(panel, /^Address name/) as HTMLInputElement).value).toBe(
        'chat-control-regulation',
      ),
    );
    // A regulation follows a procedure: without a stage, the schema says so.
    save(panel);
    const stage = field(panel, /^Stage$|^Stage \(/);
    await waitFor(() => expect(stage.getAttribute('aria-invalid')).toBe('true'));
    expect(messagesOf(stage)).toContain('follows a procedure');
    expect(api.inputsOf('measures.create')).toEqual([]);

    pick(stage, 'proposal');
    type(field(panel, /^Stage reached on/), '2022-05-11');
    type(field(panel, /^Policy areas/), 'child protection, encryption');
    fireEvent.click(within(panel).getByRole('button', { name: m.addIdentifier }));
    type(within(panel).getByLabelText(/^Reference/), '2022/0155(COD)');
    const sourceSelect = field(panel, /^Source/) as HTMLSelectElement;
    await within(sourceSelect).findByRole('option', { name: /Commission proposal/ });
    pick(sourceSelect, source.id);
    save(panel);
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Chat control regulation' },
        { timeout: 4000 },
      ),
    ).toBeTruthy();
    expect(window.location.pathname).toBe('/measures/chat-control-regulation');
    const brief = await api.reader.measures.get({ ref: 'chat-control-regulation' });
    expect(brief.measure).toMatchObject({
      kind: 'regulation',
      jurisdiction: 'EU',
      stage: 'proposal',
      policyAreas: ['child protection', 'encryption'],
      sourceId: source.id,
    });
    expect(brief.identifiers.map((i) => i.canonical)).toEqual(['2022/0155(COD)']);
  });
});

describe('who sees the forms', () => {
  const viewer = {
    user: { name: 'v', role: 'viewer' as const, via: 'session' as const },
    publicReads: false,
  };

  it('shows a viewer no Edit, Change stage or New measure button', async () => {
    const api = realApi({ role: 'viewer', demo: true });
    renderInApp(<MeasureBriefPage slug="fr-de-encrypted-messaging-access-2016" />, {
      api,
      session: viewer,
    });
    await screen.findByRole('heading', { level: 1, name: /\S/ });
    expect(screen.queryByRole('button', { name: m.edit })).toBeNull();
    expect(screen.queryByRole('button', { name: g.change })).toBeNull();
    cleanup();
    renderInApp(<SchedulePage />, { api, session: viewer });
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() =>
      expect(document.querySelector('.schedule-total')?.textContent).toMatch(/\d/),
    );
    expect(screen.queryByRole('button', { name: m.add })).toBeNull();
  });

  it('offers only an editor to accept the stage the timeline suggests', async () => {
    const api = realApi({ role: 'viewer' });
    const { measure, source } = await recordMeasure(api);
    await api.editor.events.create({
      measureId: measure.id,
      date: '2018-05-02',
      kind: 'plenary_vote',
      title: 'Plenary vote',
      sourceId: source.id,
    });
    const accept = briefText.en.warning.accept(en.stage.negotiation);
    await openBrief(api, { session: viewer });
    expect(document.querySelector('.bf-warning')?.textContent).toContain('Plenary vote');
    expect(screen.queryByRole('button', { name: accept })).toBeNull();
    cleanup();
    await openBrief(api);
    expect(screen.getByRole('button', { name: accept })).toBeTruthy();
  });

  it('shows an editor all three', async () => {
    const api = realApi({ demo: true });
    renderInApp(<MeasureBriefPage slug="fr-de-encrypted-messaging-access-2016" />, { api });
    await screen.findByRole('heading', { level: 1, name: /\S/ });
    expect(screen.getByRole('button', { name: m.edit })).toBeTruthy();
    expect(screen.getByRole('button', { name: g.change })).toBeTruthy();
    cleanup();
    renderInApp(<SchedulePage />, { api });
    expect(await screen.findByRole('button', { name: m.add })).toBeTruthy();
  });

  it('speaks French in French', async () => {
    const api = realApi();
    await recordMeasure(api);
    await openBrief(api, { locale: 'fr' });
    const mf = measureFormStrings.fr;
    const panel = await open(mf.edit);
    for (const label of [mf.title, mf.kind, mf.jurisdiction, mf.summary, mf.policyAreas])
      expect(within(panel).getByLabelText(new RegExp(`^${label}`))).toBeTruthy();
    expect(within(panel).getByRole('group', { name: mf.identifiers })).toBeTruthy();
    expect(within(panel).getByRole('option', { name: fr.kind.regulation })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: formStrings.fr.save })).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: formStrings.fr.cancel }));
    const stagePanel = await open(stageFormStrings.fr.change);
    expect(within(stagePanel).getByLabelText(/^Nouvelle étape/)).toBeTruthy();
    expect(within(stagePanel).getByRole('option', { name: fr.stage.negotiation })).toBeTruthy();
  });
});
