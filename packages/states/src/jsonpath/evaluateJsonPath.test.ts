import { describe, expect, it } from 'vitest';
import { evaluateJsonPath, isDefiniteJsonPath, jsonPathExists } from './evaluateJsonPath';
import { JsonPathNotFoundError, JsonPathSyntaxError } from './jsonPathErrors';

// The example document of the "Paths" page of the Step Functions developer guide.
const doc = {
  foo: 123,
  bar: ['a', 'b', 'c'],
  car: { cdr: true },
  jar: [{ a: 1 }, { a: 5 }, { a: 2 }, { a: 7 }, { a: 3 }],
};

function notFound(path: string, data: unknown): string {
  try {
    evaluateJsonPath(path, data);
  } catch (e) {
    if (e instanceof JsonPathNotFoundError) return e.detail;
    throw e;
  }
  throw new Error(`expected ${path} to find nothing`);
}

describe('evaluateJsonPath: the developer guide examples', () => {
  it.each([
    ['$.foo', 123],
    ['$.bar', ['a', 'b', 'c']],
    ['$.car.cdr', true],
    ['$.jar[?(@.a >= 5)]', [{ a: 5 }, { a: 7 }]],
  ])('%s', (path, expected) => {
    expect(evaluateJsonPath(path, doc)).toEqual(expected);
  });

  it('returns the whole document for $', () => {
    expect(evaluateJsonPath('$', doc)).toBe(doc);
  });

  it('slices an InputPath (devguide inputpath_slice)', () => {
    expect(evaluateJsonPath('$.a[0:2]', { a: [1, 2, 3, 4] })).toEqual([1, 2]);
  });
});

describe('evaluateJsonPath: notation', () => {
  const data = { 'a b': 1, 'x.y': 2, "it's": 3, 'delivery-partner': 'ups', list: [10, 20, 30, 40, 50], nested: { deep: [{ v: 1 }, { v: 2 }] } };

  it('reads bracket names with quotes, dots, spaces and escaped quotes', () => {
    expect(evaluateJsonPath("$['a b']", data)).toBe(1);
    expect(evaluateJsonPath('$["x.y"]', data)).toBe(2);
    expect(evaluateJsonPath("$['it\\'s']", data)).toBe(3);
  });

  it('accepts hyphens in dotted names', () => {
    expect(evaluateJsonPath('$.delivery-partner', data)).toBe('ups');
  });

  it('reads indexes, negative indexes and chains', () => {
    expect(evaluateJsonPath('$.list[0]', data)).toBe(10);
    expect(evaluateJsonPath('$.list[-1]', data)).toBe(50);
    expect(evaluateJsonPath('$.nested.deep[1].v', data)).toBe(2);
  });

  it('slices with start, end, negative bounds and steps', () => {
    expect(evaluateJsonPath('$.list[1:3]', data)).toEqual([20, 30]);
    expect(evaluateJsonPath('$.list[:2]', data)).toEqual([10, 20]);
    expect(evaluateJsonPath('$.list[3:]', data)).toEqual([40, 50]);
    expect(evaluateJsonPath('$.list[-2:]', data)).toEqual([40, 50]);
    expect(evaluateJsonPath('$.list[::2]', data)).toEqual([10, 30, 50]);
    expect(evaluateJsonPath('$.list[1:100]', data)).toEqual([20, 30, 40, 50]);
  });

  it('selects several indexes or names', () => {
    expect(evaluateJsonPath('$.list[0,2]', data)).toEqual([10, 30]);
    expect(evaluateJsonPath("$['a b','x.y']", data)).toEqual([{ 'a b': 1, 'x.y': 2 }]);
  });

  it('expands wildcards over arrays and objects', () => {
    expect(evaluateJsonPath('$.list[*]', data)).toEqual([10, 20, 30, 40, 50]);
    expect(evaluateJsonPath('$.nested.deep[*].v', data)).toEqual([1, 2]);
    expect(evaluateJsonPath('$.nested.*', data)).toEqual([[{ v: 1 }, { v: 2 }]]);
  });

  it('deep-scans in document order', () => {
    expect(evaluateJsonPath('$..v', data)).toEqual([1, 2]);
    expect(evaluateJsonPath('$..a', doc)).toEqual([1, 5, 2, 7, 3]);
  });

  it('applies functions', () => {
    expect(evaluateJsonPath('$.list.length()', data)).toBe(5);
    expect(evaluateJsonPath('$.list.sum()', data)).toBe(150);
    expect(evaluateJsonPath('$.list.max()', data)).toBe(50);
    expect(evaluateJsonPath('$.list.avg()', data)).toBe(30);
  });
});

