import type { StoredView, ViewStore } from '../../projections/viewStore';
import { dinerReviewsProjection } from './dinerReviewsProjection';
import { restaurantReviewsProjection } from './restaurantReviewsProjection';
import type { ReviewView } from './reviewView';

export interface ReviewPage {
  items: ReviewView[];
  cursor?: string;
}

const page = async (views: ViewStore, projection: string, index: string, key: string, options: { limit?: number; cursor?: string }): Promise<ReviewPage> => {
  const limit = Math.min(100, Math.max(1, options.limit ?? 20));
  const found = await views.query<ReviewView>(projection, index, key, { limit, cursor: options.cursor });
  return { items: found.items.flatMap((i) => (i.view ? [i.view] : [])), cursor: found.cursor };
};

/** A restaurant's published reviews, newest first. */
export const listRestaurantReviews = (views: ViewStore, restaurant: string, options: { limit?: number; cursor?: string } = {}) =>
  page(views, restaurantReviewsProjection.name, 'restaurant', restaurant, options);

/** An author's published reviews, newest first. */
export const listDinerReviews = (views: ViewStore, author: string, options: { limit?: number; cursor?: string } = {}) =>
  page(views, dinerReviewsProjection.name, 'author', author, options);

export async function getReview(views: ViewStore, review: string): Promise<StoredView<ReviewView> | undefined> {
  const stored = await views.get<ReviewView>(restaurantReviewsProjection.name, review);
  return stored?.view ? stored : undefined;
}

/** How many published reviews a restaurant has (for its ratings). */
export async function countRestaurantReviews(views: ViewStore, restaurant: string): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  do {
    const found = await views.query<ReviewView>(restaurantReviewsProjection.name, 'restaurant', restaurant, { limit: 100, cursor });
    count += found.items.filter((i) => i.view).length;
    cursor = found.cursor;
  } while (cursor);
  return count;
}
