import { describe, expect, it } from 'vitest';
import { boundedKey } from './boundedKey';

describe('boundedKey', () => {
  it('keeps a key that fits as it is', () => {
    expect(boundedKey('restaurantsByCity#city#lisbon', 64)).toBe('restaurantsByCity#city#lisbon');
    expect(boundedKey('é'.repeat(32), 64)).toBe('é'.repeat(32));
  });

  it('cuts a long key to a readable prefix and a digest within the byte budget, never splitting a character', () => {
    for (const unit of ['a', 'é', '\u0635', '東', '😀']) {
      const key = boundedKey(unit.repeat(500), 100);
      expect(Buffer.byteLength(key)).toBeLessThanOrEqual(100);
      expect(key).toMatch(/~[A-Za-z0-9_-]{22}$/);
      expect(key.startsWith(unit.repeat(3))).toBe(true);
      expect(key).not.toMatch(/\p{Cs}/u);
    }
  });

  it('is deterministic, and tells long keys with the same prefix apart', () => {
    const long = 'x'.repeat(300);
    expect(boundedKey(`${long}#a`, 100)).toBe(boundedKey(`${long}#a`, 100));
    expect(boundedKey(`${long}#a`, 100)).not.toBe(boundedKey(`${long}#b`, 100));
  });
});
