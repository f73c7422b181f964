export * from './changes';
export * from './claims';
export * from './measures';
export * from './people';
export * from './sources';
export * from './stakeholders';
export * from './systems';
