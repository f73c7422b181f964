import { integer, text } from 'drizzle-orm/sqlite-core';

/** Columns every editable row carries: a sortable text id, an edit version, UTC timestamps. */
export const editable = {
  id: text('id').primaryKey(),
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};
