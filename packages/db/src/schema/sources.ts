import type { SourceKind } from '@dossier/domain';
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { editable } from './columns';

/** A document that facts point to: an article, an official text, a press release. */
export const sources = sqliteTable('sources', {
  ...editable,
  title: text('title').notNull(),
  publisher: text('publisher').notNull(),
  url: text('url'),
  publishedOn: text('published_on'),
  kind: text('kind').$type<SourceKind>().notNull(),
  note: text('note'),
});
