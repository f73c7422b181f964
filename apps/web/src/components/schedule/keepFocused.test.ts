import { describe, expect, it } from 'vitest';
import { keepFocused } from './keepFocused';

describe('keepFocused', () => {
  it('is what is on screen when nothing in the column has focus', () => {
    expect(keepFocused([3, 4, 5], null, 50)).toEqual([3, 4, 5]);
  });

  it('keeps the focused card and its neighbours, in order, when scrolled away from them', () => {
    expect(keepFocused([20, 21, 22], 2, 50)).toEqual([0, 1, 2, 3, 4, 20, 21, 22]);
    expect(keepFocused([0, 1, 2], 48, 50)).toEqual([0, 1, 2, 46, 47, 48, 49]);
  });

  it('renders the next card for Tab before the range has caught up with the focus', () => {
    expect(keepFocused([0, 1, 2, 3, 4], 4, 50)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('forgets a focused card the list no longer holds', () => {
    expect(keepFocused([0, 1], 7, 2)).toEqual([0, 1]);
  });
});
