import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from '../../i18n';
import { AnnounceEditing } from '../live/AnnounceEditing';
import { type MutationError, saveFailure } from './serverError';
import { formStrings } from './strings';

/** The server's refusal of a save, announced, in words a person can act on. */
export function SaveError({ error }: { error: MutationError | null | undefined }) {
  const f = useTranslations(formStrings);
  if (!error) return null;
  return (
    <p className="fm-save-error" role="alert">
      {saveFailure(error, f)}
    </p>
  );
}

/** Save and cancel, at the end of a form. */
export function FormActions({
  pending,
  onCancel,
  saveLabel,
}: {
  pending: boolean;
  onCancel?: () => void;
  saveLabel?: string;
}) {
  const f = useTranslations(formStrings);
  return (
    <div className="fm-actions">
      <button type="submit" className="fm-primary" disabled={pending}>
        {pending ? f.saving : (saveLabel ?? f.save)}
      </button>
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          {f.cancel}
        </button>
      ) : null}
    </div>
  );
}

/**
 * A button that opens a form in place of itself. The form gets the focus when it opens, Escape
 * closes it, and the focus comes back to the button: usable from the keyboard alone.
 */
export function EditPanel({
  label,
  title,
  children,
  className,
  editing,
}: {
  /** The button's words, e.g. "Edit" or "Add a position". */
  label: ReactNode;
  /** The form's heading. */
  title: ReactNode;
  children: (close: () => void) => ReactNode;
  className?: string;
  /** The measure this form edits: while open, the others' briefs say who is editing it. */
  editing?: string;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const headingId = useId();
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    else if (wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const close = () => setOpen(false);
  if (!open)
    return (
      <button
        ref={button}
        type="button"
        className={`fm-open ${className ?? ''}`.trim()}
        aria-expanded={false}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
    );
  return (
    <section
      ref={panel}
      className="fm-panel"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <h3 id={headingId} className="fm-title">
        {title}
      </h3>
      {editing && <AnnounceEditing measureId={editing} />}
      {children(close)}
    </section>
  );
}
