import { useLabels } from '../i18n';
import { Link, paths } from '../router';
import { isAnswered } from '../trpc';

export function Loading() {
  const t = useLabels();
  return (
    <p className="state state-loading" role="status">
      {t.ui.loading}
    </p>
  );
}

/** What went wrong, in words, with a button that asks again. */
export function ErrorState({
  error,
  onRetry,
  retrying,
}: {
  error: { message: string };
  onRetry: () => void;
  retrying: boolean;
}) {
  const t = useLabels();
  return (
    <div className="state state-error" role="alert">
      <h2>{t.ui.errors.title}</h2>
      {isAnswered(error) ? (
        <p>
          {t.ui.errors.server} {error.message}
        </p>
      ) : (
        <p>{t.ui.errors.unreachable}</p>
      )}
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t.ui.retrying : t.ui.retry}
      </button>
    </div>
  );
}

/** A 404 in the page: a heading that says what was not found, and the way home. */
export function NotFoundState({ title, detail }: { title: string; detail: string }) {
  const t = useLabels();
  return (
    <div className="state state-not-found">
      <p className="state-code">404</p>
      <h1>{title}</h1>
      <p>{detail}</p>
      <p>
        <Link to={paths.schedule()}>{t.ui.goHome}</Link>
      </p>
    </div>
  );
}
