import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import { renderInApp } from '../../test/render';
import { indexSources } from '../SourceRef';
import { event, source } from './fixtures';
import { Timeline } from './Timeline';
import { latestAndNext, orderTimeline } from './timeline';

afterEach(cleanup);

const report = source({ title: 'Wire report', publisher: 'Reuters', url: 'https://example.org/r' });
const sources = indexSources([report]);

const conference = event({
  date: '2016-08-23',
  kind: 'announcement',
  title: 'Ministers present the initiative',
  description: 'Joint conference in Paris.',
  sourceId: report.id,
});
const hint = event({
  date: '2016-08',
  kind: 'announcement',
  title: 'Minister hints at it',
  sourceId: report.id,
});
const oped = event({ date: '2016-08-22', title: 'Op-ed in Le Monde', sourceId: report.id });
const council = event({
  date: '2030-03',
  kind: 'meeting',
  title: 'Council meeting',
  sourceId: 'not-recorded',
  upcoming: true,
});
const vote = event({
  date: '2030-06-12',
  kind: 'vote',
  title: 'Plenary vote',
  sourceId: report.id,
  upcoming: true,
});

describe('orderTimeline', () => {
  it('puts the oldest first, a month before the days of that month, upcoming events last', () => {
    const ordered = orderTimeline([vote, conference, council, oped, hint]);
    expect(ordered.map((e) => e.title)).toEqual([
      'Minister hints at it',
      'Op-ed in Le Monde',
      'Ministers present the initiative',
      'Council meeting',
      'Plenary vote',
    ]);
  });
});

describe('latestAndNext', () => {
  it('finds the last event that happened and the first one ahead', () => {
    const { latest, next } = latestAndNext([vote, conference, council, oped, hint]);
    expect(latest?.title).toBe('Ministers present the initiative');
    expect(next?.title).toBe('Council meeting');
    expect(latestAndNext([hint])).toEqual({ latest: hint, next: null });
  });
});

describe('Timeline', () => {
  it('lists the events oldest first, each with its kind, title, description and source', () => {
    renderInApp(<Timeline events={[conference, vote, hint, council, oped]} sources={sources} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('strong')!.textContent)).toEqual([
      'Minister hints at it',
      'Op-ed in Le Monde',
      'Ministers present the initiative',
      'Council meeting',
      'Plenary vote',
    ]);
    const third = within(items[2]!);
    expect(third.getByText(en.eventKind.announcement)).toBeTruthy();
    expect(third.getByText('Joint conference in Paris.')).toBeTruthy();
    expect(third.getByRole('link', { name: 'Wire report' }).getAttribute('href')).toBe(report.url);
    expect(within(items[3]!).getByText(en.ui.noSource)).toBeTruthy();
  });

  it('writes a month-precision date as the month, never with an invented day', () => {
    renderInApp(<Timeline events={[hint, conference]} sources={sources} />);
    const times = screen.getAllByRole('listitem').map((li) => li.querySelector('time')!);
    expect(times[0]!.textContent).toBe('August 2016');
    expect(times[0]!.getAttribute('datetime')).toBe('2016-08');
    expect(times[1]!.textContent).toBe('23 August 2016');
  });

  it('marks the upcoming events, and only them', () => {
    renderInApp(<Timeline events={[conference, council, vote]} sources={sources} />);
    const items = screen.getAllByRole('listitem');
    const marked = items.filter((li) => within(li).queryByText(en.ui.upcoming));
    expect(marked.map((li) => li.querySelector('strong')!.textContent)).toEqual([
      'Council meeting',
      'Plenary vote',
    ]);
    expect(marked.every((li) => li.classList.contains('bf-event-upcoming'))).toBe(true);
    expect(items[0]!.classList.contains('bf-event-upcoming')).toBe(false);
    expect(items[1]!.querySelector('time')!.textContent).toBe('March 2030');
  });

  it('speaks French', () => {
    renderInApp(<Timeline events={[hint, council]} sources={sources} />, { locale: 'fr' });
    const items = screen.getAllByRole('listitem');
    expect(items[0]!.querySelector('time')!.textContent).toBe('août 2016');
    expect(within(items[0]!).getByText(fr.eventKind.announcement)).toBeTruthy();
    expect(within(items[1]!).getByText(fr.ui.upcoming)).toBeTruthy();
    expect(within(items[1]!).getByText(fr.ui.noSource)).toBeTruthy();
  });

  it('says so when no event is recorded', () => {
    renderInApp(<Timeline events={[]} sources={sources} />);
    expect(screen.getByText(en.ui.brief.noEvents)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