describe('evaluateJsonPath: filters', () => {
  const items = { items: [{ n: 'a', p: 5, tags: ['x'] }, { n: 'b', p: 15 }, { n: 'c', p: 25, ok: true }, 'scalar'] };
  it.each([
    ['$.items[?(@.p > 10)].n', ['b', 'c']],
    ['$.items[?(@.p < 10 || @.p > 20)].n', ['a', 'c']],
    ['$.items[?(@.p > 1 && @.p < 20)].n', ['a', 'b']],
    ["$.items[?(@.n == 'b')].p", [15]],
    ['$.items[?(@.n != "b")].n', ['a', 'c']],
    ['$.items[?(@.ok)].n', ['c']],
    ['$.items[?(!@.ok)].n', ['a', 'b']],
    ["$.items[?(@.n in ['a','c'])].n", ['a', 'c']],
    ["$.items[?(@.n nin ['a','c'])].n", ['b']],
    ['$.items[?(@.n =~ /[ab]/)].n', ['a', 'b']],
    ['$.items[?(@.tags size 1)].n', ['a']],
    ['$.items[?(@.p >= 15)].n', ['b', 'c']],
  ])('%s', (path, expected) => {
    expect(evaluateJsonPath(path, items)).toEqual(expected);
  });

  it('accepts a dot before a bracket, as Jayway does', () => {
    const users = [{ year: 1997, name: 'a' }, { year: 1998, name: 'b' }, { year: 1999, name: 'c' }];
    expect(evaluateJsonPath('$.[?(@.year <= 1998)]', users)).toEqual(users.slice(0, 2));
    expect(evaluateJsonPath('$.[?(@.year < 1999)].name', users)).toEqual(['a', 'b']);
    expect(evaluateJsonPath('$.[0].name', users)).toBe('a');
  });

  it('filters users by status (LocalStack regex_json_path_base template)', () => {
    const input = { users: [{ year: 1997, status: 0 }, { year: 1998, status: 1 }] };
    expect(evaluateJsonPath('$.users[?(@.status == 0)]', input)).toEqual([{ year: 1997, status: 0 }]);
  });

  it('can compare against the root document', () => {
    expect(evaluateJsonPath('$.items[?(@.p > $.min)].n', { ...items, min: 20 })).toEqual(['c']);
  });
});

describe('evaluateJsonPath: definite and indefinite results', () => {
  it('classifies paths as Jayway does', () => {
    expect(isDefiniteJsonPath('$.a.b[0]')).toBe(true);
    expect(isDefiniteJsonPath("$['a']")).toBe(true);
    for (const p of ['$.a[*]', '$.a[0:1]', '$..a', '$.a[?(@.b)]', '$.a[0,1]']) expect(isDefiniteJsonPath(p)).toBe(false);
  });

  it('returns [] for an indefinite path over missing data (wildcard/slice with no input)', () => {
    for (const p of ['$.item.items[*]', '$.item.items[1:5].itemValue', '$.items[*].itemValue', '$[*]', '$.items[:1]']) {
      expect(evaluateJsonPath(p, {})).toEqual([]);
    }
  });

  it("reports a missing leaf with Jayway's text", () => {
    expect(notFound('$.NoSuchInputPath', { 'int-literal': 0 })).toBe("No results for path: $['NoSuchInputPath']");
    expect(notFound('$.a.b', { a: {} })).toBe("No results for path: $['a']['b']");
  });

  it('reports a missing intermediate property', () => {
    expect(notFound('$.a.b', {})).toBe("Missing property in path $['a']");
  });

  it('reports an index out of bounds and a property of a non-object', () => {
    expect(notFound('$.a[3]', { a: [1] })).toBe("No results for path: $['a'][3]");
    expect(notFound('$.a.b', { a: 'text' })).toMatch(/^Expected to find an object with property \['b'\] in path \$\['a'\] but found 'java.lang.String'/);
  });

  it('keeps null values', () => {
    expect(evaluateJsonPath('$.a', { a: null })).toBeNull();
  });

  it('tells whether a path exists (IsPresent)', () => {
    expect(jsonPathExists('$.a', { a: null })).toBe(true);
    expect(jsonPathExists('$.b', { a: null })).toBe(false);
    expect(jsonPathExists('$.a[*]', { a: [] })).toBe(false);
  });

  it('rejects malformed paths', () => {
    for (const p of ['a.b', '$.', '$[', "$['a", '$.a[x]', '$.a.foo()']) {
      expect(() => evaluateJsonPath(p, {})).toThrow(JsonPathSyntaxError);
    }
  });
});
