// Data in and out, in a real browser against a real server with the demo dossier: the header's
// search from the keyboard alone, the header on a phone in French, and the schedule's CSV as
// downloaded over HTTP.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { type Harness, startHarness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const initiativeTitle = /Franco-German initiative: access to encrypted messaging/;
const linkageTitle = /closer links between the EU's databases of personal information/;

async function open(path: string, page?: Page): Promise<Page> {
  const p = page ?? (await h.context.newPage());
  await p.goto(`${h.server.url}${path}`);
  await p.locator('main h1').first().waitFor();
  return p;
}

describe('the search box, from the keyboard alone', () => {
  it('finds "maiziere" as typed, moves with the arrows and opens the brief with Enter', async () => {
    const page = await open('/stakeholders');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search the dossier' });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('maiziere');
    const list = page.getByRole('listbox', { name: 'Search results' });
    const first = list.getByRole('option').first();
    await first.waitFor();
    expect(await list.locator('mark').allTextContents()).toContain('Maizière');
    expect(await seriousViolations(page)).toEqual([]);

    // Measures come first: the best of them is the first option.
    const measures = list.getByRole('group', { name: 'Measures' });
    expect(await measures.getByRole('option').first().getAttribute('id')).toBe(
      await first.getAttribute('id'),
    );
    await page.keyboard.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(active).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('aria-selected')).toBe('true');
    const target = (await first.getAttribute('href'))!;
    expect(target).toMatch(/^\/measures\/[\w-]+$/);
    const title = (
      await first.locator('.search-label mark, .search-label > span').allTextContents()
    ).join('');

    await page.keyboard.press('Enter');
    await page.waitForURL(`**${target}`);
    await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    expect(await list.count()).toBe(0);
    expect(await box.inputValue()).toBe('');
    await page.close();
  });

  it('closes with Escape, and leaves `/` to a field being typed in', async () => {
    const page = await open('/');
    const filter = page.getByRole('searchbox', { name: 'Search', exact: true });
    await filter.focus();
    await page.keyboard.type('a/b');
    expect(await filter.inputValue()).toBe('a/b');
    await filter.fill('');
    await page.locator('main').focus();

    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search the dossier' });
    await page.keyboard.type('cazeneuve');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('listbox').count()).toBe(0);
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });
});

describe('the header on a phone', () => {
  it('shows every section and the search box whole at 375 px, in French', async () => {
    const context = await h.newContext('editor', {
      viewport: { width: 375, height: 740 },
      locale: 'fr-FR',
    });
    const page = await open('/', await context.newPage());
    await page.locator('html[lang="fr"]').waitFor();
    const width = 375;
    for (const name of ['Calendrier', 'Parties prenantes', 'Carte des bases']) {
      const box = await page.getByRole('link', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.x, name).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, name).toBeLessThanOrEqual(width);
    }
    const search = page.getByRole('combobox', { name: 'Rechercher dans le dossier' });
    const field = await search.boundingBox();
    expect(field!.x).toBeGreaterThanOrEqual(0);
    expect(field!.x + field!.width).toBeLessThanOrEqual(width);

    await search.click();
    await page.keyboard.type('maiziere');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    const popup = await page.locator('.search-popup').boundingBox();
    expect(popup!.x).toBeGreaterThanOrEqual(0);
    expect(popup!.x + popup!.width).toBeLessThanOrEqual(width);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('the import page', () => {
  it('is reached from the schedule, reads a file in the browser and sums up the import', async () => {
    const page = await open('/');
    await page.getByRole('link', { name: 'Import a file' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const file = {
      format: 'dossier-interchange',
      version: 1,
      sources: [{ key: 'e2e-source', title: 'An e2e source', publisher: 'Test', kind: 'other' }],
      persons: [{ id: 'e2e-person', name: 'E2E Person', category: 'ngo', source: 'nowhere' }],
    };
    await page.getByLabel('Interchange file (.json)').setInputFiles({
      name: 'e2e.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByText('e2e.json holds 2 records:').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Imported' }).waitFor();
    const text = await page.locator('main').textContent();
    expect(text).toContain('persons[0].source');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the schedule as CSV', () => {
  it('downloads what the filters show, over HTTP, and for Excel with a byte order mark', async () => {
    const page = await open('/?q=databases&jurisdiction=EU');
    await page.getByRole('link', { name: linkageTitle }).first().waitFor();
    const measuresLink = page.getByRole('link', { name: 'Measures', exact: true });
    expect(await measuresLink.getAttribute('href')).toBe(
      '/export/measures.csv?jurisdiction=EU&q=databases',
    );

    const [download] = await Promise.all([page.waitForEvent('download'), measuresLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^dossier-measures-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    // The filtered view: the linkage measure, not the encrypted-messaging initiative.
    expect(rows.length).toBeGreaterThan(0);
    const titles = rows.map((r) => r.title ?? '');
    expect(titles.some((t) => linkageTitle.test(t))).toBe(true);
    expect(titles.some((t) => initiativeTitle.test(t))).toBe(false);
    for (const row of rows) expect(row.jurisdiction).toBe('EU');
    // As many rows as the schedule counts.
    const count = await page.locator('.schedule-total').textContent();
    expect(count).toContain(`${rows.length} of`);

    await page.getByRole('checkbox', { name: 'For Excel' }).check();
    const eventsLink = page.getByRole('link', { name: 'Events', exact: true });
    const [events] = await Promise.all([page.waitForEvent('download'), eventsLink.click()]);
    const eventsText = readFileSync((await events.path())!, 'utf8');
    expect(eventsText.charCodeAt(0)).toBe(0xfeff);
    const eventRows = parse(eventsText, { columns: true, bom: true }) as Record<string, string>[];
    expect(eventRows.length).toBeGreaterThan(0);
    await page.close();
  });
});
