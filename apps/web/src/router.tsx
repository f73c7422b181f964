// A router of our own: two routes do not need a dependency. The address bar is the state;
// `navigate` pushes onto the browser's history, and back/forward arrive as `popstate`.
import { type AnchorHTMLAttributes, type MouseEvent, useMemo, useSyncExternalStore } from 'react';

export type Route =
  | { name: 'schedule' }
  | { name: 'measure'; slug: string }
  | { name: 'stakeholders' }
  | { name: 'stakeholder'; ref: string }
  | { name: 'systems' }
  | { name: 'notFound'; path: string };

export const paths = {
  schedule: () => '/',
  measure: (slug: string) => `/measures/${encodeURIComponent(slug)}`,
  stakeholders: () => '/stakeholders',
  stakeholder: (ref: string) => `/stakeholders/${encodeURIComponent(ref)}`,
  systems: () => '/systems',
};

const decode = (segment: string): string | null => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null; // a malformed %-escape is no ref of ours
  }
};

/** Which page a pathname shows. A trailing slash is forgiven. */
export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/' || path === '') return { name: 'schedule' };
  if (path === '/stakeholders') return { name: 'stakeholders' };
  if (path === '/systems') return { name: 'systems' };
  const [, section, ref, ...rest] = path.split('/');
  const decoded = ref && rest.length === 0 ? decode(ref) : null;
  if (decoded && section === 'measures') return { name: 'measure', slug: decoded };
  if (decoded && section === 'stakeholders') return { name: 'stakeholder', ref: decoded };
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
const getSearch = () => window.location.search;

/** Goes to another page of the dashboard without reloading it. */
export function navigate(to: string, { replace = false } = {}) {
  const current = window.location.pathname + window.location.search + window.location.hash;
  if (to === current) return;
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const listener of listeners) listener();
  if (
    new URL(to, window.location.href).pathname !== new URL(current, window.location.href).pathname
  ) {
    window.scrollTo(0, 0);
  }
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, getPathname, () => '/');
}

/**
 * The query string as state, for filters that belong in a shareable address. Setting it
 * replaces the history entry, so typing in a filter does not fill the back button.
 */
export function useSearchParams(): [URLSearchParams, (next: URLSearchParams) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const set = useMemo(
    () => (next: URLSearchParams) => {
      const query = next.toString();
      navigate(`${window.location.pathname}${query ? `?${query}` : ''}`, { replace: true });
    },
    [],
  );
  return [params, set];
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
