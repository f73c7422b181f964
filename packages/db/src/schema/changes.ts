import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The audit log: one row per changed field, written in the same transaction as the change. */
export const changes = sqliteTable(
  'changes',
  {
    id: text('id').primaryKey(),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').$type<'create' | 'update' | 'delete'>().notNull(),
    field: text('field'),
    /** JSON of the value before and after; null on create or delete. */
    before: text('before'),
    after: text('after'),
    version: integer('version').notNull(),
  },
  (t) => [
    index('changes_entity_idx').on(t.entity, t.entityId, t.at),
    index('changes_at_idx').on(t.at),
  ],
);
