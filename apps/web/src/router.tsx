// A router of our own: two routes do not need a dependency. The address bar is the state;
// `navigate` pushes onto the browser's history, and back/forward arrive as `popstate`.
import { type AnchorHTMLAttributes, type MouseEvent, useMemo, useSyncExternalStore } from 'react';

export type Route =
  | { name: 'list' }
  | { name: 'measure'; slug: string }
  | { name: 'notFound'; path: string };

export const paths = {
  list: () => '/',
  measure: (slug: string) => `/measures/${encodeURIComponent(slug)}`,
};

/** Which page a pathname shows. A trailing slash is forgiven. */
export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/' || path === '') return { name: 'list' };
  const measure = /^\/measures\/([^/]+)$/.exec(path);
  if (measure?.[1]) {
    try {
      return { name: 'measure', slug: decodeURIComponent(measure[1]) };
    } catch {
      // A malformed %-escape is no slug of ours.
    }
  }
  return { name: 'notFound', path: pathname };
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const getPathname = () => window.location.pathname;

/** Goes to another page of the dashboard without reloading it. */
export function navigate(to: string, { replace = false } = {}) {
  const current = window.location.pathname + window.location.search + window.location.hash;
  if (to === current) return;
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const listener of listeners) listener();
  window.scrollTo(0, 0);
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, getPathname, () => '/');
}

export function useRoute(): Route {
  const pathname = usePathname();
  return useMemo(() => matchRoute(pathname), [pathname]);
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/**
 * An ordinary link that the app follows itself. Modified clicks (new tab, new window, download)
 * and middle clicks are left to the browser.
 */
export function Link({ to, onClick, target, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      (target && target !== '_self')
    )
      return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} target={target} onClick={handleClick} {...rest} />;
}
