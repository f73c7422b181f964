// Addresses are wouter's business (history, links, the base path a server may put Dossier under);
// this module keeps what is ours: the ten pages, `paths.*` to write their addresses (so a link
// cannot be misspelt) and `useRoute` to read an address back as a typed route.
import { type ReactNode, useCallback, useMemo } from 'react';
import {
  type AroundNavHandler,
  type DefaultParams,
  Link,
  matchRoute,
  Router,
  useLocation,
  useRouter,
} from 'wouter';
import { usePathname, useSearch } from 'wouter/use-browser-location';

export { Link };

export type Route =
  | { name: 'schedule' }
  | { name: 'measure'; slug: string }
  | { name: 'stakeholders' }
  | { name: 'stakeholder'; ref: string }
  | { name: 'systems' }
  | { name: 'import' }
  | { name: 'signIn' }
  | { name: 'signInLink' }
  | { name: 'admin' }
  | { name: 'changes' }
  | { name: 'notFound'; path: string };

/** Addresses relative to the base path; wouter's links and navigation put the base in front. */
export const paths = {
  schedule: () => '/',
  measure: (slug: string) => `/measures/${encodeURIComponent(slug)}`,
  stakeholders: () => '/stakeholders',
  stakeholder: (ref: string) => `/stakeholders/${encodeURIComponent(ref)}`,
  systems: () => '/systems',
  import: () => '/import',
  /** The sign-in form; `next` is the address to go on to once signed in (the schedule if none). */
  signIn: (next?: string) =>
    next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in',
  /** Where a one-time link lands (its token after the #); without one, setting a password. */
  signInLink: () => '/sign-in/link',
  admin: () => '/admin',
  /** What changed in what the signed-in person watches. */
  changes: () => '/changes',
};

/**
 * The `next` of a sign-in address when it is an address of ours (relative to the base path),
 * else the schedule: a link cannot send a person elsewhere after signing in.
 */
export const safeNext = (next: string | null | undefined): string =>
  next?.startsWith('/') && !next.startsWith('//') && !next.includes('\\') ? next : paths.schedule();

type Found = Exclude<Route, { name: 'notFound' }>;

// In wouter's pattern syntax, which forgives a trailing slash.
const table: readonly [pattern: string, route: (ref: string) => Found][] = [
  ['/', () => ({ name: 'schedule' })],
  ['/measures/:ref', (slug) => ({ name: 'measure', slug })],
  ['/stakeholders', () => ({ name: 'stakeholders' })],
  ['/stakeholders/:ref', (ref) => ({ name: 'stakeholder', ref })],
  ['/systems', () => ({ name: 'systems' })],
  ['/import', () => ({ name: 'import' })],
  ['/sign-in', () => ({ name: 'signIn' })],
  ['/sign-in/link', () => ({ name: 'signInLink' })],
  ['/admin', () => ({ name: 'admin' })],
  ['/changes', () => ({ name: 'changes' })],
];

const decode = (segment: string): string | null => {
  try {
    // wouter has undone what decodeURI undoes; this undoes the rest (the %2F of "2017%2F0003").
    return decodeURIComponent(segment);
  } catch {
    return null; // a malformed %-escape is no ref of ours
  }
};

/** The page an address (relative to the base path) shows, with the pathname for a 404. */
export function useRoute(): Route {
  const [location] = useLocation();
  const { parser } = useRouter();
  // The address as the browser has it, for the 404 page to quote.
  const pathname = usePathname();
  return useMemo(() => {
    for (const [pattern, route] of table) {
      const [matches, params] = matchRoute<DefaultParams>(parser, pattern, location);
      if (!matches) continue;
      if (params.ref === undefined) return route('');
      const ref = decode(params.ref);
      return ref === null ? { name: 'notFound', path: pathname } : route(ref);
    }
    return { name: 'notFound', path: pathname };
  }, [location, parser, pathname]);
}

/**
 * The query string as state, for filters that belong in a shareable address. Read as the
 * browser has it: wouter's own `useSearch` undoes %-escapes first, which would turn a typed
 * "100%25" into "100%" before URLSearchParams reads it. `replace` swaps the history entry, so
 * typing in a filter does not fill the back button.
 */
export function useSearchParams() {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback(
    (next: URLSearchParams | string, { replace = false }: { replace?: boolean } = {}) => {
      const query = next.toString();
      navigate(`${location}${query ? `?${query}` : ''}`, { replace });
    },
    [location, navigate],
  );
  return [params, setParams] as const;
}

/**
 * Every navigation of the app: a link to the address on screen adds no history entry, and a new
 * page starts at its top (back and forward are left to the browser, which restores the scroll).
 */
const navigateAndScroll: AroundNavHandler = (navigate, to, options) => {
  const { pathname, search, hash } = window.location;
  if (to === pathname + search + hash) return;
  navigate(to, options);
  if (window.location.pathname !== pathname) window.scrollTo(0, 0);
};

/**
 * Vite's base ('/' by default, '/dossier/' when built for a sub-path) as wouter takes it: no
 * trailing slash, '' for the root. A relative base ('./') names no path, so nothing is stripped.
 */
export const basePath = (viteBase: string): string =>
  viteBase.startsWith('/') ? viteBase.replace(/\/+$/, '') : '';

/** Routes the app under the base path it was built for (read at run time, not hard-coded). */
export function DossierRouter({
  base = basePath(import.meta.env.BASE_URL),
  children,
}: {
  base?: string;
  children: ReactNode;
}) {
  return (
    <Router base={base} aroundNav={navigateAndScroll}>
      {children}
    </Router>
  );
}
