// Starts a real Dossier server (real SQLite file, the built dashboard) and Debian's Chromium.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, launchChromium, webDist } from '@dossier/bench';
import { type RunningServer, startServer } from '@dossier/server';
import type { Browser, BrowserContext } from 'playwright-core';

export interface Harness {
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

export async function startHarness(options: { locale?: string } = {}): Promise<Harness> {
  if (!existsSync(join(webDist, 'index.html'))) {
    throw new Error(
      `The dashboard is not built (${webDist}): run \`pnpm build\` first (turbo does it before test:e2e).`,
    );
  }
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}: install it with \`apt-get install chromium\` or set CHROMIUM_PATH.`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
  const server = await startServer({
    db: join(dir, 'dossier.db'),
    port: 0,
    webDir: webDist,
    log: () => {},
  });
  const browser = await launchChromium();
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  return {
    server,
    browser,
    context,
    async close() {
      await context.close();
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
