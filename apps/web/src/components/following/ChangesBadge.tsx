// The header's link to the changes page, with how many watched items changed since the last
// visit. It asks every 30 seconds and when the window gets focus again; no number when none.
import { useSession } from '../../auth/session';
import { useTranslations } from '../../i18n';
import { Link, paths } from '../../router';
import { trpc } from '../../trpc';
import { badgeStrings } from './badge-strings';
import './changes-badge.css';

/** How often the header asks for the unread count. */
export const unreadPollMs = 30_000;

/** The unread count and the changed measures, for a signed-in person (one query, shared). */
export function useUnread() {
  const { user } = useSession();
  return trpc.feed.unread.useQuery(undefined, {
    enabled: user !== null,
    refetchInterval: unreadPollMs,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}

export function ChangesBadge({ current }: { current: boolean }) {
  const s = useTranslations(badgeStrings);
  const { user } = useSession();
  const unread = useUnread();
  if (!user) return null;
  const count = unread.data?.count ?? 0;
  return (
    <Link to={paths.changes()} className="changes-link" aria-current={current ? 'page' : undefined}>
      {s.label}
      {count > 0 ? (
        <>
          {' '}
          <span className="changes-count" aria-hidden="true">
            {count}
          </span>
          <span className="visually-hidden"> ({s.unread(count)})</span>
        </>
      ) : null}
    </Link>
  );
}
