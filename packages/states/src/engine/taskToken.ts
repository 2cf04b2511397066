/**
 * A task token that identifies the waiting Task by execution and history position, so the same
 * token is produced again when the execution is rebuilt from its history after a restart.
 */
export function taskToken(executionArn: string, enteredEventId: number, attempt: number): string {
  return Buffer.from(JSON.stringify({ e: executionArn, s: enteredEventId, a: attempt })).toString('base64url');
}
