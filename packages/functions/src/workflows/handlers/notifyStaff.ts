import { z } from 'zod';
import { importFollowUpMessage } from './importFollowUpMessage';
import { sendToStaff } from './staffOutbox';

const notifyStaffInput = z.object({
  import: z.object({
    importId: z.string(),
    filename: z.string(),
    status: z.enum(['awaiting-upload', 'running', 'completed', 'failed']),
    summary: z.string().optional(),
    error: z.string().optional(),
  }),
  checks: z.number().int().nonnegative(),
  idempotencyKey: z.string().min(1),
});

/** Task "Notify staff": tells staff how the import went, once per execution however often retried. */
export async function handler(event: unknown): Promise<{ messageId: string }> {
  const input = notifyStaffInput.parse(event);
  const sent = await sendToStaff(importFollowUpMessage(input.import, input.checks), input.idempotencyKey);
  return { messageId: sent.id };
}
