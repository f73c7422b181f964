// pnpm screenshots — regenerates the README's pictures (docs/*.png) from a real server and
// Debian's Chromium, with the demo dossier.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { initiativeSlug } from '@dossier/db/seed';
import { startHarness } from './harness';

const docs = fileURLToPath(new URL('../../../docs/', import.meta.url));

const h = await startHarness();
try {
  mkdirSync(docs, { recursive: true });
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${h.server.url}/`);
  await page.locator('main a[href^="/measures/"]').first().waitFor();
  await page.screenshot({ path: `${docs}schedule.png` });
  await page.goto(`${h.server.url}/measures/${initiativeSlug}`);
  await page.locator('main h1').waitFor();
  await page.getByText('If such legislation was adopted').first().waitFor();
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.screenshot({ path: `${docs}brief.png` });
  // What the 2016 e-privacy review became, and how it ended.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${h.server.url}/measures/eu-eprivacy-regulation-2017-0003`);
  await page.locator('main h1').waitFor();
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.screenshot({ path: `${docs}eprivacy.png` });
  console.log(`Wrote schedule.png, brief.png and eprivacy.png in ${docs}`);
} finally {
  await h.close();
}
