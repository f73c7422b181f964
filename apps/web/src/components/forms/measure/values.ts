// A measure as the edit form holds it, and what an edit changed: the fields whose values differ
// from the ones the form was opened with, compared as the person sees them (so a reference
// written the same way twice is no change, and the order of the references counts).
import type { IdentifierRole, IdentifierScheme, MeasureKind } from '@dossier/domain';
import type { Brief } from '../../../trpc';

export interface IdentifierRow {
  scheme: IdentifierScheme;
  value: string;
  role: IdentifierRole | null;
  /** Where the reference was found; kept as recorded (the form does not edit it). */
  sourceId: string | null;
}

export interface MeasureValues {
  slug: string;
  title: string;
  kind: MeasureKind;
  jurisdiction: string;
  summary: string;
  policyAreas: string[];
  identifiers: IdentifierRow[];
  sourceId: string | null;
}

export type MeasureKey = keyof MeasureValues;

export const measureKeys: readonly MeasureKey[] = [
  'title',
  'slug',
  'kind',
  'jurisdiction',
  'summary',
  'policyAreas',
  'identifiers',
  'sourceId',
];

/** The brief's measure as form values: each reference as it was written. */
export function valuesOf(brief: Pick<Brief, 'measure' | 'identifiers'>): MeasureValues {
  const { measure, identifiers } = brief;
  return {
    slug: measure.slug,
    title: measure.title,
    kind: measure.kind,
    jurisdiction: measure.jurisdiction,
    summary: measure.summary ?? '',
    policyAreas: [...measure.policyAreas],
    identifiers: identifiers.map((i) => ({
      scheme: i.scheme,
      value: i.written,
      role: i.role ?? null,
      sourceId: i.sourceId ?? null,
    })),
    sourceId: measure.sourceId ?? null,
  };
}

/** A value as compared: text trimmed, empty as nothing, a reference by its four parts. */
function comparable(key: MeasureKey, value: unknown): string {
  switch (key) {
    case 'policyAreas':
      return JSON.stringify(((value as string[] | undefined) ?? []).map((a) => a.trim()));
    case 'identifiers':
      return JSON.stringify(
        ((value as IdentifierRow[] | undefined) ?? []).map((i) => [
          i.scheme,
          (i.value ?? '').trim(),
          i.role || null,
          i.sourceId ?? null,
        ]),
      );
    default:
      return typeof value === 'string' ? value.trim() : value == null ? '' : String(value);
  }
}

/** The fields where `mine` differs from `base`. */
export const changedKeys = (base: MeasureValues, mine: MeasureValues): MeasureKey[] =>
  measureKeys.filter((key) => comparable(key, base[key]) !== comparable(key, mine[key]));

/** Policy areas as typed in one line: "encryption, privacy". */
export const splitAreas = (text: string): string[] =>
  text
    .split(',')
    .map((area) => area.trim())
    .filter((area) => area !== '');

export { slugFrom } from '../slug';
