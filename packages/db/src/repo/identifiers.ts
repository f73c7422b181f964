// A measure's identifiers, kept as written and in canonical form, and how a ref or a search that
// looks like an identifier finds them: by canonical form only, never by the prefix of another
// number ("2016/106" must not find 2016/1060(COD)).
import {
  canonicalFreeText,
  detectIdentifier,
  type IdentifierData,
  type IdentifierScheme,
  looksLikeIdentifier,
} from '@dossier/domain';
import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { DossierError } from '../errors';
import { newId, nowUtc } from '../ids';
import type { Db } from '../open';
import { measureIdentifiers, measures } from '../schema';
import type { Tx } from '../write';
import { param, prepared } from './sql';

/** Schemes of free text: matched by `canonicalFreeText`, whatever the case and spacing. */
const freeTextSchemes: IdentifierScheme[] = ['national', 'other'];

/** A measure's identifiers in the order they were entered: the brief shows them so. */
export function identifiersOf(db: Db | Tx, measureId: string) {
  return identifiersQuery(db).all({ measureId });
}

const identifiersQuery = (db: Db | Tx) =>
  prepared(db, 'identifiersOf', () =>
    db
      .select({
        id: measureIdentifiers.id,
        scheme: measureIdentifiers.scheme,
        written: measureIdentifiers.value,
        canonical: measureIdentifiers.canonical,
        role: measureIdentifiers.role,
        sourceId: measureIdentifiers.sourceId,
      })
      .from(measureIdentifiers)
      .where(eq(measureIdentifiers.measureId, param('measureId')))
      .orderBy(asc(measureIdentifiers.createdAt), asc(measureIdentifiers.id))
      .prepare(),
  );

export type IdentifierView = ReturnType<typeof identifiersOf>[number];

/**
 * The identifiers a ref can name: the structured identifier it parses as, a free-text reference
 * in any case and spacing, or (for forms recorded before canonical forms, which no parser read)
 * the written form whatever its case.
 */
export function identifierMatch(ref: string): SQL {
  return identifierMatchOf(identifierValues(ref));
}

interface IdentifierValues {
  freeText: string;
  written: string;
  /** The structured identifier the ref parses as, if any. */
  scheme?: IdentifierScheme;
  canonical?: string;
}

/** What `identifierMatch` compares a ref's identifiers with. */
export function identifierValues(ref: string): IdentifierValues {
  const detected = detectIdentifier(ref);
  return {
    freeText: canonicalFreeText(ref),
    written: ref.trim(),
    ...(detected ? { scheme: detected.scheme, canonical: detected.canonical } : {}),
  };
}

/** `identifierMatch` with placeholders for a prepared query (see `identifierValues`). */
export const identifierMatchParams = (detected: boolean) =>
  identifierMatchOf({
    freeText: param('freeText'),
    written: param('written'),
    ...(detected
      ? { scheme: param('scheme') as IdentifierScheme, canonical: param('canonical') }
      : {}),
  });

function identifierMatchOf(v: IdentifierValues): SQL {
  const matches: SQL[] = [
    and(
      inArray(measureIdentifiers.scheme, freeTextSchemes),
      eq(measureIdentifiers.canonical, v.freeText),
    )!,
    sql`${measureIdentifiers.value} = ${v.written} collate nocase`,
  ];
  if (v.scheme !== undefined && v.canonical !== undefined)
    matches.unshift(
      and(eq(measureIdentifiers.scheme, v.scheme), eq(measureIdentifiers.canonical, v.canonical))!,
    );
  return or(...matches)!;
}

/** Measure ids whose identifiers a ref names (a subquery). */
export const measuresNamedBy = (db: Db | Tx, ref: string) =>
  db
    .select({ id: measureIdentifiers.measureId })
    .from(measureIdentifiers)
    .where(identifierMatch(ref));

/**
 * The identifiers text that looks like an identifier names, or null for ordinary text (which
 * full-text search answers). A whole identifier matches its canonical form; an unfinished
 * procedure number ("2016/106", "2016/0106") matches the procedures of that number, whatever
 * their type, and never a number that merely starts with the same digits.
 */
export function identifierSearchMatch(q: string): SQL | null {
  if (!looksLikeIdentifier(q)) return null;
  const unfinished = /^\s*(\d{4})\s*\/\s*(\d{1,4})\s*$/.exec(q);
  return unfinished
    ? and(
        eq(measureIdentifiers.scheme, 'procedure_ref'),
        sql`substr(${measureIdentifiers.canonical}, 1, 10) = ${`${unfinished[1]}/${unfinished[2]!.padStart(4, '0')}(`}`,
      )!
    : identifierMatch(q);
}

/** The search filter on measures for text that looks like an identifier, or null (see above). */
export function identifierSearch(q: string): SQL | null {
  const where = identifierSearchMatch(q);
  if (!where) return null;
  return sql`${measures.id} in (select ${measureIdentifiers.measureId} from ${measureIdentifiers} where ${where})`;
}

/**
 * Records identifiers of a measure (parsed by the input schema). An identifier another measure
 * already holds, in whatever written form, is refused naming that measure.
 */
export function addIdentifiers(tx: Tx, measureId: string, identifiers: readonly IdentifierData[]) {
  if (identifiers.length === 0) return;
  const taken = tx
    .select({
      scheme: measureIdentifiers.scheme,
      canonical: measureIdentifiers.canonical,
      written: measureIdentifiers.value,
      slug: measures.slug,
    })
    .from(measureIdentifiers)
    .innerJoin(measures, eq(measures.id, measureIdentifiers.measureId))
    .where(
      or(
        ...identifiers.map((i) =>
          and(
            eq(measureIdentifiers.scheme, i.scheme),
            eq(measureIdentifiers.canonical, i.canonical),
          ),
        ),
      ),
    )
    .all();
  if (taken.length > 0) {
    const described = taken
      .map((t) => `${t.canonical} (written "${t.written}") is recorded for ${t.slug}`)
      .join('; ');
    throw new DossierError(
      'CONFLICT',
      `An identifier names one measure only: ${described}. Link the two measures instead, or correct the identifier.`,
    );
  }
  const at = nowUtc();
  tx.insert(measureIdentifiers)
    .values(
      identifiers.map((i) => ({
        id: newId(),
        measureId,
        scheme: i.scheme,
        value: i.value,
        canonical: i.canonical,
        role: i.role,
        sourceId: i.sourceId,
        createdAt: at,
      })),
    )
    .run();
}
