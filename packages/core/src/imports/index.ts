export * from './importIssue';
export * from './zomatoColumns';
export * from './sourceText';
export * from './parseZomatoRecord';
export * from './duplicateIds';
export * from './restoreLostLetters';
export * from './knownCityNames';
