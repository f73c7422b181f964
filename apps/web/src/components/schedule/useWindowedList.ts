import { type FocusEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { buildOffsets, renderedIndexes, visibleRange } from './windowing';

// Before layout (and in tests without one) a column is assumed to be this tall.
const fallbackViewport = 800;

interface Options {
  count: number;
  /** The height guessed for a card not measured yet, in pixels. */
  estimate: number;
  /** Space between two cards, in pixels. */
  gap: number;
}

/**
 * Renders only the cards near the visible part of a scrolling column. Cards are measured once on
 * screen (ResizeObserver), so they may be as tall as their content needs; until then they count
 * as `estimate`. The card holding keyboard focus stays rendered, and the browser scrolling a
 * focused card into view moves the window along, so Tab reaches every card.
 */
export function useWindowedList({ count, estimate, gap }: Options) {
  const element = useRef<HTMLElement | null>(null);
  const heights = useRef<number[]>([]);
  const [measured, setMeasured] = useState(0);
  const [view, setView] = useState({ top: 0, height: 0 });
  const [focused, setFocused] = useState<number | null>(null);

  // `measured` changes whenever a card's measured height lands in `heights` (a ref).
  const offsets = useMemo(
    () => buildOffsets(count, (i) => heights.current[i], estimate, gap),
    [count, estimate, gap, measured],
  );
  const offsetsRef = useRef(offsets);
  offsetsRef.current = offsets;

  const scrollRef = useCallback((node: HTMLElement | null) => {
    element.current = node;
    if (!node) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      setView((prev) =>
        prev.top === node.scrollTop && prev.height === node.clientHeight
          ? prev
          : { top: node.scrollTop, height: node.clientHeight },
      );
    };
    // One update per frame however many scroll events arrive.
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    node.addEventListener('scroll', schedule, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    resize?.observe(node);
    read();
    return () => {
      node.removeEventListener('scroll', schedule);
      resize?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);

  const observer = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            let changed = false;
            const scroller = element.current;
            for (const entry of entries) {
              const target = entry.target as HTMLElement;
              const index = Number(target.dataset.index);
              if (!Number.isInteger(index)) continue;
              const size = entry.borderBoxSize?.[0]?.blockSize ?? target.offsetHeight;
              const known = heights.current[index];
              if (size === 0 || (known !== undefined && Math.abs(size - known) < 0.5)) continue;
              const before = known ?? estimate;
              heights.current[index] = size;
              changed = true;
              // A card above the visible part turned out taller or shorter than guessed: shift
              // the scroll position by as much, so what the reader looks at does not jump.
              const bottom = (offsetsRef.current[index] ?? 0) + before;
              if (scroller && bottom <= scroller.scrollTop) scroller.scrollTop += size - before;
            }
            if (changed) setMeasured((n) => n + 1);
          }),
    [estimate],
  );

  /** Ref for each rendered card's wrapper (which carries `data-index`). */
  const measure = useCallback(
    (node: HTMLElement | null) => {
      if (!node || !observer) return;
      observer.observe(node);
      return () => observer.unobserve(node);
    },
    [observer],
  );

  const viewport = view.height || fallbackViewport;
  // One screen above and below: enough for Tab and for a quick flick of the wheel.
  const range = visibleRange(offsets, view.top, viewport, viewport);
  const indexes = renderedIndexes(range, focused, count);

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (item) setFocused(Number(item.dataset.index));
  }, []);
  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(null);
  }, []);

  useEffect(() => {
    if (focused !== null && focused >= count) setFocused(null);
  }, [focused, count]);

  return {
    scrollRef,
    measure,
    offsets,
    totalHeight: offsets[count] ?? 0,
    range,
    indexes,
    listProps: { onFocus, onBlur },
  };
}
