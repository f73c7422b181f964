// The records of the file other than measures: each found by its key (a source's key, a
// stakeholder's or system's slug, a position's key, a link's two ends and relation) and created
// or brought in line with the file. A field the record leaves out is left as it is.
import { type InterchangeData, type InterchangeSection, precisionOf } from '@dossier/domain';
import { and, eq } from 'drizzle-orm';
import { importMeeting, importNote } from '../notes/interchange';
import {
  informationSystems,
  measureLinks,
  measureSystems,
  positions,
  sources,
  stakeholders,
} from '../schema';
import { importMeasure } from './import-measure';
import { type Importer, RecordProblem } from './importer';
import { rowIdFor } from './keys';

type Outcome = 'created' | 'updated' | 'unchanged';
const outcome = (imp: Importer): Outcome => (imp.changed ? 'updated' : 'unchanged');

function importSource(imp: Importer, s: InterchangeData<'sources'>): Outcome {
  const id = rowIdFor('source', s.key);
  const values = {
    title: s.title,
    publisher: s.publisher,
    url: s.url,
    publishedOn: s.publishedOn,
    kind: s.kind,
    note: s.note,
  };
  const current = imp.tx.select().from(sources).where(eq(sources.id, id)).get();
  if (current) {
    imp.update(sources, current, values);
    return outcome(imp);
  }
  imp.insert(
    sources,
    { ...values, url: s.url ?? null, publishedOn: s.publishedOn ?? null, note: s.note ?? null },
    id,
  );
  return 'created';
}

function importStakeholder(
  imp: Importer,
  s: InterchangeData<'persons'> & { parent_id?: string | null | undefined },
  kind: 'person' | 'organisation',
): Outcome {
  const current = imp.tx.select().from(stakeholders).where(eq(stakeholders.slug, s.id)).get();
  if (current && current.kind !== kind)
    throw new RecordProblem(
      ['id'],
      `"${s.id}" is ${current.kind === 'person' ? 'a person' : 'an organization'} in the database; list it under ${current.kind === 'person' ? 'persons' : 'organizations'}, or give it another id`,
    );
  if (s.parent_id === s.id)
    throw new RecordProblem(['parent_id'], 'an organization cannot be part of itself');
  const affiliationId =
    s.parent_id === undefined || s.parent_id === null
      ? s.parent_id
      : imp.stakeholder(s.parent_id, ['parent_id']).id;
  const values = {
    name: s.name,
    category: s.category,
    role: s.role,
    country: s.country,
    description: s.description,
    sourceId: imp.optionalSourceId(s.source, ['source']),
    affiliationId,
  };
  if (current) {
    imp.update(stakeholders, current, values);
    return outcome(imp);
  }
  imp.insert(stakeholders, {
    slug: s.id,
    kind,
    name: s.name,
    category: s.category,
    role: s.role ?? null,
    country: s.country ?? null,
    description: s.description ?? null,
    sourceId: values.sourceId ?? null,
    affiliationId: affiliationId ?? null,
  });
  return 'created';
}

/** A person's place in an organization: the person's affiliation and role in Dossier. */
function importMembership(imp: Importer, m: InterchangeData<'memberships'>): Outcome {
  const person = imp.stakeholder(m.person_id, ['person_id']);
  if (person.kind === 'organisation')
    throw new RecordProblem(
      ['person_id'],
      `"${m.person_id}" is an organization: give the organization it is part of as its parent_id`,
    );
  const organization = imp.stakeholder(m.organization_id, ['organization_id']);
  if (organization.id === person.id)
    throw new RecordProblem(['organization_id'], 'a person cannot be a member of itself');
  if (person.kind === null) return 'created'; // a person a dry run assumes
  const wasMember = person.affiliationId !== null;
  imp.update(stakeholders, person, { affiliationId: organization.id, role: m.role });
  return !imp.changed ? 'unchanged' : wasMember ? 'updated' : 'created';
}

function importSystem(imp: Importer, s: InterchangeData<'informationSystems'>): Outcome {
  const current = imp.tx
    .select()
    .from(informationSystems)
    .where(eq(informationSystems.slug, s.slug))
    .get();
  if (current) {
    imp.update(informationSystems, current, {
      acronym: s.acronym,
      name: s.name,
      holds: s.holds,
      description: s.description,
    });
    return outcome(imp);
  }
  imp.insert(informationSystems, { ...s, description: s.description ?? null });
  return 'created';
}

