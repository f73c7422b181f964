import { precisionOf } from './dates';
import {
  bodyKinds,
  eventKinds,
  identifierSchemes,
  isVote,
  linkRelations,
  measureKinds,
  memberStates,
  needsStage,
  positionRoles,
  sourceKinds,
  stageFilterValues,
  stages,
  stakeholderCategories,
  stakeholderKinds,
  stances,
  systemActions,
} from './enums';
import { identifierRoles, parseIdentifier } from './identifiers';
import { cursorSchema, limitSchema, pageSizes } from './paging';
import {
  oneLineText,
  optionalMultiLineText,
  optionalOneLineText,
  textProblem,
  urlSchema,
  withArticle,
} from './text';
import { z } from './zod';

export const idSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters');
export const slugSchema = z
  .string()
  .trim()
  .min(2, 'must be at least 2 characters')
  .max(120, 'must be at most 120 characters')
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'may only hold lower-case letters, digits and single hyphens (e.g. "fr-de-encryption-2016")',
  );
/** ISO 3166 alpha-2 country codes, plus EU for the Union itself. */
export const jurisdictionSchema = z
  .string()
  .trim()
  .regex(/^[A-Z]{2}$/, 'must be a two-letter code such as EU, FR or DE');

/** A date written as YYYY, YYYY-MM or YYYY-MM-DD; its precision follows from its form. */
export const partialDateSchema = z
  .string()
  .trim()
  .refine(
    (d) => precisionOf(d) !== null,
    'must be a real date written as YYYY-MM-DD, YYYY-MM (month known) or YYYY (year known)',
  );

export const versionSchema = z
  .number()
  .int()
  .min(1, 'must be the version you last read (1 or more)');

const policyAreasSchema = z
  .array(oneLineText(60))
  .max(20, 'at most 20 policy areas')
  .transform((areas) => [...new Set(areas)]);

/**
 * A field another procedure now owns: refused with where to go, never silently dropped (an
 * unknown key would be).
 */
const movedTo = (message: string) =>
  z.custom<never>((value) => value === undefined, { message }).optional();

/**
 * The parser's word on an identifier, once its text is sound: text that is not (blank, with a
 * line break) already has its own message from the text field.
 */
function addIdentifierIssue(
  i: { scheme: (typeof identifierSchemes)[number]; value: string },
  ctx: { addIssue: (issue: { code: 'custom'; message: string; path: PropertyKey[] }) => void },
) {
  if (typeof i.value !== 'string' || textProblem(i.value.trim(), { multiline: false })) return;
  const parsed = parseIdentifier(i.scheme, i.value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message, path: ['value'] });
}
const canonicalOf = (i: { scheme: (typeof identifierSchemes)[number]; value: string }) => {
  const parsed = parseIdentifier(i.scheme, i.value);
  return parsed.ok ? parsed.canonical : i.value;
};

/**
 * A measure's identifier: its scheme, the form it was written in (kept as written), what it
 * names (original proposal, adopted act, ...) and where it was found. Parsed into `canonical`,
 * the form it is matched by.
 */
export const identifierInput = z
  .object({
    scheme: z.enum(identifierSchemes),
    value: oneLineText(120),
    role: z.enum(identifierRoles).nullish(),
    sourceId: idSchema.nullish(),
  })
  .superRefine(addIdentifierIssue)
  .transform((i) => ({
    scheme: i.scheme,
    value: i.value,
    canonical: canonicalOf(i),
    role: i.role ?? null,
    sourceId: i.sourceId ?? null,
  }));

/** Written forms of one identifier are one identifier: "2016/106/cod" twice is a mistake. */
const identifierList = z
  .array(identifierInput)
  .max(20, 'at most 20 identifiers')
  .superRefine((list, ctx) => {
    const seen = new Map<string, string>();
    list.forEach((i, n) => {
      const key = `${i.scheme} ${i.canonical}`;
      const first = seen.get(key);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: [n, 'value'],
          message: `"${i.value}" is the same identifier as "${first}" (${i.canonical}); give it once`,
        });
      else seen.set(key, i.value);
    });
  });

/** A document an event produced (a report, a Council document), named by its identifier. */
export const eventDocumentInput = z
  .object({
    title: optionalOneLineText(300),
    scheme: z.enum(identifierSchemes),
    value: oneLineText(120),
    url: urlSchema.nullish(),
  })
  .superRefine(addIdentifierIssue)
  .transform((d) => ({
    title: d.title ?? null,
    scheme: d.scheme,
    value: d.value,
    canonical: canonicalOf(d),
    url: d.url ?? null,
  }));

/** Who acted: the kind of body and, in free text, which one ({ kind: 'ep_committee', name: 'LIBE' }). */
export const bodyInput = z.object({
  kind: z.enum(bodyKinds),
  name: optionalOneLineText(200),
});

