// Following what moves: a person's watches, the feed of what changed in them with its unread
// count, and the Markdown digest. Each is the caller's own: a session's person, or for an API
// token the person who created it. The server token belongs to no one, so it has no feed.
import {
  addWatch,
  type Db,
  DossierError,
  digest,
  digestFilename,
  type FeedUser,
  feedPage,
  findUser,
  listWatches,
  markFeedRead,
  removeWatch,
  unreadFeed,
} from '@dossier/db';
import { digestInput, feedListInput, parseSince, watchInput } from '@dossier/domain';
import { TRPCError } from '@trpc/server';
import type { Caller } from '../context';
import { callerProcedure, router } from '../trpc';

/** The person whose watches these are. */
function personOf(db: Db, caller: Caller): FeedUser {
  if (caller.via === 'server-token')
    throw new DossierError(
      'BAD_REQUEST',
      'The server token belongs to no one, so it watches nothing: sign in, or use a token a person created (pnpm dossier token create).',
    );
  const row = findUser(db, caller.name);
  if (!row)
    throw new DossierError(
      'NOT_FOUND',
      `No one called "${caller.name}" may sign in any more, so there is no feed to read.`,
    );
  return { id: row.id, name: row.name };
}

export const watchesRouter = router({
  /** What the caller watches. */
  list: callerProcedure.query(({ ctx }) =>
    listWatches(ctx.database.db, personOf(ctx.database.db, ctx.caller).id),
  ),

  /** Watches a measure or stakeholder (slug, id or identifier), a policy area or a search. */
  add: callerProcedure.input(watchInput).mutation(({ ctx, input }) => {
    const db = ctx.database.db;
    return addWatch(db, personOf(db, ctx.caller).id, input, ctx.now());
  }),

  /** Stops watching; stopping what one does not watch is not an error. */
  remove: callerProcedure.input(watchInput).mutation(({ ctx, input }) => {
    const db = ctx.database.db;
    return { removed: removeWatch(db, personOf(db, ctx.caller).id, input) };
  }),
});

export const feedRouter = router({
  /** What changed in the last 30 days in what the caller watches, newest first. */
  list: callerProcedure.input(feedListInput).query(({ ctx, input }) => {
    const db = ctx.database.db;
    return feedPage(db, personOf(db, ctx.caller), input, ctx.now());
  }),

  /** How many changes by others the caller has not seen, and which measures they touched. */
  unread: callerProcedure.query(({ ctx }) => {
    const db = ctx.database.db;
    return unreadFeed(db, personOf(db, ctx.caller));
  }),

  /** Everything up to now is read. */
  markRead: callerProcedure.mutation(({ ctx }) => {
    const db = ctx.database.db;
    return markFeedRead(db, personOf(db, ctx.caller).id, ctx.now());
  }),
});

export const digestRouter = router({
  /** The Markdown digest of the period; another person's only for admins. */
  get: callerProcedure.input(digestInput).query(({ ctx, input }) => {
    const db = ctx.database.db;
    const now = ctx.now();
    const own = input.user === undefined || input.user.toLowerCase() === ctx.caller.name;
    if (!own && ctx.caller.role !== 'admin')
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `Only an admin may read the digest of someone else (${input.user}); leave out the user to read your own.`,
      });
    let user: FeedUser;
    if (own) user = personOf(db, ctx.caller);
    else {
      const row = findUser(db, input.user!.toLowerCase());
      if (!row) throw new DossierError('NOT_FOUND', `No one is called "${input.user}" here.`);
      user = { id: row.id, name: row.name };
    }
    const period = parseSince(input.since, now);
    if ('problem' in period) throw new DossierError('BAD_REQUEST', `since: ${period.problem}`);
    return {
      markdown: digest(db, { user, since: period.since, until: now, baseUrl: input.baseUrl ?? '' }),
      filename: digestFilename(user.name, period.since, now),
    };
  }),
});
