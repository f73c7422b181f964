export {
  actorFromHeaders,
  cleanActorName,
  createInnerContext,
  type HttpAuthOptions,
  type InnerContext,
} from './context';
export {
  type AppRouter,
  appRouter,
  createCaller,
  type RouterInputs,
  type RouterOutputs,
} from './root';
