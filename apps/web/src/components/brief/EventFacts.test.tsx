import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import { renderInApp } from '../../test/render';
import { indexSources } from '../SourceRef';
import { dateClaim, event, resultClaim, source } from './fixtures';
import { TimelineItem } from './Timeline';
import { briefText } from './text';

afterEach(cleanup);

const x = briefText.en;
const record = source({ title: 'The legislative record', publisher: 'Observatory' });
const news = source({ title: 'A news report', publisher: 'Example News' });
// Numbered as the brief's list of sources numbers them: the record [1], the report [2].
const sources = indexSources([record, news]);

function renderItem(item: ReturnType<typeof event>, locale: 'en' | 'fr' = 'en') {
  renderInApp(
    <ol>
      <TimelineItem event={item} sources={sources} />
    </ol>,
    { locale },
  );
  return screen.getAllByRole('listitem')[0]!;
}

/** The claims listed under a heading of the item, as a reader reads each line. */
const claimsUnder = (item: HTMLElement, heading: string) => {
  const box = within(item).getByText(heading).closest('.bf-claims')!;
  return within(box as HTMLElement)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
};

describe('an event whose sources disagree', () => {
  const vote = () =>
    event(
      { kind: 'committee_vote', date: '2020-02-10', title: 'Committee vote', sourceId: record.id },
      {
        date: [dateClaim('2020-02-10', record.id), dateClaim('2020-02-11', news.id)],
        result: [
          resultClaim({ for: 31, against: 24, abstentions: 1 }, record.id),
          resultClaim({ for: 31, against: 25 }, news.id),
        ],
      },
    );

  it('gives both dates and both results, each with its source, and marks the event disputed', () => {
    const item = renderItem(vote());
    const when = item.querySelector('.bf-event-when')!;
    expect([...when.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).toEqual([
      '2020-02-10',
      '2020-02-11',
    ]);
    expect(when.textContent).toContain('10 February 2020 or 11 February 2020');
    // A sign and a word, not a colour alone.
    const mark = within(when as HTMLElement).getByText(en.ui.disputed);
    expect(mark.closest('.disputed-badge')!.textContent).toBe(`⚠\uFE0E ${en.ui.disputed}`);
    expect(item.classList.contains('bf-event-disputed')).toBe(true);

    expect(claimsUnder(item, x.dateDisputed)).toEqual([
      '10 February 2020 — [1] The legislative record',
      '11 February 2020 — [2] A news report',
    ]);
    expect(claimsUnder(item, x.resultDisputed)).toEqual([
      '31 for · 24 against · 1 abstention — [1] The legislative record',
      '31 for · 25 against — [2] A news report',
    ]);
    // No count is put forward as the result while the sources disagree.
    expect(item.querySelector('.bf-vote')).toBeNull();
    const second = within(item).getAllByRole('link', { name: x.sourceNumber(2) });
    expect(second.map((a) => a.getAttribute('href'))).toEqual([
      `#source-${news.id}`,
      `#source-${news.id}`,
    ]);
  });

  it('shows an editor’s preferred claim as the value, with the reason, and the others set aside', () => {
    const reason = 'The committee’s own minutes give the 11th';
    const item = renderItem(
      event(
        {
          kind: 'committee_vote',
          date: '2020-02-10',
          title: 'Committee vote',
          sourceId: record.id,
        },
        {
          date: [
            dateClaim('2020-02-10', record.id),
            dateClaim('2020-02-11', news.id, { preferred: true, preferredReason: reason }),
          ],
          result: [
            resultClaim({ for: 31, against: 24, abstentions: 1 }, record.id, {
              preferred: true,
              preferredReason: 'Official count',
            }),
            resultClaim({ for: 31, against: 25 }, news.id),
          ],
        },
      ),
    );
    const when = item.querySelector('.bf-event-when')!;
    expect(when.textContent).toBe('11 February 2020');
    expect(within(item).queryByText(en.ui.disputed)).toBeNull();

    const [date, result] = [...item.querySelectorAll<HTMLElement>('.bf-claims-preferred')];
    expect(date!.querySelector('.bf-claims-head')!.textContent).toBe(
      `Date: 11 February 2020 — [2] A news report ✓ preferred: ${reason}`,
    );
    expect(within(date!).getByText(x.setAside)).toBeTruthy();
    expect(
      within(date!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['10 February 2020 — [1] The legislative record']);
    expect(result!.querySelector('.bf-claims-head')!.textContent).toBe(
      'Result: 31 for · 24 against · 1 abstention — [1] The legislative record ✓ preferred: Official count',
    );
    expect(
      within(result!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['31 for · 25 against — [2] A news report']);
  });

  it('speaks French', () => {
    const item = renderItem(vote(), 'fr');
    expect(item.querySelector('.bf-event-when')!.textContent).toContain(
      '10 février 2020 ou 11 février 2020',
    );
    expect(within(item).getByText(fr.ui.disputed)).toBeTruthy();
    expect(claimsUnder(item, briefText.fr.resultDisputed)).toEqual([
      '31 pour · 24 contre · 1 abstention — [1] The legislative record',
      '31 pour · 25 contre — [2] A news report',
    ]);
  });
});

describe('an event whose sources agree', () => {
  it('shows the date that says most and the result, with nothing marked', () => {
    const item = renderItem(
      event(
        { kind: 'plenary_vote', date: '2016-08', title: 'Plenary vote', sourceId: record.id },
        {
          date: [dateClaim('2016-08', record.id), dateClaim('2016-08-23', news.id)],
          result: [resultClaim({ for: 400, against: 200, abstentions: 2 }, record.id)],
        },
      ),
    );
    expect(item.querySelector('.bf-event-when')!.textContent).toBe('23 August 2016');
    expect(item.querySelector('.bf-claims')).toBeNull();
    expect(item.querySelector('.bf-vote')!.textContent).toBe(
      'Result: 400 for · 200 against · 2 abstentions',
    );
    expect(item.classList.contains('bf-event-disputed')).toBe(false);
  });
});

describe('who acted, where, and what it produced', () => {
  it('names the body, the Member States, the documents, and an unconfirmed report', () => {
    const item = renderItem(
      event({
        kind: 'infringement_step',
        date: '2023-04-06',
        title: 'Letters of formal notice',
        sourceId: news.id,
        body: { kind: 'commission', name: 'DG HOME' },
        memberStates: ['BE', 'GR'],
        documents: [
          {
            id: 'doc1',
            title: 'Reasoned opinion',
            scheme: 'council_doc',
            written: '14001/16',
            canonical: 'ST 14001 2016 INIT',
            url: 'https://example.org/st14001',
          },
        ],
        unconfirmed: true,
      }),
    );
    expect(within(item).getByText(en.eventKind.infringement_step)).toBeTruthy();
    const meta = [...item.querySelectorAll('.bf-event-meta')].map((p) => p.textContent);
    expect(meta).toEqual([
      'Body: European Commission — DG HOME',
      'Member States: Belgium, Greece',
      'Documents: Reasoned opinion — Council document ST 14001 2016 INIT',
    ]);
    expect(
      within(item).getByRole('link', { name: 'ST 14001 2016 INIT' }).getAttribute('href'),
    ).toBe('https://example.org/st14001');
    expect(item.querySelector('.bf-event-when')!.textContent).toContain(en.ui.unconfirmed);
  });
});
