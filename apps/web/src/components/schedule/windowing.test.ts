import { describe, expect, it } from 'vitest';
import { buildOffsets, nearEnd, renderedIndexes, visibleRange } from './windowing';

const indexes = (range: { start: number; end: number }) =>
  Array.from({ length: range.end - range.start }, (_, i) => range.start + i);

describe('buildOffsets', () => {
  it('stacks measured heights, guesses the others, and adds the gap after each card', () => {
    const measured = [120, undefined, 80];
    expect(buildOffsets(3, (i) => measured[i], 100, 10)).toEqual([0, 130, 240, 330]);
    expect(buildOffsets(0, () => 50, 100, 10)).toEqual([0]);
  });
});

describe('visibleRange', () => {
  // 100 cards of 100 px: card i spans [100i, 100i + 100).
  const even = buildOffsets(100, () => undefined, 100, 0);

  it('renders the cards that touch the viewport, and the overscan either side', () => {
    expect(visibleRange(even, 0, 300, 0)).toEqual({ start: 0, end: 3 });
    expect(visibleRange(even, 1000, 300, 200)).toEqual({ start: 8, end: 15 });
    // Half a card in view at either edge still counts.
    expect(indexes(visibleRange(even, 1050, 300, 0))).toEqual([10, 11, 12, 13]);
  });

  it('stops at both ends of the list', () => {
    expect(visibleRange(even, 0, 300, 500)).toEqual({ start: 0, end: 8 });
    expect(visibleRange(even, 9800, 300, 500)).toEqual({ start: 93, end: 100 });
    expect(visibleRange(even, 50_000, 300, 0)).toEqual({ start: 100, end: 100 });
    expect(visibleRange([0], 0, 300, 100)).toEqual({ start: 0, end: 0 });
  });

  it('follows cards of different heights', () => {
    const heights = [50, 400, 50, 50, 50, 300, 50];
    const offsets = buildOffsets(heights.length, (i) => heights[i], 0, 0);
    // [0,50) [50,450) [450,500) [500,550) [550,600) [600,900) [900,950)
    expect(indexes(visibleRange(offsets, 100, 100, 0))).toEqual([1]);
    expect(indexes(visibleRange(offsets, 440, 170, 0))).toEqual([1, 2, 3, 4, 5]);
    expect(indexes(visibleRange(offsets, 600, 100, 0))).toEqual([5]);
  });

  it('holds a bounded number of cards however long the column', () => {
    const huge = buildOffsets(5000, () => undefined, 200, 8);
    const range = visibleRange(huge, 2500 * 208, 700, 700);
    expect(range.end - range.start).toBeLessThanOrEqual(12);
    expect(range.start).toBeGreaterThan(2490);
  });
});

describe('renderedIndexes', () => {
  it('is the range when nothing in the column has focus', () => {
    expect(renderedIndexes({ start: 3, end: 6 }, null, 50)).toEqual([3, 4, 5]);
  });

  it('keeps the focused card and its neighbours, in order, when scrolled away from them', () => {
    expect(renderedIndexes({ start: 20, end: 23 }, 2, 50)).toEqual([0, 1, 2, 3, 4, 20, 21, 22]);
    expect(renderedIndexes({ start: 0, end: 3 }, 48, 50)).toEqual([0, 1, 2, 46, 47, 48, 49]);
  });

  it('renders the next card for Tab before the range has caught up with the focus', () => {
    expect(renderedIndexes({ start: 0, end: 5 }, 4, 50)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('nearEnd', () => {
  it('asks for the next page when the rendered cards come close to the loaded end', () => {
    expect(nearEnd({ start: 30, end: 38 }, 50, 10)).toBe(false);
    expect(nearEnd({ start: 32, end: 40 }, 50, 10)).toBe(true);
    expect(nearEnd({ start: 0, end: 0 }, 0, 10)).toBe(false);
  });
});
