import type { RestaurantEventEnvelope, SpecialPostedData } from '@forkcast/events';
import type { Projection } from '../../projections/projection';
import type { StoredView, ViewStore } from '../../projections/viewStore';
import { specialsReminderDue, specialsStale } from '../specialsFreshness';

/** A special as readers see it. */
export type SpecialView = Omit<SpecialPostedData, 'postedBy'> & { postedAt: string };

/**
 * A restaurant's specials not withdrawn (ended ones included: "current" depends on the clock, so
 * queries filter), and what the freshness check needs: the owner, the last change, the last reminder.
 */
export interface RestaurantSpecialsView {
  restaurantId: string;
  name: string;
  status: 'listed' | 'delisted';
  specials: SpecialView[];
  owner?: string;
  /** The last SpecialPosted/SpecialWithdrawn, else the claim: the freshness clock starts at ownership. */
  specialsUpdatedAt?: string;
  remindedAt?: string;
}

function evolve(view: RestaurantSpecialsView | null, event: RestaurantEventEnvelope): RestaurantSpecialsView | null {
  switch (event.type) {
    case 'RestaurantListed':
      return { restaurantId: event.stream, name: event.data.name, status: 'listed', specials: [] };
    case 'RestaurantProfileUpdated':
      return view && (event.data.name ? { ...view, name: event.data.name } : view);
    case 'RestaurantDelisted':
      return view && { ...view, status: 'delisted' };
    case 'RestaurantClaimed':
      return view && { ...view, owner: event.data.owner, specialsUpdatedAt: view.specialsUpdatedAt ?? event.occurredAt };
    case 'SpecialPosted': {
      if (!view) return null;
      const { postedBy: _by, ...special } = event.data;
      return { ...view, specials: [...view.specials, { ...special, postedAt: event.occurredAt }], specialsUpdatedAt: event.occurredAt };
    }
    case 'SpecialWithdrawn':
      return view && { ...view, specials: view.specials.filter((s) => s.specialId !== event.data.specialId), specialsUpdatedAt: event.occurredAt };
    case 'SpecialsReminderSent':
      return view && { ...view, remindedAt: event.data.remindedAt };
    default:
      return view;
  }
}

/**
 * One item per restaurant. Owned, listed ones sit in one index ordered by their last specials
 * change, oldest first, so the stale ones are a prefix of it.
 */
export const restaurantSpecialsProjection: Projection<RestaurantSpecialsView, RestaurantEventEnvelope> = {
  name: 'restaurantSpecials',
  handles: ['RestaurantListed', 'RestaurantProfileUpdated', 'RestaurantDelisted', 'RestaurantClaimed', 'SpecialPosted', 'SpecialWithdrawn', 'SpecialsReminderSent'],
  initialView: () => null,
  evolve,
  indexKeys: (view) => ({ freshness: view.owner && view.status === 'listed' ? 'owned' : undefined }),
  indexSort: (view) => `${view.specialsUpdatedAt ?? ''}#${view.restaurantId}`,
};

/** A special is current while validFrom <= now < validTo. */
export const isCurrentSpecial = (special: Pick<SpecialView, 'validFrom' | 'validTo'>, now: Date): boolean =>
  Date.parse(special.validFrom) <= now.getTime() && now.getTime() < Date.parse(special.validTo);

/** A restaurant's specials view and version; undefined when the restaurant is unknown. */
export async function getRestaurantSpecials(views: ViewStore, restaurantId: string): Promise<StoredView<RestaurantSpecialsView> | undefined> {
  const stored = await views.get<RestaurantSpecialsView>(restaurantSpecialsProjection.name, restaurantId);
  return stored?.view ? stored : undefined;
}

/** An owned restaurant whose specials are stale, and whether a reminder is due now. */
export interface StaleSpecials {
  restaurantId: string;
  name: string;
  owner: string;
  specialsUpdatedAt: string;
  remindedAt?: string;
  reminderDue: boolean;
}

/** Owned, listed restaurants whose specials have not changed for `periodDays`, oldest change first. */
export async function listStaleSpecials(views: ViewStore, now: Date, periodDays: number): Promise<StaleSpecials[]> {
  const stale: StaleSpecials[] = [];
  let cursor: string | undefined;
  do {
    const page = await views.query<RestaurantSpecialsView>(restaurantSpecialsProjection.name, 'freshness', 'owned', { limit: 100, cursor });
    for (const { view } of page.items) {
      if (!view?.owner || !view.specialsUpdatedAt) continue;
      const activity = { specialsUpdatedAt: view.specialsUpdatedAt, remindedAt: view.remindedAt };
      // Ordered by the last change: the first fresh one ends the stale prefix.
      if (!specialsStale(activity, now, periodDays)) return stale;
      stale.push({
        restaurantId: view.restaurantId, name: view.name, owner: view.owner, ...activity, reminderDue: specialsReminderDue(activity, now, periodDays),
      });
    }
    cursor = page.cursor;
  } while (cursor);
  return stale;
}
