import { describe, expect, it } from 'vitest';
import { viewKeyLimits } from './boundedKey';
import { decodeViewCursor, encodeViewCursor, InvalidCursorError } from './viewCursor';

const lisbon = 'restaurantsByCity#city#lisbon';
const porto = 'restaurantsByCity#city#porto';
const position = { sort: 'tasca nova#restaurant-01JH0000000000000000000001', stream: 'restaurant-01JH0000000000000000000001' };

describe('view cursors', () => {
  it('round-trip a position within the partition they were issued for, URL-safe and short', () => {
    const cursor = encodeViewCursor(lisbon, position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16}$/);
    expect(cursor.length).toBeLessThan(160);
    expect(decodeViewCursor(lisbon, cursor)).toEqual(position);
  });

  it('refuse a cursor of another partition (another city, index or projection)', () => {
    const cursor = encodeViewCursor(lisbon, position);
    for (const partition of [porto, 'restaurantsByCity#cuisine#lisbon', 'otherProjection#city#lisbon']) {
      expect(() => decodeViewCursor(partition, cursor)).toThrow(InvalidCursorError);
    }
  });

  it('refuse an edited cursor, and garbage', () => {
    const cursor = encodeViewCursor(lisbon, position);
    const flipped = `${cursor[0] === 'A' ? 'B' : 'A'}${cursor.slice(1)}`;
    for (const bad of [flipped, cursor.slice(0, -1), `${cursor}=`, cursor.replace('.', '..'), 'bm9wZQ', '', '.', `${'A'.repeat(5000)}.${'A'.repeat(16)}`]) {
      expect(() => decodeViewCursor(lisbon, bad), bad.slice(0, 40)).toThrow(InvalidCursorError);
    }
  });

  it('refuse positions DynamoDB would refuse even when the tag is right (empty strings, other types, over-long keys)', () => {
    const forged = [
      { sort: '', stream: position.stream },
      { sort: position.sort, stream: '' },
      { sort: 7, stream: position.stream },
      { sort: position.sort, stream: { S: 'x' } },
      { sort: 'x'.repeat(viewKeyLimits.sortKeyBytes + 1), stream: position.stream },
      { sort: 'é'.repeat(viewKeyLimits.sortKeyBytes / 2 + 1), stream: position.stream },
      { sort: position.sort, stream: 'restaurant with spaces' },
    ] as unknown as { sort: string; stream: string }[];
    for (const bad of forged) {
      expect(() => decodeViewCursor(lisbon, encodeViewCursor(lisbon, bad)), JSON.stringify(bad).slice(0, 60)).toThrow(InvalidCursorError);
    }
  });
});
