import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import { renderInApp } from '../../test/render';
import type { MeasureCard } from '../../trpc';
import { ScheduleCard } from './ScheduleCard';
import { scheduleStrings } from './strings';

afterEach(cleanup);

function card(overrides: Partial<MeasureCard> = {}): MeasureCard {
  return {
    id: 'm1',
    slug: 'fr-de-encrypted-messaging-access-2016',
    title: 'Franco-German initiative: access to encrypted messaging',
    kind: 'initiative',
    jurisdiction: 'EU',
    stage: 'announced',
    policyAreas: ['encryption'],
    updatedAt: '2024-01-01T00:00:00Z',
    lastEvent: {
      measureId: 'm1',
      date: '2016-08',
      datePrecision: 'month',
      kind: 'announcement',
      title: 'Cazeneuve hints at the initiative',
    },
    nextEvent: {
      measureId: 'm1',
      date: '2026-11-05',
      datePrecision: 'day',
      kind: 'vote',
      title: 'Vote in committee',
    },
    balance: { support: 6, neutral: 0, oppose: 5, unknown: 1 },
    disputed: false,
    ...overrides,
  };
}

describe('ScheduleCard', () => {
  it('shows the last event at its precision, the next one as upcoming, and the balance, in French', () => {
    renderInApp(<ScheduleCard measure={card()} />, { locale: 'fr' });
    const link = screen.getByRole('link', { name: /Franco-German initiative/ });
    expect(link.getAttribute('href')).toBe('/measures/fr-de-encrypted-messaging-access-2016');
    const article = screen.getByRole('article');
    expect(article.textContent).toContain(fr.kind.initiative);

    const [lastTerm, nextTerm] = within(article).getAllByRole('term');
    expect(lastTerm!.textContent).toBe(fr.ui.last);
    expect(nextTerm!.textContent).toBe(fr.ui.upcoming);
    const [last, next] = within(article).getAllByRole('definition');
    // A month-precision date shows no day.
    expect(last!.textContent).toBe('août 2016Cazeneuve hints at the initiative');
    expect(last!.querySelector('time')!.getAttribute('datetime')).toBe('2016-08');
    expect(next!.textContent).toBe('5 novembre 2026Vote in committee');

    expect(article.textContent).toContain('6 pour · 5 contre · 1 inconnu');
    expect(article.textContent).not.toContain('0 neutre');
  });

  it('says when no step is dated ahead and no stakeholder is on record', () => {
    renderInApp(
      <ScheduleCard
        measure={card({
          lastEvent: null,
          nextEvent: null,
          balance: { support: 0, neutral: 0, oppose: 0, unknown: 0 },
        })}
      />,
    );
    const article = screen.getByRole('article');
    const [, next] = within(article).getAllByRole('definition');
    expect(next!.textContent).toBe(scheduleStrings.en.card.noNext);
    expect(article.textContent).toContain('No event recorded yet');
    expect(article.textContent).toContain('No stakeholders recorded');
    expect(article.querySelector('.upcoming-badge')).toBeNull();
  });

  it('marks a measure whose sources disagree, with a sign and words, and no other', () => {
    renderInApp(<ScheduleCard measure={card({ disputed: true })} />);
    const flag = screen.getByRole('article').querySelector('.schedule-card-flags')!;
    expect(flag.textContent).toBe(
      `⚠\uFE0E ${en.ui.disputed} (${scheduleStrings.en.card.disputed})`,
    );
    // The sign is for the eye; a screen reader hears the words.
    expect(flag.querySelector('[aria-hidden="true"]')!.textContent).toBe('⚠\uFE0E ');
    cleanup();
    renderInApp(<ScheduleCard measure={card({ disputed: false })} />);
    expect(screen.getByRole('article').querySelector('.schedule-card-flags')).toBeNull();
    expect(screen.getByRole('article').textContent).not.toContain(en.ui.disputed);
  });

  it('names jurisdiction and kind for screen readers, not only by position', () => {
    renderInApp(<ScheduleCard measure={card({ jurisdiction: 'DE', kind: 'national_law' })} />, {
      locale: 'de',
    });
    const meta = screen.getByRole('article').querySelector('.schedule-card-meta')!;
    expect(meta.textContent).toBe('Zuständigkeit: DE · Art: Nationales Gesetz');
  });
});
