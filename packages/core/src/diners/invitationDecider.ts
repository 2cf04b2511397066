import { invitationEventTypes, type FriendInvitedData, type InvitationEvent } from '@forkcast/events';
import type { Decider } from '../decider';
import { DomainError, DomainNotFoundError } from '../commands/commandErrors';
import { dinerNotRegistered } from './dinerNotRegistered';

/** A diner invites a friend: the invitation's stream must be new. */
export interface InviteFriend {
  type: 'InviteFriend';
  data: FriendInvitedData;
  facts: { dinerRegistered: boolean };
}

/** A diner accepts an invitation; `registeredAt` is when they registered (absent: not registered). */
export interface AcceptInvitation {
  type: 'AcceptInvitation';
  by: string;
  facts: { registeredAt?: string };
}

export type InvitationCommand = InviteFriend | AcceptInvitation;

export type InvitationState =
  | { status: 'none' }
  | { status: 'sent'; invitation: FriendInvitedData }
  | { status: 'accepted'; invitation: FriendInvitedData; invitee: string };

function evolve(state: InvitationState, event: InvitationEvent): InvitationState {
  switch (event.type) {
    case 'FriendInvited':
      return { status: 'sent', invitation: event.data };
    case 'InvitationAccepted':
      return state.status === 'sent' ? { status: 'accepted', invitation: state.invitation, invitee: event.data.invitee } : state;
  }
}

function decide(command: InvitationCommand, state: InvitationState): InvitationEvent | null {
  switch (command.type) {
    case 'InviteFriend':
      if (!command.facts.dinerRegistered) throw dinerNotRegistered();
      if (state.status !== 'none') throw new DomainError('invitation-already-sent', 'this invitation was already sent');
      return { type: 'FriendInvited', data: command.data };
    case 'AcceptInvitation': {
      if (command.facts.registeredAt === undefined) throw dinerNotRegistered();
      if (state.status === 'none') throw new DomainNotFoundError('invitation-not-found', 'there is no such invitation');
      if (state.status === 'accepted') {
        throw new DomainError('invitation-already-accepted', 'this invitation was already accepted');
      }
      const { inviter, sentAt } = state.invitation;
      if (command.by === inviter) throw new DomainError('own-invitation', 'you cannot accept your own invitation');
      // Only newcomers count: a diner who was here before the invitation was not brought by it.
      if (command.facts.registeredAt < sentAt) throw new DomainError('registered-before-invitation', 'you registered before this invitation was sent');
      return { type: 'InvitationAccepted', data: { inviter, invitee: command.by } };
    }
  }
}

/** An invitation: one stream per code (`invitation-<code>`), accepted at most once. */
export const invitationDecider: Decider<InvitationCommand, InvitationEvent, InvitationState> = {
  eventTypes: invitationEventTypes.map((t) => t.type),
  initialState: () => ({ status: 'none' }),
  evolve,
  decide,
};
