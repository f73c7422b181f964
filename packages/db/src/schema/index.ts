export * from './changes';
export * from './measures';
export * from './sources';
export * from './stakeholders';
export * from './systems';
