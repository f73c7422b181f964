import type { SystemAction } from '@dossier/domain';
import { index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { editable } from './columns';
import { measures } from './measures';
import { sources } from './sources';

/** An EU database of personal information: VIS, SIS, Eurodac, PNR, ... */
export const informationSystems = sqliteTable(
  'information_systems',
  {
    ...editable,
    slug: text('slug').notNull(),
    acronym: text('acronym').notNull(),
    name: text('name').notNull(),
    /** What personal data it holds, in a few words ("visa applications"). */
    holds: text('holds').notNull(),
    description: text('description'),
  },
  (t) => [
    uniqueIndex('information_systems_slug_unique').on(t.slug),
    index('information_systems_acronym_idx').on(t.acronym, t.id),
  ],
);

/** Which measure creates, extends, links or uses which system. */
export const measureSystems = sqliteTable(
  'measure_systems',
  {
    ...editable,
    measureId: text('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    systemId: text('system_id')
      .notNull()
      .references(() => informationSystems.id, { onDelete: 'cascade' }),
    action: text('action').$type<SystemAction>().notNull(),
    sourceId: text('source_id').references(() => sources.id, { onDelete: 'restrict' }),
  },
  (t) => [
    uniqueIndex('measure_systems_unique').on(t.measureId, t.systemId, t.action),
    index('measure_systems_system_idx').on(t.systemId),
  ],
);
