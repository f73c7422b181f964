// Signing in and out against the real API: a one-time link (redeemed once, then refused), a
// password set on the link page and used to sign in, the gate in front of a private tracker,
// and the way back to the page a person wanted.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { authStrings } from '../auth/strings';
import { accountStrings } from '../components/account/strings';
import { en } from '../i18n/en';
import { type RealApi, realApi } from '../test/realApi';
import { renderInApp } from '../test/render';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const x = authStrings.en;
const a = accountStrings.en;

/** A person added by an admin, and the path of their one-time link. */
async function invite(api: RealApi, name = 'ana') {
  const { link } = await api.editor.users.add({ name, role: 'editor' });
  return link.path;
}

const renderAt = (address: string, api: RealApi) => {
  window.history.replaceState(null, '', address);
  return renderInApp(<App />, { api });
};

/** Ana, invited, opens her link and sets `password`: signed in, with a password. */
async function setPasswordByLink(api: RealApi, password: string) {
  renderAt(await invite(api), api);
  await screen.findByText(x.link.signedIn('ana', a.role.editor));
  fireEvent.change(screen.getByLabelText(x.password.label), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: x.password.submit }));
  await screen.findByText(x.password.saved);
}

async function signInWith(name: string, password: string) {
  fireEvent.change(screen.getByLabelText(x.signIn.name), { target: { value: name } });
  fireEvent.change(screen.getByLabelText(x.signIn.password), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: x.signIn.submit }));
}

describe('the gate', () => {
  it('shows the sign-in form at any address of a private tracker to someone signed out, without the menu', async () => {
    const api = realApi({ demo: true, role: null });
    renderAt('/stakeholders', api);
    expect(await screen.findByRole('heading', { level: 1, name: x.signIn.title })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: en.ui.nav.label })).toBeNull();
    expect(screen.getByText(x.signIn.noPassword)).toBeTruthy();
    expect(screen.getByLabelText(x.signIn.name).getAttribute('autocomplete')).toBe('username');
    expect(screen.getByLabelText(x.signIn.password).getAttribute('autocomplete')).toBe(
      'current-password',
    );
    // Nothing but who is signed in was asked: the page's own data needs a session.
    expect(api.calls.map((c) => c.path)).toEqual(['auth.me']);
    expect(window.location.pathname).toBe('/stakeholders');
  });

  it('shows a published tracker to anyone, with a link to sign in that comes back', async () => {
    const api = realApi({ demo: true, role: null, publicReads: true });
    renderAt('/stakeholders', api);
    expect(await screen.findByRole('heading', { level: 1, name: 'Stakeholders' })).toBeTruthy();
    const signIn = screen.getByRole('link', { name: a.signIn });
    expect(signIn.getAttribute('href')).toBe('/sign-in?next=%2Fstakeholders');
    expect(screen.queryByRole('link', { name: a.admin })).toBeNull();
  });

  it('signs in with a password in place of the page asked for, which then shows', async () => {
    const api = realApi({ demo: true, role: null });
    // A password can only be set by its owner: through the link, as a person would.
    await setPasswordByLink(api, 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: a.signOut }));
    await waitFor(() => expect(api.cookie()).toBeNull());
    cleanup();

    renderAt('/stakeholders', api);
    await screen.findByRole('heading', { level: 1, name: x.signIn.title });
    await signInWith('Ana', 'correct horse battery');
    expect(await screen.findByRole('heading', { level: 1, name: 'Stakeholders' })).toBeTruthy();
    expect(window.location.pathname).toBe('/stakeholders');
    expect(api.cookie()).not.toBeNull();
  });
});

describe('the sign-in page', () => {
  it('checks the form in the page, then quotes the server on a wrong password', async () => {
    const api = realApi({ role: null });
    await invite(api);
    renderAt('/sign-in', api);
    await screen.findByRole('heading', { level: 1, name: x.signIn.title });

    fireEvent.click(screen.getByRole('button', { name: x.signIn.submit }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((el) => el.textContent)).toEqual([x.required, x.required]);
    expect(screen.getByLabelText(x.signIn.name).getAttribute('aria-invalid')).toBe('true');
    expect(api.inputsOf('auth.signIn')).toEqual([]);

    await signInWith('ana', 'not the password');
    const refusal = await screen.findByRole('alert');
    expect(refusal.textContent).toMatch(/^That name and password do not match\./);
    expect(api.cookie()).toBeNull();
    // The password is not left in the form.
    expect((screen.getByLabelText(x.signIn.password) as HTMLInputElement).value).toBe('');
  });

  it('goes on to the page named in `next` once signed in, and only to one of ours', async () => {
    const api = realApi({ demo: true, role: null });
    await setPasswordByLink(api, 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: a.signOut }));
    await screen.findByRole('heading', { level: 1, name: x.signIn.title });
    expect(window.location.pathname).toBe('/sign-in');
    cleanup();

    renderAt('/sign-in?next=%2F%2Fevil.example%2F', api);
    await screen.findByRole('heading', { level: 1, name: x.signIn.title });
    await signInWith('ana', 'correct horse battery');
    await screen.findByRole('heading', { level: 1, name: /Schedule/ });
    expect(window.location.pathname).toBe('/');
  });
});

