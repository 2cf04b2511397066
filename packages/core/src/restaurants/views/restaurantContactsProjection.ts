import type { RestaurantEventEnvelope } from '@forkcast/events';
import type { Projection } from '../../projections/projection';
import { correctedContact, type RestaurantContact } from '../restaurantState';

/** GET /restaurants/{id}/contacts (staff only: contacts are personal data). */
export interface RestaurantContactsView {
  restaurantId: string;
  contacts: (RestaurantContact & { contactId: string; addedAt: string; updatedAt: string })[];
}

function evolve(view: RestaurantContactsView | null, event: RestaurantEventEnvelope): RestaurantContactsView | null {
  const current = view ?? { restaurantId: event.stream, contacts: [] };
  switch (event.type) {
    case 'RestaurantContactAdded': {
      const { contactId, ...contact } = event.data;
      return { ...current, contacts: [...current.contacts, { contactId, ...contact, addedAt: event.occurredAt, updatedAt: event.occurredAt }] };
    }
    case 'RestaurantContactCorrected': {
      const { contactId, ...changes } = event.data;
      return {
        ...current,
        contacts: current.contacts.map((c) => {
          if (c.contactId !== contactId) return c;
          const { contactId: id, addedAt, updatedAt: _u, ...contact } = c;
          return { contactId: id, ...correctedContact(contact, changes), addedAt, updatedAt: event.occurredAt };
        }),
      };
    }
    default:
      return view;
  }
}

/** One item per restaurant stream: its contacts in the order staff added them. */
export const restaurantContactsProjection: Projection<RestaurantContactsView, RestaurantEventEnvelope> = {
  name: 'restaurantContacts',
  handles: ['RestaurantContactAdded', 'RestaurantContactCorrected'],
  initialView: () => null,
  evolve,
};

/** A restaurant's contacts view and the stream version it reflects; undefined when it has none. */
export async function getRestaurantContacts(views: import('../../projections/viewStore').ViewStore, restaurantId: string) {
  const stored = await views.get<RestaurantContactsView>(restaurantContactsProjection.name, restaurantId);
  return stored?.view ? { view: stored.view, version: stored.version } : undefined;
}
