import { useCanEdit } from '../../auth/session';
import { type Labels, stageName, useLabels, useTranslations } from '../../i18n';
import { type Brief, isAnswered, trpc } from '../../trpc';
import { type BriefText, briefText } from './text';

type Warning = NonNullable<Brief['stageWarning']>;

/** Why accepting failed, in words a reader can act on. */
function failure(
  error: { message: string; data?: { code?: string } | null },
  x: BriefText,
  t: Labels,
): string {
  const code = error.data?.code;
  if (code === 'CONFLICT') return x.warning.conflict;
  if (code === 'UNAUTHORIZED' || code === 'FORBIDDEN') return x.warning.notAllowed;
  if (!isAnswered(error)) return t.ui.errors.unreachable;
  return x.warning.failed(error.message);
}

/**
 * The timeline has gone further than the stage (an entry into force on a measure still shown
 * as adopted): says which event suggests which stage, and, for an editor, accepts it in one
 * step. The server records it as a preferred stage claim citing the event; the brief then
 * reloads. A stale
 * version (someone changed the measure meanwhile) is refused and said so, with a way to reload.
 */
export function StageWarning({
  measure,
  warning,
  events,
}: {
  measure: Pick<Brief['measure'], 'id' | 'version'>;
  warning: Warning;
  /** The events the brief holds: the one that suggests the stage is named when among them. */
  events: readonly Pick<Brief['timeline']['items'][number], 'id' | 'title'>[];
}) {
  const t = useLabels();
  const x = useTranslations(briefText);
  const canEdit = useCanEdit();
  const utils = trpc.useUtils();
  // Every measure query: the brief, and the board's columns and counts that show its stage.
  const reload = () => utils.measures.invalidate();
  const accept = trpc.measures.acceptSuggestedStage.useMutation({ onSuccess: reload });
  const because = events.find((e) => e.id === warning.because);
  const suggested = stageName(t, warning.suggested);
  return (
    <div className="bf-warning">
      <p>
        <strong className="bf-warning-label">
          <span aria-hidden="true">⚠&#xFE0E; </span>
          {x.warning.label}
          {x.colon}
        </strong>
        {x.warning.movedPast(because?.title ?? null, stageName(t, warning.current), suggested)}
      </p>
      {/* Only an editor may accept it (the server refuses anyone else regardless). */}
      {canEdit ? (
        <button
          type="button"
          disabled={accept.isPending}
          onClick={() => accept.mutate({ id: measure.id, version: measure.version })}
        >
          {accept.isPending ? x.warning.accepting : x.warning.accept(suggested)}
        </button>
      ) : null}
      {accept.error ? (
        <div className="bf-warning-error" role="alert">
          <p>{failure(accept.error, x, t)}</p>
          {accept.error.data?.code === 'CONFLICT' ? (
            <button
              type="button"
              onClick={() => {
                accept.reset();
                void reload();
              }}
            >
              {x.warning.reload}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
