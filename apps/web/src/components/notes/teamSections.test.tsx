// The team's notes and meetings on the brief and the stakeholder's page, against the real API:
// hostile Markdown shows as harmless text, a viewer reads without edit controls, a public
// reader never sees them, and a meeting logged on a brief shows on the stakeholder's page too.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import MeasureBriefPage from '../../pages/MeasureBriefPage';
import StakeholderPage from '../../pages/StakeholderPage';
import { type RealApi, realApi } from '../../test/realApi';
import { renderInApp } from '../../test/render';
import { notesStrings } from './strings';

const s = notesStrings.en;
afterEach(cleanup);

async function record(api: RealApi) {
  const measure = await api.editor.measures.create({
    slug: 'chat-control',
    title: 'Chat control',
    kind: 'regulation',
    jurisdiction: 'EU',
    stage: 'proposal',
  });
  const stakeholder = await api.editor.stakeholders.create({
    slug: 'edri',
    name: 'EDRi',
    kind: 'organisation',
    category: 'ngo',
  });
  return { measure, stakeholder };
}

const notesSection = () => screen.findByRole('region', { name: s.notesTitle }, { timeout: 4000 });

describe('team notes', () => {
  it('an editor adds a note with a script in it: the words show, nothing runs', async () => {
    const api = realApi();
    await record(api);
    const { container } = renderInApp(<MeasureBriefPage slug="chat-control" />, { api });
    const section = await notesSection();
    expect(await within(section).findByText(s.noNotes)).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: s.addNote }));
    const body = await within(section).findByRole('textbox', { name: new RegExp(s.body) });
    fireEvent.change(body, {
      target: {
        value:
          'Call them <script>alert(1)</script> **soon**\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))',
      },
    });
    fireEvent.click(within(section).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(section).getByText('soon').tagName).toBe('STRONG'), {
      timeout: 4000,
    });
    expect(within(section).getByText(/Call them/).textContent).toContain('alert(1)');
    expect(within(section).getByText(/page-editor/)).toBeTruthy();
    expect(container.querySelector('script, img')).toBeNull();
    for (const el of container.querySelectorAll('*'))
      for (const attr of el.attributes) expect(attr.name).not.toMatch(/^on/);
    expect(container.querySelector('a[href^="javascript" i]')).toBeNull();
    expect(
      (await api.editor.notes.list({ subjectKind: 'measure', subjectRef: 'chat-control' })).items,
    ).toHaveLength(1);
  });

  it('a viewer reads the notes but sees no control to change them', async () => {
    const api = realApi({ role: 'viewer' });
    const { stakeholder } = await record(api);
    await api.editor.notes.create({
      subjectKind: 'stakeholder',
      subjectRef: stakeholder.slug,
      body: 'Met at *CPDP*',
    });
    renderInApp(<StakeholderPage slugOrId="edri" />, {
      api,
      session: {
        user: { name: 'page-viewer', role: 'viewer', via: 'session' },
        publicReads: false,
      },
    });
    const section = await notesSection();
    expect((await within(section).findByText('CPDP')).tagName).toBe('EM');
    expect(within(section).queryByRole('button')).toBeNull();
    const meetings = screen.getByRole('region', { name: s.meetingsTitle });
    expect(within(meetings).queryByRole('button', { name: s.logMeeting })).toBeNull();
  });

  it('a public reader sees no trace of them, and the page asks for none', async () => {
    const api = realApi({ role: null, publicReads: true });
    const { measure } = await record(api);
    await api.editor.notes.create({
      subjectKind: 'measure',
      subjectRef: measure.slug,
      body: 'internal',
    });
    renderInApp(<MeasureBriefPage slug="chat-control" />, {
      api,
      session: { user: null, publicReads: true },
    });
    await screen.findByRole('heading', { level: 1, name: 'Chat control' }, { timeout: 4000 });
    expect(screen.queryByRole('region', { name: s.notesTitle })).toBeNull();
    expect(screen.queryByText('internal')).toBeNull();
    expect(api.inputsOf('notes.list')).toEqual([]);
    expect(api.inputsOf('meetings.list')).toEqual([]);
  });
});

describe('the meeting log', () => {
  it('a meeting logged on the brief is listed there and on the stakeholder’s page', async () => {
    const api = realApi();
    const { stakeholder } = await record(api);
    renderInApp(<MeasureBriefPage slug="chat-control" />, { api });
    const section = await screen.findByRole('region', { name: s.meetingsTitle }, { timeout: 4000 });
    fireEvent.click(within(section).getByRole('button', { name: s.logMeeting }));
    const date = await within(section).findByRole('textbox', { name: new RegExp(s.heldOn) });
    fireEvent.change(date, { target: { value: '2024-05-14' } });
    fireEvent.change(within(section).getByRole('textbox', { name: new RegExp(`^${s.title}`) }), {
      target: { value: 'Coffee with EDRi' },
    });
    fireEvent.change(within(section).getByRole('textbox', { name: new RegExp(s.attendees) }), {
      target: { value: 'Ana\nBen\n' },
    });
    const people = await within(section).findByRole('listbox', {
      name: new RegExp(s.stakeholdersMet),
    });
    await within(people).findByRole('option', { name: 'EDRi' });
    const option = within(people).getByRole('option', { name: 'EDRi' }) as HTMLOptionElement;
    option.selected = true;
    fireEvent.change(people);
    // The brief's own measure is chosen already.
    const measures = within(section).getByRole('listbox', {
      name: new RegExp(s.measuresDiscussed),
    });
    expect(
      (within(measures).getByRole('option', { name: 'Chat control' }) as HTMLOptionElement)
        .selected,
    ).toBe(true);
    fireEvent.change(
      within(section).getByRole('textbox', { name: new RegExp(`^${s.followUps}`) }),
      {
        target: { value: '- send the **paper**' },
      },
    );
    fireEvent.click(within(section).getByRole('button', { name: 'Save' }));
    const heading = await within(section).findByRole(
      'heading',
      { name: /Coffee with EDRi/ },
      { timeout: 4000 },
    );
    expect(heading.textContent).toContain('14 May 2024');
    expect(within(section).getByText('Ana, Ben')).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'EDRi' }).getAttribute('href')).toBe(
      '/stakeholders/edri',
    );
    expect((await within(section).findByText('paper')).tagName).toBe('STRONG');
    cleanup();

    renderInApp(<StakeholderPage slugOrId={stakeholder.slug} />, { api });
    const there = await screen.findByRole('region', { name: s.meetingsTitle }, { timeout: 4000 });
    expect(await within(there).findByRole('heading', { name: /Coffee with EDRi/ })).toBeTruthy();
    expect(within(there).getByRole('link', { name: 'Chat control' }).getAttribute('href')).toBe(
      '/measures/chat-control',
    );
  });
});
