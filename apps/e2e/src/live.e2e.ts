// Live updates in Chromium against a real server: two editors have the same brief open at
// once, each in a browser of their own. What one saves, the other's page shows without a
// reload (the browser's own EventSource, through the server's guards); while one has the
// measure's edit form open, the other's brief says so.
import { initiativeSlug } from '@dossier/db/seed';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';

let h: Harness;
let ana: BrowserContext;
let ben: BrowserContext;
beforeAll(async () => {
  h = await startHarness();
  [ana, ben] = await Promise.all([h.newContext('editor'), h.newContext('editor')]);
});
afterAll(async () => {
  await Promise.all([ana?.close(), ben?.close()]);
  await h?.close();
});

const initiativeTitle = /Franco-German initiative: access to encrypted messaging/;

/** Opens the initiative's brief, and waits until its live stream has answered. */
async function openBrief(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const streaming = page.waitForResponse((r) => r.url().includes('/trpc/live.changes'));
  await page.goto(`${h.server.url}/measures/${initiativeSlug}`);
  await page.getByRole('heading', { level: 1, name: initiativeTitle }).waitFor();
  const answer = await streaming;
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toMatch(/^text\/event-stream/);
  return page;
}

describe('two editors on the same brief', () => {
  it("each sees the other's saved change and open edit form, without reloading", async () => {
    const [a, b] = await Promise.all([openBrief(ana), openBrief(ben)]);

    // Ana renames the measure through the form; Ben's page follows.
    await a.getByRole('button', { name: 'Edit this measure' }).click();
    const form = a.locator('main .fm-panel');
    await form.getByLabel('Title').fill('Encrypted messaging: the renamed initiative');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await b
      .getByRole('heading', { level: 1, name: 'Encrypted messaging: the renamed initiative' })
      .waitFor({ timeout: 10_000 });

    // Ben opens the form; Ana's brief says he is editing, and stops when he closes it.
    expect(await a.getByText(/is editing this measure/).count()).toBe(0);
    await b.getByRole('button', { name: 'Edit this measure' }).click();
    const banner = a.getByRole('status').filter({ hasText: /is editing this measure/ });
    await banner.waitFor({ timeout: 10_000 });
    expect(await banner.textContent()).toMatch(/^e2e-editor-\d+ is editing this measure\.$/);
    // Ben's own page does not announce him to himself.
    expect(await b.getByText(/is editing this measure/).count()).toBe(0);
    await b.locator('main .fm-panel').getByRole('button', { name: 'Cancel' }).click();
    await b.getByRole('button', { name: 'Edit this measure' }).waitFor();
    await banner.waitFor({ state: 'detached', timeout: 10_000 });
    // Nothing said the stream was down.
    expect(await a.getByText(/Live updates paused/).count()).toBe(0);
  }, 60_000);
});