/** The EU's own codes people also write: Greece as EL, the United Kingdom as UK. */
const memberStateAliases: Record<string, string> = { EL: 'GR', UK: 'GB' };
export const memberStatesSchema = z
  .array(
    z
      .string()
      .trim()
      .transform((code) => memberStateAliases[code.toUpperCase()] ?? code.toUpperCase())
      .pipe(
        z.enum(memberStates, {
          error: 'must be the ISO code of a Member State, such as FR, DE or GR (Greece)',
        }),
      ),
  )
  .max(memberStates.length, `at most ${memberStates.length} Member States`)
  .transform((codes) => [...new Set(codes)].sort());

const voteCount = z
  .number()
  .int('must be a whole number')
  .min(0, 'must be 0 or more')
  .max(1_000_000, 'must be at most 1000000');
/** A vote's result as one source reports it; a count the source does not give is left out. */
export const voteResultInput = z
  .object({
    for: voteCount.nullish(),
    against: voteCount.nullish(),
    abstentions: voteCount.nullish(),
  })
  .refine((r) => r.for != null || r.against != null || r.abstentions != null, {
    message: 'give at least one of for, against, abstentions',
  })
  .transform((r) => ({
    for: r.for ?? null,
    against: r.against ?? null,
    abstentions: r.abstentions ?? null,
  }));

// ---- sources ----
export const sourceCreateInput = z.object({
  title: oneLineText(300),
  publisher: oneLineText(200),
  url: urlSchema.nullable().optional(),
  publishedOn: partialDateSchema.nullable().optional(),
  kind: z.enum(sourceKinds),
  note: optionalMultiLineText(2000),
});
export const sourceUpdateInput = sourceCreateInput
  .partial()
  .extend({ id: idSchema, version: versionSchema });

// ---- measures ----
const measureFields = z.object({
  slug: slugSchema,
  title: oneLineText(300),
  kind: z.enum(measureKinds),
  jurisdiction: jurisdictionSchema,
  /**
   * The stage, recorded as the measure's first stage claim (citing `sourceId`). Kinds that
   * follow no procedure (letter, statement, report, resolution) may leave it out.
   */
  stage: z.enum(stages).nullish(),
  /** When the measure reached that stage; the day it is recorded when left out. */
  stageOn: partialDateSchema.optional(),
  summary: optionalMultiLineText(10_000),
  policyAreas: policyAreasSchema.optional(),
  identifiers: identifierList.optional(),
  sourceId: idSchema.nullable().optional(),
});
export const measureCreateInput = measureFields.superRefine((m, ctx) => {
  if (m.stageOn && !m.stage)
    ctx.addIssue({
      code: 'custom',
      path: ['stageOn'],
      message: 'is the date of the stage: give the stage with it',
    });
  if (!m.stage && needsStage(m.kind))
    ctx.addIssue({
      code: 'custom',
      path: ['stage'],
      message: `${withArticle(m.kind.replace('_', ' '))} follows a procedure: give the stage it has reached (one of ${stages.join(', ')})`,
    });
});
export const measureUpdateInput = measureFields
  .omit({ stage: true, stageOn: true })
  .partial()
  .extend({
    id: idSchema,
    version: versionSchema,
    stage: movedTo(
      'a change of stage is a claim with its date and source: send it to claims.add ({ fact: "stage", measureId, stage, date, sourceId }), or accept the stage the timeline suggests with measures.acceptSuggestedStage',
    ),
    stageOn: movedTo('is part of a stage claim: send it to claims.add as its date'),
  });

/** Accept the stage the brief's `stageWarning` suggests, as a claim citing the event's source. */
export const acceptSuggestedStageInput = z.object({ id: idSchema, version: versionSchema });

export const measureListInput = z
  .object({
    /** Stages to show; `none` stands for the measures that have no stage. */
    stage: z.array(z.enum(stageFilterValues)).max(stageFilterValues.length).optional(),
    kind: z.array(z.enum(measureKinds)).max(measureKinds.length).optional(),
    jurisdiction: z.array(jurisdictionSchema).max(50).optional(),
    policyArea: oneLineText(60).optional(),
    q: z.string().trim().max(200, 'search text must be at most 200 characters').optional(),
    limit: z
      .number()
      .int()
      .min(1, 'limit must be at least 1')
      .max(200, 'limit must be at most 200')
      .default(50),
    cursor: z.string().max(500).nullish(),
  })
  .default({ limit: 50 });

