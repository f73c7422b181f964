import type {
  DatePrecision,
  PositionRole,
  StakeholderCategory,
  StakeholderKind,
  Stance,
} from '@dossier/domain';
import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { editable } from './columns';
import { measures } from './measures';
import { sources } from './sources';

/** A person or an organisation (Popolo-like); a person may belong to an organisation. */
export const stakeholders = sqliteTable(
  'stakeholders',
  {
    ...editable,
    slug: text('slug').notNull(),
    kind: text('kind').$type<StakeholderKind>().notNull(),
    name: text('name').notNull(),
    category: text('category').$type<StakeholderCategory>().notNull(),
    role: text('role'),
    affiliationId: text('affiliation_id').references((): AnySQLiteColumn => stakeholders.id, {
      onDelete: 'set null',
    }),
    country: text('country'),
    description: text('description'),
    sourceId: text('source_id').references(() => sources.id, { onDelete: 'restrict' }),
  },
  (t) => [
    uniqueIndex('stakeholders_slug_unique').on(t.slug),
    // The register's pages in name order, whole or filtered by category or country (0006).
    index('stakeholders_name_id_idx').on(t.name, t.id),
    index('stakeholders_category_name_idx').on(t.category, t.name, t.id),
    index('stakeholders_country_name_idx').on(t.country, t.name, t.id),
    index('stakeholders_affiliation_idx').on(t.affiliationId),
  ],
);

/**
 * What one stakeholder said of one measure at one time, with the words and the source. A stance
 * known but not yet citable is recorded as explicitly unsourced: a position names its source or
 * is marked unsourced, never neither and never both (0008).
 */
export const positions = sqliteTable(
  'positions',
  {
    ...editable,
    measureId: text('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    stakeholderId: text('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id, { onDelete: 'cascade' }),
    stance: text('stance').$type<Stance>().notNull(),
    role: text('role').$type<PositionRole>().notNull(),
    statedOn: text('stated_on').notNull(),
    statedOnPrecision: text('stated_on_precision').$type<DatePrecision>().notNull(),
    quote: text('quote'),
    sourceId: text('source_id').references(() => sources.id, { onDelete: 'restrict' }),
    unsourced: integer('unsourced', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    index('positions_measure_stakeholder_idx').on(t.measureId, t.stakeholderId, t.statedOn),
    index('positions_stakeholder_idx').on(t.stakeholderId, t.statedOn),
    index('positions_source_idx').on(t.sourceId),
    // Unqualified column names: SQLite refuses a CHECK naming the table it is copied from.
    check(
      'positions_source_or_unsourced',
      sql`(source_id is not null and unsourced = 0) or (source_id is null and unsourced = 1)`,
    ),
  ],
);
