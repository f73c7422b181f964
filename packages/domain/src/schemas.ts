import { z } from 'zod';
import { precisionOf } from './dates';
import {
  eventKinds,
  identifierSchemes,
  linkRelations,
  measureKinds,
  positionRoles,
  sourceKinds,
  stages,
  stakeholderCategories,
  stakeholderKinds,
  stances,
  systemActions,
} from './enums';
import { cursorSchema, limitSchema, pageSizes } from './paging';
import {
  oneLineText,
  optionalMultiLineText,
  optionalOneLineText,
  textProblem,
  urlSchema,
} from './text';

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

const versionSchema = z.number().int().min(1, 'must be the version you last read (1 or more)');

const policyAreasSchema = z
  .array(oneLineText(60))
  .max(20, 'at most 20 policy areas')
  .transform((areas) => [...new Set(areas)]);

export const identifierInput = z.object({
  scheme: z.enum(identifierSchemes),
  value: oneLineText(120),
});

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
export const measureCreateInput = z.object({
  slug: slugSchema,
  title: oneLineText(300),
  kind: z.enum(measureKinds),
  jurisdiction: jurisdictionSchema,
  stage: z.enum(stages),
  summary: optionalMultiLineText(10_000),
  policyAreas: policyAreasSchema.optional(),
  identifiers: z.array(identifierInput).max(20, 'at most 20 identifiers').optional(),
  sourceId: idSchema.nullable().optional(),
});
export const measureUpdateInput = measureCreateInput
  .partial()
  .extend({ id: idSchema, version: versionSchema });

export const measureListInput = z
  .object({
    stage: z.array(z.enum(stages)).max(stages.length).optional(),
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
export const positionCreateInput = z.object({
  measureId: idSchema,
  stakeholderId: idSchema,
  stance: z.enum(stances),
  role: z.enum(positionRoles),
  statedOn: partialDateSchema,
  quote: optionalMultiLineText(4000),
  sourceId: idSchema,
});
export const positionUpdateInput = positionCreateInput
  .omit({ measureId: true, stakeholderId: true })
  .partial()
  .extend({ id: idSchema, version: versionSchema });

// ---- events ----
export const eventCreateInput = z.object({
  measureId: idSchema,
  date: partialDateSchema,
  kind: z.enum(eventKinds),
  title: oneLineText(300),
  description: optionalMultiLineText(4000),
  sourceId: idSchema,
});
export const eventUpdateInput = eventCreateInput
  .omit({ measureId: true })
  .partial()
  .extend({ id: idSchema, version: versionSchema });

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
export type LinkCreateData = z.output<typeof linkCreateInput>;
export type LinkUpdateData = z.output<typeof linkUpdateInput>;
export type SystemCreateData = z.output<typeof systemCreateInput>;
export type SystemUpdateData = z.output<typeof systemUpdateInput>;
export type SystemLinkData = z.output<typeof systemLinkInput>;
export type HistoryQuery = z.output<typeof historyInput>;
export type SystemListQuery = z.output<typeof systemListInput>;
export type SystemMeasuresQuery = z.output<typeof systemMeasuresInput>;
export type DossierPageQuery = z.output<typeof dossierPageInput>;
