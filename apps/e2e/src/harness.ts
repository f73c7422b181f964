// Starts a real Dossier server (real SQLite file, the built dashboard) and Debian's Chromium,
// with a person of the team signed in to the browser context, as a team uses Dossier.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, launchChromium, webDist } from '@dossier/bench';
import { createDossierClient, type DossierClient } from '@dossier/client';
import type { Role } from '@dossier/domain';
import { type RunningServer, startServer } from '@dossier/server';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';

/** The server's admin token in browser tests (DOSSIER_ADMIN_TOKEN in production). */
export const adminToken = 'e2e-server-admin-token-0123456789';

export interface Harness {
  server: RunningServer;
  browser: Browser;
  /** A browser context signed in as `signedInAs` (or no one). */
  context: BrowserContext;
  /** The typed client with the server's admin token, for setting up a test's records. */
  admin: DossierClient;
  /** A new browser context (its own cookies), signed in with `role` unless it is null. */
  newContext(role: Role | null, options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Adds a person with `role`; the path of their one-time sign-in link. */
  addPerson(name: string, role: Role): Promise<string>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  locale?: string;
  /** Who the harness's context is signed in as; null for no one. Default: an editor. */
  signedInAs?: Role | null;
  /** Start the server with reads open to anyone. */
  publicReads?: boolean;
}

let people = 0;

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
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
    token: adminToken,
    publicReads: options.publicReads ?? false,
    log: () => {},
  });
  const admin = createDossierClient({ url: server.url, token: adminToken });
  const browser = await launchChromium();

  const addPerson = async (name: string, role: Role) =>
    (await admin.users.add.mutate({ name, role })).link.path;

  const newContext = async (role: Role | null, contextOptions: BrowserContextOptions = {}) => {
    const context = await browser.newContext({
      locale: options.locale ?? 'en-GB',
      viewport: { width: 1280, height: 900 },
      ...contextOptions,
    });
    if (role) {
      // Signs in as the sign-in page does with a one-time link; the cookie lands in this context.
      const path = await addPerson(`e2e-${role}-${++people}`, role);
      const answer = await context.request.post(`${server.url}/trpc/auth.redeemLink`, {
        data: { token: path.slice(path.indexOf('#') + 1) },
        headers: { origin: server.url },
      });
      if (!answer.ok()) throw new Error(`Signing in the browser failed: ${await answer.text()}`);
    }
    return context;
  };

  const signedInAs = options.signedInAs === undefined ? 'editor' : options.signedInAs;
  const context = await newContext(signedInAs);
  return {
    server,
    browser,
    context,
    admin,
    newContext,
    addPerson,
    async close() {
      await context.close();
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
