import type { Role } from '@dossier/domain';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The people of a team. Secrets are never stored as sent: passwords as scrypt hashes, session
 * ids, sign-in links and API tokens as SHA-256 digests (they are long random values, so a
 * digest cannot be reversed by guessing, and a stolen database opens no session).
 */
export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey(),
    /** The sign-in name, lower case (the domain's userNameSchema). */
    name: text('name').notNull(),
    role: text('role').$type<Role>().notNull(),
    /** `scrypt$N$r$p$salt$hash` (base64url); null until the person sets one. */
    passwordHash: text('password_hash'),
    createdAt: text('created_at').notNull(),
    lastSignInAt: text('last_sign_in_at'),
  },
  (t) => [uniqueIndex('users_name_idx').on(t.name)],
);

/** A signed-in browser: the cookie holds the id, the table its digest. */
export const sessions = sqliteTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** One-time sign-in links: given to a new person, or printed for the first admin. */
export const signInLinks = sqliteTable(
  'sign_in_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
  },
  (t) => [index('sign_in_links_user_idx').on(t.userId)],
);

/** Bearer tokens for scripts and the CLI, each scoped to a role. Revoked ones stay listed. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey(),
    label: text('label').notNull(),
    tokenHash: text('token_hash').notNull(),
    role: text('role').$type<Role>().notNull(),
    /** Who created it; the audit log names changes made with it after them. */
    createdBy: text('created_by').notNull(),
    createdAt: text('created_at').notNull(),
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash_idx').on(t.tokenHash)],
);
