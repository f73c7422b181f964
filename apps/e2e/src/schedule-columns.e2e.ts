// The schedule's virtualised columns in a real browser, with real layout, over 5,000 measures:
// what the dashboard's own tests cannot see without a layout engine.
import { seedSynthetic } from '@dossier/db/seed';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await startHarness();
  seedSynthetic(h.server.database.db, 5000);
  page = await h.context.newPage();
  await page.goto(`${h.server.url}/`);
  await page.locator('main a[href^="/measures/"]').first().waitFor();
});
afterAll(() => h?.close());

/** The first column of the procedure track, its scrolling box, and the cards it holds now. */
function firstColumn() {
  const column = page.locator('[data-track="main"] section.schedule-column').first();
  const scroller = column.locator('.schedule-column-scroll');
  const cards = column.locator('li[data-index]');
  return { column, scroller, cards };
}

const indexes = (cards: Locator) =>
  cards.evaluateAll((items) => items.map((li) => Number((li as HTMLElement).dataset.index)));

const scrollBy = (scroller: Locator, px: number) =>
  scroller.evaluate((el, by) => {
    el.scrollTop += by;
  }, px);

describe('a schedule column with hundreds of measures', () => {
  it('holds only the cards near its visible part, stacked without overlap, and loads on as it scrolls', async () => {
    const { scroller, cards } = firstColumn();
    const setSize = Number(await cards.first().getAttribute('aria-setsize'));
    expect(setSize).toBeGreaterThan(300);
    expect(await cards.count()).toBeLessThan(25);

    // Measured cards sit one under the other, whatever their height.
    const boxes = await cards.evaluateAll((items) =>
      items.map((li) => li.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })),
    );
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);

    // Past the first page of 50: the next pages arrive and the window moves with the scroll.
    // Scrolled a step at a time until the 61st card could be on screen, however tall cards are
    // at this width (seven stages share it), as a reader's wheel would.
    for (let step = 0; step < 100 && Math.max(...(await indexes(cards))) < 60; step++)
      await scrollBy(scroller, 400);
    await page.waitForFunction(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '[data-track="main"] section.schedule-column:first-of-type li[data-index]',
        ),
      ].some((li) => Number(li.dataset.index) >= 60),
    );
    const later = await indexes(cards);
    expect(Math.min(...later)).toBeGreaterThan(20);
    expect(later.length).toBeLessThan(25);
  });

  it('never loses keyboard focus: Tab walks the cards, and the focused one stays while scrolled away', async () => {
    const { column, scroller, cards } = firstColumn();
    await scroller.evaluate((el) => {
      el.scrollTop = 0;
    });
    await column.locator('li[data-index="0"] a').waitFor();
    await column.locator('li[data-index="0"] a').focus();
    const focusedIndex = () =>
      page.evaluate(() => {
        const item = document.activeElement?.closest<HTMLElement>('li[data-index]');
        return item ? Number(item.dataset.index) : null;
      });
    for (let n = 1; n <= 12; n++) {
      await page.keyboard.press('Tab');
      expect(await focusedIndex()).toBe(n);
    }

    await scrollBy(scroller, 20_000);
    await page.waitForFunction(
      () =>
        !document.querySelector(
          '[data-track="main"] section.schedule-column:first-of-type li[data-index="3"]',
        ),
    );
    expect(await focusedIndex()).toBe(12);
    expect(await indexes(cards)).toEqual(expect.arrayContaining([10, 11, 12, 13, 14]));
    await page.keyboard.press('Tab');
    expect(await focusedIndex()).toBe(13);
  });
});
