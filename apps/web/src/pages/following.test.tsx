// Following, through the real API: watching from the brief, the header's count after someone
// else's change, marking read, the schedule card's marker, the policy area and search watches,
// and the digest download. The page is signed in as page-editor; `api.editor` (page-test) is
// another person.
import { focusManager } from '@tanstack/react-query';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { badgeStrings } from '../components/following/badge-strings';
import { ChangesBadge } from '../components/following/ChangesBadge';
import { followingStrings } from '../components/following/strings';
import { type RealApi, realApi } from '../test/realApi';
import { renderInApp } from '../test/render';
import ChangesPage from './ChangesPage';
import MeasureBriefPage from './MeasureBriefPage';
import SchedulePage from './SchedulePage';

const s = followingStrings.en;
const b = badgeStrings.en;

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);

async function recordMeasure(api: RealApi) {
  const source = await api.editor.sources.create({
    title: 'The record',
    publisher: 'Observatory',
    kind: 'official',
  });
  const measure = await api.editor.measures.create({
    slug: 'chat-control',
    title: 'Chat control',
    kind: 'regulation',
    jurisdiction: 'EU',
    stage: 'proposal',
    policyAreas: ['encryption'],
  });
  return { source, measure };
}

/** As when the person comes back to the window: every query that asks on focus asks again. */
const refocus = () =>
  act(() => {
    focusManager.setFocused(false);
    focusManager.setFocused(true);
  });

const changesLink = () => screen.getByRole('link', { name: new RegExp(`^${b.label}`) });

describe('following', () => {
  it('watches from the brief, counts another person’s change, and marks it read', async () => {
    const api = realApi();
    const { source, measure } = await recordMeasure(api);
    renderInApp(
      <>
        <ChangesBadge current={false} />
        <MeasureBriefPage slug="chat-control" />
      </>,
      { api },
    );
    fireEvent.click(await screen.findByRole('button', { name: s.watch, pressed: false }));
    await screen.findByRole('button', { name: s.watching, pressed: true });
    expect(api.inputsOf('watches.add')).toEqual([{ kind: 'measure', target: measure.id }]);
    expect(changesLink().textContent).toBe(b.label);

    // Someone else records an event on the watched measure.
    await api.editor.events.create({
      measureId: measure.id,
      sourceId: source.id,
      date: '2024-05-30',
      kind: 'statement',
      title: 'A statement',
    });
    refocus();
    await waitFor(() => expect(changesLink().textContent).toContain(b.unread(1)));

    cleanup();
    renderInApp(
      <>
        <ChangesBadge current />
        <ChangesPage />
      </>,
      { api },
    );
    const [heading] = await screen.findAllByRole('link', { name: 'Chat control' });
    const group = heading!.closest('li')!;
    expect(within(group as HTMLElement).getAllByText(s.newBadge).length).toBeGreaterThan(0);
    expect(group.textContent).toContain('recorded an event: A statement');
    expect(group.textContent).toContain('by page-test');
    fireEvent.click(screen.getByRole('button', { name: s.markRead }));
    await screen.findByText(s.allRead);
    await waitFor(() => expect(changesLink().textContent).toBe(b.label));
    expect(api.inputsOf('feed.markRead')).toHaveLength(1);

    // What is watched, with the way to stop.
    fireEvent.click(
      screen.getByRole('button', { name: s.stopWatchingLabel('Measure: Chat control') }),
    );
    await screen.findByText(s.noWatches);
  });

  it('marks the schedule card of a watched measure that changed, in words', async () => {
    const api = realApi();
    const { source, measure } = await recordMeasure(api);
    await api.editor.measures.create({
      slug: 'other',
      title: 'Another measure',
      kind: 'regulation',
      jurisdiction: 'EU',
      stage: 'proposal',
    });
    renderInApp(<MeasureBriefPage slug="chat-control" />, { api });
    fireEvent.click(await screen.findByRole('button', { name: s.watch }));
    await screen.findByRole('button', { name: s.watching });
    cleanup();
    await api.editor.events.create({
      measureId: measure.id,
      sourceId: source.id,
      date: '2024-05-30',
      kind: 'statement',
      title: 'A statement',
    });
    renderInApp(<SchedulePage />, { api });
    const card = (await screen.findByRole('link', { name: 'Chat control' })).closest('article')!;
    await waitFor(() =>
      expect(card.querySelector('.changed-badge')?.textContent).toBe(
        `● ${s.changed} (${s.changedHint})`,
      ),
    );
    const other = screen.getByRole('link', { name: 'Another measure' }).closest('article')!;
    expect(other.querySelector('.changed-badge')).toBeNull();
  });

  it('watches the chosen policy area and the typed search from the schedule', async () => {
    const api = realApi();
    await recordMeasure(api);
    window.history.replaceState(null, '', '/?area=encryption&q=chat');
    renderInApp(<SchedulePage />, { api });
    fireEvent.click(await screen.findByRole('button', { name: s.watchArea('encryption') }));
    await screen.findByRole('button', { name: s.watchingArea('encryption'), pressed: true });
    fireEvent.click(screen.getByRole('button', { name: s.watchSearch }));
    await screen.findByRole('button', { name: s.watchingSearch, pressed: true });
    expect(api.inputsOf('watches.add')).toEqual([
      { kind: 'policy_area', target: 'encryption' },
      { kind: 'search', target: 'chat' },
    ]);
  });

  it('downloads the digest of the chosen period from the API', async () => {
    const api = realApi();
    await recordMeasure(api);
    const origin = window.location.origin;
    const made: Blob[] = [];
    // happy-dom saves no file: the Blob the page hands to the browser is what is checked.
    const createObjectURL = vi.fn((blob: Blob) => {
      made.push(blob);
      return 'blob:digest';
    });
    const saved = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    onTestFinished(() => {
      Object.assign(URL, saved);
    });
    renderInApp(<ChangesPage />, { api, locale: 'en' });
    fireEvent.change(await screen.findByLabelText(s.period), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: s.download }));
    await waitFor(() => expect(made).toHaveLength(1));
    expect(api.inputsOf('digest.get')).toEqual([{ since: '30d', baseUrl: origin }]);
    expect(await made[0]!.text()).toMatch(/^# What changed: /);
  });
});
