export * from './dates';
export * from './enums';
export * from './http-limits';
export * from './paging';
export * from './rules';
export * from './schemas';
export * from './text';
