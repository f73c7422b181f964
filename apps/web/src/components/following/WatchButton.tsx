// "Watch" / "Watching": a toggle (aria-pressed) for a signed-in person, viewers too: watching
// changes nothing in the record. Nothing shows for a reader who is not signed in.
import { useTranslations } from '../../i18n';
import { followingStrings } from './strings';
import { useWatch, type WatchKind } from './useWatch';
import './following.css';

export function WatchButton({
  kind,
  target,
  label,
}: {
  kind: WatchKind;
  target: string;
  /** The words off and on; "Watch" and "Watching" unless given. */
  label?: { off: string; on: string };
}) {
  const s = useTranslations(followingStrings);
  const watch = useWatch(kind, target);
  if (!watch.available) return null;
  return (
    <span className="watch">
      <button
        type="button"
        className={`watch-button${watch.watching ? ' watch-on' : ''}`}
        aria-pressed={watch.watching}
        disabled={watch.pending}
        title={s.watchHint}
        onClick={watch.toggle}
      >
        <span aria-hidden="true">{watch.watching ? '★ ' : '☆ '}</span>
        {watch.watching ? (label?.on ?? s.watching) : (label?.off ?? s.watch)}
      </button>
      {watch.error ? (
        <span className="watch-error" role="alert">
          {s.watchFailed}
          {watch.error.message}
        </span>
      ) : null}
    </span>
  );
}
