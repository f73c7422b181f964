// The one rule the virtualiser does not know: never unmount the card that holds keyboard focus.

/**
 * The indexes to render, in order: those on screen (with the virtualiser's overscan), plus the
 * card holding keyboard focus and `reach` cards either side of it. Focus then never falls out
 * of the column: its card stays rendered when scrolled away, and the next card for Tab (or
 * Shift+Tab) already exists when the key is pressed, before any scroll has moved the range.
 */
export function keepFocused(
  onScreen: readonly number[],
  focused: number | null,
  count: number,
  reach = 2,
): number[] {
  if (focused === null || focused >= count) return [...onScreen];
  const indexes = new Set(onScreen);
  const last = Math.min(count - 1, focused + reach);
  for (let i = Math.max(0, focused - reach); i <= last; i++) indexes.add(i);
  return [...indexes].sort((a, b) => a - b);
}
