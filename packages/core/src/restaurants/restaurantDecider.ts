import { ownerEditableProfileFields, restaurantEventTypes, type RestaurantEvent, type RestaurantProfileUpdatedData } from '@forkcast/events';
import type { Decider } from '../decider';
import { DomainError, DomainForbiddenError, DomainNotFoundError } from '../commands/commandErrors';
import type { RestaurantCommand } from './restaurantCommands';
import { correctedContact, evolveRestaurant, initialRestaurantState, type RestaurantState } from './restaurantState';
import { profileChanges } from './profileChanges';
import { isStaffActing, mustActFor } from './restaurantActing';
import { specialsReminderDue } from './specialsFreshness';

/** Specials that have not ended yet (current or to come); a restaurant keeps at most this many. */
export const maxLiveSpecials = 20;
const ownerFields = new Set<string>(ownerEditableProfileFields);

function listedOnly(state: RestaurantState): Extract<RestaurantState, { status: 'listed' }> {
  if (state.status === 'unlisted') throw new DomainNotFoundError('restaurant-not-found', 'there is no such restaurant');
  if (state.status === 'delisted') throw new DomainError('restaurant-delisted', 'the restaurant is delisted');
  return state;
}

function updated(changes: RestaurantProfileUpdatedData): RestaurantEvent | null {
  return Object.keys(changes).length === 0 ? null : { type: 'RestaurantProfileUpdated', data: changes };
}

function decide(command: RestaurantCommand, state: RestaurantState): RestaurantEvent | null {
  switch (command.type) {
    case 'ListRestaurant':
      if (state.status !== 'unlisted') throw new DomainError('restaurant-already-listed', 'the restaurant is already listed');
      return { type: 'RestaurantListed', data: command.data };
    case 'UpdateRestaurantProfile': {
      const listed = listedOnly(state);
      if (command.by !== undefined) {
        mustActFor(listed.owner, command.by);
        const staffOnly = isStaffActing(command.by) ? [] : Object.keys(command.data).filter((f) => !ownerFields.has(f));
        if (staffOnly.length > 0) throw new DomainForbiddenError('field-not-owner-editable', `owners change ${[...ownerFields].join(', ')}; ${staffOnly.join(', ')} stay with staff`);
      }
      return updated(profileChanges(listed.profile, command.data));
    }
    case 'DelistRestaurant':
      if (state.status === 'delisted') throw new DomainError('restaurant-already-delisted', 'the restaurant is already delisted');
      listedOnly(state);
      return { type: 'RestaurantDelisted', data: { reason: command.data.reason } };
    case 'AddRestaurantContact': {
      const { contacts } = listedOnly(state);
      if (contacts[command.data.contactId]) throw new DomainError('contact-exists', 'a contact with this id exists');
      const email = command.data.email.toLowerCase();
      if (Object.values(contacts).some((c) => c.email.toLowerCase() === email)) throw new DomainError('contact-email-known', 'the restaurant already has a contact with this email');
      return { type: 'RestaurantContactAdded', data: command.data };
    }
    case 'CorrectRestaurantContact': {
      const { contacts } = listedOnly(state);
      const { contactId, ...changes } = command.data;
      const contact = contacts[contactId];
      if (!contact) throw new DomainNotFoundError('contact-not-found', 'the restaurant has no such contact');
      const corrected = correctedContact(contact, changes);
      if (JSON.stringify(corrected) === JSON.stringify(contact)) return null;
      return { type: 'RestaurantContactCorrected', data: command.data };
    }
    case 'ClaimRestaurant': {
      const { owner } = listedOnly(state);
      if (owner?.claimId === command.data.claimId) return null;
      if (owner) throw new DomainError('restaurant-already-claimed', 'the restaurant already has an owner');
      return { type: 'RestaurantClaimed', data: command.data };
    }
    case 'PostSpecial': {
      const listed = listedOnly(state);
      mustActFor(listed.owner, command.by);
      if (listed.specials[command.data.specialId]) throw new DomainError('special-exists', 'a special with this id exists');
      const live = Object.values(listed.specials).filter((s) => Date.parse(s.validTo) > Date.parse(command.now)).length;
      if (live >= maxLiveSpecials) throw new DomainError('too-many-specials', `a restaurant shows at most ${maxLiveSpecials} specials that have not ended; withdraw one first`);
      return { type: 'SpecialPosted', data: { ...command.data, postedBy: command.by } };
    }
    case 'WithdrawSpecial': {
      const listed = listedOnly(state);
      mustActFor(listed.owner, command.by);
      if (!listed.specials[command.specialId]) throw new DomainNotFoundError('special-not-found', 'the restaurant has no such special');
      return { type: 'SpecialWithdrawn', data: { specialId: command.specialId, withdrawnBy: command.by } };
    }
    case 'RecordSpecialsReminder': {
      const { owner, specialsReminder } = listedOnly(state);
      if (!owner) throw new DomainError('restaurant-not-owned', 'the restaurant has no owner to remind');
      const { remindedAt, specialsUpdatedAt, periodDays } = command.data;
      // Once per period: a retried or overlapping check finds the reminder it (or another) recorded.
      const due = specialsReminderDue({ specialsUpdatedAt, remindedAt: specialsReminder?.remindedAt }, new Date(remindedAt), periodDays);
      return due ? { type: 'SpecialsReminderSent', data: { owner: owner.diner, ...command.data } } : null;
    }
    case 'ImportRestaurant':
      if (state.status === 'unlisted') return { type: 'RestaurantListed', data: command.data };
      if (state.status === 'delisted') return null;
      return updated(profileChanges(state.profile, command.data));
  }
}

/** The restaurant aggregate: one stream per restaurant (see restaurantStream.ts). */
export const restaurantDecider: Decider<RestaurantCommand, RestaurantEvent, RestaurantState> = {
  eventTypes: restaurantEventTypes.map((t) => t.type),
  initialState: initialRestaurantState,
  evolve: evolveRestaurant,
  decide,
};
