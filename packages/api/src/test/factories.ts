// Small factories for tests: each builds a valid record through the API, with overrides.
import { openDatabase } from '@dossier/db';
import { createInnerContext } from '../context';
import type { RouterInputs } from '../root';
import { createCaller } from '../root';

let counter = 0;
const next = () => ++counter;

export function setup(options: { actor?: string | null; today?: string } = {}) {
  let queries = 0;
  const database = openDatabase(':memory:', { onQuery: () => queries++ });
  const now = options.today ? () => new Date(`${options.today}T12:00:00Z`) : undefined;
  const ctx = (actor: string | null) =>
    createInnerContext({ database, actor, ...(now ? { now } : {}) });
  const caller = createCaller(ctx(options.actor === undefined ? 'tester' : options.actor));
  const reader = createCaller(ctx(null));

  const make = {
    source: (over: Partial<RouterInputs['sources']['create']> = {}) =>
      caller.sources.create({
        title: `Source ${next()}`,
        publisher: 'Reuters',
        kind: 'news',
        publishedOn: '2016-08-23',
        ...over,
      }),
    measure: (over: Partial<RouterInputs['measures']['create']> = {}) => {
      const n = next();
      return caller.measures.create({
        slug: `measure-${n}`,
        title: `Measure ${n}`,
        kind: 'regulation',
        jurisdiction: 'EU',
        stage: 'proposal',
        ...over,
      });
    },
    stakeholder: (over: Partial<RouterInputs['stakeholders']['create']> = {}) => {
      const n = next();
      return caller.stakeholders.create({
        slug: `stakeholder-${n}`,
        kind: 'organisation',
        name: `Stakeholder ${n}`,
        category: 'ngo',
        ...over,
      });
    },
    position: (
      over: Pick<RouterInputs['positions']['create'], 'measureId' | 'stakeholderId' | 'sourceId'> &
        Partial<RouterInputs['positions']['create']>,
    ) =>
      caller.positions.create({
        stance: 'support',
        role: 'supporter',
        statedOn: '2016-08-23',
        quote: 'We agree.',
        ...over,
      }),
    event: (
      over: Pick<RouterInputs['events']['create'], 'measureId' | 'sourceId'> &
        Partial<RouterInputs['events']['create']>,
    ) =>
      caller.events.create({
        date: '2016-08-23',
        kind: 'statement',
        title: `Event ${next()}`,
        ...over,
      }),
  };

  return {
    database,
    caller,
    reader,
    make,
    /** Counts the SQL statements run by `fn`. */
    async countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
      const before = queries;
      const result = await fn();
      return { result, queries: queries - before };
    },
    close: () => database.close(),
  };
}