function importPosition(imp: Importer, p: InterchangeData<'positions'>): Outcome {
  const measure = imp.measure(p.measure, ['measure']);
  const stakeholder = imp.stakeholder(p.stakeholder, ['stakeholder']);
  const values = {
    stance: p.stance,
    role: p.role,
    statedOn: p.statedOn,
    statedOnPrecision: precisionOf(p.statedOn)!,
    quote: p.quote,
    // The schema let through a source or the mark, never both nor neither.
    sourceId: p.unsourced ? null : imp.sourceId(p.source ?? '', ['source']),
    unsourced: p.unsourced ?? false,
  };
  const id = rowIdFor('position', p.key);
  const current = imp.tx.select().from(positions).where(eq(positions.id, id)).get();
  if (current) {
    if (current.measureId !== measure.id || current.stakeholderId !== stakeholder.id)
      throw new RecordProblem(
        ['key'],
        `"${p.key}" is the key of a position of another stakeholder or measure in the database; give this position a key of its own`,
      );
    imp.update(positions, current, values);
    return outcome(imp);
  }
  imp.insert(
    positions,
    { ...values, quote: p.quote ?? null, measureId: measure.id, stakeholderId: stakeholder.id },
    id,
  );
  return 'created';
}

function importLink(imp: Importer, l: InterchangeData<'links'>): Outcome {
  const from = imp.measure(l.from, ['from']);
  const to = imp.measure(l.to, ['to']);
  if (from.id === to.id)
    throw new RecordProblem(
      ['to'],
      `"${l.from}" and "${l.to}" are one measure: a measure cannot be linked to itself`,
    );
  const sourceId = imp.optionalSourceId(l.source, ['source']);
  const current = imp.tx
    .select()
    .from(measureLinks)
    .where(
      and(
        eq(measureLinks.fromMeasureId, from.id),
        eq(measureLinks.toMeasureId, to.id),
        eq(measureLinks.relation, l.relation),
      ),
    )
    .get();
  if (current) {
    imp.update(measureLinks, current, { note: l.note, sourceId });
    return outcome(imp);
  }
  imp.insert(measureLinks, {
    fromMeasureId: from.id,
    toMeasureId: to.id,
    relation: l.relation,
    note: l.note ?? null,
    sourceId: sourceId ?? null,
  });
  return 'created';
}

function importMeasureSystem(imp: Importer, l: InterchangeData<'measureSystems'>): Outcome {
  const measure = imp.measure(l.measure, ['measure']);
  const systemId = imp.systemId(l.system, ['system']);
  const sourceId = imp.optionalSourceId(l.source, ['source']);
  const current = imp.tx
    .select()
    .from(measureSystems)
    .where(
      and(
        eq(measureSystems.measureId, measure.id),
        eq(measureSystems.systemId, systemId),
        eq(measureSystems.action, l.action),
      ),
    )
    .get();
  if (current) {
    imp.update(measureSystems, current, { sourceId });
    return outcome(imp);
  }
  imp.insert(measureSystems, {
    measureId: measure.id,
    systemId,
    action: l.action,
    sourceId: sourceId ?? null,
  });
  return 'created';
}

/** Imports one record that its schema accepted; throws RecordProblem to leave it out. */
export function importOne<S extends InterchangeSection>(
  imp: Importer,
  section: S,
  record: InterchangeData<S>,
): Outcome {
  switch (section) {
    case 'sources':
      return importSource(imp, record as InterchangeData<'sources'>);
    case 'persons':
      return importStakeholder(imp, record as InterchangeData<'persons'>, 'person');
    case 'organizations':
      return importStakeholder(imp, record as InterchangeData<'organizations'>, 'organisation');
    case 'memberships':
      return importMembership(imp, record as InterchangeData<'memberships'>);
    case 'informationSystems':
      return importSystem(imp, record as InterchangeData<'informationSystems'>);
    case 'measures':
      return importMeasure(imp, record as InterchangeData<'measures'>);
    case 'positions':
      return importPosition(imp, record as InterchangeData<'positions'>);
    case 'links':
      return importLink(imp, record as InterchangeData<'links'>);
    case 'notes':
      return importNote(imp, record as InterchangeData<'notes'>);
    case 'meetings':
      return importMeeting(imp, record as InterchangeData<'meetings'>);
    default:
      return importMeasureSystem(imp, record as InterchangeData<'measureSystems'>);
  }
}
