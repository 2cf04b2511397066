import * as z from 'zod';
import { renderEmail, type Mailer } from '@forkcast/core';
import { awsMailer } from '../app/aws/awsMailer';
import { awsSettings } from '../app/aws/awsSettings';
import type { Settings } from '../app/dependencies';
import { onAws } from '../app/onAws';
import { importFollowUpMessage } from './importFollowUpMessage';

const notifyStaffInput = z.object({
  import: z.object({
    importId: z.string(),
    filename: z.string(),
    status: z.enum(['awaiting-upload', 'running', 'completed', 'failed']),
    summary: z.string().optional(),
    error: z.string().optional(),
  }),
  /** True when the follow-up gave up waiting, so the status is as it was then. */
  gaveUp: z.boolean().default(false),
  idempotencyKey: z.string().min(1),
});

/** Task "Notify staff": tells staff how the import went, once per execution however often retried. */
export const build = (deps: { mailer: Mailer; settings: Settings }) => async (event: unknown): Promise<{ messageId: string }> => {
  const input = notifyStaffInput.parse(event);
  const sent = await deps.mailer.send(renderEmail(deps.settings.staffEmail, importFollowUpMessage(input.import, input.gaveUp)), input.idempotencyKey);
  return { messageId: sent.id };
};
export const handler = onAws(() => build({ mailer: awsMailer(), settings: awsSettings() }));
