import { drawEventTypes, type DrawEvent } from '@forkcast/events';
import type { Decider } from '../decider';
import { DomainError } from '../commands/commandErrors';
import { seededRandom } from '../random/seededRandom';

export interface Entrant {
  diner: string;
  entries: number;
}

/** Staff draw a winner; the handler supplies the entrants (from the contest view) and the seed. */
export interface DrawWinner {
  type: 'DrawWinner';
  seed: number;
  entrants: readonly Entrant[];
}

/**
 * The winner of a draw: entrants sorted by diner stream (so the order the view returned them in
 * does not matter), one ticket per entry, one `seededRandom(seed)` number picks the ticket.
 */
export function drawWinner(seed: number, entrants: readonly Entrant[]): { winner: string; entrants: Entrant[] } {
  const sorted = [...entrants].filter((e) => e.entries > 0).sort((a, b) => (a.diner < b.diner ? -1 : a.diner > b.diner ? 1 : 0));
  const tickets = sorted.reduce((n, e) => n + e.entries, 0);
  let ticket = Math.floor(seededRandom(seed)() * tickets);
  for (const e of sorted) {
    if (ticket < e.entries) return { winner: e.diner, entrants: sorted };
    ticket -= e.entries;
  }
  throw new DomainError('no-contest-entries', 'nobody holds a contest entry yet');
}

function decide(command: DrawWinner, state: { drawn: boolean }): DrawEvent | null {
  if (state.drawn) throw new DomainError('already-drawn', 'this draw already has a winner');
  const { winner, entrants } = drawWinner(command.seed, command.entrants);
  return { type: 'ContestWinnerDrawn', data: { seed: command.seed, entrants, winner } };
}

/** A draw: one stream each (`draw-<ULID>`). */
export const drawDecider: Decider<DrawWinner, DrawEvent, { drawn: boolean }> = {
  eventTypes: drawEventTypes.map((t) => t.type),
  initialState: () => ({ drawn: false }),
  evolve: () => ({ drawn: true }),
  decide,
};
