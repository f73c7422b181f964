// The interchange format: whole dossiers as one JSON file that another Dossier can import. This
// is the one definition of it: the API and the CLI validate with these schemas, and
// docs/interchange.schema.json is generated from them (interchange-schema.test.ts). Records name
// each other by stable keys (slugs, identifiers, source keys), never by database ids, so a file
// made by one database can be imported into another. docs/interchange.md describes it.
import {
  eventKinds,
  identifierSchemes,
  isVote,
  linkRelations,
  measureKinds,
  needsStage,
  positionRoles,
  sourceKinds,
  stages,
  stakeholderCategories,
  stances,
  systemActions,
} from './enums';
import { identifierRoles, parseIdentifier } from './identifiers';
import { maxAttendees, maxMeetingLinks, maxNoteLength, noteSubjects } from './notes';
import {
  partialDateSchema as bareDateSchema,
  bodyInput,
  jurisdictionSchema,
  memberStatesSchema,
  positionSourceProblem,
  slugSchema,
} from './schemas';
import {
  multiLineText,
  oneLineText,
  optionalMultiLineText,
  optionalOneLineText,
  textProblem,
  urlSchema,
  withArticle,
} from './text';
import { z } from './zod';

export const interchangeFormat = 'dossier-interchange';
export const interchangeVersion = 1;

/**
 * The top-level arrays, in the order a file holds them: a record may name only records before
 * it in the file or already in the database, so sources come first and links last.
 */
export const interchangeSections = [
  'sources',
  'persons',
  'organizations',
  'memberships',
  'informationSystems',
  'measures',
  'positions',
  'links',
  'measureSystems',
  'notes',
  'meetings',
] as const;
export type InterchangeSection = (typeof interchangeSections)[number];

const partialDateSchema = bareDateSchema.meta({
  description: 'A date cut to what is known: YYYY-MM-DD, YYYY-MM or YYYY',
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
});

/**
 * A record's own key where it has no slug (a source, an event, a position): the export writes
 * the record's id; a file written by hand may use any short name ("reuters-2016-08-23").
 */
export const interchangeKey = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(
    /^[A-Za-z0-9._:-]+$/,
    'may only hold letters, digits and . _ : - (such as "reuters-2016-08-23", or the id an export wrote)',
  );

/** The key of a source in this file's `sources` or in the database. */
const sourceRef = interchangeKey.meta({ description: 'The key of a source' });

/** A measure named by its slug or by any of its identifiers, in any written form. */
const measureRef = z
  .string()
  .trim()
  .min(1, 'give the slug or an identifier of a measure')
  .max(200, 'must be at most 200 characters')
  .superRefine((ref, ctx) => {
    const problem = textProblem(ref, { multiline: false });
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ description: 'A measure: its slug, or one of its identifiers such as 2016/0106(COD)' });

const voteCount = z
  .number()
  .int('must be a whole number')
  .min(0, 'must be 0 or more')
  .max(1_000_000, 'must be at most 1000000');

/** An editor's preference for this claim over the others of the same fact, with the reason. */
const preference = z
  .strictObject({ reason: oneLineText(1000) })
  .nullish()
  .meta({ description: 'Set when an editor prefers this claim; null otherwise' });

const claimFields = {
  note: optionalMultiLineText(2000),
  unconfirmed: z.boolean().optional(),
  preferred: preference,
};

/** Two preferred claims of one fact would leave the record without an answer. */
const onePreferred = <T extends { preferred?: { reason: string } | null | undefined }>(
  list: readonly T[],
  ctx: z.RefinementCtx,
) => {
  const preferred = list.flatMap((c, i) => (c.preferred ? [i] : []));
  for (const i of preferred.slice(1))
    ctx.addIssue({
      code: 'custom',
      path: [i, 'preferred'],
      message: `only one claim of a fact may be preferred; claim ${preferred[0]} already is`,
    });
};

/** The parser's word on an identifier whose text is sound (bad text has its own message). */
const identifierProblem = (
  i: { scheme: (typeof identifierSchemes)[number]; value: string },
  ctx: z.RefinementCtx,
) => {
  if (textProblem(i.value, { multiline: false })) return;
  const parsed = parseIdentifier(i.scheme, i.value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message, path: ['value'] });
};

