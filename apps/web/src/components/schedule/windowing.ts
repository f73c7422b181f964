// The arithmetic of rendering only the cards on screen: where each card sits in its column, and
// which of them touch the visible part (plus an overscan above and below).

/**
 * The top of every item and, at the end, the height of the whole list: `offsets[i]` is where
 * item i starts, `offsets[count]` where the list ends. Unmeasured items count as `estimate`.
 */
export function buildOffsets(
  count: number,
  heightOf: (index: number) => number | undefined,
  estimate: number,
  gap: number,
): number[] {
  const offsets = new Array<number>(count + 1);
  offsets[0] = 0;
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + (heightOf(i) ?? estimate) + gap;
  return offsets;
}

/** The first index in [lo, hi) where `test` holds, for a test that once true stays true. */
function firstWhere(lo: number, hi: number, test: (index: number) => boolean): number {
  let low = lo;
  let high = hi;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (test(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

export interface Range {
  /** First index to render. */
  start: number;
  /** One past the last index to render. */
  end: number;
}

/**
 * The items that overlap [scrollTop - overscan, scrollTop + viewport + overscan). `offsets`
 * comes from `buildOffsets`, so it holds one more entry than there are items.
 */
export function visibleRange(
  offsets: readonly number[],
  scrollTop: number,
  viewport: number,
  overscan: number,
): Range {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop - overscan);
  const bottom = Math.max(top, scrollTop + viewport + overscan);
  // An item shows when it ends below `top` and starts above `bottom`.
  const start = firstWhere(0, count, (i) => offsets[i + 1]! > top);
  const end = firstWhere(start, count, (i) => offsets[i]! >= bottom);
  return { start, end };
}

/** Whether the rendered range has come close enough to the loaded end to fetch the next page. */
export const nearEnd = (range: Range, loaded: number, threshold: number): boolean =>
  loaded > 0 && range.end >= loaded - threshold;

/**
 * The indexes to render, in order: the range, plus the card holding keyboard focus and `reach`
 * cards either side of it. Focus then never falls out of the column: its card stays rendered when
 * scrolled away, and the next card for Tab (or Shift+Tab) already exists when the key is pressed,
 * before any scroll event has moved the range.
 */
export function renderedIndexes(
  range: Range,
  focused: number | null,
  count: number,
  reach = 2,
): number[] {
  const indexes = new Set<number>();
  for (let i = range.start; i < range.end; i++) indexes.add(i);
  if (focused !== null && focused < count) {
    const last = Math.min(count - 1, focused + reach);
    for (let i = Math.max(0, focused - reach); i <= last; i++) indexes.add(i);
  }
  return [...indexes].sort((a, b) => a - b);
}
