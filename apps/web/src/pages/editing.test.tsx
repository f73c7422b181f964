// The editing forms of the record, through the real API: stakeholders (with a conflict),
// positions (with and without a source), events and their claims, links between measures and
// system actions. Each save lands and shows; a value the schema refuses is said at its field
// and nothing is sent; a viewer sees no editing control at all.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimFormStrings } from '../components/forms/claim/strings';
import { eventFormStrings } from '../components/forms/event/strings';
import { linkFormStrings } from '../components/forms/link/strings';
import { positionFormStrings } from '../components/forms/position/strings';
import { stakeholderFormStrings } from '../components/forms/stakeholder/strings';
import { formStrings } from '../components/forms/strings';
import { systemFormStrings } from '../components/forms/system/strings';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { choose, field, open, save, type } from '../test/forms';
import { type RealApi, realApi } from '../test/realApi';
import { renderInApp } from '../test/render';
import MeasureBriefPage from './MeasureBriefPage';
import StakeholderPage from './StakeholderPage';
import StakeholdersPage from './StakeholdersPage';
import SystemsPage from './SystemsPage';

const f = formStrings.en;
const s = stakeholderFormStrings.en;
const p = positionFormStrings.en;
const e = eventFormStrings.en;
const c = claimFormStrings.en;
const l = linkFormStrings.en;
const y = systemFormStrings.en;

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);

async function recordSources(api: RealApi) {
  const record = await api.editor.sources.create({
    title: 'The legislative record',
    publisher: 'Observatory',
    kind: 'official',
  });
  const news = await api.editor.sources.create({
    title: 'A news report',
    publisher: 'Example News',
    kind: 'news',
  });
  return { record, news };
}

async function recordMeasure(api: RealApi, slug = 'a-regulation', title = 'A regulation') {
  return api.editor.measures.create({
    slug,
    title,
    kind: 'regulation',
    jurisdiction: 'EU',
    stage: 'proposal',
  });
}

const openBrief = async (api: RealApi, slug: string) => {
  renderInApp(<MeasureBriefPage slug={slug} />, { api });
  await screen.findByRole('heading', { level: 1, name: /\S/ });
};
const section = (id: string) => document.getElementById(id) as HTMLElement;

describe('stakeholder forms', () => {
  it('records a new stakeholder from the register, and the register shows it', async () => {
    const api = realApi();
    renderInApp(<StakeholdersPage />, { api });
    const panel = await open(s.add);
    type(field(panel, /^Name/), 'Commission nationale de l’informatique');
    expect((field(panel, /slug/) as HTMLInputElement).value).toBe(
      'commission-nationale-de-l-informatique',
    );
    fireEvent.change(field(panel, /^Category/), { target: { value: 'regulator' } });
    type(field(panel, /^Country/), 'fr');
    save(panel);
    // The register's count is a status too: wait for the one that says what was created.
    const created = await screen.findByText(s.created('Commission nationale de l’informatique'));
    expect(created.closest('[role="status"]')).not.toBeNull();
    const stored = await api.reader.stakeholders.get({
      ref: 'commission-nationale-de-l-informatique',
    });
    expect(stored.stakeholder).toMatchObject({ category: 'regulator', country: 'FR' });
    expect(
      await screen.findByRole('rowheader', { name: 'Commission nationale de l’informatique' }),
    ).toBeTruthy();
  });

  it('says what the schema refuses at the field, and sends nothing', async () => {
    const api = realApi();
    renderInApp(<StakeholdersPage />, { api });
    const panel = await open(s.add);
    fireEvent.change(field(panel, /^Category/), { target: { value: 'regulator' } });
    type(field(panel, /^Country/), 'France');
    save(panel);
    const country = field(panel, /^Country/);
    await waitFor(() => expect(country.getAttribute('aria-invalid')).toBe('true'));
    const described = country.getAttribute('aria-describedby')?.split(' ') ?? [];
    const message = described.map((id) => document.getElementById(id)?.textContent).join(' ');
    expect(message).toContain('must be a two-letter code such as EU, FR or DE');
    expect(
      within(panel).getAllByText(/must not be empty|at least|required/i).length,
    ).toBeGreaterThan(0);
    expect(api.inputsOf('stakeholders.create')).toEqual([]);
  });

  it('shows a conflict when someone saved meanwhile, and re-applies the edit once', async () => {
    const api = realApi();
    const cnil = await api.editor.stakeholders.create({
      slug: 'cnil',
      name: 'CNIL',
      kind: 'organisation',
      category: 'regulator',
      country: 'FR',
    });
    renderInApp(<StakeholderPage slugOrId="cnil" />, { api });
    const panel = await open(s.edit);
    type(field(panel, /^Role/), 'French data protection authority');
    // Someone else changes the description meanwhile.
    await api.editor.stakeholders.update({
      id: cnil.id,
      version: cnil.version,
      description: 'Set up in 1978.',
    });
    save(panel);
    const notice = await within(panel).findByRole('alert');
    expect(notice.textContent).toContain(f.conflict.title);
    const rows = within(notice)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows.some((r) => r?.includes('Set up in 1978.'))).toBe(true);
    expect(rows.some((r) => r?.includes('French data protection authority'))).toBe(true);
    fireEvent.click(within(notice).getByRole('button', { name: f.conflict.reapply }));
    await waitFor(() => expect(document.querySelector('.fm-panel')).toBeNull());
    const stored = (await api.reader.stakeholders.get({ ref: 'cnil' })).stakeholder;
    expect(stored).toMatchObject({
      role: 'French data protection authority',
      description: 'Set up in 1978.',
      version: cnil.version + 2,
    });
    // Only the field the person changed was sent, both times.
    expect(api.inputsOf('stakeholders.update')).toEqual([
      { id: cnil.id, version: cnil.version, role: 'French data protection authority' },
      { id: cnil.id, version: cnil.version + 1, role: 'French data protection authority' },
    ]);
    expect(await screen.findByText('French data protection authority')).toBeTruthy();
  });
});

