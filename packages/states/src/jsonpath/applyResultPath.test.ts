import { describe, expect, it } from 'vitest';
import { StatesError } from '../errors/statesError';
import { applyResultPath } from './applyResultPath';

describe('applyResultPath', () => {
  const input = { comment: 'An input', details: 'Default example', who: 'AWS Step Functions' };

  it('replaces the input with the result by default and for $', () => {
    expect(applyResultPath(input, 'Hello', undefined)).toBe('Hello');
    expect(applyResultPath(input, 'Hello', '$')).toBe('Hello');
  });

  it('discards the result for null', () => {
    expect(applyResultPath(input, 'Hello', null)).toBe(input);
  });

  it('adds the result under a new key (developer guide example)', () => {
    expect(applyResultPath(input, 'Hello, AWS Step Functions!', '$.taskresult')).toEqual({ ...input, taskresult: 'Hello, AWS Step Functions!' });
  });

  it('creates missing intermediate objects and overwrites existing keys', () => {
    expect(applyResultPath({ a: 1 }, 5, '$.b.c')).toEqual({ a: 1, b: { c: 5 } });
    expect(applyResultPath({ a: { x: 1, y: 2 } }, 5, '$.a.x')).toEqual({ a: { x: 5, y: 2 } });
    expect(applyResultPath({ a: 1 }, { r: 1 }, "$['a']")).toEqual({ a: { r: 1 } });
  });

  it('does not mutate the input', () => {
    const original = { a: { b: 1 } };
    applyResultPath(original, 2, '$.a.c');
    expect(original).toEqual({ a: { b: 1 } });
  });

  it('sets an existing array element', () => {
    expect(applyResultPath({ a: [1, 2] }, 9, '$.a[1]')).toEqual({ a: [1, 9] });
  });

  it('fails with States.ResultPathMatchFailure when the input is not an object', () => {
    const attempt = (inp: unknown, path: string) => {
      try {
        applyResultPath(inp, 1, path);
      } catch (e) {
        return e as StatesError;
      }
      throw new Error('expected a failure');
    };
    const e = attempt('{"min_size":10000}', '$.partitioned');
    expect(e.error).toBe('States.ResultPathMatchFailure');
    expect(e.cause).toBe('Unable to apply ReferencePath $.partitioned to input "{\\"min_size\\":10000}"');
    expect(attempt([1, 2], '$.x').error).toBe('States.ResultPathMatchFailure');
    expect(attempt({ a: 'text' }, '$.a.b').cause).toBe('Unable to apply ReferencePath $.a.b to input {"a":"text"}');
  });

  it('rejects paths that are not reference paths', () => {
    expect(() => applyResultPath({}, 1, '$.a[*]')).toThrow(StatesError);
  });
});
