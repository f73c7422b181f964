// Live updates in the dashboard, against the real API in-process: the page's subscription is
// streamed as server-sent events through its own fetch (the test's EventSource reads it), so
// a teammate's saved change and open edit form reach the page as they would over HTTP. The
// browser's own EventSource, the server and the reconnection are tested in apps/server and in
// apps/e2e (live.e2e.ts).
import { initiativeSlug } from '@dossier/db/seed';
import { QueryClient } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import MeasureBriefPage from '../../pages/MeasureBriefPage';
import { realApi } from '../../test/realApi';
import { renderInApp } from '../../test/render';
import { EditingBanner } from './EditingBanner';
import { createInvalidator, LiveUpdates, touchedByChanges } from './LiveUpdates';
import { presence } from './presence';

afterEach(() => presence.clear());

describe('what a change makes stale', () => {
  it('is every query but who is signed in and the admin pages', () => {
    const key = (...path: string[]) => ({ queryKey: [path, { type: 'query' }] });
    expect(touchedByChanges(key('measures', 'get'))).toBe(true);
    expect(touchedByChanges(key('search', 'query'))).toBe(true);
    expect(touchedByChanges(key('feed', 'list'))).toBe(true);
    expect(touchedByChanges(key('auth', 'me'))).toBe(false);
    expect(touchedByChanges(key('users', 'list'))).toBe(false);
  });

  it('is refetched once for a burst of events', async () => {
    const client = new QueryClient();
    let refetches = 0;
    client.invalidateQueries = (async () => {
      refetches++;
    }) as QueryClient['invalidateQueries'];
    const invalidator = createInvalidator(client, 10);
    for (let i = 0; i < 5; i++) invalidator.schedule();
    await new Promise((r) => setTimeout(r, 50));
    expect(refetches).toBe(1);
  });
});

describe('an open brief', () => {
  it("shows a teammate's saved change without a reload", async () => {
    const api = realApi({ demo: true });
    const brief = await api.reader.measures.get({ ref: initiativeSlug });
    renderInApp(
      <>
        <LiveUpdates />
        <MeasureBriefPage slug={initiativeSlug} />
      </>,
      { api, live: true },
    );
    await screen.findByRole('heading', { level: 1, name: brief.measure.title });
    await waitFor(() => expect(api.inputsOf('live.changes')).toHaveLength(1));
    // The stream is open once the server has registered the subscriber; give it a moment.
    await new Promise((r) => setTimeout(r, 100));
    await api.editor.measures.update({
      id: brief.measure.id,
      version: brief.measure.version,
      title: 'Renamed by a teammate',
    });
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Renamed by a teammate' },
        { timeout: 5_000 },
      ),
    ).toBeTruthy();
    // All is well: nothing about the stream is on screen.
    expect(screen.queryByText(/Live updates paused/)).toBeNull();
  });

  it("says who else is editing the measure, and not when it is the reader's own form", async () => {
    const api = realApi({ demo: true });
    const brief = await api.reader.measures.get({ ref: initiativeSlug });
    renderInApp(
      <>
        <LiveUpdates />
        <EditingBanner measureId={brief.measure.id} />
      </>,
      { api, live: true, locale: 'fr' },
    );
    await waitFor(() => expect(api.inputsOf('live.changes')).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 100));
    await api.editor.live.editing({ measureId: brief.measure.id, editing: true });
    expect(
      await screen.findByText('page-test modifie cette mesure.', undefined, { timeout: 5_000 }),
    ).toBeTruthy();
    await api.editor.live.editing({ measureId: brief.measure.id, editing: false });
    await waitFor(() => expect(screen.queryByText(/modifie cette mesure/)).toBeNull());

    // The page's own person (page-editor) is not announced to themself.
    presence.set(brief.measure.id, ['page-editor']);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
