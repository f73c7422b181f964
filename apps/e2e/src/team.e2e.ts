// A team at work, in Chromium against a real server: the first admin signs in with the link the
// server printed, adds an editor and a viewer on the admin page, the editor changes the
// initiative's stage with its source and the brief follows; the viewer sees no edit control and
// the viewer's token changes nothing through the API. The new pages pass axe in three languages.
import { initiativeSlug } from '@dossier/db/seed';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { type Harness, startHarness } from './harness';

let h: Harness;
let admin: BrowserContext;
beforeAll(async () => {
  h = await startHarness({ signedInAs: null });
  admin = await h.newContext(null);
});
afterAll(async () => {
  await admin?.close();
  await h?.close();
});

const initiativeTitle = /Franco-German initiative: access to encrypted messaging/;

/** Opens every edit form on the page (each replaces its button) and waits for their fields. */
async function openEveryForm(page: Page) {
  const buttons = page.locator('main button.fm-open');
  const count = await buttons.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) await buttons.first().click();
  await page
    .locator('main .fm-panel')
    .nth(count - 1)
    .waitFor();
  await page.waitForFunction(
    (n) => document.querySelectorAll('main .fm-panel :is(input, select, textarea)').length >= n,
    count,
  );
}

/** The one-time link shown on the admin page after adding `name`. */
async function addOnAdminPage(page: Page, name: string, role: 'viewer' | 'editor') {
  const add = page
    .getByRole('region', { name: 'Add a person' })
    .or(page.locator('form', { has: page.getByRole('button', { name: 'Add', exact: true }) }));
  await add.getByLabel('Name').fill(name);
  await add.getByLabel('Role').selectOption(role);
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  const link = page.getByLabel('Sign-in link', { exact: true });
  await link.waitFor();
  const url = await link.inputValue();
  await page.getByRole('button', { name: 'Done, close' }).click();
  return url;
}

