import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../i18n/en';
import { renderInApp } from '../test/render';
import MeasureBriefPage from './MeasureBriefPage';
import SchedulePage from './SchedulePage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('brief page', () => {
  it('shows a 404 state naming the reference when the API answers NOT_FOUND', async () => {
    const fetch = vi.fn(async () =>
      json(
        [
          {
            error: {
              message: 'No measure matches "nope".',
              code: -32004,
              data: { code: 'NOT_FOUND', httpStatus: 404, path: 'measures.get' },
            },
          },
        ],
        404,
      ),
    );
    vi.stubGlobal('fetch', fetch);
    renderInApp(<MeasureBriefPage slug="nope" />, { api: true });
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe(en.ui.brief.notFound('nope'));
    expect(screen.getByRole('link', { name: en.ui.goHome }).getAttribute('href')).toBe('/');
    expect(fetch).toHaveBeenCalledTimes(1); // a 404 is not retried
  });
});

describe('list page', () => {
  it('says the server did not answer, and lists the measures once Retry succeeds', async () => {
    let up = false;
    const fetch = vi.fn(async () => {
      if (!up) throw new TypeError('Failed to fetch');
      return json([
        {
          result: {
            data: {
              items: [
                {
                  id: 'm1',
                  slug: 'eu-eprivacy-framework-review',
                  title: 'Review of the e-privacy framework',
                  kind: 'review',
                  jurisdiction: 'EU',
                  stage: 'consultation',
                  policyAreas: [],
                  updatedAt: '2024-01-01T00:00:00Z',
                  lastEvent: {
                    measureId: 'm1',
                    date: '2016-08',
                    datePrecision: 'month',
                    kind: 'statement',
                    title: 'Under review',
                  },
                  nextEvent: null,
                  balance: { support: 0, neutral: 0, oppose: 2, unknown: 1 },
                },
              ],
              nextCursor: null,
            },
          },
        },
      ]);
    });
    vi.stubGlobal('fetch', fetch);
    renderInApp(<SchedulePage />, { api: true });
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert.textContent).toContain(en.ui.errors.unreachable);

    up = true;
    fireEvent.click(screen.getByRole('button', { name: en.ui.retry }));
    const link = await screen.findByRole('link', { name: 'Review of the e-privacy framework' });
    expect(link.getAttribute('href')).toBe('/measures/eu-eprivacy-framework-review');
    const card = link.closest('li')!;
    expect(card.textContent).toContain(en.stage.consultation);
    expect(card.textContent).toContain('August 2016 — Under review');
    expect(card.textContent).toContain('2 oppose');
    expect(card.textContent).not.toContain('0 support');
  });

  it('says so when no measure is tracked yet', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json([{ result: { data: { items: [], nextCursor: null } } }])),
    );
    renderInApp(<SchedulePage />, { api: true });
    expect(await screen.findByText(en.ui.list.empty)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
