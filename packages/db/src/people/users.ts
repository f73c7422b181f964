import type { Role } from '@dossier/domain';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { DossierError } from '../errors';
import { newId } from '../ids';
import type { Db } from '../open';
import { apiTokens, changes, signInLinks, users } from '../schema';
import { type Tx, writeTransaction } from '../write';
import { digest, newSecret } from './secrets';

export type UserRow = typeof users.$inferSelect;

/** The database or a transaction on it. */
type Conn = Db | Tx;

export interface UserView {
  name: string;
  role: Role;
  hasPassword: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}

export const viewUser = (row: UserRow): UserView => ({
  name: row.name,
  role: row.role,
  hasPassword: row.passwordHash !== null,
  createdAt: row.createdAt,
  lastSignInAt: row.lastSignInAt,
});

/** How long a one-time sign-in link stays good. */
export const signInLinkHours = 24;

export interface SignInLink {
  /** The dashboard address without the origin; the token rides in the fragment, out of logs. */
  path: string;
  token: string;
  expiresAt: string;
}

const audit = (
  db: Conn,
  actor: string,
  name: string,
  action: 'create' | 'update' | 'delete',
  at: Date,
  role?: { before: Role | null; after: Role | null },
) =>
  db
    .insert(changes)
    .values({
      id: newId(at.getTime()),
      at: at.toISOString(),
      actor,
      entity: 'user',
      entityId: name,
      action,
      field: role ? 'role' : null,
      before: role ? JSON.stringify(role.before) : null,
      after: role ? JSON.stringify(role.after) : null,
      version: 1,
    })
    .run();

export const findUser = (db: Conn, name: string): UserRow | undefined =>
  db.select().from(users).where(eq(users.name, name)).get();

const requireUser = (db: Conn, name: string): UserRow => {
  const row = findUser(db, name);
  if (!row) throw new DossierError('NOT_FOUND', `No one is called "${name}" here.`);
  return row;
};

export const listUsers = (db: Conn): UserView[] =>
  db.select().from(users).orderBy(asc(users.name)).all().map(viewUser);

export const countUsers = (db: Conn): number =>
  db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0;

const adminCount = (db: Conn) =>
  db.select({ n: sql<number>`count(*)` }).from(users).where(eq(users.role, 'admin')).get()?.n ?? 0;

function newLink(db: Conn, userId: number, now: Date): SignInLink {
  const token = newSecret('dsl_');
  const expiresAt = new Date(now.getTime() + signInLinkHours * 3600_000).toISOString();
  db.insert(signInLinks)
    .values({ tokenHash: digest(token), userId, createdAt: now.toISOString(), expiresAt })
    .run();
  return { path: `/sign-in/link#${token}`, token, expiresAt };
}

/** Adds a person and gives them a one-time sign-in link. */
export function addUser(
  db: Db,
  input: { name: string; role: Role },
  actor: string,
  now: Date,
): { user: UserView; link: SignInLink } {
  return writeTransaction(db, (tx) => insertUser(tx, input, actor, now));
}

function insertUser(db: Conn, input: { name: string; role: Role }, actor: string, now: Date) {
  if (findUser(db, input.name))
    throw new DossierError('CONFLICT', `Someone is already called "${input.name}".`);
  const row = db
    .insert(users)
    .values({ name: input.name, role: input.role, createdAt: now.toISOString() })
    .returning()
    .get();
  audit(db, actor, row.name, 'create', now, { before: null, after: row.role });
  return { user: viewUser(row), link: newLink(db, row.id, now) };
}

/** A new one-time link for someone who lost theirs or their password; older links stop working. */
export function renewSignInLink(db: Db, name: string, now: Date): SignInLink {
  return writeTransaction(db, (tx) => {
    const row = requireUser(tx, name);
    tx.delete(signInLinks).where(eq(signInLinks.userId, row.id)).run();
    return newLink(tx, row.id, now);
  });
}

const lastAdminRefusal = (name: string) =>
  new DossierError(
    'CONFLICT',
    `${name} is the last admin: make someone else admin first, or no one could manage people.`,
  );

export function setUserRole(db: Db, name: string, role: Role, actor: string, now: Date): UserView {
  return writeTransaction(db, (tx) => {
    const row = requireUser(tx, name);
    if (row.role === role) return viewUser(row);
    if (row.role === 'admin' && adminCount(tx) === 1) throw lastAdminRefusal(name);
    const updated = tx.update(users).set({ role }).where(eq(users.id, row.id)).returning().get();
    audit(tx, actor, name, 'update', now, { before: row.role, after: role });
    return viewUser(updated);
  });
}

/**
 * Removes a person: their sessions and links go with them (foreign keys), and the tokens they
 * created are revoked, since no one would be answerable for them. The audit log keeps their name.
 */
export function removeUser(db: Db, name: string, actor: string, now: Date): void {
  writeTransaction(db, (tx) => {
    const row = requireUser(tx, name);
    if (row.role === 'admin' && adminCount(tx) === 1) throw lastAdminRefusal(name);
    tx.delete(users).where(eq(users.id, row.id)).run();
    tx.update(apiTokens)
      .set({ revokedAt: now.toISOString() })
      .where(and(eq(apiTokens.createdBy, name), isNull(apiTokens.revokedAt)))
      .run();
    audit(tx, actor, name, 'delete', now, { before: row.role, after: null });
  });
}

export function setPasswordHash(db: Conn, userId: number, passwordHash: string): void {
  db.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
}

/**
 * On first start against a database with no one in it: an admin called "admin" and a one-time
 * link to sign in with. Null when there are people already (the link is only ever made once).
 */
export function ensureFirstAdmin(db: Db, now: Date): SignInLink | null {
  return writeTransaction(db, (tx) => {
    if (countUsers(tx) > 0) return null;
    return insertUser(tx, { name: 'admin', role: 'admin' }, 'first start', now).link;
  });
}