describe('a team at work', () => {
  let editorLink = '';
  let viewerLink = '';
  let viewerToken = '';

  it('asks who you are before showing anything, and signs the first admin in with the printed link', async () => {
    const page = await admin.newPage();
    await page.goto(`${h.server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByRole('link', { name: initiativeTitle }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    const printed = h.server.firstSignIn?.url ?? '';
    expect(printed).toMatch(/\/sign-in\/link#dsl_/);
    await page.goto(printed);
    await page.getByText('You are signed in as admin').waitFor();
    // The secret leaves the address at once, so it is not kept in the history.
    expect(new URL(page.url()).hash).toBe('');
    await page.getByLabel('New password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Save password' }).click();
    await page.getByText('Your password is saved.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Signing out ends the session; the password signs in again.
    await page.goto(`${h.server.url}/`);
    await page.locator('summary', { hasText: 'Account' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Name').fill('admin');
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('That name and password do not match.', { exact: false }).waitFor();
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Admin' }).waitFor();

    // The same link a second time is refused.
    const again = await h.newContext(null);
    const second = await again.newPage();
    await second.goto(printed);
    await second.getByText('This link did not sign you in.').waitFor();
    await again.close();
    await page.close();
  });

  it('adds an editor and a viewer on the admin page, and makes the viewer a token', async () => {
    const page = await admin.newPage();
    await page.goto(`${h.server.url}/admin`);
    await page.getByRole('heading', { level: 1, name: 'People and tokens' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    editorLink = await addOnAdminPage(page, 'ines', 'editor');
    viewerLink = await addOnAdminPage(page, 'victor', 'viewer');
    expect(editorLink).toMatch(new RegExp(`^${h.server.url}/sign-in/link#dsl_`));

    const tokens = page.locator('form', {
      has: page.getByRole('button', { name: 'Create', exact: true }),
    });
    await tokens.getByLabel('Label').fill('victor reads');
    await tokens.getByLabel('Role').selectOption('viewer');
    await tokens.getByRole('button', { name: 'Create', exact: true }).click();
    const secret = page.getByLabel('Token', { exact: true });
    await secret.waitFor();
    viewerToken = await secret.inputValue();
    expect(viewerToken).toMatch(/^dst_/);
    await page.close();
  });

  it('lets the editor change the initiative’s stage with its source, and the brief follows', async () => {
    const editor = await h.newContext(null);
    const page = await editor.newPage();
    await page.goto(editorLink);
    await page.getByText('You are signed in as ines').waitFor();
    await page.goto(`${h.server.url}/measures/${initiativeSlug}`);
    await page.getByRole('heading', { level: 1, name: initiativeTitle }).waitFor();

    await openEveryForm(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: initiativeTitle }).waitFor();

    await page.getByRole('button', { name: 'Change stage' }).click();
    const form = page.getByRole('region', { name: 'Record a change of stage' });
    await form.getByLabel('New stage').selectOption('proposal');
    await form.getByLabel(/^Reached on/).fill('2026-11');
    const source = form.getByLabel(/^Source/);
    const firstSource = await source.locator('option').nth(1).getAttribute('value');
    await source.selectOption(firstSource ?? '');
    const reason = form.getByLabel(/^Why this stage/);
    if (await reason.count()) await reason.fill('The Commission tabled a proposal (browser test)');
    await form.getByRole('button', { name: 'Record the stage' }).click();
    await page.getByRole('button', { name: 'Change stage' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const brief = await h.admin.measures.get.query({ ref: initiativeSlug });
    expect(brief.measure.stage).toBe('proposal');
    // The newest entry of the audit log names the editor, from her session.
    const history = await h.admin.measures.history.query({});
    expect(history.items[0]?.actor).toBe('ines');
    // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, after CSS
    expect(await page.locator('main').innerText()).toMatch(/Proposal/);
    await editor.close();
  });

  it('shows the viewer no edit control, and the viewer’s token changes nothing', async () => {
    const viewer = await h.newContext(null);
    const page = await viewer.newPage();
    await page.goto(viewerLink);
    await page.getByText('You are signed in as victor').waitFor();
    await page.goto(`${h.server.url}/measures/${initiativeSlug}`);
    await page.getByRole('heading', { level: 1, name: initiativeTitle }).waitFor();
    for (const name of ['Edit this measure', 'Change stage'])
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    await viewer.close();

    const before = await h.admin.measures.get.query({ ref: initiativeSlug });
    const res = await fetch(`${h.server.url}/trpc/measures.update`, {
      method: 'POST',
      headers: { authorization: `Bearer ${viewerToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: before.measure.id,
        version: before.measure.version,
        title: 'Changed',
      }),
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('needs the editor role');
    const after = await h.admin.measures.get.query({ ref: initiativeSlug });
    expect(after.measure.version).toBe(before.measure.version);
  });
});

describe('from the keyboard alone', () => {
  it('opens a measure’s edit form, saves a new title, and closes a form with Escape', async () => {
    const context = await h.newContext('editor');
    const page = await context.newPage();
    await page.goto(`${h.server.url}/measures/${initiativeSlug}`);
    await page.getByRole('heading', { level: 1, name: initiativeTitle }).waitFor();
    const open = page.getByRole('button', { name: 'Edit this measure' });
    // Reach the button with Tab from the one before it, as a keyboard user moves.
    await open.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await open.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    // The form takes the focus: its first field.
    const title = page.getByLabel(/^Title/);
    await title.waitFor();
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('The initiative, renamed from the keyboard');
    await page.keyboard.press('Enter'); // submits the form from a text field
    await page
      .getByRole('heading', { level: 1, name: 'The initiative, renamed from the keyboard' })
      .waitFor();

    await page.getByRole('button', { name: 'Change stage' }).focus();
    await page.keyboard.press('Enter');
    const stage = page.getByLabel('New stage');
    await stage.waitFor();
    expect(await stage.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    const back = page.getByRole('button', { name: 'Change stage' });
    await back.waitFor();
    expect(await back.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });
});

describe('the new pages in French and German', () => {
  for (const locale of ['fr-FR', 'de-DE'])
    it(`passes axe on the sign-in, link and admin pages and every editing form in ${locale}`, async () => {
      const out = await h.newContext(null, { locale });
      const page = await out.newPage();
      await page.goto(`${h.server.url}/sign-in`);
      await page.locator('main h1').waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(locale.slice(0, 2));
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(`${h.server.url}/sign-in/link#dsl_not-a-real-link-0000000000`);
      await page.locator('main h1').waitFor();
      await page.locator('[role="alert"]').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await out.close();

      const signedIn = await h.newContext('admin', { locale });
      const adminPage = await signedIn.newPage();
      await adminPage.goto(`${h.server.url}/admin`);
      await adminPage.locator('main h1').waitFor();
      await adminPage.locator('main table').first().waitFor();
      expect(await seriousViolations(adminPage)).toEqual([]);
      // Every editing form of the brief, open at once.
      await adminPage.goto(`${h.server.url}/measures/${initiativeSlug}`);
      await adminPage.locator('main h1').waitFor();
      await openEveryForm(adminPage);
      expect(await seriousViolations(adminPage)).toEqual([]);
      await signedIn.close();
    });
});
