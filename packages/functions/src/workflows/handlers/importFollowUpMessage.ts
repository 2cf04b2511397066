import type { CheckedImport } from './checkImport';

export interface StaffMessage {
  subject: string;
  text: string;
}

/** What staff are told when the follow-up ends: finished, failed, or still not done when it gave up. */
export function importFollowUpMessage(checked: Pick<CheckedImport, 'importId' | 'filename' | 'status' | 'summary' | 'error'>, checks: number): StaffMessage {
  const file = `"${checked.filename}" (import ${checked.importId})`;
  if (checked.status === 'completed') return { subject: `Import finished: ${checked.filename}`, text: `${file} finished: ${checked.summary ?? 'no summary'}.` };
  if (checked.status === 'failed') return { subject: `Import failed: ${checked.filename}`, text: `${file} failed: ${checked.error ?? 'no reason given'}.` };
  const state = checked.status === 'awaiting-upload' ? 'was never uploaded' : 'is still running';
  return { subject: `Import stuck: ${checked.filename}`, text: `${file} ${state} after ${checks} checks; look at it by hand.` };
}
