// A synthetic interchange file of any size, page by page, for import benchmarks and crash
// tests: never loaded into a real dossier. Every record is valid and names only records before
// it, so an import of it rejects nothing.
import { type InterchangePage, type InterchangeRecord, interchangeText } from '@dossier/domain';

const areas = ['privacy', 'encryption', 'borders', 'energy', 'health'];
const kinds = ['regulation', 'directive', 'decision'] as const;
const stages = ['proposal', 'negotiation', 'adopted'] as const;
const chunk = 500;

/** A procedure reference no other synthetic measure has: 2000/0001(COD), 2000/0002(COD), ... */
const procedureRef = (i: number) =>
  `${2000 + Math.floor(i / 9999)}/${String((i % 9999) + 1).padStart(4, '0')}(COD)`;

export function syntheticMeasure(i: number, seed = 1): InterchangeRecord<'measures'> {
  const source = `synthetic-source-${i % 3}`;
  const year = 2010 + (i % 10);
  return {
    slug: `synthetic-${seed}-${i}`,
    title: `${areas[i % areas.length]} measure ${i}, "synthetic"`,
    kind: kinds[i % kinds.length]!,
    jurisdiction: 'EU',
    summary: `A synthetic measure on ${areas[i % areas.length]}.\nSecond line.`,
    policyAreas: [areas[i % areas.length]!],
    source,
    identifiers: [
      { scheme: 'procedure_ref', value: procedureRef(i), role: 'original_proposal', source },
    ],
    stageClaims: [{ stage: stages[i % stages.length]!, date: `${year}-03`, source }],
    events: [
      {
        key: 'proposal',
        kind: 'proposal',
        title: `Proposal ${i}`,
        source,
        dateClaims: [{ date: `${year}-03-0${1 + (i % 9)}`, source }],
      },
      {
        key: 'vote',
        kind: 'committee_vote',
        title: `Committee vote ${i}`,
        source,
        body: { kind: 'ep_committee', name: 'LIBE' },
        dateClaims: [{ date: `${year + 1}-11`, source }],
        resultClaims: [{ for: 30 + (i % 20), against: 20, abstentions: i % 3, source }],
      },
    ],
  };
}

/** The pages of a file of `count` measures, with sources, stakeholders, positions and links. */
export function* syntheticInterchange(count: number, seed = 1): Generator<InterchangePage> {
  yield {
    section: 'sources',
    items: [0, 1, 2].map((n) => ({
      key: `synthetic-source-${n}`,
      title: `Synthetic source ${n}`,
      publisher: 'Bench',
      kind: 'other',
    })),
  };
  const people = 40;
  yield {
    section: 'persons',
    items: Array.from({ length: people }, (_, n) => ({
      id: `synthetic-person-${seed}-${n}`,
      name: `Person ${n}`,
      category: 'ngo',
    })),
  };
  yield {
    section: 'organizations',
    items: Array.from({ length: 10 }, (_, n) => ({
      id: `synthetic-org-${seed}-${n}`,
      name: `Organization ${n}`,
      category: 'ngo',
    })),
  };
  yield {
    section: 'memberships',
    items: Array.from({ length: people }, (_, n) => ({
      person_id: `synthetic-person-${seed}-${n}`,
      organization_id: `synthetic-org-${seed}-${n % 10}`,
      role: 'Policy officer',
    })),
  };
  yield {
    section: 'informationSystems',
    items: [
      {
        slug: `synthetic-system-${seed}`,
        acronym: 'SYN',
        name: 'Synthetic system',
        holds: 'nothing real',
      },
    ],
  };
  for (let start = 0; start < count; start += chunk)
    yield {
      section: 'measures',
      items: Array.from({ length: Math.min(chunk, count - start) }, (_, n) =>
        syntheticMeasure(start + n, seed),
      ),
    };
  for (let start = 0; start < count; start += chunk)
    yield {
      section: 'positions',
      items: Array.from({ length: Math.min(chunk, count - start) }, (_, n) => {
        const i = start + n;
        return {
          key: `synthetic-position-${seed}-${i}`,
          measure: `synthetic-${seed}-${i}`,
          stakeholder: `synthetic-person-${seed}-${i % people}`,
          stance: i % 2 ? 'oppose' : 'support',
          role: 'observer',
          statedOn: '2016-08-23',
          quote: 'Synthetic, with "quotes", commas and é.',
          source: `synthetic-source-${i % 3}`,
        };
      }),
    };
  yield {
    section: 'links',
    items: Array.from({ length: Math.floor(count / 10) }, (_, n) => ({
      from: `synthetic-${seed}-${n * 10 + 1}`,
      to: `synthetic-${seed}-${n * 10}`,
      relation: 'amends',
    })),
  };
  yield {
    section: 'measureSystems',
    items: Array.from({ length: Math.floor(count / 20) }, (_, n) => ({
      measure: `synthetic-${seed}-${n * 20}`,
      system: `synthetic-system-${seed}`,
      action: 'uses',
    })),
  };
}

/** The text of that file, in pieces, to write to disk without holding it all. */
export const syntheticInterchangeText = (count: number, seed = 1) =>
  interchangeText(syntheticInterchange(count, seed));
