import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMediaQuery } from './useMediaQuery';

function Probe({ query }: { query: string }) {
  return <p>{useMediaQuery(query) ? 'matches' : 'does not match'}</p>;
}

/** A window whose width the test sets; media queries compare "max-width: Npx" against it. */
function fakeWindowWidth(initial: number) {
  let width = initial;
  const listeners = new Set<() => void>();
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return width <= Number(/max-width: (\d+)px/.exec(query)?.[1]);
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  }));
  return {
    listeners,
    resize(next: number) {
      width = next;
      for (const listener of listeners) listener();
    },
  };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('useMediaQuery', () => {
  it('follows the query as the window is resized, and stops listening when unmounted', () => {
    const screenWidth = fakeWindowWidth(1200);
    const { unmount } = render(<Probe query="(max-width: 640px)" />);
    expect(screen.getByText('does not match')).toBeTruthy();
    act(() => screenWidth.resize(375));
    expect(screen.getByText('matches')).toBeTruthy();
    unmount();
    expect(screenWidth.listeners.size).toBe(0);
  });

  it('answers false where the browser has no matchMedia', () => {
    vi.stubGlobal('matchMedia', undefined);
    render(<Probe query="(max-width: 640px)" />);
    expect(screen.getByText('does not match')).toBeTruthy();
  });
});
