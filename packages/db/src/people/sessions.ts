import type { Role } from '@dossier/domain';
import { and, eq, gt, isNull, lte } from 'drizzle-orm';
import type { Db } from '../open';
import { sessions, signInLinks, users } from '../schema';
import { writeTransaction } from '../write';
import { digest, newSecret } from './secrets';
import { type UserRow, viewUser } from './users';

/** How long a browser stays signed in without signing in again. */
export const sessionDays = 30;

export interface SessionOwner {
  userId: number;
  name: string;
  role: Role;
}

const owner = (row: UserRow): SessionOwner => ({ userId: row.id, name: row.name, role: row.role });

/**
 * A new session for a person who just proved who they are. The session the browser came with,
 * if any, ends here: the id changes at every sign-in, so an id planted before cannot be used
 * after (session fixation).
 */
export function startSession(
  db: Db,
  userId: number,
  previousId: string | null,
  now: Date,
): { id: string; expiresAt: Date } {
  const id = newSecret();
  const expiresAt = new Date(now.getTime() + sessionDays * 86_400_000);
  writeTransaction(db, (tx) => {
    if (previousId)
      tx.delete(sessions)
        .where(eq(sessions.idHash, digest(previousId)))
        .run();
    // Expired sessions are swept here, where a write happens anyway.
    tx.delete(sessions).where(lte(sessions.expiresAt, now.toISOString())).run();
    tx.insert(sessions)
      .values({
        idHash: digest(id),
        userId,
        createdAt: now.toISOString(),
        expiresAt: expiresAt.toISOString(),
      })
      .run();
    tx.update(users).set({ lastSignInAt: now.toISOString() }).where(eq(users.id, userId)).run();
  });
  return { id, expiresAt };
}

/** Who holds this session id, or null when it is unknown, ended or expired. */
export function sessionOwner(db: Db, id: string, now: Date): SessionOwner | null {
  const row = db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, digest(id)), gt(sessions.expiresAt, now.toISOString())))
    .get();
  return row ? owner(row.user) : null;
}

export function endSession(db: Db, id: string): void {
  db.delete(sessions)
    .where(eq(sessions.idHash, digest(id)))
    .run();
}

/**
 * Uses a one-time sign-in link: the person it was made for, or null when the link is unknown,
 * used or expired. Marking it used and reading it is one statement, so two tabs racing with the
 * same link cannot both get in.
 */
export function redeemSignInLink(
  db: Db,
  token: string,
  now: Date,
): (SessionOwner & { hasPassword: boolean }) | null {
  return writeTransaction(db, (tx) => {
    const used = tx
      .update(signInLinks)
      .set({ usedAt: now.toISOString() })
      .where(
        and(
          eq(signInLinks.tokenHash, digest(token)),
          isNull(signInLinks.usedAt),
          gt(signInLinks.expiresAt, now.toISOString()),
        ),
      )
      .returning({ userId: signInLinks.userId })
      .get();
    if (!used) return null;
    const user = tx.select().from(users).where(eq(users.id, used.userId)).get();
    return user ? { ...owner(user), hasPassword: viewUser(user).hasPassword } : null;
  });
}
