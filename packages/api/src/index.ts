export { access, httpAccess, type Needed } from './auth/access';
export {
  type AttemptLimiter,
  type AttemptLimits,
  createAttemptLimiter,
  defaultAttemptLimits,
} from './auth/attempts';
export { type Identity, identify, readCookie, sessionCookie } from './auth/identity';
export {
  createRequestContext,
  type RequestSettings,
  sessionCookieHeader,
} from './auth/request-context';
export { type Caller, createInnerContext, type HttpSide, type InnerContext } from './context';
export {
  type ChangeEvent,
  createLiveBus,
  type LiveBus,
  type LiveEvent,
  liveBusFor,
  type PresenceEvent,
} from './live/bus';
export {
  type AppRouter,
  appRouter,
  createCaller,
  type RouterInputs,
  type RouterOutputs,
} from './root';