export const interchangeDateClaim = z.strictObject({
  date: partialDateSchema,
  source: sourceRef,
  ...claimFields,
});

export const interchangeResultClaim = z
  .strictObject({
    for: voteCount.nullish(),
    against: voteCount.nullish(),
    abstentions: voteCount.nullish(),
    source: sourceRef,
    ...claimFields,
  })
  .refine((r) => r.for != null || r.against != null || r.abstentions != null, {
    message: 'give at least one of for, against, abstentions',
  });

export const interchangeStageClaim = z.strictObject({
  stage: z.enum(stages),
  /** When the measure reached the stage, as the source has it. */
  date: partialDateSchema,
  /** Null only for stage claims recorded without a source (shown as unsourced). */
  source: sourceRef.nullable(),
  ...claimFields,
});

export const interchangeIdentifier = z
  .strictObject({
    scheme: z.enum(identifierSchemes),
    /** As written where it was found. */
    value: oneLineText(120),
    role: z.enum(identifierRoles).nullish(),
    source: sourceRef.nullish(),
  })
  .superRefine(identifierProblem);

export const interchangeDocument = z
  .strictObject({
    title: optionalOneLineText(300),
    scheme: z.enum(identifierSchemes),
    value: oneLineText(120),
    url: urlSchema.nullish(),
  })
  .superRefine(identifierProblem);

export const interchangeEvent = z
  .strictObject({
    /** Unique within the measure; the export writes the event's id. */
    key: interchangeKey,
    kind: z.enum(eventKinds),
    title: oneLineText(300),
    description: optionalMultiLineText(4000),
    /** The source that reports the event. */
    source: sourceRef,
    body: bodyInput.strict().nullish(),
    memberStates: memberStatesSchema.optional(),
    unconfirmed: z.boolean().optional(),
    documents: z.array(interchangeDocument).max(50, 'at most 50 documents').optional(),
    /** The event's date as each source gives it: at least one. */
    dateClaims: z
      .array(interchangeDateClaim)
      .min(1, 'give at least one date claim: the date and the source that gives it')
      .max(100, 'at most 100 date claims')
      .superRefine(onePreferred),
    /** A vote's result as each source gives it. */
    resultClaims: z
      .array(interchangeResultClaim)
      .max(100, 'at most 100 result claims')
      .superRefine(onePreferred)
      .optional(),
  })
  .superRefine((e, ctx) => {
    if (e.resultClaims?.length && !isVote(e.kind))
      ctx.addIssue({
        code: 'custom',
        path: ['resultClaims'],
        message: `only a vote has a result; a ${e.kind.replaceAll('_', ' ')} event does not`,
      });
  });

/** Each written form of one identifier, and each event key, once per measure. */
function uniqueWithin(
  m: {
    identifiers?: { scheme: (typeof identifierSchemes)[number]; value: string }[] | undefined;
    events?: { key: string }[] | undefined;
  },
  ctx: z.RefinementCtx,
) {
  const identifiers = new Map<string, number>();
  m.identifiers?.forEach((i, n) => {
    const parsed = parseIdentifier(i.scheme, i.value);
    if (!parsed.ok) return;
    const first = identifiers.get(`${i.scheme} ${parsed.canonical}`);
    if (first !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['identifiers', n, 'value'],
        message: `is the same identifier as identifiers[${first}] (${parsed.canonical}); give it once`,
      });
    else identifiers.set(`${i.scheme} ${parsed.canonical}`, n);
  });
  const keys = new Map<string, number>();
  m.events?.forEach((e, n) => {
    const first = keys.get(e.key);
    if (first !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['events', n, 'key'],
        message: `"${e.key}" is already the key of events[${first}]; each event of a measure needs its own`,
      });
    else keys.set(e.key, n);
  });
}

