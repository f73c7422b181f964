// Following what moves, in Chromium against a real server, as the README tells it: two people
// signed in, one watches the initiative, the other changes its stage; the first sees it live
// (without reloading) and in the feed, finds it in the digest, opens the History tab and the
// brief as of the day before; a note with a <script> in it shows as text.
import { readFileSync } from 'node:fs';
import { initiativeSlug } from '@dossier/db/seed';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { type Harness, startHarness } from './harness';

let h: Harness;
let watcher: BrowserContext;
let changer: BrowserContext;
beforeAll(async () => {
  h = await startHarness({ signedInAs: null });
  watcher = await h.newContext('editor');
  changer = await h.newContext('editor');
});
afterAll(async () => {
  await watcher?.close();
  await changer?.close();
  await h?.close();
});

const initiativeTitle = /Franco-German initiative: access to encrypted messaging/;
const brief = `/measures/${initiativeSlug}`;

async function openBrief(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${h.server.url}${brief}`);
  await page.getByRole('heading', { level: 1, name: initiativeTitle }).waitFor();
  return page;
}

// biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, after CSS
const mainText = (page: Page) => page.locator('main').innerText();

describe('following what moves', () => {
  let watching: Page;

  it('sees a teammate’s change of stage live, and in the feed with an unread count', async () => {
    watching = await openBrief(watcher);
    await watching.getByRole('button', { name: 'Watch', exact: true }).click();
    await watching.getByRole('button', { name: 'Watching' }).waitFor();
    expect(await mainText(watching)).not.toMatch(/Stage\s*Negotiation/i);

    const page = await openBrief(changer);
    await page.getByRole('button', { name: 'Change stage' }).click();
    const form = page.getByRole('region', { name: 'Record a change of stage' });
    await form.getByLabel('New stage').selectOption('negotiation');
    await form.getByLabel(/^Reached on/).fill('2026-11');
    const source = form.getByLabel(/^Source/);
    await source.selectOption((await source.locator('option').nth(1).getAttribute('value')) ?? '');
    const reason = form.getByLabel(/^Why this stage/);
    if (await reason.count()) await reason.fill('Trilogues opened (browser test)');
    await form.getByRole('button', { name: 'Record the stage' }).click();
    await page.getByRole('button', { name: 'Change stage' }).waitFor();
    await page.close();

    // Live: the open brief follows without a reload, and the header counts the change.
    await watching.getByText('Negotiation', { exact: true }).first().waitFor();
    const badge = watching.getByRole('link', { name: /^Changes/ });
    await badge.filter({ hasText: '1' }).waitFor();
    await badge.click();
    await watching.getByRole('heading', { level: 1, name: 'Changes' }).waitFor();
    expect(await mainText(watching)).toMatch(initiativeTitle);
    expect(await mainText(watching)).toMatch(/stage: .*→ Negotiation/i);
    expect(await seriousViolations(watching)).toEqual([]);
  });

  it('finds the change in the digest downloaded from the dashboard', async () => {
    const [download] = await Promise.all([
      watching.waitForEvent('download'),
      watching.getByRole('button', { name: 'Download digest (Markdown)' }).click(),
    ]);
    const markdown = readFileSync((await download.path()) ?? '', 'utf8');
    expect(markdown).toMatch(/^# /);
    expect(markdown).toContain(`${h.server.url}${brief}`);
    expect(markdown).toMatch(/Negotiation/i);
  });

  it('shows the teammate’s change in the brief’s History tab', async () => {
    await watching.goto(`${h.server.url}${brief}?view=history`);
    const first = watching.getByRole('list', { name: 'History' }).getByRole('listitem').first();
    await first.waitFor();
    // The newest save is the teammate's: the stage claim preferred, or the claim itself.
    expect(await first.textContent()).toMatch(
      /^e2e-editor-\d+ (created|changed) (a claim|the measure)/,
    );
  });

  it('shows a note with a <script> in it as text, and runs nothing', async () => {
    const page = await openBrief(changer);
    let alerted = false;
    page.on('dialog', (dialog) => {
      alerted = true;
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: 'Add a note' }).click();
    await page
      .getByLabel(/^Note/)
      .fill('Ask the **rapporteur** `<script>alert(1)</script>` and [this](javascript:alert(2))');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const note = page.locator('main').getByText('rapporteur').first();
    await note.waitFor();
    expect(await mainText(page)).toContain('<script>alert(1)</script>');
    expect(await page.locator('main script').count()).toBe(0);
    expect(await page.locator('main a[href^="javascript"]').count()).toBe(0);
    expect(alerted).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
