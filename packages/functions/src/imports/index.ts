export * from './runImport';
export * from './importCounts';
export * from './csvRecords';
export * from './objectStore/objectStore';
export * from './objectStore/fileObjectStore';
export * from './importStatus';
export * from './loadImportFromS3';
