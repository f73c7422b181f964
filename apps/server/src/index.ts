export { type Config, loadConfig } from './config';
export { type RunningServer, type StartOptions, startServer } from './server';
