// Many plausible measures for load tests and benchmarks: never loaded into a real dossier.
import { mainStages, measureKinds, precisionOf, sideStages, stances } from '@dossier/domain';
import type { Db } from '../open';
import { insertDateClaim, insertStageClaim } from '../repo/claims';
import { events, measures, positions, sources, stakeholders } from '../schema';
import { insertRow, writeTransaction } from '../write';

const jurisdictions = ['EU', 'FR', 'DE', 'IT', 'ES', 'NL', 'BE', 'PL'];
const areas = [
  'privacy',
  'encryption',
  'borders',
  'counter-terrorism',
  'competition',
  'energy',
  'health',
];

/** A small deterministic random sequence, so two runs build the same data. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Adds `count` synthetic measures, each with two events and up to four stakeholder positions,
 * in one transaction. Slugs start with `synthetic-`.
 */
export function seedSynthetic(db: Db, count: number, seed = 1): void {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const stages = [...mainStages, ...mainStages, ...sideStages];
  writeTransaction(db, (tx) => {
    const source = insertRow(
      tx,
      sources,
      {
        title: 'Synthetic source',
        publisher: 'Bench',
        kind: 'other',
        url: null,
        publishedOn: null,
        note: null,
      },
      'synthetic',
    );
    const people = Array.from({ length: 40 }, (_, i) =>
      insertRow(
        tx,
        stakeholders,
        {
          slug: `synthetic-stakeholder-${seed}-${i}`,
          kind: 'organisation',
          name: `Stakeholder ${i}`,
          category: 'ngo',
          role: null,
          affiliationId: null,
          country: pick(jurisdictions),
          description: null,
          sourceId: null,
        },
        'synthetic',
      ),
    );
    for (let i = 0; i < count; i++) {
      const area = pick(areas);
      const m = insertRow(
        tx,
        measures,
        {
          slug: `synthetic-${seed}-${i}`,
          title: `${area[0]!.toUpperCase()}${area.slice(1)} measure ${i}`,
          kind: pick(measureKinds),
          jurisdiction: pick(jurisdictions),
          stage: pick(stages),
          summary: `A synthetic measure on ${area}.`,
          policyAreas: [area],
          sourceId: source.id,
        },
        'synthetic',
      );
      const dates = [
        `20${10 + Math.floor(next() * 10)}-0${1 + Math.floor(next() * 9)}`,
        `20${20 + Math.floor(next() * 10)}-11-0${1 + Math.floor(next() * 9)}`,
      ];
      if (m.stage)
        insertStageClaim(
          tx,
          m.id,
          { stage: m.stage, date: dates[0]!, sourceId: source.id },
          'synthetic',
        );
      for (const date of dates) {
        const event = insertRow(
          tx,
          events,
          {
            measureId: m.id,
            date,
            datePrecision: precisionOf(date)!,
            kind: 'statement',
            title: `Step on ${date}`,
            description: null,
            sourceId: source.id,
          },
          'synthetic',
        );
        insertDateClaim(tx, event, { date, sourceId: source.id }, 'synthetic');
      }
      for (let p = Math.floor(next() * 5); p > 0; p--) {
        insertRow(
          tx,
          positions,
          {
            measureId: m.id,
            stakeholderId: pick(people).id,
            stance: pick(stances),
            role: 'observer',
            statedOn: '2016-08-23',
            statedOnPrecision: 'day',
            quote: 'Synthetic.',
            sourceId: source.id,
          },
          'synthetic',
        );
      }
    }
  });
}
