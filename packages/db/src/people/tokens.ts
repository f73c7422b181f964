import type { Role } from '@dossier/domain';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { DossierError } from '../errors';
import type { Db } from '../open';
import { apiTokens } from '../schema';
import { digest, newSecret } from './secrets';

export interface TokenView {
  id: number;
  label: string;
  role: Role;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const view = (row: typeof apiTokens.$inferSelect): TokenView => ({
  id: row.id,
  label: row.label,
  role: row.role,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
  lastUsedAt: row.lastUsedAt,
  revokedAt: row.revokedAt,
});

/** Creates a token; its secret is in the answer and nowhere else, ever. */
export function createApiToken(
  db: Db,
  input: { label: string; role: Role },
  createdBy: string,
  now: Date,
): TokenView & { token: string } {
  const token = newSecret('dst_');
  const row = db
    .insert(apiTokens)
    .values({
      label: input.label,
      role: input.role,
      tokenHash: digest(token),
      createdBy,
      createdAt: now.toISOString(),
    })
    .returning()
    .get();
  return { ...view(row), token };
}

export const listApiTokens = (db: Db): TokenView[] =>
  db.select().from(apiTokens).orderBy(desc(apiTokens.id)).all().map(view);

export function revokeApiToken(db: Db, id: number, now: Date): TokenView {
  const row = db
    .update(apiTokens)
    .set({ revokedAt: now.toISOString() })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning()
    .get();
  if (row) return view(row);
  const existing = db.select().from(apiTokens).where(eq(apiTokens.id, id)).get();
  if (!existing) throw new DossierError('NOT_FOUND', `No token has the id ${id}.`);
  return view(existing);
}

// A read through a token writes its last-used time at most once a minute, not on every request.
const lastUsedResolutionMs = 60_000;

/** The live token with this secret, its last-used time brought up to date; null otherwise. */
export function checkApiToken(db: Db, secret: string, now: Date): TokenView | null {
  const row = db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, digest(secret)))
    .get();
  if (!row || row.revokedAt) return null;
  const last = row.lastUsedAt ? Date.parse(row.lastUsedAt) : 0;
  if (now.getTime() - last >= lastUsedResolutionMs) {
    db.update(apiTokens)
      .set({ lastUsedAt: now.toISOString() })
      .where(eq(apiTokens.id, row.id))
      .run();
    return view({ ...row, lastUsedAt: now.toISOString() });
  }
  return view(row);
}
