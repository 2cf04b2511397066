import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CatalogueRestaurant, DinerPreferences } from '../recommendations/recommendationInputs';

/** One row of rating_final.csv. */
export interface UciRating {
  userID: string;
  placeID: string;
  rating: number;
  food: number;
  service: number;
}

export interface UciDataSet {
  ratings: UciRating[];
  preferences: DinerPreferences[];
  restaurants: CatalogueRestaurant[];
}

/** The UCI files have no quoting; a row with the wrong number of fields is an error, not a guess. */
async function readCsv(dir: string, file: string): Promise<Record<string, string>[]> {
  const lines = (await readFile(join(dir, file), 'utf8')).split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0]!.split(',');
  return lines.slice(1).map((line, i) => {
    const fields = line.split(',');
    if (fields.length !== header.length) throw new Error(`${file} line ${i + 2}: ${fields.length} fields, expected ${header.length}`);
    return Object.fromEntries(header.map((h, k) => [h, fields[k]!]));
  });
}

const priceRanges: Record<string, number> = { low: 1, medium: 2, high: 3 };

function score(value: string, file: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 2) throw new Error(`${file}: score ${value} is not 0, 1 or 2`);
  return n;
}

function point(lat: string | undefined, lon: string | undefined) {
  const la = Number(lat);
  const lo = Number(lon);
  return Number.isFinite(la) && Number.isFinite(lo) && lat !== '?' ? { lat: la, lon: lo } : undefined;
}

/** Reads the UCI "Restaurant & consumer" data set as the recommender's inputs. */
export async function readUciDataSet(dir: string): Promise<UciDataSet> {
  const [ratingRows, profiles, userCuisines, places, placeCuisines] = await Promise.all(
    ['rating_final.csv', 'userprofile.csv', 'usercuisine.csv', 'geoplaces2.csv', 'chefmozcuisine.csv'].map((f) => readCsv(dir, f)),
  );
  const ratings = ratingRows!.map((r) => ({
    userID: r.userID!, placeID: r.placeID!,
    rating: score(r.rating!, 'rating_final.csv'), food: score(r.food_rating!, 'rating_final.csv'), service: score(r.service_rating!, 'rating_final.csv'),
  }));
  const cuisinesOf = (rows: Record<string, string>[], key: string) => {
    const m = new Map<string, string[]>();
    for (const r of rows) m.set(r[key]!, [...(m.get(r[key]!) ?? []), r.Rcuisine!]);
    return m;
  };
  const byUser = cuisinesOf(userCuisines!, 'userID');
  const byPlace = cuisinesOf(placeCuisines!, 'placeID');
  const preferences = profiles!.map((p) => ({ dinerId: p.userID!, cuisines: byUser.get(p.userID!) ?? [], homeLocation: point(p.latitude, p.longitude) }));
  const restaurants = new Map<string, CatalogueRestaurant>();
  for (const p of places!) {
    restaurants.set(p.placeID!, {
      id: p.placeID!, name: p.name!, cuisines: byPlace.get(p.placeID!) ?? [], location: point(p.latitude, p.longitude), priceRange: priceRanges[p.price!],
    });
  }
  for (const r of ratings) if (!restaurants.has(r.placeID)) restaurants.set(r.placeID, { id: r.placeID, name: r.placeID, cuisines: byPlace.get(r.placeID) ?? [] });
  return { ratings, preferences, restaurants: [...restaurants.values()] };
}
