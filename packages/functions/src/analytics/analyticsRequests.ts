import { logInstant } from '@forkcast/core';
import { compilePattern, eventEnvelopeSchema } from '@forkcast/events';
import * as z from 'zod';

/** How long a range one log query may cover: each day of it is one byDay partition to read. */
export const maxLogQueryDays = 400;

/** The instant of a bound, NaN for a bound that is not a date (its own field reports that). */
function instantOrNaN(value: string | undefined, endOfDay: boolean): number {
  try {
    return logInstant(value ?? new Date(), endOfDay);
  } catch {
    return Number.NaN;
  }
}

/** The range's length in ms; 0 while a bound is invalid, so only that bound's error is reported. */
function rangeMs(q: { from: string; to?: string }): number {
  const ms = instantOrNaN(q.to, true) - instantOrNaN(q.from, false);
  return Number.isNaN(ms) ? 0 : ms;
}

const logDate = z
  .string()
  .max(40)
  .refine((value) => !Number.isNaN(instantOrNaN(value, false)), 'not a date: use yyyy-mm-dd or an ISO-8601 instant')
  .describe('A day (yyyy-mm-dd, UTC) or an ISO-8601 instant; a day as `to` means its end.')
  .meta({ examples: ['2026-01-31'] });

const eventPattern = z
  .string()
  .max(4096)
  .superRefine((text, ctx) => {
    try {
      compilePattern(text);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `not an EventBridge pattern: ${(error as Error).message}` });
    }
  })
  .describe('An EventBridge event pattern (JSON), matched as a rule on the bus would match.')
  .meta({ examples: ['{"detail-type":["ReviewSubmitted"]}'] });

export const logQueryParams = z
  .object({
    stream: z.string().regex(/^[\x21-\x7e]{1,200}$/).optional(),
    pattern: eventPattern.optional(),
    from: logDate,
    to: logDate.optional(),
    cursor: z.string().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .refine((q) => rangeMs(q) >= 0, { message: 'to is before from', path: ['to'] })
  .refine((q) => rangeMs(q) < maxLogQueryDays * 86_400_000, {
    message: `the range may cover at most ${maxLogQueryDays} days`,
    path: ['to'],
  });

export const logPageResponse = z
  .object({
    items: z.array(eventEnvelopeSchema),
    cursor: z.string().optional().describe('Pass back to read on; absent at the end of the range.'),
  })
  .meta({
    id: 'LogPage',
    examples: [{
      items: [{
        id: '01KBDQ4S3T9V6X8Z0A2C4E6G8J', stream: 'review-01KBDQ4S3T9V6X8Z0A2C4E6G8J', version: 1, type: 'ReviewSubmitted', schemaVersion: 2,
        occurredAt: '2026-12-01T12:00:00.000Z',
        data: { author: 'diner-7QX4M2KD9P', restaurant: 'restaurant-01KBDQ4S3T9V6X8Z0A2C4E6G8K', title: 'Great mole', body: 'We went twice.', stars: 5, language: 'en' },
        meta: { actor: { id: 'diner-7QX4M2KD9P', role: 'diner' }, correlationId: 'c-1' },
      }],
      cursor: 'eyJhZnRlcklkIjoiMDFLQkRRNFMzVDlWNlg4WjBBMkM0RTZHOEoifQ',
    }],
  });
