import { initiativeSlug } from '@dossier/db/seed';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { authStrings } from './auth/strings';
import { accountStrings } from './components/account/strings';
import { en } from './i18n/en';
import { realApi } from './test/realApi';
import { renderInApp } from './test/render';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

const nav = () => within(screen.getByRole('navigation', { name: en.ui.nav.label }));
const current = () => nav().getByRole('link', { current: 'page' }).textContent;

describe('the app', () => {
  it('opens the page its address names, over the demo dossier', async () => {
    window.history.replaceState(null, '', `/measures/${initiativeSlug}`);
    renderInApp(<App />, { api: realApi({ demo: true }) });
    expect(
      await screen.findByRole('heading', { level: 1, name: /Franco-German initiative/ }),
    ).toBeTruthy();
    // A brief belongs to the schedule's section.
    expect(current()).toBe(en.ui.nav.schedule);
  });

  it('goes to another section from the menu, at the top of its page', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    renderInApp(<App />, { api: realApi({ demo: true }) });
    await screen.findByRole('heading', { level: 1, name: /Schedule/ });
    fireEvent.click(nav().getByRole('link', { name: en.ui.nav.stakeholders }));
    expect(window.location.pathname).toBe('/stakeholders');
    expect(await screen.findByRole('heading', { level: 1, name: 'Stakeholders' })).toBeTruthy();
    expect(current()).toBe(en.ui.nav.stakeholders);
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
  });

  it('answers an address it does not know with the 404 page, quoting it', async () => {
    window.history.replaceState(null, '', '/no/such/page');
    renderInApp(<App />, { api: realApi() });
    expect(
      await screen.findByRole('heading', { level: 1, name: en.ui.notFound.title }),
    ).toBeTruthy();
    expect(screen.getByText(en.ui.notFound.body('/no/such/page'))).toBeTruthy();
  });

  it('shows the sign-in form to someone signed out of a private tracker, keeping the address', async () => {
    window.history.replaceState(null, '', `/measures/${initiativeSlug}`);
    renderInApp(<App />, { api: realApi({ demo: true, role: null }) });
    expect(
      await screen.findByRole('heading', { level: 1, name: authStrings.en.signIn.title }),
    ).toBeTruthy();
    expect(window.location.pathname).toBe(`/measures/${initiativeSlug}`);
    expect(screen.queryByRole('navigation', { name: en.ui.nav.label })).toBeNull();
  });

  it('shows the schedule to anyone when the tracker is published, with a way to sign in', async () => {
    renderInApp(<App />, { api: realApi({ demo: true, role: null, publicReads: true }) });
    expect(await screen.findByRole('heading', { level: 1, name: /Schedule/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: accountStrings.en.signIn })).toBeTruthy();
    expect(current()).toBe(en.ui.nav.schedule);
  });
});
