import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  basePath,
  DossierRouter,
  Link,
  paths,
  safeNext,
  useRoute,
  useSearchParams,
} from './router';

function Where() {
  const route = useRoute();
  const [params, setParams] = useSearchParams();
  return (
    <>
      <p data-testid="route">{JSON.stringify(route)}</p>
      <p data-testid="q">{params.get('q')}</p>
      <Link to={paths.measure('abc')}>to abc</Link>
      <Link to={paths.schedule()}>home</Link>
      <button type="button" onClick={() => setParams('q=typed', { replace: true })}>
        type
      </button>
    </>
  );
}

const renderAt = (address: string, base = '') => {
  window.history.replaceState(null, '', address);
  return render(
    <DossierRouter base={base}>
      <Where />
    </DossierRouter>,
  );
};
const shown = () => JSON.parse(screen.getByTestId('route').textContent!);

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('useRoute', () => {
  it('knows the ten pages, forgives a trailing slash, and sends anything else to the 404 page', () => {
    const cases: [string, object][] = [
      ['/', { name: 'schedule' }],
      ['/measures/fr-de-2016', { name: 'measure', slug: 'fr-de-2016' }],
      ['/measures/fr-de-2016/', { name: 'measure', slug: 'fr-de-2016' }],
      ['/stakeholders', { name: 'stakeholders' }],
      ['/stakeholders/cnil', { name: 'stakeholder', ref: 'cnil' }],
      ['/systems/', { name: 'systems' }],
      ['/import', { name: 'import' }],
      ['/sign-in', { name: 'signIn' }],
      ['/sign-in/', { name: 'signIn' }],
      ['/sign-in/link', { name: 'signInLink' }],
      ['/admin', { name: 'admin' }],
      ['/sign-in/other', { name: 'notFound', path: '/sign-in/other' }],
      ['/measures/', { name: 'notFound', path: '/measures/' }],
      ['/measures/a/b', { name: 'notFound', path: '/measures/a/b' }],
      ['/elsewhere', { name: 'notFound', path: '/elsewhere' }],
    ];
    for (const [address, route] of cases) {
      renderAt(address);
      expect(shown(), address).toEqual(route);
      cleanup();
    }
  });

  it('round-trips a reference that needs escaping, and refuses a malformed escape', () => {
    const ref = '2017/0003(COD) é';
    renderAt(paths.measure(ref));
    expect(shown()).toEqual({ name: 'measure', slug: ref });
    cleanup();
    renderAt('/measures/%E0%A4%A');
    expect(shown()).toEqual({ name: 'notFound', path: '/measures/%E0%A4%A' });
  });
});

describe('paths', () => {
  it('writes the sign-in address with the page to go on to, and reads back only one of ours', () => {
    expect(paths.signIn()).toBe('/sign-in');
    expect(paths.signIn('/')).toBe('/sign-in');
    expect(paths.signIn('/stakeholders?q=a b')).toBe('/sign-in?next=%2Fstakeholders%3Fq%3Da%20b');
    expect(paths.signInLink()).toBe('/sign-in/link');
    expect(paths.admin()).toBe('/admin');
    expect(safeNext('/stakeholders?q=a')).toBe('/stakeholders?q=a');
    for (const elsewhere of [
      null,
      '',
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
    ])
      expect(safeNext(elsewhere), String(elsewhere)).toBe('/');
  });
});

describe('Link', () => {
  it('follows a plain click without reloading and comes back on popstate', () => {
    renderAt('/');
    const before = window.history.length;
    fireEvent.click(screen.getByRole('link', { name: 'to abc' }), { button: 0 });
    expect(window.location.pathname).toBe('/measures/abc');
    expect(window.history.length).toBe(before + 1);
    expect(shown()).toEqual({ name: 'measure', slug: 'abc' });

    act(() => {
      window.history.replaceState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(shown()).toEqual({ name: 'schedule' });
  });

  it('leaves modified and middle clicks to the browser', () => {
    renderAt('/');
    const link = screen.getByRole('link', { name: 'to abc' });
    // Runs after the app's handler: records whether the app took the click, then stops the
    // test browser from following the link itself.
    const leftToBrowser: boolean[] = [];
    const record = (event: Event) => {
      leftToBrowser.push(!event.defaultPrevented);
      event.preventDefault();
    };
    document.addEventListener('click', record);
    try {
      const before = window.history.length;
      for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }])
        fireEvent.click(link, init);
      fireEvent.click(link, { button: 0 });
      expect(leftToBrowser).toEqual([true, true, true, true, false]);
      expect(window.history.length).toBe(before + 1);
    } finally {
      document.removeEventListener('click', record);
    }
  });

  it('starts a new page at its top, but not a new query string, and adds no step for the page on screen', () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    renderAt('/?q=old');
    fireEvent.click(screen.getByRole('link', { name: 'to abc' }));
    expect(scrollTo).toHaveBeenCalledWith(0, 0);

    scrollTo.mockClear();
    const before = window.history.length;
    fireEvent.click(screen.getByRole('link', { name: 'to abc' }));
    expect(window.history.length).toBe(before);

    fireEvent.click(screen.getByRole('button', { name: 'type' }));
    expect(window.location.search).toBe('?q=typed');
    expect(window.history.length).toBe(before); // replaced, not pushed
    expect(scrollTo).not.toHaveBeenCalled();
  });
});

describe('useSearchParams', () => {
  it('undoes each %-escape of the query string once, not twice', () => {
    // "%2541" is an escaped "%" then "41": decoded twice it would read "A".
    renderAt('/?q=100%2541%20sure');
    expect(screen.getByTestId('q').textContent).toBe('100%41 sure');
  });
});

describe('under a base path', () => {
  it('reads Vite’s base as wouter wants it', () => {
    expect(basePath('/')).toBe('');
    expect(basePath('/dossier/')).toBe('/dossier');
    expect(basePath('./')).toBe('');
  });

  it('matches, links and navigates below the base, and calls anything outside it not found', () => {
    renderAt('/dossier/stakeholders/cnil', '/dossier');
    expect(shown()).toEqual({ name: 'stakeholder', ref: 'cnil' });
    const link = screen.getByRole('link', { name: 'to abc' });
    expect(link.getAttribute('href')).toBe('/dossier/measures/abc');
    expect(screen.getByRole('link', { name: 'home' }).getAttribute('href')).toBe('/dossier/');

    fireEvent.click(link);
    expect(window.location.pathname).toBe('/dossier/measures/abc');
    expect(shown()).toEqual({ name: 'measure', slug: 'abc' });
    fireEvent.click(screen.getByRole('button', { name: 'type' }));
    expect(window.location.pathname + window.location.search).toBe('/dossier/measures/abc?q=typed');
    cleanup();

    renderAt('/dossier', '/dossier');
    expect(shown()).toEqual({ name: 'schedule' });
    cleanup();
    renderAt('/measures/abc', '/dossier');
    expect(shown()).toEqual({ name: 'notFound', path: '/measures/abc' });
  });
});
