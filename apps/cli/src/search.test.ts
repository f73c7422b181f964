// `pnpm dossier search`: reading its command line, and printing the answer for people.
import type { RouterOutputs } from '@dossier/client';
import { describe, expect, it } from 'vitest';
import { parseCli, searchCliLimit, UsageError } from './args';
import { formatSearch, markedLines } from './search-format';

type Result = RouterOutputs['search']['query'];

function usageError(argv: string[]): string {
  try {
    parseCli(argv, {});
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
}

describe('parseCli search', () => {
  it('reads the words as one text, the kinds (singular or plural) and a limit', () => {
    expect(parseCli(['search', 'de', 'maizi'], {}).command).toEqual({
      name: 'search',
      text: 'de maizi',
      limit: searchCliLimit,
      json: false,
    });
    expect(
      parseCli(
        [
          'search',
          '2016/106/cod',
          '--kind',
          'Measures,position',
          '--kind',
          'source',
          '--limit',
          '3',
          '--json',
        ],
        {},
      ).command,
    ).toEqual({
      name: 'search',
      text: '2016/106/cod',
      kinds: ['measure', 'position', 'source'],
      limit: 3,
      json: true,
    });
  });

  it('says what is wrong with a search it cannot run', () => {
    expect(usageError(['search'])).toBe(
      'search needs the text to look for, such as: search maiziere',
    );
    expect(usageError(['search', '  '])).toMatch(/^search needs the text/);
    expect(usageError(['search', 'x', '--kind', 'memo'])).toBe(
      '--kind: "memo" is not a kind of record; use measure, stakeholder, position, event, source, note, meeting.',
    );
    expect(usageError(['search', 'x', '--limit', '0'])).toBe(
      '--limit must be a whole number from 1 to 50 (got "0").',
    );
    expect(usageError(['search', 'x', '--limit', '2.5'])).toMatch(/^--limit must be a whole/);
    expect(usageError(['search', 'x', '--q', 'y'])).toMatch(/^--q only applies to list/);
    expect(usageError(['search', 'x'.repeat(201)])).toBe(
      'Search text must be at most 200 characters.',
    );
    expect(usageError(['list', '--limit', '3'])).toBe('--limit only applies to search.');
  });
});

const parts = (text: string) =>
  text
    .split(/(\[[^\]]*\])/)
    .flatMap((piece) =>
      piece === ''
        ? []
        : piece.startsWith('[')
          ? [{ text: piece.slice(1, -1), match: true }]
          : [{ text: piece, match: false }],
    );

const result: Result = {
  q: 'maizi',
  identifier: null,
  groups: [
    {
      kind: 'measure',
      total: 3,
      items: [
        {
          kind: 'measure',
          id: 'm1',
          slug: 'eu-databases-2016',
          title: 'Franco-German push for closer links between databases',
          measureKind: 'initiative',
          jurisdiction: 'EU',
          stage: 'announced',
          matchedBy: 'text',
          label: parts('Franco-German push for closer links between databases'),
          snippet: {
            field: 'summary',
            parts: parts('…Interior Minister Thomas de [Maizière] said…'),
          },
        },
      ],
    },
    {
      kind: 'stakeholder',
      total: 1,
      items: [
        {
          kind: 'stakeholder',
          id: 's1',
          slug: 'thomas-de-maiziere',
          name: 'Thomas de Maizière',
          stakeholderKind: 'person',
          category: 'government',
          country: 'DE',
          label: parts('Thomas de [Maizière]'),
          snippet: null,
        },
      ],
    },
    { kind: 'position', total: 0, items: [] },
    {
      kind: 'event',
      total: 1,
      items: [
        {
          kind: 'event',
          id: 'e1',
          title: 'Joint conference',
          eventKind: 'statement',
          date: '2016-08',
          datePrecision: 'month',
          measure: { id: 'm2', slug: 'encryption-2016', title: 'Encryption' },
          label: parts('Joint conference'),
          snippet: { field: 'description', parts: parts('Cazeneuve and de [Maizière] in Paris.') },
        },
      ],
    },
  ],
};

