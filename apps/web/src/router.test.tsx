import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Link, matchRoute, navigate, paths, useRoute } from './router';

describe('matchRoute', () => {
  it('knows the list, a measure brief and nothing else', () => {
    expect(matchRoute('/')).toEqual({ name: 'schedule' });
    expect(matchRoute('/measures/fr-de-2016')).toEqual({ name: 'measure', slug: 'fr-de-2016' });
    expect(matchRoute('/measures/fr-de-2016/')).toEqual({ name: 'measure', slug: 'fr-de-2016' });
    expect(matchRoute('/measures/')).toEqual({ name: 'notFound', path: '/measures/' });
    expect(matchRoute('/measures/a/b')).toEqual({ name: 'notFound', path: '/measures/a/b' });
    expect(matchRoute('/elsewhere')).toEqual({ name: 'notFound', path: '/elsewhere' });
  });

  it('round-trips a reference that needs escaping', () => {
    const ref = '2017/0003(COD)';
    expect(matchRoute(paths.measure(ref))).toEqual({ name: 'measure', slug: ref });
    expect(matchRoute('/measures/%E0%A4%A')).toEqual({
      name: 'notFound',
      path: '/measures/%E0%A4%A',
    });
  });
});

function Where() {
  const route = useRoute();
  return (
    <>
      <p data-testid="route">{route.name === 'measure' ? route.slug : route.name}</p>
      <Link to="/measures/abc">to abc</Link>
    </>
  );
}

describe('Link and useRoute', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));
  afterEach(cleanup);

  it('follows a plain click without reloading and comes back on popstate', () => {
    render(<Where />);
    const before = window.history.length;
    fireEvent.click(screen.getByRole('link', { name: 'to abc' }), { button: 0 });
    expect(window.location.pathname).toBe('/measures/abc');
    expect(window.history.length).toBe(before + 1);
    expect(screen.getByTestId('route').textContent).toBe('abc');

    window.history.replaceState(null, '', '/');
    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByTestId('route').textContent).toBe('schedule');
  });

  it('leaves modified and middle clicks to the browser', () => {
    render(<Where />);
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

  it('navigate() updates every subscriber', () => {
    render(<Where />);
    act(() => navigate('/nowhere'));
    expect(screen.getByTestId('route').textContent).toBe('notFound');
  });
});
