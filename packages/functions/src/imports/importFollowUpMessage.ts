import type { EmailTemplate } from '@forkcast/core';
import type { ImportOutcome } from './importOutcome';

/** What staff are told when the follow-up ends: finished, failed, or still not done when it gave up. */
export function importFollowUpMessage(outcome: ImportOutcome, gaveUp: boolean): EmailTemplate {
  const file = `"${outcome.filename}" (import ${outcome.importId})`;
  if (outcome.status === 'completed') return { subject: `Import finished: ${outcome.filename}`, paragraphs: [[`${file} finished: ${outcome.summary ?? 'no summary'}.`]] };
  if (outcome.status === 'failed') return { subject: `Import failed: ${outcome.filename}`, paragraphs: [[`${file} failed: ${outcome.error ?? 'no reason given'}.`]] };
  const state = outcome.status === 'awaiting-upload' ? 'was never uploaded' : 'is still running';
  return { subject: `Import stuck: ${outcome.filename}`, paragraphs: [[`${file} ${state}${gaveUp ? ' when the follow-up stopped waiting' : ''}; look at it by hand.`]] };
}
