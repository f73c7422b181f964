import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A text field that commits what was typed after a pause (or at once, with `flush`), and follows
 * the committed value when it changes elsewhere (back/forward, "clear filters").
 */
export function useDebouncedText(committed: string, commit: (value: string) => void, delay = 250) {
  const [text, setText] = useState(committed);
  const lastCommitted = useRef(committed);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commitRef = useRef(commit);
  commitRef.current = commit;

  const cancel = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  useEffect(() => {
    if (committed === lastCommitted.current) return;
    // Changed from outside this field: what the address says wins over a pending edit.
    cancel();
    lastCommitted.current = committed;
    setText(committed);
  }, [committed, cancel]);

  useEffect(() => cancel, [cancel]);

  const send = useCallback((value: string) => {
    timer.current = null;
    if (value.trim() === lastCommitted.current.trim()) return;
    lastCommitted.current = value.trim();
    commitRef.current(value);
  }, []);

  const change = useCallback(
    (value: string) => {
      setText(value);
      cancel();
      timer.current = setTimeout(() => send(value), delay);
    },
    [cancel, send, delay],
  );

  const flush = useCallback(() => {
    cancel();
    send(text);
  }, [cancel, send, text]);

  /** Drops any pending edit and shows `value`, for a reset made outside the field. */
  const reset = useCallback(
    (value: string) => {
      cancel();
      lastCommitted.current = value;
      setText(value);
    },
    [cancel],
  );

  return { text, change, flush, reset };
}
