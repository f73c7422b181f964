import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import SchedulePage from '../../pages/SchedulePage';
import { type RealApi, realApi } from '../../test/realApi';
import { renderInApp } from '../../test/render';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const total = 120;
const title = (n: number) => `Measure ${String(n).padStart(3, '0')}`;

/** One long column: 120 proposals, which the API pages 50 at a time in title order. */
async function longColumn() {
  const api = realApi();
  for (let n = 1; n <= total; n++)
    await api.editor.measures.create({
      slug: `measure-${n}`,
      title: title(n),
      kind: 'regulation',
      jurisdiction: 'EU',
      stage: 'proposal',
    });
  renderInApp(<SchedulePage />, { api });
  await screen.findByRole('link', { name: title(1) });
  const column = screen.getByRole('region', { name: `Proposal (${total} measures)` });
  return { api, column, scroller: column.querySelector<HTMLElement>('.schedule-column-scroll')! };
}

// The test DOM has no layout: a column counts as 800 px tall and a card as 200 px + 8 px gap.
const card = 208;
const rendered = (column: HTMLElement) =>
  within(column)
    .queryAllByRole('link')
    .map((a) => a.textContent);
const scrollTo = (scroller: HTMLElement, top: number) =>
  act(() => {
    scroller.scrollTop = top;
    fireEvent.scroll(scroller);
  });
const pages = (api: RealApi) =>
  api.inputsOf('measures.list').filter((input) => (input as { cursor?: unknown }).cursor);

describe('a long schedule column', () => {
  it('renders only the cards near its visible part, and the next page as it scrolls', async () => {
    const { api, column, scroller } = await longColumn();
    // Four on screen and four below; every card still counts for a screen reader.
    expect(rendered(column)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map(title));
    expect(within(column).getAllByRole('listitem')[0]!.getAttribute('aria-setsize')).toBe('120');
    expect(pages(api)).toHaveLength(0);

    scrollTo(scroller, 30 * card);
    await waitFor(() => expect(rendered(column)).toContain(title(31)));
    expect(rendered(column)).not.toContain(title(1));
    expect(rendered(column).length).toBeLessThanOrEqual(13);
    // Within ten cards of the 50 loaded: the next page is on its way.
    scrollTo(scroller, 38 * card);
    await waitFor(() => expect(pages(api)).toHaveLength(1));
    scrollTo(scroller, 80 * card);
    await waitFor(() => expect(rendered(column)).toContain(title(81)));
  });

  it('keeps the focused card and its neighbours while the column scrolls away from them', async () => {
    const { column, scroller } = await longColumn();
    const first = within(column).getByRole('link', { name: title(1) });
    act(() => first.focus());
    expect(document.activeElement).toBe(first);

    scrollTo(scroller, 60 * card);
    await waitFor(() => expect(rendered(column)).toContain(title(61)));
    // Still there, still focused, with the cards Tab and Shift+Tab go to next.
    expect(document.activeElement).toBe(first);
    expect(rendered(column).slice(0, 3)).toEqual([title(1), title(2), title(3)]);

    // Focus leaves the column: the card goes like any other off screen.
    act(() => screen.getByRole('searchbox').focus());
    await waitFor(() => expect(rendered(column)).not.toContain(title(1)));
  });

  it('has the next card ready for Tab before the column has scrolled to it', async () => {
    const { column } = await longColumn();
    const last = within(column).getByRole('link', { name: title(8) });
    expect(rendered(column)).not.toContain(title(9));
    act(() => last.focus());
    expect(rendered(column)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(title));
  });
});