describe('position forms', () => {
  async function measureWithStakeholder(api: RealApi) {
    const sources = await recordSources(api);
    const measure = await recordMeasure(api);
    const cnil = await api.editor.stakeholders.create({
      slug: 'cnil',
      name: 'CNIL',
      kind: 'organisation',
      category: 'regulator',
    });
    return { ...sources, measure, cnil };
  }

  it('adds a sourced position on the brief', async () => {
    const api = realApi();
    const { cnil, news } = await measureWithStakeholder(api);
    await openBrief(api, 'a-regulation');
    const panel = await open(p.add, section('stakeholders'));
    await choose(panel, /^Stakeholder/, 'CNIL');
    fireEvent.change(field(panel, /^Stance/), { target: { value: 'oppose' } });
    fireEvent.change(field(panel, /^Role in the debate/), { target: { value: 'critic' } });
    type(field(panel, /^Stated on/), '2016-08');
    type(field(panel, /^Their words/), 'Not without safeguards.');
    await choose(panel, /^Source/, /A news report/);
    save(panel);
    const card = await screen.findByRole('heading', { level: 4, name: 'CNIL' });
    const li = card.closest('li') as HTMLElement;
    expect(li.textContent).toContain('Not without safeguards.');
    expect(li.textContent).toContain('A news report');
    const stored = (await api.reader.stakeholders.get({ ref: cnil.id })).positions;
    expect(stored).toMatchObject([
      {
        stance: 'oppose',
        role: 'critic',
        statedOn: '2016-08',
        sourceId: news.id,
        unsourced: false,
      },
    ]);
  });

  it('records a stance marked unsourced, and the card says so', async () => {
    const api = realApi();
    const { cnil } = await measureWithStakeholder(api);
    await openBrief(api, 'a-regulation');
    const panel = await open(p.add, section('stakeholders'));
    await choose(panel, /^Stakeholder/, 'CNIL');
    fireEvent.change(field(panel, /^Stance/), { target: { value: 'support' } });
    type(field(panel, /^Stated on/), '2016');
    fireEvent.click(field(panel, new RegExp(p.unsourced.replace(/[()]/g, '\\$&'))));
    await waitFor(() => expect((field(panel, /^Source/) as HTMLSelectElement).disabled).toBe(true));
    save(panel);
    const card = (await screen.findByRole('heading', { level: 4, name: 'CNIL' })).closest('li');
    expect(card?.textContent).toContain(en.ui.unsourced.label);
    const stored = (await api.reader.stakeholders.get({ ref: cnil.id })).positions;
    expect(stored).toMatchObject([{ stance: 'support', sourceId: null, unsourced: true }]);
  });

  it('refuses a stance without its date or its source at the fields, and sends nothing', async () => {
    const api = realApi();
    await measureWithStakeholder(api);
    await openBrief(api, 'a-regulation');
    const panel = await open(p.add, section('stakeholders'));
    await choose(panel, /^Stakeholder/, 'CNIL');
    save(panel);
    expect(
      await within(panel).findByText(/give the source of this stance, or mark it as unsourced/),
    ).toBeTruthy();
    expect(field(panel, /^Stated on/).getAttribute('aria-invalid')).toBe('true');
    expect(api.inputsOf('positions.create')).toEqual([]);
  });

  it('edits a position with its version, from the brief', async () => {
    const api = realApi();
    const { measure, cnil, news, record } = await measureWithStakeholder(api);
    const position = await api.editor.positions.create({
      measureId: measure.id,
      stakeholderId: cnil.id,
      stance: 'oppose',
      role: 'critic',
      statedOn: '2016-08',
      sourceId: news.id,
    });
    await openBrief(api, 'a-regulation');
    const panel = await open(p.edit, section('stakeholders'));
    fireEvent.change(field(panel, /^Stance/), { target: { value: 'neutral' } });
    await choose(panel, /^Source/, /The legislative record/);
    save(panel);
    await waitFor(() => expect(api.inputsOf('positions.update')).toHaveLength(1));
    expect(api.inputsOf('positions.update')[0]).toEqual({
      id: position.id,
      version: position.version,
      stance: 'neutral',
      sourceId: record.id,
      unsourced: false,
    });
    await waitFor(async () =>
      expect((await api.reader.stakeholders.get({ ref: cnil.id })).positions[0]).toMatchObject({
        stance: 'neutral',
        sourceId: record.id,
      }),
    );
  });
});

