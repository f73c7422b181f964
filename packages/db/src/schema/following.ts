import type { WatchKind } from '@dossier/domain';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './people';

/**
 * What a person follows: a measure or a stakeholder (by id), a policy area (as written on the
 * measures) or a saved search (its text, run as the schedule's filter). The feed, the unread
 * counts and the digest read the audit log (`changes`) through these.
 */
export const watches = sqliteTable(
  'watches',
  {
    id: integer('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<WatchKind>().notNull(),
    /** A measure's or stakeholder's id, a policy area, or the text of a saved search. */
    target: text('target').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('watches_user_target_idx').on(t.userId, t.kind, t.target),
    index('watches_target_idx').on(t.kind, t.target),
  ],
);

/** When a person last read their feed: what changed after it is unread. */
export const feedReads = sqliteTable('feed_reads', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  seenAt: text('seen_at').notNull(),
});
