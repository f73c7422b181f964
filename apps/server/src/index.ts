export { type Config, loadConfig } from './config';
export { limits } from './limits';
export { defaultWebDir } from './paths';
export { type RunningServer, type StartOptions, StartupError, startServer } from './server';