describe('formatSearch', () => {
  it('prints each kind with results under its heading, matches in brackets, and what to type next', () => {
    expect(formatSearch(result)).toBe(
      [
        'MEASURES (1 of 3)',
        '  Franco-German push for closer links between databases',
        '    eu-databases-2016 · announced · EU',
        '    summary: …Interior Minister Thomas de [Maizière] said…',
        '',
        'STAKEHOLDERS (1)',
        '  Thomas de [Maizière]',
        '    thomas-de-maiziere · government',
        '',
        'EVENTS (1)',
        '  Aug 2016  Joint conference',
        '    statement on encryption-2016',
        '    description: Cazeneuve and de [Maizière] in Paris.',
        '',
      ].join('\n'),
    );
  });

  it('marks matches in bold on a terminal, and wraps by what shows on screen', () => {
    const text = formatSearch(result, { style: 'bold', width: 40 });
    expect(text).toContain('  Thomas de \u001b[1mMaizière\u001b[22m\n');
    expect(text).not.toContain('[Maizière]');
    const visible = text.replaceAll('\u001b[1m', '').replaceAll('\u001b[22m', '');
    for (const line of visible.split('\n')) expect(line.length, line).toBeLessThanOrEqual(40);
    expect(visible).toContain(
      '    summary: …Interior Minister Thomas\n             de Maizière said…\n',
    );
  });

  it('says so when nothing matches, and prints a quote between quotation marks', () => {
    expect(formatSearch({ q: 'zzz', identifier: null, groups: [] })).toBe(
      'Nothing matches "zzz".\n',
    );
    const quote: Result = {
      q: '2016/106',
      identifier: { scheme: 'procedure_ref', canonical: '2016/0106(COD)' },
      groups: [
        {
          kind: 'position',
          total: 1,
          items: [
            {
              kind: 'position',
              id: 'p1',
              stance: 'strongly_oppose',
              statedOn: '2016-08-23',
              statedOnPrecision: 'day',
              measure: { id: 'm1', slug: 'encryption-2016', title: 'Encryption' },
              stakeholder: { id: 's1', slug: 'ccia', name: 'CCIA' },
              label: parts('CCIA'),
              snippet: { field: 'quote', parts: parts('We oppose [2016/106].') },
            },
          ],
        },
      ],
    };
    expect(formatSearch(quote)).toBe(
      [
        'Searched as the identifier 2016/0106(COD), then as text.',
        '',
        'POSITIONS (1)',
        '  CCIA: strongly oppose, 23 Aug 2016',
        '    on encryption-2016 · stakeholder ccia',
        '    “We oppose [2016/106].”',
        '',
      ].join('\n'),
    );
  });

  it('keeps a match and the punctuation after it together when wrapping', () => {
    expect(
      markedLines(parts('aaa [bbb], ccc'), 'brackets', { width: 9, lead: '  ', indent: '  ' }),
    ).toEqual(['  aaa', '  [bbb],', '  ccc']);
  });
});

describe('formatSearch of the team words', () => {
  it('prints a note with its author and what it is on, a meeting with its date', () => {
    const subject = {
      kind: 'measure' as const,
      id: 'm1',
      slug: 'chat-control',
      label: 'Chat control',
    };
    const team = {
      q: 'okapi',
      identifier: null,
      groups: [
        {
          kind: 'note',
          total: 1,
          items: [
            {
              kind: 'note',
              id: 'n1',
              author: 'ana',
              createdAt: '2024-05-14T10:00:00.000Z',
              subject,
              label: [{ text: 'Chat control', match: false }],
              snippet: { field: 'body', parts: [{ text: 'okapi', match: true }] },
            },
          ],
        },
        {
          kind: 'meeting',
          total: 1,
          items: [
            {
              kind: 'meeting',
              id: 'g1',
              title: 'Okapi call',
              heldOn: '2024-05',
              subject,
              label: [
                { text: 'Okapi', match: true },
                { text: ' call', match: false },
              ],
              snippet: null,
            },
          ],
        },
      ],
    } as unknown as RouterOutputs['search']['query'];
    expect(formatSearch(team)).toBe(
      [
        'TEAM NOTES (1)',
        '  ana, 14 May 2024',
        '    on measure chat-control',
        '    body: [okapi]',
        '',
        'MEETINGS (1)',
        '  May 2024  [Okapi] call',
        '    on measure chat-control',
        '',
      ].join('\n'),
    );
  });
});
