// What every record's import shares: the transaction, the actor, whether anything was written
// (created, updated or unchanged), and how the keys a record names become row ids: a record may
// name only records earlier in the file (already written in this transaction or an earlier one)
// or already in the database.
import type { KeyKind } from '@dossier/domain';
import { eq, getTableName, inArray } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { DossierError, explainConstraint, isLockError } from '../errors';
import { measuresNamedBy } from '../repo/identifiers';
import { informationSystems, measures, sources, stakeholders } from '../schema';
import { type Actor, type FieldChange, insertRow, type Tx, updateRow } from '../write';
import { rowIdFor } from './keys';

/** A reason to leave a record out, at a path inside it (`['events', 3, 'date']`). */
export class RecordProblem extends Error {
  constructor(
    readonly path: readonly PropertyKey[],
    message: string,
  ) {
    super(message);
    this.name = 'RecordProblem';
  }
}

type EditableTable = SQLiteTable & {
  id: SQLiteColumn;
  version: SQLiteColumn;
  updatedAt: SQLiteColumn;
};

const what: Record<KeyKind, string> = {
  sources: 'source',
  stakeholders: 'stakeholder',
  measures: 'measure',
  systems: 'information system',
};

const missing = (kind: KeyKind, key: string) =>
  `names the ${what[kind]} "${key}", which is neither earlier in the file nor in the database`;

/** An id that stands for a record a dry run assumes; no row has it. */
const assumedId = (kind: KeyKind, key: string) => `assumed:${kind}:${key}`;

export interface StakeholderRef {
  id: string;
  slug: string;
  /** Null for a stakeholder a dry run assumes. */
  kind: 'person' | 'organisation' | null;
  version: number;
  affiliationId: string | null;
}

export class Importer {
  /** Whether this record wrote anything. */
  changed = false;

  constructor(
    readonly tx: Tx,
    readonly actor: Actor,
    private readonly assumed: Partial<Record<KeyKind, ReadonlySet<string>>> = {},
  ) {}

  insert<T extends EditableTable>(
    table: T,
    values: Omit<T['$inferInsert'], 'id' | 'version' | 'createdAt' | 'updatedAt'>,
    id?: string,
  ): T['$inferSelect'] {
    this.changed = true;
    return insertRow(this.tx, table, values, this.actor, id);
  }

  /** Applies the fields of `patch` that differ (undefined leaves a field as it is). */
  update<T extends EditableTable>(
    table: T,
    row: { id: string; version: number },
    patch: Partial<T['$inferInsert']>,
    related: FieldChange[] = [],
  ): T['$inferSelect'] {
    const updated = updateRow(this.tx, table, row.id, row.version, patch, this.actor, related);
    if ((updated as { version: number }).version !== row.version) this.changed = true;
    return updated;
  }

  /** Runs a statement of our own (identifiers, documents), with constraint errors explained. */
  write<T>(table: SQLiteTable, run: () => T): T {
    this.changed = true;
    try {
      return run();
    } catch (error) {
      if (isLockError(error)) throw error;
      throw explainConstraint(error, getTableName(table).replace(/s$/, '').replaceAll('_', ' '));
    }
  }

  private assumes(kind: KeyKind, key: string) {
    return this.assumed[kind]?.has(key) ?? false;
  }

  /**
   * Sources this record found. A measure names the same few sources from every claim, and
   * within one record a source found stays found (records never delete anything).
   */
  private readonly foundSources = new Set<string>();

  /** The id of the source `key` names; `path` is where the record names it. */
  sourceId(key: string, path: readonly PropertyKey[]): string {
    const id = rowIdFor('source', key);
    if (this.foundSources.has(id)) return id;
    const row = this.tx.select({ id: sources.id }).from(sources).where(eq(sources.id, id)).get();
    if (row) {
      this.foundSources.add(id);
      return row.id;
    }
    if (this.assumes('sources', key)) return id;
    throw new RecordProblem(path, missing('sources', key));
  }

  /** Like `sourceId`, keeping null (no source) and undefined (leave as it is). */
  optionalSourceId(key: string | null | undefined, path: readonly PropertyKey[]) {
    return key === null || key === undefined ? key : this.sourceId(key, path);
  }

  /** A stakeholder by slug. */
  stakeholder(slug: string, path: readonly PropertyKey[]): StakeholderRef {
    const row = this.tx
      .select({
        id: stakeholders.id,
        slug: stakeholders.slug,
        kind: stakeholders.kind,
        version: stakeholders.version,
        affiliationId: stakeholders.affiliationId,
      })
      .from(stakeholders)
      .where(eq(stakeholders.slug, slug))
      .get();
    if (row) return row;
    if (this.assumes('stakeholders', slug))
      return {
        id: assumedId('stakeholders', slug),
        slug,
        kind: null,
        version: 0,
        affiliationId: null,
      };
    throw new RecordProblem(path, missing('stakeholders', slug));
  }

  /** A measure by slug, or by any of its identifiers in any written form. */
  measure(ref: string, path: readonly PropertyKey[]): { id: string; slug: string } {
    const bySlug = this.tx
      .select({ id: measures.id, slug: measures.slug })
      .from(measures)
      .where(eq(measures.slug, ref))
      .get();
    if (bySlug) return bySlug;
    const named = this.tx
      .select({ id: measures.id, slug: measures.slug })
      .from(measures)
      .where(inArray(measures.id, measuresNamedBy(this.tx, ref)))
      .limit(1)
      .get();
    if (named) return named;
    if (this.assumes('measures', ref)) return { id: assumedId('measures', ref), slug: ref };
    throw new RecordProblem(path, missing('measures', ref));
  }

  systemId(slug: string, path: readonly PropertyKey[]): string {
    const row = this.tx
      .select({ id: informationSystems.id })
      .from(informationSystems)
      .where(eq(informationSystems.slug, slug))
      .get();
    if (row) return row.id;
    if (this.assumes('systems', slug)) return assumedId('systems', slug);
    throw new RecordProblem(path, missing('systems', slug));
  }
}

/** What a record that failed says: its problem and where, or the data layer's refusal. */
export function problemOf(
  error: unknown,
): { path: readonly PropertyKey[]; message: string } | null {
  if (error instanceof RecordProblem) return { path: error.path, message: error.message };
  if (error instanceof DossierError && error.kind !== 'UNAVAILABLE')
    return { path: [], message: error.message };
  return null;
}
