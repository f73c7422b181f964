// An open edit form of a measure tells the others' briefs ("Ana is editing this measure"):
// said on opening, renewed while open (the server forgets it after a minute without), and
// withdrawn on closing.
import { useEffect } from 'react';
import { trpc } from '../../trpc';

/** Well inside the server's minute, so one lost renewal does not end it. */
const renewEveryMs = 20_000;

export function useAnnounceEditing(measureId: string | null | undefined) {
  const { mutate } = trpc.live.editing.useMutation();
  useEffect(() => {
    if (!measureId) return;
    // A failed announcement only leaves the others less informed: never an error on screen.
    const say = (editing: boolean) => mutate({ measureId, editing }, { onError: () => {} });
    say(true);
    const timer = setInterval(() => say(true), renewEveryMs);
    return () => {
      clearInterval(timer);
      say(false);
    };
  }, [measureId, mutate]);
}

/** Rendered by an open edit form of a measure (EditPanel), so closed ones need no API. */
export function AnnounceEditing({ measureId }: { measureId: string }) {
  useAnnounceEditing(measureId);
  return null;
}
