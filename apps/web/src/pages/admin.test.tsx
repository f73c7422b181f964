// The admin page against the real API, signed in as an admin: people (added with a link shown
// once, re-roled, refused as the last admin, removed) and tokens (a secret shown once, revoked).
import type { SessionUser } from '@dossier/domain';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { authStrings } from '../auth/strings';
import { accountStrings } from '../components/account/strings';
import { adminStrings } from '../components/admin/strings';
import { type RealApi, realApi } from '../test/realApi';
import { pageEditor, renderInApp } from '../test/render';
import AdminPage from './AdminPage';

afterEach(cleanup);

const x = adminStrings.en;
const a = accountStrings.en;
const w = authStrings.en;
const pageAdmin: SessionUser = { name: 'page-admin', role: 'admin', via: 'session' };

const renderAsAdmin = (api: RealApi) =>
  renderInApp(<AdminPage />, { api, session: { user: pageAdmin, publicReads: false } });

const section = (name: string) => within(screen.getByRole('region', { name }));
const people = () => section(x.people.title);
const tokens = () => section(x.tokens.title);
const rowOf = (name: string) =>
  screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!;

describe('the admin page', () => {
  it('adds a person and shows their one-time link once, as a whole address', async () => {
    const api = realApi({ role: 'admin' });
    renderAsAdmin(api);
    await waitFor(() => rowOf('page-admin'));

    fireEvent.change(people().getByLabelText(x.people.name), { target: { value: 'ana' } });
    fireEvent.change(people().getByLabelText(x.people.role), { target: { value: 'editor' } });
    fireEvent.click(people().getByRole('button', { name: x.people.add }));

    const panel = within(
      (await screen.findByRole('heading', { name: x.link.title('ana') })).closest('section')!,
    );
    const link = (panel.getByLabelText(x.link.label) as HTMLInputElement).value;
    expect(link).toMatch(new RegExp(`^${window.location.origin}/sign-in/link#dsl_`));
    expect(panel.getByText(x.once.warning)).toBeTruthy();
    expect(panel.getByRole('button', { name: x.once.copy })).toBeTruthy();
    // The keyboard is on it, so a screen reader hears it.
    expect(document.activeElement?.textContent).toBe(x.link.title('ana'));
    await waitFor(() => rowOf('ana'));
    expect(within(rowOf('ana')).getByRole('combobox')).toHaveProperty('value', 'editor');

    fireEvent.click(panel.getByRole('button', { name: x.once.done }));
    expect(screen.queryByRole('heading', { name: x.link.title('ana') })).toBeNull();
    expect(document.body.innerHTML).not.toContain('dsl_');
    // The link is real: it signs ana in, once.
    const token = link.split('#')[1]!;
    await expect(api.reader.auth.redeemLink({ token })).resolves.toMatchObject({
      user: { name: 'ana', role: 'editor' },
    });
  });

  it('checks the new person with the API’s rules before sending', async () => {
    const api = realApi({ role: 'admin' });
    renderAsAdmin(api);
    fireEvent.change(people().getByLabelText(x.people.name), { target: { value: 'a' } });
    fireEvent.click(people().getByRole('button', { name: x.people.add }));
    expect((await people().findByRole('alert')).textContent).toBe(w.tooShort(2));
    expect(api.inputsOf('users.add')).toEqual([]);

    fireEvent.change(people().getByLabelText(x.people.name), { target: { value: 'page-admin' } });
    fireEvent.click(people().getByRole('button', { name: x.people.add }));
    expect((await people().findByRole('alert')).textContent).toBe(
      'Someone is already called "page-admin".',
    );
  });

  it('changes a role, and quotes the server when it refuses to demote the last admin', async () => {
    const api = realApi({ role: 'admin' });
    await api.editor.users.add({ name: 'ana', role: 'viewer' });
    renderAsAdmin(api);
    await waitFor(() => rowOf('ana'));

    fireEvent.change(screen.getByLabelText(x.people.roleOf('ana')), {
      target: { value: 'editor' },
    });
    expect(await screen.findByText(x.people.roleSaved('ana', a.role.editor))).toBeTruthy();
    const roles = async () =>
      Object.fromEntries((await api.editor.users.list()).map((u) => [u.name, u.role]));
    expect(await roles()).toEqual({ ana: 'editor', 'page-admin': 'admin' });

    fireEvent.change(screen.getByLabelText(x.people.roleOf('page-admin')), {
      target: { value: 'viewer' },
    });
    const refusal = await people().findByRole('alert');
    expect(refusal.textContent).toMatch(/^page-admin is the last admin/);
    expect(await roles()).toEqual({ ana: 'editor', 'page-admin': 'admin' });
    expect(screen.getByLabelText(x.people.roleOf('page-admin'))).toHaveProperty('value', 'admin');
  });

  it('removes a person after a confirm step, and makes a new link', async () => {
    const api = realApi({ role: 'admin' });
    await api.editor.users.add({ name: 'ana', role: 'viewer' });
    renderAsAdmin(api);
    await waitFor(() => rowOf('ana'));

    fireEvent.click(screen.getByRole('button', { name: x.people.newLinkFor('ana') }));
    expect(await screen.findByRole('heading', { name: x.link.title('ana') })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: x.people.removeFor('ana') }));
    const confirm = within(screen.getByRole('group', { name: x.people.removeFor('ana') }));
    expect(confirm.getByText(x.people.confirmRemove('ana'))).toBeTruthy();
    fireEvent.click(confirm.getByRole('button', { name: x.cancel }));
    expect(api.inputsOf('users.remove')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: x.people.removeFor('ana') }));
    fireEvent.click(screen.getByRole('button', { name: x.people.confirmRemoveYes('ana') }));
    expect(await screen.findByText(x.people.removed('ana'))).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /^ana/ })).toBeNull());
    // Its link went with it.
    expect(screen.queryByRole('heading', { name: x.link.title('ana') })).toBeNull();
    expect((await api.editor.users.list()).map((u) => u.name)).toEqual(['page-admin']);
  });

  it('creates a token, shows its secret once, lists it, and revokes it after a confirm step', async () => {
    const api = realApi({ role: 'admin' });
    renderAsAdmin(api);
    expect(await tokens().findByText(x.tokens.empty)).toBeTruthy();

    fireEvent.click(tokens().getByRole('button', { name: x.tokens.create }));
    expect((await tokens().findByRole('alert')).textContent).toBe(w.required);

    fireEvent.change(tokens().getByLabelText(x.tokens.label), {
      target: { value: 'nightly import' },
    });
    fireEvent.change(tokens().getByLabelText(x.tokens.role), { target: { value: 'editor' } });
    fireEvent.click(tokens().getByRole('button', { name: x.tokens.create }));

    const panel = within(
      (
        await screen.findByRole('heading', { name: x.tokens.secretTitle('nightly import') })
      ).closest('section')!,
    );
    const secret = (panel.getByLabelText(x.tokens.secretLabel) as HTMLInputElement).value;
    expect(secret).toMatch(/^dst_/);
    expect(panel.getByText(x.once.warning)).toBeTruthy();
    const listed = await waitFor(() => rowOf('nightly import'));
    const cells = within(listed)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 2)).toEqual([a.role.editor, 'page-admin']);
    expect(cells[3]).toBe(x.tokens.never);
    expect(cells[4]).toBe(x.tokens.active);

    fireEvent.click(panel.getByRole('button', { name: x.once.done }));
    expect(document.body.innerHTML).not.toContain(secret);

    fireEvent.click(screen.getByRole('button', { name: x.tokens.revokeFor('nightly import') }));
    fireEvent.click(screen.getByRole('button', { name: x.tokens.confirmRevokeYes }));
    expect(await screen.findByText(x.tokens.revoked('nightly import'))).toBeTruthy();
    await waitFor(() =>
      expect(within(rowOf('nightly import')).getAllByRole('cell')[4]!.textContent).toMatch(
        /^revoked /,
      ),
    );
    expect((await api.editor.tokens.list())[0]?.revokedAt).not.toBeNull();
  });

  it('tells a viewer or an editor that only admins manage people, asking the server nothing', async () => {
    for (const role of ['viewer', 'editor'] as const) {
      const api = realApi({ role });
      renderInApp(<AdminPage />, {
        api,
        session: { user: { ...pageEditor, name: `page-${role}`, role }, publicReads: false },
      });
      expect(screen.getByRole('heading', { level: 1, name: x.title })).toBeTruthy();
      expect(screen.getByText(x.onlyAdmins)).toBeTruthy();
      expect(screen.queryByRole('region', { name: x.people.title })).toBeNull();
      expect(api.requests()).toBe(0);
      cleanup();
    }
  });

  it('speaks French and German', async () => {
    const api = realApi({ role: 'admin' });
    renderInApp(<AdminPage />, {
      api,
      locale: 'fr',
      session: { user: pageAdmin, publicReads: false },
    });
    expect(screen.getByRole('heading', { level: 1, name: adminStrings.fr.title })).toBeTruthy();
    expect(await screen.findByRole('rowheader', { name: /^page-admin/ })).toBeTruthy();
    expect(screen.getByLabelText(adminStrings.fr.people.roleOf('page-admin'))).toBeTruthy();
    cleanup();
    renderInApp(<AdminPage />, { locale: 'de', session: { user: pageEditor, publicReads: false } });
    expect(screen.getByText(adminStrings.de.onlyAdmins)).toBeTruthy();
  });
});