describe('events and claims', () => {
  it('adds a vote to the timeline with its result, and shows it', async () => {
    const api = realApi();
    const { record } = await recordSources(api);
    await recordMeasure(api);
    await openBrief(api, 'a-regulation');
    const panel = await open(e.add, section('timeline'));
    fireEvent.change(field(panel, /^Kind of event/), { target: { value: 'plenary_vote' } });
    type(field(panel, /^Title/), 'Parliament adopts its position');
    type(field(panel, /^Date/), '2024-03-12');
    type(await within(panel).findByLabelText(/^For/), '400');
    type(field(panel, /^Against/), '200');
    await choose(panel, /^Source/, /The legislative record/);
    save(panel);
    expect(
      await within(section('timeline')).findByText('Parliament adopts its position'),
    ).toBeTruthy();
    const brief = await api.reader.measures.get({ ref: 'a-regulation' });
    expect(brief.timeline.items[0]).toMatchObject({
      title: 'Parliament adopts its position',
      date: '2024-03-12',
      sourceId: record.id,
    });
    expect(brief.timeline.items[0]?.facts.result?.value).toEqual({
      for: 400,
      against: 200,
      abstentions: null,
    });
  });

  it('refuses an event without its source at the field, and sends nothing', async () => {
    const api = realApi();
    await recordMeasure(api);
    await openBrief(api, 'a-regulation');
    const panel = await open(e.add, section('timeline'));
    type(field(panel, /^Title/), 'A hearing');
    type(field(panel, /^Date/), '2024-13');
    save(panel);
    await waitFor(() => expect(field(panel, /^Date/).getAttribute('aria-invalid')).toBe('true'));
    expect(within(panel).getByText(/must be a real date/)).toBeTruthy();
    expect(api.inputsOf('events.create')).toEqual([]);
  });

  it('adds a claim that disputes a date, then prefers one: the brief follows it', async () => {
    const api = realApi();
    const { record } = await recordSources(api);
    const measure = await recordMeasure(api);
    await api.editor.events.create({
      measureId: measure.id,
      kind: 'announcement',
      title: 'The Commission announces it',
      date: '2023-05-02',
      sourceId: record.id,
    });
    await openBrief(api, 'a-regulation');
    const panel = await open(c.add, section('timeline'));
    type(field(panel, /^Date/), '2023-05-03');
    await choose(panel, /^Source/, /A news report/);
    save(panel);
    // Two dates from two sources: disputed, each with its source.
    const disputed = await within(section('timeline')).findByText(
      (await import('../components/brief/text')).briefText.en.dateDisputed,
    );
    const claims = disputed.closest('.bf-claims') as HTMLElement;
    const lines = within(claims)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^2 May 2023 — \[\d\] The legislative record$/);
    expect(lines[1]).toMatch(/^3 May 2023 — \[\d\] A news report$/);
    const prefer = await open(`${c.prefer}: 3 May 2023`, section('timeline'));
    type(field(prefer, /^Why this one/), 'The report was there');
    save(prefer, c.preferSave);
    await waitFor(async () =>
      expect((await api.reader.measures.get({ ref: 'a-regulation' })).timeline.items[0]?.date).toBe(
        '2023-05-03',
      ),
    );
    const when = await waitFor(() => {
      const el = section('timeline').querySelector('.bf-claims-preferred');
      if (!el) throw new Error('not yet preferred');
      return el as HTMLElement;
    });
    expect(when.textContent).toContain('3 May 2023');
    expect(when.textContent).toContain('The report was there');
    // And back: withdrawn, the sources disagree again.
    fireEvent.click(within(section('timeline')).getByRole('button', { name: c.withdraw }));
    await waitFor(() =>
      expect(section('timeline').querySelector('.bf-claims-disputed')).not.toBeNull(),
    );
  });

  it('edits an event with its version', async () => {
    const api = realApi();
    const { record } = await recordSources(api);
    const measure = await recordMeasure(api);
    const event = await api.editor.events.create({
      measureId: measure.id,
      kind: 'announcement',
      title: 'An announcement',
      date: '2023-05-02',
      sourceId: record.id,
    });
    await openBrief(api, 'a-regulation');
    const panel = await open(e.edit, section('timeline'));
    type(field(panel, /^Title/), 'The Commission announces it');
    save(panel);
    expect(
      await within(section('timeline')).findByText('The Commission announces it'),
    ).toBeTruthy();
    expect(api.inputsOf('events.update')).toEqual([
      { id: event.id, version: event.version, title: 'The Commission announces it' },
    ]);
  });
});

