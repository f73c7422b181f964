export * from './dates';
export * from './enums';
export * from './rules';
export * from './schemas';