export const interchangeMeasure = z
  .strictObject({
    slug: slugSchema,
    title: oneLineText(300),
    kind: z.enum(measureKinds),
    jurisdiction: jurisdictionSchema,
    summary: optionalMultiLineText(10_000),
    policyAreas: z
      .array(oneLineText(60))
      .max(20, 'at most 20 policy areas')
      .transform((areas) => [...new Set(areas)])
      .optional(),
    /** Where the measure itself is described. */
    source: sourceRef.nullish(),
    identifiers: z.array(interchangeIdentifier).max(20, 'at most 20 identifiers').optional(),
    /** The stage as each source gives it; what the measure shows follows from them. */
    stageClaims: z
      .array(interchangeStageClaim)
      .max(200, 'at most 200 stage claims')
      .superRefine(onePreferred)
      .optional(),
    events: z.array(interchangeEvent).max(20_000, 'at most 20000 events').optional(),
  })
  .superRefine((m, ctx) => {
    uniqueWithin(m, ctx);
    if (needsStage(m.kind) && !m.stageClaims?.length)
      ctx.addIssue({
        code: 'custom',
        path: ['stageClaims'],
        message: `${withArticle(m.kind.replace('_', ' '))} follows a procedure: give at least one stage claim ({ "stage", "date", "source" })`,
      });
  });

const stakeholderFields = {
  /** Popolo's `id`: the stakeholder's slug. */
  id: slugSchema,
  name: oneLineText(200),
  category: z.enum(stakeholderCategories),
  /** The role in words; a person's role inside an organization is its membership's `role`. */
  role: optionalOneLineText(300),
  country: jurisdictionSchema.nullish(),
  description: optionalMultiLineText(2000),
  source: sourceRef.nullish(),
};

export const interchangePerson = z.strictObject(stakeholderFields);

export const interchangeOrganization = z.strictObject({
  ...stakeholderFields,
  /** Popolo's `parent_id`: the organization this one is part of, listed before it. */
  parent_id: slugSchema.nullish(),
});

/** Popolo's membership: a person in an organization, with the role held there. */
export const interchangeMembership = z.strictObject({
  person_id: slugSchema,
  organization_id: slugSchema,
  role: optionalOneLineText(300),
});

export const interchangeSource = z.strictObject({
  /** Other records name the source by this key; the export writes the source's id. */
  key: interchangeKey,
  title: oneLineText(300),
  publisher: oneLineText(200),
  url: urlSchema.nullish(),
  publishedOn: partialDateSchema.nullish(),
  kind: z.enum(sourceKinds),
  note: optionalMultiLineText(2000),
});

export const interchangeSystem = z.strictObject({
  slug: slugSchema,
  acronym: oneLineText(20),
  name: oneLineText(200),
  holds: oneLineText(500),
  description: optionalMultiLineText(2000),
});

/**
 * A stance names its source, or is explicitly marked unsourced (known, not yet citable): never
 * neither, never both. The export writes `source` for the one, `unsourced: true` (and a null
 * source) for the other.
 */
export const interchangePosition = z
  .strictObject({
    /** The export writes the position's id. */
    key: interchangeKey,
    measure: measureRef,
    /** The slug of a person or organization. */
    stakeholder: slugSchema,
    stance: z.enum(stances),
    role: z.enum(positionRoles),
    statedOn: partialDateSchema,
    quote: optionalMultiLineText(4000),
    /** The key of the source that reports the stance; null only when it is marked unsourced. */
    source: sourceRef.nullish(),
    unsourced: z
      .boolean()
      .optional()
      .meta({ description: 'True for a stance recorded without a source, on purpose' }),
  })
  .superRefine((p, ctx) => {
    const problem = positionSourceProblem(p.source, p.unsourced ?? false);
    if (problem)
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message:
          problem === 'both'
            ? 'a stance with a source is not unsourced: give "source" or "unsourced": true, not both'
            : 'give the key of the source of this stance in "source", or mark it "unsourced": true',
      });
  });

export const interchangeLink = z
  .strictObject({
    from: measureRef,
    to: measureRef,
    /** Read "from <relation> to": "from amends to". */
    relation: z.enum(linkRelations),
    note: optionalMultiLineText(1000),
    source: sourceRef.nullish(),
  })
  .refine((l) => l.from !== l.to, {
    message: 'a measure cannot be linked to itself',
    path: ['to'],
  });

export const interchangeMeasureSystem = z.strictObject({
  measure: measureRef,
  system: slugSchema,
  action: z.enum(systemActions),
  source: sourceRef.nullish(),
});

