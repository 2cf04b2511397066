/** Names and fixed values of the local runtime's stand-ins, as the stacks give them on AWS. */
export const localAccountId = '000000000000';
export const localRegion = 'us-east-1';
export const localAccessKeyId = 'forkcast-local';
export const localImportsBucket = 'forkcast-imports';
/** Where the local runtime's messages to staff go (they land in the outbox, like every email). */
export const localStaffEmail = 'staff@forkcast.local';
export const localExportsBucket = 'forkcast-exports';