export const refInput = z.object({
  ref: z
    .string()
    .trim()
    .min(1, 'give a slug, an id or an identifier such as 2017/0003(COD)')
    .max(200, 'must be at most 200 characters')
    .superRefine((ref, ctx) => {
      // A ref with control characters or broken text can match nothing: say why, not "not found".
      const problem = textProblem(ref, { multiline: false });
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
});

// ---- stakeholders ----
export const stakeholderCreateInput = z.object({
  slug: slugSchema,
  kind: z.enum(stakeholderKinds),
  name: oneLineText(200),
  category: z.enum(stakeholderCategories),
  role: optionalOneLineText(300),
  affiliationId: idSchema.nullable().optional(),
  country: jurisdictionSchema.nullable().optional(),
  description: optionalMultiLineText(2000),
  sourceId: idSchema.nullable().optional(),
});
export const stakeholderUpdateInput = stakeholderCreateInput
  .partial()
  .extend({ id: idSchema, version: versionSchema });
/** The filters of the stakeholder register, shared by its pages and its filter counts. */
export const stakeholderFilterInput = z
  .object({
    category: z.array(z.enum(stakeholderCategories)).max(stakeholderCategories.length).optional(),
    country: jurisdictionSchema.optional(),
    /** Words of the name, role or affiliation, each as a prefix, accents optional. */
    q: z.string().trim().max(200, 'search text must be at most 200 characters').optional(),
  })
  .default({});
/** A page of the register in name order, under the filters. */
export const stakeholderListInput = stakeholderFilterInput
  .unwrap()
  .extend({ limit: limitSchema(pageSizes.stakeholders), cursor: cursorSchema })
  .prefault({});

// ---- positions ----
/**
 * The rule of a position's source: it names its source, or it is explicitly marked unsourced (a
 * stance known but not yet citable); never neither, never both. The messages, on `sourceId`.
 */
export const positionSourceRule = {
  neither: 'give the source of this stance, or mark it as unsourced',
  both: 'a stance with a source is not unsourced: remove one',
} as const;

/** Which half of the rule a position's source and mark break, or null when they obey it. */
export function positionSourceProblem(
  sourceId: string | null | undefined,
  unsourced: boolean,
): keyof typeof positionSourceRule | null {
  if (sourceId != null && unsourced) return 'both';
  if (sourceId == null && !unsourced) return 'neither';
  return null;
}

const positionFields = z.object({
  measureId: idSchema,
  stakeholderId: idSchema,
  stance: z.enum(stances),
  role: z.enum(positionRoles),
  statedOn: partialDateSchema,
  quote: optionalMultiLineText(4000),
  /** The source that reports the stance; null or left out only when it is marked unsourced. */
  sourceId: idSchema.nullish(),
  /** Known but not yet citable: recorded without a source, on purpose. */
  unsourced: z.boolean().default(false),
});
export const positionCreateInput = positionFields.superRefine((p, ctx) => {
  const problem = positionSourceProblem(p.sourceId, p.unsourced);
  if (problem)
    ctx.addIssue({ code: 'custom', path: ['sourceId'], message: positionSourceRule[problem] });
});
/**
 * A partial change. Setting `sourceId` clears the mark; `unsourced: true` needs `sourceId: null`.
 * What the input alone cannot tell (the stored pair) the data layer checks against the row.
 */
export const positionUpdateInput = positionFields
  .omit({ measureId: true, stakeholderId: true, unsourced: true })
  .partial()
  .extend({ id: idSchema, version: versionSchema, unsourced: z.boolean().optional() })
  .superRefine((p, ctx) => {
    if (p.unsourced === undefined) return;
    // Only the pairs the input settles by itself: a source with the mark, or neither.
    if (p.sourceId === undefined) return;
    const problem = positionSourceProblem(p.sourceId, p.unsourced);
    if (problem)
      ctx.addIssue({ code: 'custom', path: ['sourceId'], message: positionSourceRule[problem] });
  });

// ---- events ----
const eventFields = z.object({
  kind: z.enum(eventKinds),
  title: oneLineText(300),
  description: optionalMultiLineText(4000),
  /** The source that reports the event; its first date (and result) claim cites it too. */
  sourceId: idSchema,
  /** Who acted: a committee, the plenary, the Council or one of its bodies, a national body. */
  body: bodyInput.nullish(),
  /** The Member States the event concerns (an infringement step, a transposition). */
  memberStates: memberStatesSchema.optional(),
  /** The documents it produced, each with its identifier; replaced as a whole on update. */
  documents: z.array(eventDocumentInput).max(50, 'at most 50 documents').optional(),
  /** Reported but not confirmed by a source that would know. */
  unconfirmed: z.boolean().optional(),
});
export const eventCreateInput = eventFields
  .extend({
    measureId: idSchema,
    /** Recorded as the event's first date claim, citing `sourceId`. */
    date: partialDateSchema,
    /** For a vote: recorded as its first result claim, citing `sourceId`. */
    result: voteResultInput.nullish(),
  })
  .superRefine((e, ctx) => {
    if (e.result && !isVote(e.kind))
      ctx.addIssue({
        code: 'custom',
        path: ['result'],
        message: `only a vote has a result; a ${e.kind.replaceAll('_', ' ')} event does not`,
      });
  });
export const eventUpdateInput = eventFields.partial().extend({
  id: idSchema,
  version: versionSchema,
  date: movedTo(
    'a date is a claim with its source: add one with claims.add ({ fact: "date", eventId, date, sourceId }) and prefer it with claims.prefer',
  ),
  result: movedTo(
    'a result is a claim with its source: add one with claims.add ({ fact: "result", eventId, for, against, abstentions, sourceId })',
  ),
});

// ---- links between measures ----
export const linkCreateInput = z
  .object({
    fromMeasureId: idSchema,
    toMeasureId: idSchema,
    relation: z.enum(linkRelations),
    note: optionalMultiLineText(1000),
    sourceId: idSchema.nullable().optional(),
  })
  .refine((l) => l.fromMeasureId !== l.toMeasureId, {
    message: 'a measure cannot be linked to itself',
    path: ['toMeasureId'],
  });
export const linkUpdateInput = z.object({
  id: idSchema,
  version: versionSchema,
  relation: z.enum(linkRelations).optional(),
  note: optionalMultiLineText(1000),
  sourceId: idSchema.nullable().optional(),
});

// ---- information systems ----
export const systemCreateInput = z.object({
  slug: slugSchema,
  acronym: oneLineText(20),
  name: oneLineText(200),
  holds: oneLineText(500),
  description: optionalMultiLineText(2000),
});
export const systemUpdateInput = systemCreateInput
  .partial()
  .extend({ id: idSchema, version: versionSchema });
export const systemLinkInput = z.object({
  measureId: idSchema,
  systemId: idSchema,
  action: z.enum(systemActions),
  sourceId: idSchema.nullable().optional(),
});

export const byIdInput = z.object({ id: idSchema });

/** The audit log, newest first: of one record when `id` is given, else of everything. */
export const historyInput = z
  .object({
    id: idSchema.optional(),
    limit: limitSchema(pageSizes.history),
    cursor: cursorSchema,
  })
  .prefault({});

/** A page of the information systems, by acronym, each with the first of its measures. */
export const systemListInput = z
  .object({ limit: limitSchema(pageSizes.systems), cursor: cursorSchema })
  .prefault({});

/** The measures acting on one information system, a page at a time. */
export const systemMeasuresInput = z.object({
  systemId: idSchema,
  limit: limitSchema(pageSizes.systemMeasures),
  cursor: cursorSchema,
});

/** A page of one measure's timeline, stakeholders or sources, past what its brief holds. */
export const dossierPageInput = refInput.extend({
  limit: limitSchema(pageSizes.dossier),
  cursor: cursorSchema,
});

/** What a client sends (before defaults and trimming). */
export type MeasureListInput = z.input<typeof measureListInput>;

/** What the data layer receives: input that passed its schema, trimmed and defaulted. */
export type MeasureListQuery = z.output<typeof measureListInput>;
export type MeasureCreateData = z.output<typeof measureCreateInput>;
export type MeasureUpdateData = z.output<typeof measureUpdateInput>;
export type SourceCreateData = z.output<typeof sourceCreateInput>;
export type SourceUpdateData = z.output<typeof sourceUpdateInput>;
export type StakeholderCreateData = z.output<typeof stakeholderCreateInput>;
export type StakeholderUpdateData = z.output<typeof stakeholderUpdateInput>;
export type StakeholderListQuery = z.output<typeof stakeholderListInput>;
export type StakeholderFilterQuery = z.output<typeof stakeholderFilterInput>;
export type PositionCreateData = z.output<typeof positionCreateInput>;
export type PositionUpdateData = z.output<typeof positionUpdateInput>;
export type EventCreateData = z.output<typeof eventCreateInput>;
export type EventUpdateData = z.output<typeof eventUpdateInput>;
export type IdentifierData = z.output<typeof identifierInput>;
export type EventDocumentData = z.output<typeof eventDocumentInput>;
export type VoteResultData = z.output<typeof voteResultInput>;
export type AcceptSuggestedStageData = z.output<typeof acceptSuggestedStageInput>;
export type LinkCreateData = z.output<typeof linkCreateInput>;
export type LinkUpdateData = z.output<typeof linkUpdateInput>;
export type SystemCreateData = z.output<typeof systemCreateInput>;
export type SystemUpdateData = z.output<typeof systemUpdateInput>;
export type SystemLinkData = z.output<typeof systemLinkInput>;
export type HistoryQuery = z.output<typeof historyInput>;
export type SystemListQuery = z.output<typeof systemListInput>;
export type SystemMeasuresQuery = z.output<typeof systemMeasuresInput>;
export type DossierPageQuery = z.output<typeof dossierPageInput>;
