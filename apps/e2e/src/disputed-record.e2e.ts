// A procedure whose sources disagree on a vote's date and count, recorded over HTTP the way a
// script records one (the typed client, against the real server), then read in Chromium: the
// brief shows both claims with their sources and the schedule marks the measure disputed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { type Harness, startHarness } from './harness';

const slug = 'e2e-directive-sources-disagree';
const title = 'A directive whose sources disagree (browser test)';
const voteTitle = 'The lead committee adopts its report';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  const client = h.admin;
  const record = await client.sources.create.mutate({
    title: 'The legislative record (browser test)',
    publisher: 'Example Observatory',
    kind: 'official',
    publishedOn: '2020-01',
  });
  const news = await client.sources.create.mutate({
    title: 'A news report (browser test)',
    publisher: 'Example News',
    kind: 'news',
    publishedOn: '2020-03',
  });
  const measure = await client.measures.create.mutate({
    slug,
    title,
    kind: 'directive',
    jurisdiction: 'EU',
    stage: 'negotiation',
    stageOn: '2020-01',
    identifiers: [{ scheme: 'procedure_ref', value: '2019/998/cod', role: 'original_proposal' }],
    sourceId: record.id,
  });
  const vote = await client.events.create.mutate({
    measureId: measure.id,
    kind: 'committee_vote',
    date: '2020-02-10',
    title: voteTitle,
    sourceId: record.id,
    body: { kind: 'ep_committee', name: 'LIBE' },
    result: { for: 31, against: 24, abstentions: 1 },
  });
  await client.claims.add.mutate({
    fact: 'date',
    eventId: vote.id,
    date: '2020-02-11',
    sourceId: news.id,
  });
  await client.claims.add.mutate({
    fact: 'result',
    eventId: vote.id,
    result: { for: 31, against: 25 },
    sourceId: news.id,
  });
});
afterAll(() => h?.close());

async function openBrief(page: Page) {
  await page.goto(`${h.server.url}/measures/${slug}`);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** The lines a reader sees under one heading of the vote's claims. */
async function claimLines(page: Page, heading: string) {
  const box = page.locator('.bf-claims', { hasText: heading });
  // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, after CSS
  return box.locator('li').evaluateAll((items) => items.map((li) => (li as HTMLElement).innerText));
}

describe('a record whose sources disagree, in a real browser', () => {
  it('shows both dates and both counts on the brief, each with its numbered source', async () => {
    const page = await h.context.newPage();
    await openBrief(page);
    // The list of sources numbers them by publication: the record [1], the news report [2].
    const sources = page.locator('#sources ol.bf-sources > li cite');
    expect(await sources.allTextContents()).toEqual([
      'The legislative record (browser test)',
      'A news report (browser test)',
    ]);

    const vote = page.locator('.bf-event', { hasText: voteTitle });
    // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, after CSS
    const when = await vote.locator('.bf-event-when').innerText();
    expect(when).toContain('10 February 2020 or 11 February 2020');
    expect(when).toContain('Disputed');
    expect(await claimLines(page, 'Sources disagree on the date')).toEqual([
      '10 February 2020 — [1] The legislative record (browser test)',
      '11 February 2020 — [2] A news report (browser test)',
    ]);
    expect(await claimLines(page, 'Sources disagree on the result')).toEqual([
      '31 for · 24 against · 1 abstention — [1] The legislative record (browser test)',
      '31 for · 25 against — [2] A news report (browser test)',
    ]);
    // A claim's number leads to its source in the list.
    await vote.getByRole('link', { name: 'Source 2 in the list of sources' }).first().click();
    expect(new URL(page.url()).hash).toMatch(/^#source-/);
    expect(await page.locator(':target cite').textContent()).toBe('A news report (browser test)');
    // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, after CSS
    expect(await page.locator('.bf-identifiers').innerText()).toContain('2019/0998(COD)');

    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('marks the measure disputed on the schedule, with a sign and a word', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}/?q=${encodeURIComponent('sources disagree')}`);
    const card = page.locator('article.schedule-card', { hasText: title });
    await card.waitFor();
    const flag = card.locator('.schedule-card-flags');
    // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, after CSS
    expect(await flag.innerText()).toMatch(/⚠\uFE0E?\s*Disputed/);
    // Of the demo's measures only the PNR directive is disputed (two sources give two dates for
    // its entry into force): no other card is marked.
    await page.goto(`${h.server.url}/`);
    await page.locator('article.schedule-card').first().waitFor();
    await card.waitFor();
    const flagged = await page
      .locator('article.schedule-card', { has: page.locator('.schedule-card-flags') })
      .allInnerTexts();
    expect(flagged).toHaveLength(2);
    expect(flagged.some((text) => text.includes(title))).toBe(true);
    expect(flagged.some((text) => text.includes('Directive (EU) 2016/681'))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits the disputed brief into 375 px without sideways scrolling', async () => {
    const context = await h.newContext('editor', {
      viewport: { width: 375, height: 740 },
      locale: 'en-GB',
    });
    const page = await context.newPage();
    await openBrief(page);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
