// Whether the signed-in person watches something, and the switch to change it. The watch list
// is one query the buttons share; a change refreshes it and the unread count.
import { useSession } from '../../auth/session';
import { trpc } from '../../trpc';

export type WatchKind = 'measure' | 'stakeholder' | 'policy_area' | 'search';

/** `target` as the server stores it: a record's id, a policy area in lower case, a search's text. */
export function useWatch(kind: WatchKind, target: string) {
  const { user } = useSession();
  const utils = trpc.useUtils();
  const list = trpc.watches.list.useQuery(undefined, { enabled: user !== null });
  const refresh = () => {
    void utils.watches.list.invalidate();
    void utils.feed.invalidate();
  };
  const add = trpc.watches.add.useMutation({ onSuccess: refresh });
  const remove = trpc.watches.remove.useMutation({ onSuccess: refresh });
  const stored = kind === 'policy_area' ? target.toLowerCase() : target.trim();
  const watching = list.data?.some((w) => w.kind === kind && w.target === stored) ?? false;
  return {
    available: user !== null && list.isSuccess,
    watching,
    pending: add.isPending || remove.isPending,
    error: add.error ?? remove.error,
    toggle: () => (watching ? remove : add).mutate({ kind, target: stored }),
  };
}
