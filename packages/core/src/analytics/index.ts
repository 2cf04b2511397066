export * from './logFilter';
export * from './readLog';
export * from './logCursor';
export * from './exportRow';
export * from './encodeExport';
export * from './exportDay';
export * from './rebuildProjection';
export * from './republishEvents';
