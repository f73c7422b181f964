// The History tab and "as of" against the real API: an edit made through the API shows with its
// fields before and after; the brief as it stood shows the old title under a banner, without
// edit controls, and links back to today.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import MeasureBriefPage from '../../pages/MeasureBriefPage';
import StakeholderPage from '../../pages/StakeholderPage';
import { type RealApi, realApi } from '../../test/realApi';
import { renderInApp } from '../../test/render';
import { historyStrings } from './strings';

const s = historyStrings.en;
const pause = () => new Promise((resolve) => setTimeout(resolve, 15));

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);

/** A measure renamed after `before`, and a stakeholder renamed too. */
async function renamed(api: RealApi) {
  const m = await api.editor.measures.create({
    slug: 'chat-regulation',
    title: 'Regulation on chat control',
    kind: 'regulation',
    jurisdiction: 'EU',
    stage: 'proposal',
    summary: 'x'.repeat(260),
  });
  const ngo = await api.editor.stakeholders.create({
    slug: 'edri',
    kind: 'organisation',
    name: 'Digital rights NGO',
    category: 'ngo',
  });
  await pause();
  const before = new Date().toISOString();
  await pause();
  await api.editor.measures.update({
    id: m.id,
    version: m.version,
    title: 'Regulation on child sexual abuse material',
    policyAreas: ['encryption', 'child protection'],
  });
  await api.editor.stakeholders.update({ id: ngo.id, version: ngo.version, name: 'EDRi' });
  return { m, before };
}

describe('the History tab', () => {
  it('shows each change with who, when and its fields before and after, newest first', async () => {
    const api = realApi();
    await renamed(api);
    window.history.replaceState(null, '', '/measures/chat-regulation?view=history');
    renderInApp(<MeasureBriefPage slug="chat-regulation" />, { api });

    await screen.findByRole('heading', {
      level: 1,
      name: 'Regulation on child sexual abuse material',
    });
    const tabs = screen.getByRole('navigation', { name: s.tabs });
    expect(within(tabs).getByRole('link', { name: s.history }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(within(tabs).getByRole('link', { name: s.brief }).getAttribute('href')).toBe(
      '/measures/chat-regulation',
    );

    const entries = within(await screen.findByRole('list', { name: s.history })).getAllByRole(
      'listitem',
    );
    expect(entries).toHaveLength(3); // the edit, the stage claim, the creation
    const edit = entries[0]!;
    expect(edit.textContent).toContain(
      'page-test changed the measure “Regulation on child sexual abuse material”',
    );
    const title = within(edit).getByRole('row', { name: /^title/ });
    expect(
      within(title)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Regulation on chat control', 'Regulation on child sexual abuse material']);
    const areas = within(edit).getByRole('row', { name: /^policyAreas/ });
    expect(
      within(areas)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([s.none, 'encryption, child protection']);
    expect(within(edit).getByRole('time').getAttribute('dateTime')).toMatch(/Z$/);
    // Long text is cut, with a way to read it whole.
    const created = entries[2]!;
    expect(created.textContent).toContain('page-test created the measure');
    const summary = within(created).getByRole('row', { name: /^summary/ });
    expect(summary.textContent).not.toContain('x'.repeat(260));
    fireEvent.click(within(summary).getByRole('button', { name: s.showAll }));
    expect(summary.textContent).toContain('x'.repeat(260));
  });

  it('reads older changes a page at a time, in French', async () => {
    const api = realApi();
    const m = await api.editor.measures.create({
      slug: 'many-edits',
      title: 'Edit 0',
      kind: 'letter',
      jurisdiction: 'EU',
    });
    let version = m.version;
    for (let n = 1; n <= 52; n++)
      version = (await api.editor.measures.update({ id: m.id, version, title: `Edit ${n}` }))
        .version;
    window.history.replaceState(null, '', '/measures/many-edits?view=history');
    renderInApp(<MeasureBriefPage slug="many-edits" />, { api, locale: 'fr' });
    const fr = historyStrings.fr;
    await screen.findByRole('heading', { level: 1, name: 'Edit 52' });
    await waitFor(() =>
      expect(screen.getAllByText(/page-test a modifié la mesure/)).toHaveLength(50),
    );
    fireEvent.click(screen.getByRole('button', { name: fr.showMore }));
    await waitFor(() => expect(screen.getByText(/page-test a créé la mesure/)).toBeTruthy());
    expect(screen.getAllByText(/page-test a modifié la mesure/)).toHaveLength(52);
    expect(screen.queryByRole('button', { name: fr.showMore })).toBeNull();
  });

  it('is a tab of the stakeholder page too', async () => {
    const api = realApi();
    await renamed(api);
    window.history.replaceState(null, '', '/stakeholders/edri?view=history');
    renderInApp(<StakeholderPage slugOrId="edri" />, { api, locale: 'de' });
    await screen.findByRole('heading', { level: 1, name: 'EDRi' });
    await screen.findByText(/page-test hat den Akteur geändert/);
    const name = screen.getAllByRole('row', { name: /^name/ })[0]!;
    expect(
      within(name)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Digital rights NGO', 'EDRi']);
  });
});

describe('the brief as of a past moment', () => {
  it('shows the old title under a banner, without edit controls, and links back to today', async () => {
    const api = realApi();
    const { before } = await renamed(api);
    window.history.replaceState(null, '', `/measures/chat-regulation?asOf=${before}`);
    renderInApp(<MeasureBriefPage slug="chat-regulation" />, { api });

    await screen.findByRole('heading', { level: 1, name: 'Regulation on chat control' });
    const banner = screen.getByText(/^The brief as it stood on /);
    const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(before),
    );
    expect(banner.textContent).toContain(day);
    expect(screen.queryByRole('button', { name: /edit/i })).toBeNull();
    expect(api.inputsOf('measures.get')).toContainEqual({ ref: 'chat-regulation', asOf: before });

    fireEvent.click(screen.getByRole('link', { name: s.asOf.backToToday }));
    await screen.findByRole('heading', {
      level: 1,
      name: 'Regulation on child sexual abuse material',
    });
    expect(screen.queryByText(/^The brief as it stood on /)).toBeNull();
    expect(screen.getAllByRole('button', { name: /edit/i }).length).toBeGreaterThan(0);
  });

  it('goes to a day chosen in "See the brief as of…", and says when it was not yet recorded', async () => {
    const api = realApi();
    await renamed(api);
    window.history.replaceState(null, '', '/measures/chat-regulation');
    renderInApp(<MeasureBriefPage slug="chat-regulation" />, { api });
    await screen.findByRole('heading', {
      level: 1,
      name: 'Regulation on child sexual abuse material',
    });
    fireEvent.change(screen.getByLabelText(s.asOf.legend), { target: { value: '2019-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: s.asOf.go }));
    expect(window.location.search).toBe('?asOf=2019-01-01');
    await screen.findByText(s.asOf.notYet);
    expect(
      screen.getByText(
        /chat-regulation was not in the record on 2019-01-01: it was first recorded on/,
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: s.asOf.backToToday }).getAttribute('href')).toBe(
      '/measures/chat-regulation',
    );
  });
});
