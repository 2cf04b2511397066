import { restaurantListedSchema, type RestaurantListedData } from '@forkcast/events';
import type { ImportIssue } from './importIssue';
import { decodeSourceText } from './sourceText';
import { knownCityNames } from './knownCityNames';
import { restoreLostLetters } from './restoreLostLetters';
import { zomatoSource, type ZomatoColumn, type ZomatoRecord } from './zomatoColumns';

export type ImportedRestaurant = RestaurantListedData & { source: string; externalId: string };

export type ZomatoRowResult =
  | { ok: true; externalId: string; restaurant: ImportedRestaurant; issues: ImportIssue[] }
  | { ok: false; externalId?: string; issues: ImportIssue[] };

const maxCuisines = 30;

/**
 * One Zomato record → the payload of an ImportRestaurant command, or a rejection. Pure.
 *
 * Policy (reported per field, with the record's line):
 * - rejected: missing/invalid id, name, city or address; coordinates that are not numbers, out of
 *   range, or exactly 0,0 ("Null Island": the list's placeholder for "unknown"; a restaurant
 *   without a place cannot be listed, so the row waits for a corrected file); price range not an
 *   integer 1-4 (required, and nothing in the row says which it should be);
 * - repaired: mojibake (see sourceText.ts; a city whose letters were lost is restored from
 *   knownCityNames.ts when exactly one known name fits); missing cuisine → empty list; an invalid cost, rating,
 *   votes or yes/no flag → that optional field is left out.
 */
export function parseZomatoRecord(record: ZomatoRecord, line: number): ZomatoRowResult {
  const issues: ImportIssue[] = [];
  const reject = (field: string, code: string, message: string, original?: string) =>
    issues.push({ line, field, action: 'rejected', code, message, ...(original !== undefined ? { original } : {}) });
  const repair = (field: string, code: string, message: string, original: string | undefined, repairedTo: unknown) =>
    issues.push({ line, field, action: 'repaired', code, message, ...(original !== undefined ? { original } : {}), repairedTo });

  const text = (column: ZomatoColumn, knownNames?: readonly string[]): string => {
    const raw = record[column] ?? '';
    const decoded = decodeSourceText(raw);
    const value = decoded.text.replace(/\s+/g, ' ').trim();
    const restored = decoded.lossy && knownNames ? restoreLostLetters(value, knownNames) : undefined;
    if (restored !== undefined) {
      repair(column, 'text.mojibake-restored', 'text was mis-encoded with letters lost; restored from the list of known names', raw, restored);
      return restored;
    }
    if (decoded.repaired) {
      repair(column, decoded.lossy ? 'text.mojibake-lossy' : 'text.mojibake',
        decoded.lossy ? 'text was mis-encoded and some characters could not be recovered (shown as �)' : 'text was mis-encoded; re-decoded',
        raw, value);
    }
    return value;
  };

  const externalId = text('Restaurant ID');
  if (externalId === '') reject('Restaurant ID', 'id.missing', 'the restaurant has no id');
  else if (!/^[A-Za-z0-9._-]{1,100}$/.test(externalId)) reject('Restaurant ID', 'id.invalid', 'the id is not a plain token', externalId);

  const name = required(text('Restaurant Name'), 'Restaurant Name', 'name.missing', 'the restaurant has no name');
  const city = required(text('City', knownCityNames), 'City', 'city.missing', 'the restaurant has no city');
  const address = required(text('Address'), 'Address', 'address.missing', 'the restaurant has no address');
  const locality = text('Locality');
  const location = parseLocation(record, reject);
  const priceRange = parsePriceRange(record['Price range'], reject);

  const cuisineText = text('Cuisines');
  let cuisines = [...new Set(cuisineText.split(',').map((c) => c.trim()).filter(Boolean))];
  if (cuisines.length === 0) repair('Cuisines', 'cuisines.missing', 'no cuisine given; imported with none', record.Cuisines, []);
  if (cuisines.length > maxCuisines) {
    repair('Cuisines', 'cuisines.too-many', `more than ${maxCuisines} cuisines; kept the first ${maxCuisines}`, cuisineText, cuisines.slice(0, maxCuisines));
    cuisines = cuisines.slice(0, maxCuisines);
  }

  const averageCostForTwo = parseCost(text('Average Cost for two'), text('Currency'), repair);
  const sourceRating = parseRating(record['Aggregate rating'], record.Votes, repair);
  const hasTableBooking = parseFlag('Has Table booking', record['Has Table booking'], repair);
  const hasOnlineDelivery = parseFlag('Has Online delivery', record['Has Online delivery'], repair);

  if (issues.some((i) => i.action === 'rejected')) return { ok: false, ...(externalId ? { externalId } : {}), issues };

  const candidate = {
    name, location: location!, address, city, cuisines, priceRange: priceRange!,
    ...(locality ? { locality } : {}),
    ...(averageCostForTwo ? { averageCostForTwo } : {}),
    ...(hasTableBooking !== undefined ? { hasTableBooking } : {}),
    ...(hasOnlineDelivery !== undefined ? { hasOnlineDelivery } : {}),
    ...(sourceRating ? { sourceRating } : {}),
    source: zomatoSource,
    externalId,
  };
  // Last line of defence: whatever the event schema would refuse (lengths, formats) rejects the row here.
  const checked = restaurantListedSchema.safeParse(candidate);
  if (!checked.success) {
    for (const issue of checked.error.issues) reject(issue.path.join('.') || 'row', 'schema.invalid', issue.message);
    return { ok: false, externalId, issues };
  }
  return { ok: true, externalId, restaurant: checked.data as ImportedRestaurant, issues };

  function required(value: string, field: string, code: string, message: string): string {
    if (value === '') reject(field, code, message);
    return value;
  }
}

