// A policy officer's morning, in a real browser against a real server with the demo dossier.

import { initiativeSlug, reportedStakeholderNames as stakeholders } from '@dossier/db/seed';
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
const quotes = [
  'If such legislation was adopted',
  'Security is a national competence',
  'did not immediately respond to a request for comment',
  'How could we then prevent terrorists',
  'weakened security ultimately leaves online systems more vulnerable',
];

async function open(path: string, page?: Page): Promise<Page> {
  const p = page ?? (await h.context.newPage());
  await p.goto(`${h.server.url}${path}`);
  await p.locator('main h1').first().waitFor();
  return p;
}

// biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, after CSS
const visibleText = (page: Page) => page.locator('main').innerText();

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

describe('the schedule', () => {
  it('shows the initiative on its procedure track and opens its brief', async () => {
    const page = await open('/');
    const card = page.getByRole('link', { name: initiativeTitle }).first();
    await card.waitFor();
    expect(await visibleText(page)).toMatch(/Announced/);
    await expectAccessible(page);
    await card.click();
    await page.waitForURL(`**/measures/${initiativeSlug}`);
    await page.getByRole('heading', { level: 1, name: initiativeTitle }).waitFor();
    await page.goBack();
    await page.getByRole('link', { name: initiativeTitle }).first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.close();
  });

  it('keeps its filters in the address, so a filtered view can be shared', async () => {
    const page = await open('/?q=databases');
    await page.getByRole('link', { name: linkageTitle }).first().waitFor();
    await page.waitForFunction(
      () => !document.querySelector('main')?.textContent?.includes('access to encrypted messaging'),
    );
    expect(await page.getByRole('link', { name: initiativeTitle }).count()).toBe(0);
    await page.close();
  });
});

describe('the brief of the Franco-German initiative', () => {
  it('shows every stakeholder with a quote, the e-privacy review and the linked databases', async () => {
    const page = await open(`/measures/${initiativeSlug}`);
    await page.getByText(quotes[0]!).first().waitFor();
    const text = await visibleText(page);
    for (const name of stakeholders) expect(text, name).toContain(name);
    for (const quote of quotes) expect(text, quote).toContain(quote);
    expect(text).toContain("European Commission's review of the e-privacy framework");
    expect(text).toMatch(/August 2016/); // the month-precision hint, never an invented day
    await expectAccessible(page);

    await page.getByRole('link', { name: linkageTitle }).first().click();
    await page.getByRole('heading', { level: 1, name: linkageTitle }).waitFor();
    const linkage = await visibleText(page);
    for (const system of ['VIS', 'SIS', 'Eurodac', 'PNR']) expect(linkage).toContain(system);
    for (const data of ['visas', 'Schengen', 'refugees', 'airline passengers'])
      expect(linkage).toContain(data);
    await page.close();
  });

  it('says plainly when a measure does not exist', async () => {
    const page = await open('/measures/no-such-measure');
    expect(await visibleText(page)).toContain('No measure matches');
    await expectAccessible(page);
    await page.close();
  });
});

describe('stakeholders and the database map', () => {
  it('lists the stakeholders and opens one with its positions and quotes', async () => {
    const page = await open('/stakeholders');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Christian Borggreen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Christian Borggreen' }).waitFor();
    expect(await visibleText(page)).toContain('This should be a time to increase security');
    await expectAccessible(page);
    await page.close();
  });

  it('draws the EU databases and the measures that link them, with a list beside it', async () => {
    const page = await open('/systems');
    await page.locator('main svg').first().waitFor();
    const text = await visibleText(page);
    for (const system of ['VIS', 'SIS', 'Eurodac', 'PNR']) expect(text).toContain(system);
    expect(await page.getByRole('link', { name: linkageTitle }).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await page.close();
  });

  it('answers an unknown address with a page that leads back', async () => {
    const page = await open('/no/such/page');
    expect(await visibleText(page)).toMatch(/not found/i);
    await expectAccessible(page);
    await page.close();
  });
});

describe('three languages', () => {
  it('switches to French and German, remembers the choice, and stays accessible', async () => {
    const page = await open(`/measures/${initiativeSlug}`);
    const language = page.getByRole('combobox', { name: 'Language' });
    await language.selectOption('fr');
    await page.locator('html[lang="fr"]').waitFor();
    await page.getByText('Annoncé').first().waitFor();
    expect(await visibleText(page)).toContain('août 2016');
    await expectAccessible(page);

    await page.reload();
    await page.locator('html[lang="fr"]').waitFor();
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('de');
    await page.locator('html[lang="de"]').waitFor();
    await page.getByText('Angekündigt').first().waitFor();
    expect(await visibleText(page)).toContain('August 2016');
    await expectAccessible(page);
    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
    await page.close();
  });

  it("starts in the browser's language", async () => {
    const context = await h.newContext('editor', { locale: 'de-DE' });
    const page = await open('/', await context.newPage());
    await page.locator('html[lang="de"]').waitFor();
    expect(await page.getByRole('link', { name: 'Zeitplan' }).count()).toBe(1);
    await context.close();
  });
});

describe('on a phone', () => {
  for (const path of ['/', `/measures/${initiativeSlug}`, '/stakeholders', '/systems']) {
    it(`fits ${path} into 375 px without sideways scrolling`, async () => {
      const context = await h.newContext('editor', {
        viewport: { width: 375, height: 740 },
        locale: 'en-GB',
      });
      const page = await open(path, await context.newPage());
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    });
  }
});
