import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { authRouter } from './routers/auth';
import { claimsRouter } from './routers/claims';
import { datasetRouter } from './routers/dataset';
import { eventsRouter } from './routers/events';
import { digestRouter, feedRouter, watchesRouter } from './routers/following';
import { historyRouter } from './routers/history';
import { linksRouter } from './routers/links';
import { liveRouter } from './routers/live';
import { measuresRouter } from './routers/measures';
import { meetingsRouter, notesRouter } from './routers/notes';
import { positionsRouter } from './routers/positions';
import { searchRouter } from './routers/search';
import { sourcesRouter } from './routers/sources';
import { stakeholdersRouter } from './routers/stakeholders';
import { systemsRouter } from './routers/systems';
import { tokensRouter } from './routers/tokens';
import { usersRouter } from './routers/users';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  measures: measuresRouter,
  history: historyRouter,
  stakeholders: stakeholdersRouter,
  positions: positionsRouter,
  events: eventsRouter,
  claims: claimsRouter,
  sources: sourcesRouter,
  links: linksRouter,
  systems: systemsRouter,
  search: searchRouter,
  notes: notesRouter,
  meetings: meetingsRouter,
  dataset: datasetRouter,
  users: usersRouter,
  tokens: tokensRouter,
  live: liveRouter,
  watches: watchesRouter,
  feed: feedRouter,
  digest: digestRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** Calls procedures in-process, as tests and scripts do: `createCaller(createInnerContext(...))`. */
export const createCaller = createCallerFactory(appRouter);