type Report = (field: string, code: string, message: string, original?: string) => void;
type Repair = (field: string, code: string, message: string, original: string | undefined, repairedTo: unknown) => void;

function parseLocation(record: ZomatoRecord, reject: Report): { lat: number; lon: number } | undefined {
  const latText = (record.Latitude ?? '').trim();
  const lonText = (record.Longitude ?? '').trim();
  const lat = strictNumber(latText);
  const lon = strictNumber(lonText);
  if (lat === undefined || lon === undefined) {
    reject(lat === undefined ? 'Latitude' : 'Longitude', 'location.not-a-number', 'the coordinate is missing or not a number', lat === undefined ? latText : lonText);
    return undefined;
  }
  if (lat === 0 && lon === 0) {
    reject('Latitude', 'location.null-island', 'coordinates are 0,0 (unknown location); the row is not imported', `${latText},${lonText}`);
    return undefined;
  }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    reject(Math.abs(lat) > 90 ? 'Latitude' : 'Longitude', 'location.out-of-range', 'latitude must be within ±90 and longitude within ±180', `${latText},${lonText}`);
    return undefined;
  }
  return { lat, lon };
}

function parsePriceRange(raw: string | undefined, reject: Report): number | undefined {
  const value = strictNumber((raw ?? '').trim());
  if (value === undefined || !Number.isInteger(value) || value < 1 || value > 4) {
    reject('Price range', 'priceRange.invalid', 'the price range must be an integer from 1 to 4', raw ?? '');
    return undefined;
  }
  return value;
}

function parseCost(amountText: string, currency: string, repair: Repair): { amount: number; currency: string } | undefined {
  if (amountText === '') return undefined;
  const amount = strictNumber(amountText);
  if (amount === undefined || amount < 0) {
    repair('Average Cost for two', 'cost.invalid', 'the cost is not a non-negative number; left out', amountText, null);
    return undefined;
  }
  if (currency === '') {
    repair('Currency', 'cost.no-currency', 'a cost without a currency means nothing; left out', amountText, null);
    return undefined;
  }
  return { amount, currency };
}

function parseRating(ratingText: string | undefined, votesText: string | undefined, repair: Repair): { aggregate: number; votes: number } | undefined {
  const aggregate = strictNumber((ratingText ?? '').trim());
  const votes = strictNumber((votesText ?? '').trim());
  if (aggregate === undefined || aggregate < 0 || aggregate > 5) {
    repair('Aggregate rating', 'rating.invalid', 'the rating is not a number from 0 to 5; left out', ratingText ?? '', null);
    return undefined;
  }
  if (votes === undefined || votes < 0 || !Number.isInteger(votes)) {
    repair('Votes', 'votes.invalid', 'the votes are not a non-negative integer; rating left out', votesText ?? '', null);
    return undefined;
  }
  // Zomato writes "Not rated" as 0 with 0 votes: that is no rating, not a rating of 0.
  return votes === 0 ? undefined : { aggregate, votes };
}

function parseFlag(column: ZomatoColumn, raw: string | undefined, repair: Repair): boolean | undefined {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === 'yes') return true;
  if (value === 'no') return false;
  if (value !== '') repair(column, 'flag.invalid', 'expected Yes or No; left out', raw, null);
  return undefined;
}

/** A finite decimal number written plainly ("12", "-3.5"); not "", "1e3", "0x10" or "12abc". */
function strictNumber(text: string): number | undefined {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}
