// pnpm bench:web — the dashboard's initial download and how fast it renders, each beside a
// baseline measured in the same run. Sizes are deterministic (the budget fails the run); times
// are printed, never asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initiativeSlug, seedSynthetic, tiers } from '@dossier/db/seed';
import { startServer } from '@dossier/server';
import type { Browser } from 'playwright-core';
import { budget, frameworkFloor, initialAssets, kb, webDist } from './assets';
import { launchChromium } from './chromium';
import { tierBriefSlug, tierDatabase } from './tier-db';

const runs = Number(process.env.BENCH_RUNS ?? 5);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const f1 = (n: number) => n.toFixed(1);

/** Milliseconds from navigation start until `ready` holds, in a fresh (cold-cache) context. */
async function timeTo(browser: Browser, url: string, ready: string | null): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: ready ? 'commit' : 'load' });
  if (ready) await page.locator(ready).first().waitFor({ state: 'visible', timeout: 30_000 });
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

async function sample(browser: Browser, url: string, ready: string | null) {
  await timeTo(browser, url, ready); // warm the server, not the browser
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeTo(browser, url, ready));
  return median(times);
}

async function main() {
  const sizes = initialAssets(webDist);
  const floor = (await frameworkFloor()).js;
  const jsKb = kb(sizes.js.gzipBytes);
  // Chromium takes brotli, so that is its download; the budget is on gzip, the larger of the two.
  console.log(
    'Initial download of the dashboard, as the server sends it from the precompressed twins:',
  );
  console.log('  brotli is what Chromium downloads, gzip is what the budget counts');
  console.log('  (the entry and its static imports, from apps/web/dist/.vite/manifest.json)');
  console.log(
    `  JavaScript  ${f1(kb(sizes.js.brotliBytes))} KB brotli, ${f1(jsKb)} KB gzip (${f1(kb(sizes.js.rawBytes))} KB raw) in ${sizes.js.files.length} file(s)`,
  );
  console.log(
    `  CSS         ${f1(kb(sizes.css.brotliBytes))} KB brotli, ${f1(kb(sizes.css.gzipBytes))} KB gzip (${f1(kb(sizes.css.rawBytes))} KB raw)`,
  );
  console.log(
    `  baseline: a React page that renders one heading ${f1(kb(floor.brotliBytes))} KB brotli -> ours is ${(sizes.js.brotliBytes / floor.brotliBytes).toFixed(2)}x`,
  );
  console.log(
    `  budget: at most ${budget.jsKb} KB gzip of JavaScript: ${f1(jsKb)} KB is ${((jsKb / budget.jsKb) * 100).toFixed(0)}% of it`,
  );
  const overBudget = jsKb > budget.jsKb;

  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const small = await startServer({
    db: join(dir, 'demo.db'),
    port: 0,
    webDir: webDist,
    // Read as a published tracker is: the pages are the same, without signing in first.
    publicReads: true,
    log: () => {},
  });
  const large = await startServer({
    db: join(dir, 'large.db'),
    port: 0,
    webDir: webDist,
    // Read as a published tracker is: the pages are the same, without signing in first.
    publicReads: true,
    log: () => {},
  });
  seedSynthetic(large.database.db, 5000);
  // Tier M of `pnpm bench` (10,000 measures, 100,000 events), generated once and kept.
  const tierM = await startServer({
    db: tierDatabase('M', 1).file,
    port: 0,
    webDir: webDist,
    seed: false,
    publicReads: true,
    log: () => {},
  });
  const browser = await launchChromium();
  try {
    const baseline = await sample(browser, `${small.url}/healthz`, null);
    const brief = await sample(browser, `${small.url}/measures/${initiativeSlug}`, 'main h1');
    const scheduleSmall = await sample(browser, `${small.url}/`, 'main a[href^="/measures/"]');
    const scheduleLarge = await sample(browser, `${large.url}/`, 'main a[href^="/measures/"]');
    const tierMSchedule = await sample(browser, `${tierM.url}/`, 'main a[href^="/measures/"]');
    const tierMBrief = await sample(
      browser,
      `${tierM.url}/measures/${tierBriefSlug(tiers.M.measures, 1)}`,
      'main h1',
    );
    console.log(`\nTime to first render in headless Chromium, cold cache, median of ${runs}`);
    console.log(`  baseline: GET /healthz           ${f1(baseline)} ms`);
    console.log(
      `  first rendered brief             ${f1(brief)} ms  (${(brief / baseline).toFixed(1)}x baseline)`,
    );
    console.log(
      `  schedule, demo (3 measures)      ${f1(scheduleSmall)} ms  (${(scheduleSmall / baseline).toFixed(1)}x baseline)`,
    );
    console.log(
      `  schedule, 5,003 measures         ${f1(scheduleLarge)} ms  (${(scheduleLarge / scheduleSmall).toFixed(2)}x the demo schedule)`,
    );
    console.log(
      `  schedule, tier M (10,000)        ${f1(tierMSchedule)} ms  (${(tierMSchedule / scheduleSmall).toFixed(2)}x the demo schedule)`,
    );
    console.log(
      `  brief, tier M (10 events)        ${f1(tierMBrief)} ms  (${(tierMBrief / brief).toFixed(2)}x the demo brief)`,
    );
  } finally {
    await browser.close();
    await small.close();
    await large.close();
    await tierM.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (overBudget) {
    console.error(
      `\nThe initial JavaScript (${f1(jsKb)} KB gzip) is over the ${budget.jsKb} KB budget.`,
    );
    process.exit(1);
  }
}

await main();
