import type { Stance } from '@dossier/domain';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { renderInApp } from '../test/render';
import type { BriefSource, StakeholderEntry } from '../trpc';
import { indexSources } from './SourceRef';
import { StakeholderPanel } from './StakeholderPanel';

afterEach(cleanup);

const stamp = '2024-01-01T00:00:00.000Z';
let seq = 0;
const nextId = (prefix: string) => `${prefix}${String(++seq).padStart(4, '0')}`;

function source(overrides: Partial<BriefSource> = {}): BriefSource {
  return {
    id: nextId('src'),
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
    title: 'A report',
    publisher: 'A publisher',
    url: null,
    publishedOn: null,
    kind: 'news',
    note: null,
    ...overrides,
  };
}

type Position = StakeholderEntry['current'];

function position(overrides: Partial<Position> & { sourceId: string }): Position {
  const statedOn = overrides.statedOn ?? '2016-08-23';
  return {
    id: nextId('pos'),
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
    measureId: 'measure-1',
    stakeholderId: 'unset',
    stance: 'unknown',
    role: 'addressee',
    statedOnPrecision: 'day',
    quote: null,
    ...overrides,
    statedOn,
    date: statedOn,
  };
}

/** A stakeholder with its positions, oldest first; the last one is the current stance. */
function entry(
  name: string,
  positions: Position[],
  overrides: Partial<StakeholderEntry['stakeholder']> = {},
): StakeholderEntry {
  const id = nextId('stk');
  const history = positions.map((p) => ({ ...p, stakeholderId: id }));
  return {
    stakeholder: {
      id,
      version: 1,
      createdAt: stamp,
      updatedAt: stamp,
      slug: name.toLowerCase().replaceAll(/[^a-z]+/g, '-'),
      kind: 'organisation',
      name,
      category: 'ngo',
      role: null,
      affiliationId: null,
      country: null,
      description: null,
      sourceId: null,
      affiliation: null,
      ...overrides,
    },
    current: history.at(-1)!,
    history,
  };
}

const card = (name: string) => screen.getByRole('heading', { name, level: 4 }).closest('li')!;
const group = (title: string) =>
  screen.getByRole('region', { name: new RegExp(`^${title}`) }) as HTMLElement;

describe('StakeholderPanel', () => {
  const oped = source({
    title: 'Op-ed against weakening encryption',
    publisher: 'Le Monde',
    publishedOn: '2016-08-22',
    url: 'https://example.org/op-ed',
  });
  const report = source({ title: 'Wire report', publisher: 'Reuters', publishedOn: '2016-08' });
  const sources = indexSources([oped, report]);

  const critic = entry('Privacy advocates', [
    position({
      stance: 'strongly_oppose',
      role: 'critic',
      statedOn: '2016-08-22',
      quote: 'Cracking down on encryption would give a monopoly to those who abuse it.',
      sourceId: oped.id,
    }),
  ]);
  const minister = entry(
    'Interior minister',
    [
      position({
        stance: 'neutral',
        statedOn: '2016-08',
        statedOnPrecision: 'month',
        sourceId: report.id,
      }),
      position({ stance: 'strongly_support', role: 'proponent', sourceId: report.id }),
    ],
    { kind: 'person', category: 'government', role: 'Minister of the Interior' },
  );
  const silent = entry('Messaging operator', [
    // The source this position points at is not in the brief's sources: an unsourced fact.
    position({ stance: 'unknown', sourceId: 'missing-source' }),
  ]);

  const renderPanel = (entries: StakeholderEntry[]) =>
    renderInApp(<StakeholderPanel stakeholders={entries} sources={sources} />);

  it('puts a strongly opposing stakeholder under "against", with its label, quote and source', () => {
    renderPanel([minister, critic, silent]);
    const against = group(en.stanceGroup.oppose);
    const item = within(against).getByRole('heading', { name: 'Privacy advocates' }).closest('li')!;
    const view = within(item);
    expect(view.getByText(en.stance.strongly_oppose)).toBeTruthy();
    expect(view.getByText(/as critic/)).toBeTruthy();
    expect(item.querySelector('blockquote')?.textContent).toMatch(/monopoly to those who abuse it/);
    const link = view.getByRole('link', { name: oped.title });
    expect(link.getAttribute('href')).toBe(oped.url);
    expect(item.querySelector('.source')?.textContent).toContain('Le Monde, 22 August 2016');
    expect(within(against).queryByText('Interior minister')).toBeNull();
  });

  it('says "no source" for a stance whose source is not on record, and nowhere else', () => {
    renderPanel([minister, critic, silent]);
    expect(within(card('Messaging operator')).getByText('no source')).toBeTruthy();
    expect(within(card('Privacy advocates')).queryByText('no source')).toBeNull();
    expect(screen.getAllByText('no source')).toHaveLength(1);
  });

  it('shows a source without an address as plain text, at the precision of its date', () => {
    renderPanel([minister]);
    const item = card('Interior minister');
    expect(within(item).queryByRole('link')).toBeNull();
    const current = item.querySelector(':scope > .source')!;
    expect(current.textContent).toBe('Source: Wire report, Reuters, August 2016');
  });

  it('shows the stance history only when the stance has moved, with each date at its precision', () => {
    renderPanel([minister, critic]);
    const history = within(card('Interior minister')).getByRole('list');
    const steps = within(history).getAllByRole('listitem');
    expect(steps).toHaveLength(2);
    expect(steps[0]!.textContent).toContain('August 2016');
    expect(steps[0]!.textContent).not.toContain('23 August 2016');
    expect(within(steps[0]!).getByText(en.stance.neutral)).toBeTruthy();
    expect(within(steps[1]!).getByText(en.stance.strongly_support)).toBeTruthy();
    expect(card('Privacy advocates').querySelector('.stance-history')).toBeNull();
  });

  it('groups stakeholders in favour first, against after, unknown last, with counts', () => {
    const stance = (s: Stance) => [position({ stance: s, sourceId: report.id })];
    renderPanel([
      entry('Sceptic', stance('oppose')),
      minister,
      critic,
      silent,
      entry('Observer', stance('neutral')),
    ]);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      `${en.stanceGroup.support} (1)`,
      `${en.stanceGroup.neutral} (1)`,
      `${en.stanceGroup.oppose} (2)`,
      `${en.stanceGroup.unknown} (1)`,
    ]);
  });

  it('says so when nobody has taken a position', () => {
    renderPanel([]);
    expect(screen.getByText(en.ui.brief.noStakeholders)).toBeTruthy();
  });
});
