import type { RestaurantEventEnvelope, RestaurantListedData } from '@forkcast/events';
import type { Projection } from '../../projections/projection';
import { applyProfileChanges } from '../../restaurants/restaurantState';

/** What the search index holds of one listed restaurant. */
export interface SearchDocument {
  id: string;
  name: string;
  location: { lat: number; lon: number };
  cuisines: string[];
  priceRange: number;
  locality?: string;
  city: string;
  source?: string;
  externalId?: string;
  /** The text of the specials not withdrawn and not ended (as of the restaurant's latest event). */
  specials: string;
  /** Those specials, so a later event can drop the ones that ended. */
  liveSpecials?: LiveSpecial[];
}

interface LiveSpecial {
  specialId: string;
  text: string;
  validTo: string;
}

type Listed = RestaurantListedData & { source?: string; externalId?: string };

function documentOf(id: string, p: Listed): SearchDocument {
  return {
    id, name: p.name, location: p.location, cuisines: p.cuisines, priceRange: p.priceRange, city: p.city, specials: '',
    ...(p.locality ? { locality: p.locality } : {}),
    ...(p.source !== undefined ? { source: p.source, externalId: p.externalId } : {}),
  };
}

/**
 * The document with these specials, minus those ended by `now`. A projection has no clock, so "now"
 * is the event's time: a special that ends stays findable until the restaurant's next event.
 */
function withSpecials(view: SearchDocument, specials: LiveSpecial[], now: string): SearchDocument {
  const live = specials.filter((s) => Date.parse(s.validTo) > Date.parse(now));
  const { liveSpecials: _old, ...rest } = view;
  return { ...rest, specials: live.map((s) => s.text).join('\n'), ...(live.length > 0 ? { liveSpecials: live } : {}) };
}

function evolve(view: SearchDocument | null, event: RestaurantEventEnvelope): SearchDocument | null {
  switch (event.type) {
    case 'RestaurantListed':
      return documentOf(event.stream, event.data);
    case 'RestaurantProfileUpdated': {
      if (!view) return null;
      const { id, specials: _specials, liveSpecials = [], ...current } = view;
      return withSpecials(documentOf(id, applyProfileChanges(current as Listed, event.data) as Listed), liveSpecials, event.occurredAt);
    }
    case 'RestaurantDelisted':
      return null;
    case 'SpecialPosted': {
      if (!view) return null;
      const { specialId, title, description, validTo } = event.data;
      const text = description ? `${title} ${description}` : title;
      return withSpecials(view, [...(view.liveSpecials ?? []), { specialId, text, validTo }], event.occurredAt);
    }
    case 'SpecialWithdrawn':
      return view && withSpecials(view, (view.liveSpecials ?? []).filter((s) => s.specialId !== event.data.specialId), event.occurredAt);
    case 'RestaurantContactAdded':
    case 'RestaurantContactCorrected':
    case 'RestaurantClaimed':
    case 'SpecialsReminderSent':
      // Contacts are personal data for staff, ownership is not a search term: never searchable.
      return view;
  }
}

/** One search document per listed restaurant; the index (restaurantSearchIndex.ts) is built from these. */
export const restaurantSearchProjection: Projection<SearchDocument, RestaurantEventEnvelope> = {
  name: 'restaurantSearch',
  handles: ['RestaurantListed', 'RestaurantProfileUpdated', 'RestaurantDelisted', 'SpecialPosted', 'SpecialWithdrawn'],
  initialView: () => null,
  evolve,
};
