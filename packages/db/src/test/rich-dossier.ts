// A dossier that uses every part of the data model, built through the data layer as the API
// would: disputed and preferred claims, a stage claim without a source, documents, bodies and
// Member States, a chain of organizations listed before their parents by slug, and text with
// quotes, commas, line breaks, accents and emoji.
import { eq } from 'drizzle-orm';
import type { Db } from '../open';
import { addClaim, preferClaim } from '../repo/claims';
import { createEvent } from '../repo/events';
import { createMeasure } from '../repo/measures';
import {
  createLink,
  createPosition,
  createSource,
  createStakeholder,
  createSystem,
  linkSystem,
} from '../repo/records';
import { measures } from '../schema';

const actor = 'builder';

export function buildRichDossier(db: Db) {
  const reuters = createSource(
    db,
    {
      title: 'France, Germany want "back doors", says report',
      publisher: 'Reuters',
      kind: 'news',
      publishedOn: '2016-08-23',
      url: 'https://www.reuters.com/article/example',
      note: 'Paris; version 2,\nwith the Commission’s comment',
    },
    actor,
  );
  const ep = createSource(
    db,
    {
      title: 'Procédure législative 2017/0003(COD)',
      publisher: 'Parlement européen',
      kind: 'official',
      publishedOn: '2017-10',
    },
    actor,
  );
  const council = createSource(
    db,
    { title: 'Council press release', publisher: 'Council of the EU', kind: 'press_release' },
    actor,
  );

  const eprivacy = createMeasure(
    db,
    {
      slug: 'eprivacy-regulation',
      title: 'ePrivacy Regulation — «confidentialité» des communications',
      kind: 'regulation',
      jurisdiction: 'EU',
      stage: 'proposal',
      stageOn: '2017-01-10',
      summary:
        'Replaces the 2002 directive.\nCovers "over-the-top" services, e.g. WhatsApp, Telegram 😀.',
      policyAreas: ['privacy', 'electronic communications'],
      identifiers: [
        {
          scheme: 'procedure_ref',
          value: '2017/3/cod',
          canonical: '2017/0003(COD)',
          role: 'original_proposal',
          sourceId: ep.id,
        },
        {
          scheme: 'com',
          value: 'COM(2017) 10 final',
          canonical: 'COM(2017) 10',
          role: null,
          sourceId: null,
        },
      ],
      sourceId: ep.id,
    },
    actor,
    '2017-01-10',
  );
  // Two sources disagree on the stage; an editor prefers one.
  const negotiation = addClaim(
    db,
    {
      fact: 'stage',
      measureId: eprivacy.id,
      stage: 'negotiation',
      date: '2017-10',
      sourceId: reuters.id,
      note: 'Per the wire',
    },
    actor,
  );
  addClaim(
    db,
    {
      fact: 'stage',
      measureId: eprivacy.id,
      stage: 'withdrawn',
      date: '2017-09',
      sourceId: council.id,
      unconfirmed: true,
    },
    actor,
  );
  const measureVersion = () =>
    db
      .select({ version: measures.version })
      .from(measures)
      .where(eq(measures.id, eprivacy.id))
      .get()!.version;
  preferClaim(
    db,
    { id: negotiation.id, version: measureVersion(), reason: 'The Council denied a withdrawal' },
    actor,
  );

  const vote = createEvent(
    db,
    {
      measureId: eprivacy.id,
      kind: 'committee_vote',
      title: 'LIBE adopts its report, 31–24',
      description: 'Vote on the "mandate"; rapporteur: Marju Lauristin',
      date: '2017-10-19',
      result: { for: 31, against: 24, abstentions: 1 },
      sourceId: ep.id,
      body: { kind: 'ep_committee', name: 'LIBE' },
      memberStates: ['DE', 'FR'],
      documents: [
        {
          title: 'Report',
          scheme: 'ep_report',
          value: 'A8-0324/2017',
          canonical: 'A8-0324/2017',
          url: null,
        },
      ],
    },
    actor,
  );
  addClaim(db, { fact: 'date', eventId: vote.id, date: '2017-10-26', sourceId: reuters.id }, actor);
  addClaim(
    db,
    {
      fact: 'result',
      eventId: vote.id,
      result: { for: 31, against: 25, abstentions: null },
      sourceId: reuters.id,
    },
    actor,
  );
  createEvent(
    db,
    {
      measureId: eprivacy.id,
      kind: 'statement',
      title: 'Commission: "no back doors"',
      date: '2017',
      sourceId: reuters.id,
      unconfirmed: true,
    },
    actor,
  );

  const letter = createMeasure(
    db,
    {
      slug: 'a-letter-on-encryption',
      title: 'Letter, on encryption',
      kind: 'letter',
      jurisdiction: 'FR',
    },
    actor,
    '2016-08-23',
  );

  const parent = createStakeholder(
    db,
    {
      slug: 'z-holding',
      kind: 'organisation',
      name: 'Z Holding',
      category: 'company',
      country: 'US',
    },
    actor,
  );
  const child = createStakeholder(
    db,
    {
      slug: 'a-subsidiary',
      kind: 'organisation',
      name: 'A Subsidiary',
      category: 'company',
      affiliationId: parent.id,
      role: 'Owned by Z',
    },
    actor,
  );
  const person = createStakeholder(
    db,
    {
      slug: 'marie-dupont',
      kind: 'person',
      name: 'Marie Dupont-Éluard',
      category: 'company',
      role: 'Head of policy, A',
      affiliationId: child.id,
      sourceId: reuters.id,
    },
    actor,
  );
  const loner = createStakeholder(
    db,
    {
      slug: 'jan-novak',
      kind: 'person',
      name: 'Jan Novák',
      category: 'academic',
      role: 'Professor; op-ed author',
      description: 'Wrote:\n"Encryption protects us all."',
    },
    actor,
  );
  createPosition(
    db,
    {
      measureId: eprivacy.id,
      stakeholderId: person.id,
      stance: 'oppose',
      role: 'critic',
      statedOn: '2016-08',
      quote: '"No", she said, "never."',
      sourceId: reuters.id,
    },
    actor,
  );
  createPosition(
    db,
    {
      measureId: eprivacy.id,
      stakeholderId: person.id,
      stance: 'neutral',
      role: 'observer',
      statedOn: '2017-10-20',
      sourceId: ep.id,
    },
    actor,
  );
  createPosition(
    db,
    {
      measureId: letter.id,
      stakeholderId: loner.id,
      stance: 'strongly_support',
      role: 'proponent',
      statedOn: '2016',
      sourceId: reuters.id,
    },
    actor,
  );
  createLink(
    db,
    {
      fromMeasureId: letter.id,
      toMeasureId: eprivacy.id,
      relation: 'depends_on',
      note: 'Waits on it',
      sourceId: reuters.id,
    },
    actor,
  );
  const vis = createSystem(
    db,
    { slug: 'ees', acronym: 'EES', name: 'Entry/Exit System', holds: 'border crossings' },
    actor,
  );
  linkSystem(
    db,
    { measureId: eprivacy.id, systemId: vis.id, action: 'uses', sourceId: null },
    actor,
  );

  return { eprivacy, letter, vote, reuters, ep, council, person, loner, parent, child };
}