/**
 * One of the team's notes. The team's own words: an export includes them only for a signed-in
 * caller, never for a public reader.
 */
export const interchangeNote = z.strictObject({
  /** The export writes the note's id. */
  key: interchangeKey,
  subjectKind: z.enum(noteSubjects),
  /** The measure's slug (or one of its identifiers), or the stakeholder's slug. */
  subject: measureRef,
  /** Markdown. */
  body: multiLineText(maxNoteLength),
  /** Who wrote it, as the audit log names people. */
  author: oneLineText(200),
});

/** A meeting of the team's log, with the stakeholders met and the measures discussed. */
export const interchangeMeeting = z
  .strictObject({
    /** The export writes the meeting's id. */
    key: interchangeKey,
    heldOn: partialDateSchema,
    title: oneLineText(300),
    attendees: z
      .array(oneLineText(200))
      .min(1, 'name at least one person who attended for the team')
      .max(maxAttendees, `at most ${maxAttendees} attendees`)
      .transform((names) => [...new Set(names)]),
    /** Slugs of the persons and organizations met. */
    stakeholders: z
      .array(slugSchema)
      .max(maxMeetingLinks, `at most ${maxMeetingLinks} stakeholders`)
      .transform((refs) => [...new Set(refs)])
      .optional(),
    /** The measures discussed, by slug or identifier. */
    measures: z
      .array(measureRef)
      .max(maxMeetingLinks, `at most ${maxMeetingLinks} measures`)
      .transform((refs) => [...new Set(refs)])
      .optional(),
    summary: optionalMultiLineText(maxNoteLength),
    followUps: optionalMultiLineText(maxNoteLength),
    author: oneLineText(200),
  })
  .refine((m) => (m.stakeholders?.length ?? 0) + (m.measures?.length ?? 0) > 0, {
    path: ['stakeholders'],
    message: 'name at least one stakeholder met or one measure discussed',
  });

/** The schema of one record of each top-level array. */
export const interchangeRecordSchemas = {
  sources: interchangeSource,
  persons: interchangePerson,
  organizations: interchangeOrganization,
  memberships: interchangeMembership,
  informationSystems: interchangeSystem,
  measures: interchangeMeasure,
  positions: interchangePosition,
  links: interchangeLink,
  measureSystems: interchangeMeasureSystem,
  notes: interchangeNote,
  meetings: interchangeMeeting,
} as const satisfies Record<InterchangeSection, z.ZodType>;

/** A whole file. Every array may be left out; the export writes them all, in this order. */
export const interchangeFileSchema = z
  .strictObject({
    format: z.literal(interchangeFormat),
    version: z.literal(interchangeVersion),
    sources: z.array(interchangeSource).optional(),
    persons: z.array(interchangePerson).optional(),
    organizations: z.array(interchangeOrganization).optional(),
    memberships: z.array(interchangeMembership).optional(),
    informationSystems: z.array(interchangeSystem).optional(),
    measures: z.array(interchangeMeasure).optional(),
    positions: z.array(interchangePosition).optional(),
    links: z.array(interchangeLink).optional(),
    measureSystems: z.array(interchangeMeasureSystem).optional(),
    notes: z.array(interchangeNote).optional(),
    meetings: z.array(interchangeMeeting).optional(),
  })
  .meta({
    title: 'Dossier interchange file',
    description:
      'Measures with their identifiers, events, claims and sources; stakeholders (Popolo persons, organizations, memberships); positions; links between measures; information systems; the team notes and meetings (in an export for a signed-in caller only). Records name each other by slug, identifier or source key. See docs/interchange.md.',
  });

/** The JSON Schema of the file, as committed in docs/interchange.schema.json. */
export function interchangeJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(interchangeFileSchema, { io: 'input', unrepresentable: 'any' });
}

/** What a file holds, as written (the export writes every field, null where there is none). */
export type InterchangeFile = z.input<typeof interchangeFileSchema>;
export type InterchangeRecord<S extends InterchangeSection> = z.input<
  (typeof interchangeRecordSchemas)[S]
>;
/** A record once its schema accepted it: trimmed, deduplicated, optional fields undefined. */
export type InterchangeData<S extends InterchangeSection> = z.output<
  (typeof interchangeRecordSchemas)[S]
>;
