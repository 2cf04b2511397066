import type { SpecialPostedData, RestaurantContactAddedData, RestaurantListedData, RestaurantEvent, RestaurantProfileUpdatedData } from '@forkcast/events';

/** A contact of the restaurant, by its id. */
export type RestaurantContact = Omit<RestaurantContactAddedData, 'contactId'>;

/** What the decider needs to know about a restaurant. */
export type RestaurantState =
  | { status: 'unlisted' }
  | { status: 'listed'; profile: RestaurantListedData; contacts: Record<string, RestaurantContact>; owner?: RestaurantOwner; specials: Record<string, SpecialPostedData>; specialsReminder?: SpecialsReminder }
  | { status: 'delisted'; profile: RestaurantListedData; contacts: Record<string, RestaurantContact>; owner?: RestaurantOwner; specials: Record<string, SpecialPostedData>; specialsReminder?: SpecialsReminder; reason: string };

/** The last freshness reminder, until the owner next touches the specials (which makes it moot). */
export interface SpecialsReminder {
  remindedAt: string;
  specialsUpdatedAt: string;
}

/** Who owns the restaurant on Forkcast, and the claim that made them owner. */
export interface RestaurantOwner {
  /** The owner's diner stream. */
  diner: string;
  claimId: string;
}

/** A stream with no events: the restaurant was never listed. */
export const initialRestaurantState = (): RestaurantState => ({ status: 'unlisted' });

/** Applies changed fields to a profile: undefined keeps a field, null removes it. */
export function applyProfileChanges(profile: RestaurantListedData, changes: RestaurantProfileUpdatedData): RestaurantListedData {
  const next: Record<string, unknown> = { ...profile };
  for (const [field, value] of Object.entries(changes)) {
    if (value === null) delete next[field];
    else if (value !== undefined) next[field] = value;
  }
  return next as RestaurantListedData;
}

/** Folds one restaurant event into the state (pure). */
export function evolveRestaurant(state: RestaurantState, event: RestaurantEvent): RestaurantState {
  switch (event.type) {
    case 'RestaurantListed':
      return { status: 'listed', profile: event.data, contacts: {}, specials: {} };
    case 'RestaurantProfileUpdated':
      return state.status === 'unlisted' ? state : { ...state, profile: applyProfileChanges(state.profile, event.data) };
    case 'RestaurantDelisted':
      return state.status === 'unlisted' ? state : { ...state, status: 'delisted', reason: event.data.reason };
    case 'RestaurantContactAdded': {
      if (state.status === 'unlisted') return state;
      const { contactId, ...contact } = event.data;
      return { ...state, contacts: { ...state.contacts, [contactId]: contact } };
    }
    case 'RestaurantContactCorrected': {
      if (state.status === 'unlisted') return state;
      const { contactId, ...changes } = event.data;
      return { ...state, contacts: { ...state.contacts, [contactId]: correctedContact(state.contacts[contactId]!, changes) } };
    }
    case 'RestaurantClaimed':
      return state.status === 'unlisted' ? state : { ...state, owner: { diner: event.data.owner, claimId: event.data.claimId } };
    case 'SpecialPosted': {
      if (state.status === 'unlisted') return state;
      const { specialsReminder: _moot, ...rest } = state;
      return { ...rest, specials: { ...state.specials, [event.data.specialId]: event.data } };
    }
    case 'SpecialWithdrawn': {
      if (state.status === 'unlisted') return state;
      const { [event.data.specialId]: _withdrawn, ...specials } = state.specials;
      const { specialsReminder: _moot, ...rest } = state;
      return { ...rest, specials };
    }
    case 'SpecialsReminderSent':
      return state.status === 'unlisted' ? state : { ...state, specialsReminder: { remindedAt: event.data.remindedAt, specialsUpdatedAt: event.data.specialsUpdatedAt } };
  }
}

/** A contact after a correction: undefined keeps a field, null clears the phone or the name. */
export function correctedContact(contact: RestaurantContact, changes: Partial<{ email: string; phone: string | null; name: string | null }>): RestaurantContact {
  const next: Record<string, unknown> = { ...contact };
  for (const [field, value] of Object.entries(changes)) {
    if (value === null) delete next[field];
    else if (value !== undefined) next[field] = value;
  }
  return next as RestaurantContact;
}
