import type { ContestEventEnvelope, InvitationEventEnvelope } from '@forkcast/events';
import type { Projection } from '../../projections/projection';

/** GET /me/contest, and the entrants of a draw: one item per contest stream. */
export interface ContestView {
  diner: string;
  acceptedInvitations: number;
  entries: number;
}

/**
 * Indexed under one constant key once the diner holds an entry, so a draw reads every entrant
 * (and only entrants). One item per contest stream, so redeliveries are skipped by the runner.
 */
export const contestEntriesProjection: Projection<ContestView, ContestEventEnvelope> = {
  name: 'contestEntries',
  handles: ['InvitationCredited', 'ContestEntryEarned'],
  initialView: () => null,
  evolve: (view, event) => ({
    diner: event.data.inviter,
    acceptedInvitations: event.data.acceptedInvitations,
    entries: event.type === 'ContestEntryEarned' ? event.data.entries : view?.entries ?? 0,
  }),
  indexKeys: (view) => ({ contest: view.entries > 0 ? 'entrants' : undefined }),
};

/** GET /me/invitations: one item per invitation, by inviter (no email: the inviter typed it, the list need not show it). */
export interface InvitationView {
  code: string;
  inviter: string;
  status: 'sent' | 'accepted';
  sentAt: string;
  acceptedAt?: string;
}

export const dinerInvitationsProjection: Projection<InvitationView, InvitationEventEnvelope> = {
  name: 'dinerInvitations',
  handles: ['FriendInvited', 'InvitationAccepted'],
  initialView: () => null,
  evolve: (view, event) => {
    switch (event.type) {
      case 'FriendInvited':
        return { code: event.stream.replace(/^invitation-/, ''), inviter: event.data.inviter, status: 'sent', sentAt: event.data.sentAt };
      case 'InvitationAccepted':
        return view && { ...view, status: 'accepted', acceptedAt: event.occurredAt };
    }
  },
  indexKeys: (view) => ({ inviter: view.inviter }),
  indexSort: (view) => `${view.sentAt}#${view.code}`,
};