describe('a sign-in link', () => {
  it('signs in once: the token leaves the address at once, and the link is refused the second time', async () => {
    const api = realApi({ role: null });
    const path = await invite(api);
    renderAt(path, api);
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/sign-in/link');
    expect(await screen.findByText(x.link.signedIn('ana', a.role.editor))).toBeTruthy();
    expect(api.cookie()).not.toBeNull();
    expect(api.inputsOf('auth.redeemLink')).toHaveLength(1);
    // Signed in: the header says who.
    expect(screen.getByText(`${a.menu}:`, { exact: false }).closest('summary')?.textContent).toBe(
      `${a.menu}: ana`,
    );
    expect(screen.getByRole('link', { name: x.link.continue }).getAttribute('href')).toBe('/');
    fireEvent.click(screen.getByRole('button', { name: a.signOut }));
    await waitFor(() => expect(api.cookie()).toBeNull());
    cleanup();

    renderAt(path, api);
    const refusal = await screen.findByRole('alert');
    expect(refusal.textContent).toContain('This sign-in link has been used already or has expired');
    expect(refusal.textContent).toContain(x.link.askAgain);
    expect(api.cookie()).toBeNull();
  });

  it('checks a new password with the API’s rule before sending it', async () => {
    const api = realApi({ role: null });
    renderAt(await invite(api), api);
    await screen.findByText(x.link.signedIn('ana', a.role.editor));
    const field = screen.getByLabelText(x.password.label);
    expect(field.getAttribute('autocomplete')).toBe('new-password');
    fireEvent.change(field, { target: { value: 'too short' } });
    fireEvent.click(screen.getByRole('button', { name: x.password.submit }));
    const error = await screen.findByRole('alert');
    expect(error.textContent).toBe(x.tooShort(12));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(error.id);
    expect(api.inputsOf('auth.setPassword')).toEqual([]);
  });

  it('without a token, tells a signed-out person to ask for a link', async () => {
    const api = realApi({ role: null });
    renderAt('/sign-in/link', api);
    expect(await screen.findByText(x.link.noToken)).toBeTruthy();
    expect(api.inputsOf('auth.redeemLink')).toEqual([]);
  });
});

describe('the account menu', () => {
  it('names who is signed in, leads to setting a password, and signs out to the sign-in page', async () => {
    const api = realApi({ demo: true, role: 'editor' });
    renderAt('/', api);
    const summary = (await screen.findByText(`${a.menu}:`, { exact: false })).closest('summary')!;
    const menu = summary.closest('details')!;
    fireEvent.click(summary);
    expect(within(menu).getByText(a.signedInAs('page-editor', a.role.editor))).toBeTruthy();
    // Editors get no admin page in the menu.
    expect(screen.queryByRole('link', { name: a.admin })).toBeNull();

    fireEvent.click(within(menu).getByRole('link', { name: a.setPassword }));
    expect(window.location.pathname).toBe('/sign-in/link');
    expect(await screen.findByRole('heading', { level: 1, name: x.password.title })).toBeTruthy();

    fireEvent.click(within(menu).getByRole('button', { name: a.signOut }));
    await screen.findByRole('heading', { level: 1, name: x.signIn.title });
    expect(api.cookie()).toBeNull();
    expect(window.location.pathname).toBe('/sign-in');
  });

  it('shows admins the admin page in the menu', async () => {
    const api = realApi({ demo: true, role: 'admin' });
    renderAt('/', api);
    const admin = await screen.findByRole('link', { name: a.admin });
    fireEvent.click(admin);
    expect(window.location.pathname).toBe('/admin');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'People and tokens' }),
    ).toBeTruthy();
    expect(admin.getAttribute('aria-current')).toBe('page');
  });

  it('brings the sign-in form back when the session ends on the server', async () => {
    const api = realApi({ demo: true, role: 'editor' });
    renderAt('/', api);
    await screen.findByRole('heading', { level: 1, name: /Schedule/ });
    // Another tab signs out: this one's cookie no longer opens a session.
    const cookie = api.cookie();
    await api.fetch('/trpc/auth.signOut', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(cookie).not.toBeNull();
    expect(api.cookie()).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: en.ui.nav.stakeholders }));
    expect(await screen.findByRole('heading', { level: 1, name: x.signIn.title })).toBeTruthy();
    expect(window.location.pathname).toBe('/stakeholders');
  });
});
