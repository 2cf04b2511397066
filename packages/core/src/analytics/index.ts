export * from './logFilter';
export * from './readLog';
export * from './logCursor';
