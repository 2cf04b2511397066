import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const contestWinnerDrawnSchema = z.object({
  /** The seed of `seededRandom`: with `entrants` it replays the draw exactly. */
  seed: z.number().int().nonnegative().max(0xffffffff).describe('The seed of `seededRandom`: with `entrants` it replays the draw exactly.'),
  /** Every entrant's diner stream and entries, in the order the draw counted them. */
  entrants: z
    .array(z.object({ diner: z.string().min(1).describe("The entrant's diner stream."), entries: z.number().int().positive().describe('Entries they held at the draw.') }))
    .min(1)
    .describe('Every entrant and their entries, in the order the draw counted them.'),
  winner: z.string().min(1).describe("The winner's diner stream."),
});
export type ContestWinnerDrawnData = z.infer<typeof contestWinnerDrawnSchema>;

/** Staff drew a contest winner, one chance per entry. */
export const contestWinnerDrawn = defineEventType({
  type: 'ContestWinnerDrawn',
  source: 'forkcast.diners',
  schema: contestWinnerDrawnSchema,
  description: 'Staff drew a contest winner from the entries, reproducibly from the recorded seed.',
});
