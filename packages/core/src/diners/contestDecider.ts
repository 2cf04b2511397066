import { contestEventTypes, type ContestEvent } from '@forkcast/events';
import type { Decider } from '../decider';

/** Invitations a contest entry takes. */
export const invitationsPerEntry = 5;

/** The policy's command: credit the inviter with an accepted invitation. */
export interface CreditAcceptedInvitation {
  type: 'CreditAcceptedInvitation';
  inviter: string;
  invitation: string;
}

export interface ContestState {
  credited: ReadonlySet<string>;
  entries: number;
}

function evolve(state: ContestState, event: ContestEvent): ContestState {
  const credited = new Set(state.credited).add(event.data.invitation);
  return { credited, entries: event.type === 'ContestEntryEarned' ? event.data.entries : state.entries };
}

/**
 * One event per accepted invitation: a credit, or, for every fifth, the entry (which credits it
 * too), so the count lives on this stream without a second event. An invitation already credited
 * (a redelivery that outran the idempotency key) changes nothing.
 */
function decide(command: CreditAcceptedInvitation, state: ContestState): ContestEvent | null {
  if (state.credited.has(command.invitation)) return null;
  const acceptedInvitations = state.credited.size + 1;
  return acceptedInvitations % invitationsPerEntry === 0
    ? { type: 'ContestEntryEarned', data: { inviter: command.inviter, invitation: command.invitation, acceptedInvitations, entries: state.entries + 1 } }
    : { type: 'InvitationCredited', data: { inviter: command.inviter, invitation: command.invitation, acceptedInvitations } };
}

/** An inviter's contest stream (`contest-<derived from the diner>`). */
export const contestDecider: Decider<CreditAcceptedInvitation, ContestEvent, ContestState> = {
  eventTypes: contestEventTypes.map((t) => t.type),
  initialState: () => ({ credited: new Set(), entries: 0 }),
  evolve,
  decide,
};
