import { describe, expect, it } from 'vitest';
import type { ContestEvent, InvitationEvent } from '@forkcast/events';
import { deciderSpec } from '../testing/deciderSpec';
import { DomainError, DomainNotFoundError } from '../commands/commandErrors';
import { invitationDecider } from './invitationDecider';
import { contestDecider } from './contestDecider';
import { drawDecider, drawWinner } from './drawDecider';
import { invitationCodeFor, isInvitationCode, newInvitationCode } from './contestStreams';

const code = (c: string) => (e: DomainError) => e.code === c;
const sentAt = '2026-03-01T10:00:00.000Z';
const invited: InvitationEvent = { type: 'FriendInvited', data: { inviter: 'diner-A', email: 'friend@example.org', sentAt } };
const accepted: InvitationEvent = { type: 'InvitationAccepted', data: { inviter: 'diner-A', invitee: 'diner-B' } };
const newcomer = { registeredAt: '2026-03-02T00:00:00.000Z' };

describe('invitationDecider', () => {
  const spec = deciderSpec(invitationDecider);
  it('sends an invitation from a registered diner', () => {
    spec.given([]).when({ type: 'InviteFriend', data: invited.data as never, facts: { dinerRegistered: true } }).then(invited);
    spec.given([]).when({ type: 'InviteFriend', data: invited.data as never, facts: { dinerRegistered: false } }).thenThrows(DomainError, code('diner-not-registered'));
  });

  it('is accepted once, by a diner who registered after it was sent', () => {
    spec.given([invited]).when({ type: 'AcceptInvitation', by: 'diner-B', facts: newcomer }).then(accepted);
    spec.given([invited, accepted]).when({ type: 'AcceptInvitation', by: 'diner-C', facts: newcomer }).thenThrows(DomainError, code('invitation-already-accepted'));
    spec.given([invited, accepted]).when({ type: 'AcceptInvitation', by: 'diner-B', facts: newcomer }).thenThrows(DomainError, code('invitation-already-accepted'));
  });

  it('cannot be accepted by its sender, by an earlier diner, by the unregistered, or when unknown', () => {
    spec.given([invited]).when({ type: 'AcceptInvitation', by: 'diner-A', facts: newcomer }).thenThrows(DomainError, code('own-invitation'));
    spec.given([invited]).when({ type: 'AcceptInvitation', by: 'diner-B', facts: { registeredAt: '2026-02-28T00:00:00.000Z' } }).thenThrows(DomainError, code('registered-before-invitation'));
    spec.given([invited]).when({ type: 'AcceptInvitation', by: 'diner-B', facts: {} }).thenThrows(DomainError, code('diner-not-registered'));
    spec.given([]).when({ type: 'AcceptInvitation', by: 'diner-B', facts: newcomer }).thenThrows(DomainNotFoundError, code('invitation-not-found'));
  });

  it('has unguessable codes, and derived ones for retries', () => {
    expect(isInvitationCode(newInvitationCode())).toBe(true);
    expect(newInvitationCode()).not.toBe(newInvitationCode());
    expect(invitationCodeFor('diner-A', 'k')).toBe(invitationCodeFor('diner-A', 'k'));
    expect(isInvitationCode(invitationCodeFor('diner-A', 'k'))).toBe(true);
  });
});

describe('contestDecider', () => {
  const spec = deciderSpec(contestDecider);
  const credit = (n: number): ContestEvent => ({ type: 'InvitationCredited', data: { inviter: 'diner-A', invitation: `invitation-${n}`, acceptedInvitations: n } });
  const earned = (n: number, entries: number): ContestEvent => ({ type: 'ContestEntryEarned', data: { inviter: 'diner-A', invitation: `invitation-${n}`, acceptedInvitations: n, entries } });
  const command = (n: number) => ({ type: 'CreditAcceptedInvitation' as const, inviter: 'diner-A', invitation: `invitation-${n}` });

  it('earns one entry on the fifth accepted invitation, and the sixth does not', () => {
    spec.given([1, 2, 3].map(credit)).when(command(4)).then(credit(4));
    spec.given([1, 2, 3, 4].map(credit)).when(command(5)).then(earned(5, 1));
    spec.given([...[1, 2, 3, 4].map(credit), earned(5, 1)]).when(command(6)).then(credit(6));
  });

  it('earns one more per further five', () => {
    const history = [...[1, 2, 3, 4].map(credit), earned(5, 1), ...[6, 7, 8, 9].map(credit)];
    spec.given(history).when(command(10)).then(earned(10, 2));
  });

  it('credits an invitation once, however often it is delivered', () => {
    spec.given([1, 2].map(credit)).when(command(2)).then(null);
  });
});

describe('drawDecider', () => {
  const entrants = [{ diner: 'diner-B', entries: 1 }, { diner: 'diner-A', entries: 3 }];
  it('draws reproducibly from the seed, whatever order the entrants came in', () => {
    for (const seed of [1, 2, 3, 42, 2 ** 31]) {
      expect(drawWinner(seed, entrants).winner).toBe(drawWinner(seed, [...entrants].reverse()).winner);
    }
    const wins = { 'diner-A': 0, 'diner-B': 0 } as Record<string, number>;
    for (let seed = 0; seed < 400; seed++) wins[drawWinner(seed, entrants).winner]!++;
    expect(wins['diner-A']).toBeGreaterThan(wins['diner-B']! * 2); // three tickets against one
    expect(wins['diner-B']).toBeGreaterThan(40);
  });

  it('records the seed and the entrants, once per draw; no entrants is a rule', () => {
    const spec = deciderSpec(drawDecider);
    const { winner } = drawWinner(7, entrants);
    spec.given([]).when({ type: 'DrawWinner', seed: 7, entrants }).then({ type: 'ContestWinnerDrawn', data: { seed: 7, entrants: [entrants[1]!, entrants[0]!], winner } });
    spec.given([]).when({ type: 'DrawWinner', seed: 7, entrants: [] }).thenThrows(DomainError, code('no-contest-entries'));
  });
});
