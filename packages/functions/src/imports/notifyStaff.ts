import * as z from 'zod';
import type { StaffOutbox } from '@forkcast/core';
import { awsStaffOutbox } from '../app/aws/awsStaffOutbox';
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
export const build = (deps: { staffOutbox: StaffOutbox }) => async (event: unknown): Promise<{ messageId: string }> => {
  const input = notifyStaffInput.parse(event);
  const sent = await deps.staffOutbox.send(importFollowUpMessage(input.import, input.gaveUp), input.idempotencyKey);
  return { messageId: sent.id };
};
export const handler = onAws(() => build({ staffOutbox: awsStaffOutbox() }));
