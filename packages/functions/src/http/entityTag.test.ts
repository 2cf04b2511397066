import { describe, expect, it } from 'vitest';
import { entityTag, ifNoneMatchHits, parseIfMatch } from './entityTag';
import { HttpProblem } from './httpProblem';

describe('If-Match', () => {
  it('names a version only by the canonical tag we issue (strong or weak), or any version by *', () => {
    expect(parseIfMatch(undefined)).toBeUndefined();
    expect(parseIfMatch('*')).toBeUndefined();
    expect(parseIfMatch('"1"')).toBe(1);
    expect(parseIfMatch(' W/"42" ')).toBe(42);
    expect(parseIfMatch(entityTag(999_999_999_999_999))).toBe(999_999_999_999_999);
  });

  it.each(['"01"', '"00"', '"0"', '"+1"', '"-1"', '"1.0"', '"1e3"', '" 1"', '1', '"1', 'W/1', 'w/"1"', '"1", "2"', '"١"', '"1000000000000000"', ''])(
    'refuses %j as a malformed header (400 header.if-match)',
    (header) => {
      const error = (() => {
        try {
          parseIfMatch(header);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(HttpProblem);
      expect(error).toMatchObject({ status: 400, options: { errors: [{ path: 'header.if-match' }] } });
    },
  );

  it('If-None-Match compares weakly', () => {
    expect(ifNoneMatchHits('W/"3", "4"', 3)).toBe(true);
    expect(ifNoneMatchHits('"03"', 3)).toBe(false);
  });
});
