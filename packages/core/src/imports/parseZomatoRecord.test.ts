import { describe, expect, it } from 'vitest';
import { parseZomatoRecord } from './parseZomatoRecord';
import type { ZomatoRecord } from './zomatoColumns';
import { DuplicateIds } from './duplicateIds';

/** A clean record as the runner hands it over (values are byte strings: latin1 of the file's bytes). */
function record(overrides: ZomatoRecord = {}): ZomatoRecord {
  return {
    'Restaurant ID': '6317637', 'Restaurant Name': 'Le Petit Souffle', 'Country Code': '162', City: 'Makati City',
    Address: 'Third Floor, Century City Mall', Locality: 'Poblacion', 'Locality Verbose': 'Poblacion, Makati City',
    Longitude: '121.027535', Latitude: '14.565443', Cuisines: 'French, Japanese, Desserts', 'Average Cost for two': '1100',
    Currency: 'Botswana Pula(P)', 'Has Table booking': 'Yes', 'Has Online delivery': 'No', 'Is delivering now': 'No',
    'Switch to order menu': 'No', 'Price range': '3', 'Aggregate rating': '4.8', 'Rating color': 'Dark Green',
    'Rating text': 'Excellent', Votes: '314', ...overrides,
  };
}

const bytes = (s: string) => Buffer.from(s, 'utf8').toString('latin1');

