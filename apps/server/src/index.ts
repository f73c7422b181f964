export { type Config, isLoopback, loadConfig, openWritesRefusal } from './config';
export { limits } from './limits';
export { defaultWebDir } from './paths';
export { type RunningServer, type StartOptions, StartupError, startServer } from './server';
