/** Names and fixed values of the local runtime's stand-ins, as the stacks give them on AWS. */
export const localAccountId = '000000000000';
export const localRegion = 'us-east-1';
export const localAccessKeyId = 'forkcast-local';
export const localImportsBucket = 'forkcast-imports';
export const localExportsBucket = 'forkcast-exports';