describe('parseZomatoRecord', () => {
  it('turns a clean row into an ImportRestaurant payload with no issues', () => {
    const result = parseZomatoRecord(record(), 2);
    expect(result).toEqual({
      ok: true, externalId: '6317637', issues: [],
      restaurant: {
        name: 'Le Petit Souffle', location: { lat: 14.565443, lon: 121.027535 }, address: 'Third Floor, Century City Mall',
        city: 'Makati City', locality: 'Poblacion', cuisines: ['French', 'Japanese', 'Desserts'], priceRange: 3,
        averageCostForTwo: { amount: 1100, currency: 'Botswana Pula(P)' }, hasTableBooking: true, hasOnlineDelivery: false,
        sourceRating: { aggregate: 4.8, votes: 314 }, source: 'zomato', externalId: '6317637',
      },
    });
  });

  it('decodes UTF-8 text as is', () => {
    const result = parseZomatoRecord(record({ 'Restaurant Name': bytes('Café Zoë') }), 2);
    expect(result.ok && result.restaurant.name).toBe('Café Zoë');
    expect(result.issues).toEqual([]);
  });

  it.each([
    ['Latitude', { Latitude: '0', Longitude: '0' }, 'location.null-island'],
    ['Latitude', { Latitude: '0.000000', Longitude: '0.0' }, 'location.null-island'],
    ['Latitude', { Latitude: '91', Longitude: '10' }, 'location.out-of-range'],
    ['Longitude', { Latitude: '10', Longitude: '-180.5' }, 'location.out-of-range'],
    ['Latitude', { Latitude: 'north', Longitude: '10' }, 'location.not-a-number'],
    ['Price range', { 'Price range': '5' }, 'priceRange.invalid'],
    ['Price range', { 'Price range': '0' }, 'priceRange.invalid'],
    ['Price range', { 'Price range': '2.5' }, 'priceRange.invalid'],
    ['Restaurant ID', { 'Restaurant ID': ' ' }, 'id.missing'],
    ['Restaurant Name', { 'Restaurant Name': '' }, 'name.missing'],
    ['City', { City: '' }, 'city.missing'],
    ['Address', { Address: '' }, 'address.missing'],
  ])('rejects the row: %s %j → %s', (field, overrides, code) => {
    const result = parseZomatoRecord(record(overrides as ZomatoRecord), 7);
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(expect.objectContaining({ line: 7, field, action: 'rejected', code }));
  });

  it('keeps a coordinate of exactly 0 on one axis (the equator and the meridian are real places)', () => {
    const result = parseZomatoRecord(record({ Latitude: '0', Longitude: '32.58' }), 2);
    expect(result.ok && result.restaurant.location).toEqual({ lat: 0, lon: 32.58 });
  });

  it('repairs a missing cuisine to an empty list and reports it', () => {
    const result = parseZomatoRecord(record({ Cuisines: '' }), 9);
    expect(result.ok && result.restaurant.cuisines).toEqual([]);
    expect(result.issues).toEqual([expect.objectContaining({ line: 9, field: 'Cuisines', action: 'repaired', code: 'cuisines.missing', repairedTo: [] })]);
  });

  it.each([
    ['Average Cost for two', { 'Average Cost for two': '-10' }, 'cost.invalid', 'averageCostForTwo'],
    ['Average Cost for two', { 'Average Cost for two': 'cheap' }, 'cost.invalid', 'averageCostForTwo'],
    ['Votes', { Votes: 'many' }, 'votes.invalid', 'sourceRating'],
    ['Votes', { Votes: '-3' }, 'votes.invalid', 'sourceRating'],
    ['Aggregate rating', { 'Aggregate rating': 'great' }, 'rating.invalid', 'sourceRating'],
    ['Aggregate rating', { 'Aggregate rating': '7.5' }, 'rating.invalid', 'sourceRating'],
    ['Has Table booking', { 'Has Table booking': 'maybe' }, 'flag.invalid', 'hasTableBooking'],
  ])('repairs a bad number by leaving the field out: %s %j', (field, overrides, code, key) => {
    const result = parseZomatoRecord(record(overrides as ZomatoRecord), 4);
    expect(result.ok).toBe(true);
    expect(result.ok && key in result.restaurant).toBe(false);
    expect(result.issues).toEqual([expect.objectContaining({ line: 4, field, action: 'repaired', code })]);
  });

  it('treats "Not rated" (0 with 0 votes) as no rating, silently', () => {
    const result = parseZomatoRecord(record({ 'Aggregate rating': '0', Votes: '0', 'Rating text': 'Not rated' }), 2);
    expect(result.ok && result.restaurant.sourceRating).toBeUndefined();
    expect(result.issues).toEqual([]);
  });

  it('repairs the export mojibake exactly and reports the original bytes', () => {
    // Bytes as they are in the Zomato file for "Café" and "São Paulo".
    const result = parseZomatoRecord(record({ 'Restaurant Name': 'Caf\xed\xa9 Daniel', City: 'S\xed\xa3o Paulo' }), 3);
    expect(result.ok && result.restaurant.name).toBe('Café Daniel');
    expect(result.ok && result.restaurant.city).toBe('São Paulo');
    expect(result.issues).toEqual([
      expect.objectContaining({ line: 3, field: 'Restaurant Name', action: 'repaired', code: 'text.mojibake', original: 'Caf\xed\xa9 Daniel', repairedTo: 'Café Daniel' }),
      expect.objectContaining({ line: 3, field: 'City', action: 'repaired', code: 'text.mojibake', repairedTo: 'São Paulo' }),
    ]);
  });

  it('marks text whose letters the export lost as lossy, with U+FFFD in their place', () => {
    const result = parseZomatoRecord(record({ Locality: 'Rep\xed_blica' }), 5);
    expect(result.ok && result.restaurant.locality).toBe('Rep\ufffdblica');
    expect(result.issues).toEqual([expect.objectContaining({ field: 'Locality', code: 'text.mojibake-lossy', original: 'Rep\xed_blica' })]);
  });

  it('restores a lossy city from the known names, so the by-city view can find it', () => {
    const result = parseZomatoRecord(record({ City: 'Bras\xed_lia' }), 5);
    expect(result.ok && result.restaurant.city).toBe('Brasília');
    expect(result.issues).toEqual([expect.objectContaining({ field: 'City', code: 'text.mojibake-restored', original: 'Bras\xed_lia', repairedTo: 'Brasília' })]);
  });

  it('reports every problem of a row, not only the first', () => {
    const result = parseZomatoRecord(record({ Latitude: '0', Longitude: '0', 'Price range': '9', Cuisines: '' }), 12);
    expect(result.issues.map((i) => i.code).sort()).toEqual(['cuisines.missing', 'location.null-island', 'priceRange.invalid']);
  });
});

describe('DuplicateIds', () => {
  it('rejects a repeated id with the line of the first', () => {
    const ids = new DuplicateIds();
    expect(ids.check('42', 2)).toBeUndefined();
    expect(ids.check('43', 3)).toBeUndefined();
    expect(ids.check('42', 9)).toEqual(expect.objectContaining({ line: 9, field: 'Restaurant ID', action: 'rejected', code: 'id.duplicate', message: expect.stringContaining('line 2') }));
  });
});
