import { useEffect, useRef, useState } from 'react';

/**
 * A button for something that cannot be undone, with a confirm step in place: the question, the
 * button that does it and one that does not. The keyboard follows (to the confirm button, and
 * back when cancelled).
 */
export function ConfirmButton({
  label,
  name,
  question,
  yes,
  no,
  busy,
  onConfirm,
}: {
  /** The button's text ("Remove"). */
  label: string;
  /** Its accessible name, saying what it acts on ("Remove ana"). */
  name: string;
  question: string;
  yes: string;
  no: string;
  busy: boolean;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const back = useRef(false);

  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (back.current) start.current?.focus();
  }, [asking]);

  if (!asking)
    return (
      <button
        type="button"
        ref={start}
        aria-label={name}
        onClick={() => {
          back.current = false;
          setAsking(true);
        }}
      >
        {label}
      </button>
    );
  return (
    <fieldset className="confirm" aria-label={name}>
      <p>{question}</p>
      <button
        type="button"
        ref={confirm}
        className="danger"
        disabled={busy}
        onClick={() => {
          onConfirm();
          setAsking(false);
        }}
      >
        {yes}
      </button>
      <button
        type="button"
        onClick={() => {
          back.current = true;
          setAsking(false);
        }}
      >
        {no}
      </button>
    </fieldset>
  );
}
