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

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

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
const urlSchema = z
  .string()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .url('must be a full address starting with http:// or https://')
  .refine((u) => /^https?:\/\//.test(u), 'must start with http:// or https://');

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
  .array(text(60))
  .max(20, 'at most 20 policy areas')
  .transform((areas) => [...new Set(areas)]);

export const identifierInput = z.object({
  scheme: z.enum(identifierSchemes),
  value: text(120),
});

// ---- sources ----
export const sourceCreateInput = z.object({
  title: text(300),
  publisher: text(200),
  url: urlSchema.nullable().optional(),
  publishedOn: partialDateSchema.nullable().optional(),
  kind: z.enum(sourceKinds),
  note: optionalText(2000),
});
export const sourceUpdateInput = sourceCreateInput
  .partial()
  .extend({ id: idSchema, version: versionSchema });

// ---- measures ----
export const measureCreateInput = z.object({
  slug: slugSchema,
  title: text(300),
  kind: z.enum(measureKinds),
  jurisdiction: jurisdictionSchema,
  stage: z.enum(stages),
  summary: optionalText(10_000),
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
    policyArea: text(60).optional(),
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
    .max(200, 'must be at most 200 characters'),
});

// ---- stakeholders ----
export const stakeholderCreateInput = z.object({
  slug: slugSchema,
  kind: z.enum(stakeholderKinds),
  name: text(200),
  category: z.enum(stakeholderCategories),
  role: optionalText(300),
  affiliationId: idSchema.nullable().optional(),
  country: jurisdictionSchema.nullable().optional(),
  description: optionalText(2000),
  sourceId: idSchema.nullable().optional(),
});
export const stakeholderUpdateInput = stakeholderCreateInput
  .partial()
  .extend({ id: idSchema, version: versionSchema });
export const stakeholderListInput = z
  .object({
    category: z.array(z.enum(stakeholderCategories)).max(stakeholderCategories.length).optional(),
    country: jurisdictionSchema.optional(),
    q: z.string().trim().max(200).optional(),
  })
  .default({});

// ---- positions ----
export const positionCreateInput = z.object({
  measureId: idSchema,
  stakeholderId: idSchema,
  stance: z.enum(stances),
  role: z.enum(positionRoles),
  statedOn: partialDateSchema,
  quote: optionalText(4000),
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
  title: text(300),
  description: optionalText(4000),
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
    note: optionalText(1000),
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
  note: optionalText(1000),
  sourceId: idSchema.nullable().optional(),
});

// ---- information systems ----
export const systemCreateInput = z.object({
  slug: slugSchema,
  acronym: text(20),
  name: text(200),
  holds: text(500),
  description: optionalText(2000),
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
export const historyInput = z.object({
  id: idSchema.optional(),
  limit: z
    .number()
    .int()
    .min(1, 'limit must be at least 1')
    .max(500, 'limit must be at most 500')
    .default(100),
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