describe('links and system actions', () => {
  it('links another measure found by its title', async () => {
    const api = realApi();
    const { news } = await recordSources(api);
    await recordMeasure(api);
    const other = await recordMeasure(api, 'an-older-directive', 'An older directive');
    await openBrief(api, 'a-regulation');
    const panel = await open(l.add, section('related'));
    type(field(panel, /^Find the measure/), 'older');
    await choose(panel, /^Measure/, 'An older directive');
    fireEvent.change(field(panel, /^This measure/), { target: { value: 'replaces' } });
    await choose(panel, /^Source/, /A news report/);
    save(panel);
    const link = await within(section('related')).findByRole('link', {
      name: 'An older directive',
    });
    expect(link.closest('li')?.textContent).toContain(en.relationReading.replaces);
    const brief = await api.reader.measures.get({ ref: 'a-regulation' });
    expect(brief.related).toMatchObject([
      { relation: 'replaces', sourceId: news.id, measure: { id: other.id } },
    ]);
    // Its relation can be changed later, with its version.
    const edit = await open(l.edit, section('related'));
    fireEvent.change(field(edit, /^This measure/), { target: { value: 'repeals' } });
    save(edit);
    await waitFor(() => expect(document.querySelector('.fm-panel')).toBeNull());
    expect(api.inputsOf('links.update')).toEqual([
      { id: brief.related[0]?.linkId, version: brief.related[0]?.version, relation: 'repeals' },
    ]);
    expect((await api.reader.measures.get({ ref: 'a-regulation' })).related[0]?.relation).toBe(
      'repeals',
    );
    await waitFor(() =>
      expect(section('related').querySelector('.bf-relation')?.textContent).toBe(
        en.relationReading.repeals,
      ),
    );
  });

  it('records that the measure creates a system, on the brief and on the systems page', async () => {
    const api = realApi();
    await recordMeasure(api);
    await api.editor.systems.create({
      slug: 'ees',
      acronym: 'EES',
      name: 'Entry/Exit System',
      holds: 'Border crossings of third-country nationals',
    });
    await openBrief(api, 'a-regulation');
    const panel = await open(y.add, section('systems'));
    await choose(panel, /^Information system/, /EES/);
    fireEvent.change(field(panel, /^The measure/), { target: { value: 'creates' } });
    save(panel);
    expect(await within(section('systems')).findByRole('rowheader', { name: 'EES' })).toBeTruthy();
    const brief = await api.reader.measures.get({ ref: 'a-regulation' });
    expect(brief.systems).toMatchObject([{ action: 'creates', system: { acronym: 'EES' } }]);
  });

  it('records a system action from the systems page, the measure searched for', async () => {
    const api = realApi();
    const measure = await recordMeasure(api);
    const eu = await api.editor.systems.create({
      slug: 'sis',
      acronym: 'SIS',
      name: 'Schengen Information System',
      holds: 'Alerts on persons and objects',
    });
    renderInApp(<SystemsPage />, { api });
    const panel = await open(y.add);
    type(field(panel, /^Find the measure/), 'regulation');
    await choose(panel, /^Measure/, 'A regulation');
    await choose(panel, /^Information system/, /SIS/);
    fireEvent.change(field(panel, /^The measure/), { target: { value: 'extends' } });
    save(panel);
    await waitFor(() => expect(api.inputsOf('systems.link')).toHaveLength(1));
    expect(api.inputsOf('systems.link')[0]).toEqual({
      measureId: measure.id,
      systemId: eu.id,
      action: 'extends',
      sourceId: null,
    });
  });
});

