// `pnpm dossier example`: records a worked example of a messy procedure through the API, the
// way a team enters a real one: two sources that disagree on a committee vote's date and count
// and on the entry into force, a Council mandate, a transposition deadline, an infringement
// step, and a stage the timeline has moved past. Every name and number in it is made up and
// says so, so it can never be mistaken for the record of a real procedure.
import type { DossierClient } from '@dossier/client';

export const exampleSlug = 'worked-example-directive';
/** Made-up identifiers, in their canonical forms; any written form of them finds the example. */
export const exampleIdentifiers = {
  procedure: '2019/0999(COD)',
  celex: '32021L9999',
  eli: 'http://data.europa.eu/eli/dir/2021/9999/oj',
};

/** Records the example unless it is already there; returns what happened, for a person. */
export async function recordExample(client: DossierClient): Promise<string> {
  const existing = await client.measures.list.query({ q: exampleIdentifiers.procedure, limit: 1 });
  if (existing.items.length > 0)
    return `The worked example is already recorded: pnpm dossier show ${exampleSlug}\n`;

  const source = (title: string, publisher: string) =>
    client.sources.create.mutate({
      title,
      publisher,
      kind: 'other',
      note: 'A made-up source of the worked example (`pnpm dossier example`).',
    });
  const a = await source('Worked example: the legislative record', 'Example Observatory');
  const b = await source('Worked example: a news report', 'Example News');

  const measure = await client.measures.create.mutate({
    slug: exampleSlug,
    title: 'Worked example: a directive whose sources disagree',
    kind: 'directive',
    jurisdiction: 'EU',
    stage: 'adopted',
    stageOn: '2021-01-20',
    summary:
      'A made-up directive recorded by `pnpm dossier example` to show how Dossier keeps disputed facts: each claim with its source, side by side, until an editor prefers one.',
    identifiers: [
      { scheme: 'procedure_ref', value: exampleIdentifiers.procedure, role: 'original_proposal' },
      { scheme: 'celex', value: exampleIdentifiers.celex, role: 'adopted_act' },
      { scheme: 'eli', value: exampleIdentifiers.eli, role: 'adopted_act' },
    ],
    sourceId: a.id,
  });
  const event = (input: Omit<Parameters<typeof client.events.create.mutate>[0], 'measureId'>) =>
    client.events.create.mutate({ measureId: measure.id, ...input });

  await event({
    kind: 'proposal',
    date: '2019-05-02',
    title: 'The Commission proposes the directive',
    sourceId: a.id,
    body: { kind: 'commission', name: null },
  });
  // The two sources disagree on the committee vote's day and on the votes against.
  const vote = await event({
    kind: 'committee_vote',
    date: '2020-02-10',
    title: 'The lead committee adopts its report',
    sourceId: a.id,
    body: { kind: 'ep_committee', name: 'LIBE' },
    result: { for: 31, against: 24, abstentions: 1 },
  });
  await client.claims.add.mutate({
    fact: 'date',
    eventId: vote.id,
    date: '2020-02-11',
    sourceId: b.id,
  });
  await client.claims.add.mutate({
    fact: 'result',
    eventId: vote.id,
    result: { for: 31, against: 25 },
    sourceId: b.id,
  });
  await event({
    kind: 'negotiating_mandate',
    date: '2020-03',
    title: 'The Council agrees its negotiating mandate',
    sourceId: a.id,
    body: { kind: 'council', name: 'Council of the EU' },
  });
  await event({
    kind: 'adoption',
    date: '2021-01-20',
    title: 'The directive is adopted',
    sourceId: a.id,
  });
  // A day against a month half a year later: the stage says adopted, the timeline says more.
  const inForce = await event({
    kind: 'entry_into_force',
    date: '2021-02-09',
    title: 'The directive enters into force',
    sourceId: a.id,
  });
  await client.claims.add.mutate({
    fact: 'date',
    eventId: inForce.id,
    date: '2021-08',
    sourceId: b.id,
  });
  await event({
    kind: 'transposition_deadline',
    date: '2023-02-09',
    title: 'Member States must have transposed the directive',
    sourceId: a.id,
    memberStates: ['BE', 'DE', 'FR', 'PL'],
  });
  await event({
    kind: 'infringement_step',
    date: '2023-04-06',
    title: 'Letters of formal notice for late transposition',
    sourceId: b.id,
    body: { kind: 'commission', name: null },
    memberStates: ['BE', 'PL'],
  });

  return [
    'Recorded the worked example (made-up names and numbers):',
    `  pnpm dossier show ${exampleSlug}`,
    '  pnpm dossier show 2019/999/cod      (or CELEX:32021L9999, https://data.europa.eu/eli/dir/2021/9999/oj)',
    `  the dashboard: /measures/${exampleSlug}`,
    '',
  ].join('\n');
}