describe('who sees the controls', () => {
  const viewer = {
    user: { name: 'v', role: 'viewer' as const, via: 'session' as const },
    publicReads: false,
  };
  const controls = [
    s.add,
    s.edit,
    p.add,
    p.edit,
    e.add,
    e.edit,
    c.add,
    c.prefer,
    l.add,
    l.edit,
    y.add,
  ];

  it('shows a viewer no editing control on the brief, the register or a stakeholder', async () => {
    const api = realApi({ role: 'viewer', demo: true });
    renderInApp(<MeasureBriefPage slug="fr-de-encrypted-messaging-access-2016" />, {
      api,
      session: viewer,
    });
    await screen.findByRole('heading', { level: 1, name: /\S/ });
    await screen.findAllByRole('heading', { level: 4 });
    for (const name of controls) expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.queryByRole('button', { name: new RegExp(c.prefer) })).toBeNull();
    expect(document.querySelector('.fm-open, .fm-panel')).toBeNull();
    cleanup();
    renderInApp(<StakeholdersPage />, { api, session: viewer });
    await screen.findAllByRole('rowheader');
    expect(screen.queryByRole('button', { name: s.add })).toBeNull();
    cleanup();
    renderInApp(<StakeholderPage slugOrId="cnil" />, { api, session: viewer });
    await screen.findByRole('heading', { level: 1, name: 'CNIL' });
    expect(screen.queryByRole('button', { name: s.edit })).toBeNull();
  });

  it('shows an editor the controls, in French', async () => {
    const api = realApi({ demo: true });
    renderInApp(<MeasureBriefPage slug="fr-de-encrypted-messaging-access-2016" />, {
      api,
      locale: 'fr',
    });
    await screen.findByRole('heading', { level: 1, name: /\S/ });
    const fp = positionFormStrings.fr;
    expect(await screen.findByRole('button', { name: fp.add })).toBeTruthy();
    expect(screen.getByRole('button', { name: eventFormStrings.fr.add })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: fp.edit }).length).toBeGreaterThan(0);
    const panel = await open(fp.add, section('stakeholders'));
    expect(within(panel).getByLabelText(new RegExp(`^${fp.statedOn}`))).toBeTruthy();
    expect(within(panel).getByRole('option', { name: fr.stance.strongly_oppose })).toBeTruthy();
    // Escape closes the form and gives the focus back to its button.
    fireEvent.keyDown(panel, { key: 'Escape' });
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: fp.add })),
    );
  });
});
