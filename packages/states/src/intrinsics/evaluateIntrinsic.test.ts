import { describe, expect, it } from 'vitest';
import { StatesError } from '../errors/statesError';
import { evaluateJsonPath } from '../jsonpath/evaluateJsonPath';
import { checkIntrinsic, evaluateIntrinsic } from './evaluateIntrinsic';
import { isIntrinsic, parseIntrinsic } from './parseIntrinsic';

const input = {
  name: 'Arnav',
  template: 'Hello, my name is {}.',
  escapedJsonString: '{"foo": "bar"}',
  unescapedJson: { foo: 'bar' },
  someJson: { random: 'abcdefg' },
  inputArray: [1, 2, 3, 4, 5, 6, 7, 8, 9],
  dupes: [1, 2, 3, 3, 3, 3, 3, 3, 4],
  index: 5,
  json1: { a: { a1: 1, a2: 2 }, b: 2 },
  json2: { a: { a3: 1, a4: 2 }, c: 3 },
  value1: 111,
  step: -1,
  inputString: 'This.is+a,test=string',
  splitter: '.+,=',
  Data: 'input data',
  Algorithm: 'SHA-1',
};

const run = (expr: string, data: unknown = input) => evaluateIntrinsic(expr, (p) => evaluateJsonPath(p, data));

function failure(expr: string, data: unknown = input): StatesError {
  try {
    run(expr, data);
  } catch (e) {
    if (e instanceof StatesError) return e;
    throw e;
  }
  throw new Error(`expected ${expr} to fail`);
}

describe('intrinsics: the developer guide examples', () => {
  it.each<[string, unknown]>([
    ["States.Format('Hello, my name is {}.', $.name)", 'Hello, my name is Arnav.'],
    ['States.Format($.template, $.name)', 'Hello, my name is Arnav.'],
    ['States.StringToJson($.escapedJsonString)', { foo: 'bar' }],
    ['States.JsonToString($.unescapedJson)', '{"foo":"bar"}'],
    ["States.Array('Foo', 2022, $.someJson, null)", ['Foo', 2022, { random: 'abcdefg' }, null]],
    ['States.ArrayPartition($.inputArray, 4)', [[1, 2, 3, 4], [5, 6, 7, 8], [9]]],
    ['States.ArrayContains($.inputArray, 5)', true],
    ['States.ArrayContains($.inputArray, 10)', false],
    ['States.ArrayRange(1, 9, 2)', [1, 3, 5, 7, 9]],
    ['States.ArrayGetItem($.inputArray, $.index)', 6],
    ['States.ArrayLength($.inputArray)', 9],
    ['States.ArrayUnique($.dupes)', [1, 2, 3, 4]],
    ["States.Base64Encode('Data to encode')", 'RGF0YSB0byBlbmNvZGU='],
    ["States.Base64Decode('RGF0YSB0byBlbmNvZGU=')", 'Data to encode'],
    ['States.Hash($.Data, $.Algorithm)', 'aaff4a450a104cd177d28d18d74485e8cae074b7'],
    ['States.JsonMerge($.json1, $.json2, false)', { a: { a3: 1, a4: 2 }, b: 2, c: 3 }],
    ['States.MathAdd($.value1, $.step)', 110],
    ["States.StringSplit('1,2,3,4,5', ',')", ['1', '2', '3', '4', '5']],
    ['States.StringSplit($.inputString, $.splitter)', ['This', 'is', 'a', 'test', 'string']],
  ])('%s', (expr, expected) => {
    expect(run(expr)).toEqual(expected);
  });
});

describe('intrinsics: details', () => {
  it('formats non-string values like AWS', () => {
    expect(run("States.Format('{} {} {} {} {}', 1, 1.5, true, null, $.unescapedJson)")).toBe('1 1.5 true null {foo=bar}');
    expect(run("States.Format('{}', $.dupes)")).toBe('[1, 2, 3, 3, 3, 3, 3, 3, 4]');
    expect(run("States.Format('Format:{}', 101)")).toBe('Format:101');
  });

  it('keeps escaped braces, quotes and backslashes literal', () => {
    expect(run("States.Format('\\{\\} {} it\\'s a \\\\', 'x')")).toBe("{} x it's a \\");
    expect(run("States.Format('{}, {}', 'a,b', 'c)d')")).toBe('a,b, c)d');
  });

  it('treats {} in a template read from a path as placeholders', () => {
    expect(run('States.Format($.t, 1, 2)', { t: '{}+{}' })).toBe('1+2');
  });

  it('hashes with every algorithm', () => {
    const algs: Record<string, number> = { MD5: 32, 'SHA-1': 40, 'SHA-256': 64, 'SHA-384': 96, 'SHA-512': 128 };
    for (const [alg, len] of Object.entries(algs)) expect(run(`States.Hash('abc', '${alg}')`)).toHaveLength(len);
    expect(run("States.Hash('abc', 'MD5')")).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(run("States.Hash('abc', 'SHA-256')")).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('nests calls and mixes context-like paths (test_nested_calls)', () => {
    const data = { Name: 'my-state-machine-name' };
    expect(
      run('States.ArrayGetItem(States.StringSplit($.Name, \'-\'), States.MathAdd(States.ArrayLength(States.StringSplit($.Name, \'-\')), -1))', data),
    ).toBe('name');
    expect(run("States.JsonMerge(States.StringToJson('{\"constant_in_literal\": \"false\"}'), $.x, false)", { x: { y: 1 } })).toEqual({
      constant_in_literal: 'false',
      y: 1,
    });
  });

  it('builds ranges, including descending ones, up to 1000 items, truncating fractions', () => {
    expect(run('States.ArrayRange(0, 3, 1)')).toEqual([0, 1, 2, 3]);
    expect(run('States.ArrayRange(5, 1, -2)')).toEqual([5, 3, 1]);
    expect(run('States.ArrayRange(3, 3, -1)')).toEqual([3]);
    expect(run('States.ArrayRange(1, 0, 1)')).toEqual([]);
    expect(run('States.ArrayRange(1.6, 1.4, 1)')).toEqual([1]);
    expect(run('States.ArrayRange(5.4, -0.6, -2.4)')).toEqual([5, 3, 1]);
    expect(run('States.ArrayRange(1000, 1, -1)')).toHaveLength(1000);
    expect(run('States.ArrayPartition($.inputArray, 2.6)')).toEqual([[1, 2], [3, 4], [5, 6], [7, 8], [9]]);
  });

  it('rounds MathAdd operands and keeps to 32-bit integers', () => {
    expect(run('States.MathAdd(1.6, 2.7)')).toBe(5);
    expect(run('States.MathAdd(0.1, 0.2)')).toBe(0);
    expect(run('States.MathAdd(2147483646, 1)')).toBe(2147483647);
    expect(run('States.MathAdd(-2147483647, -1)')).toBe(-2147483648);
  });

  it('draws random integers from [start, end), reproducibly with a seed', () => {
    const seen = new Set<unknown>();
    for (let i = 0; i < 200; i++) seen.add(run('States.MathRandom(1, 4)'));
    expect([...seen].sort()).toEqual([1, 2, 3]);
    const seeded = run('States.MathRandom(1, 999, 1234)');
    expect(run('States.MathRandom(1, 999, 1234)')).toBe(seeded);
    for (const seed of [-10, 0, 1, 42]) {
      const v = run(`States.MathRandom(2147483640, 2147483647, ${seed})`) as number;
      expect(v).toBeGreaterThanOrEqual(2147483640);
      expect(v).toBeLessThan(2147483647);
    }
  });

  it('reproduces java.util.Random for seeded draws', () => {
    // new java.util.Random(42).nextInt(10) == 0 and new java.util.Random(0).nextInt(100) == 60.
    expect(run('States.MathRandom(0, 10, 42)')).toBe(0);
    expect(run('States.MathRandom(0, 100, 0)')).toBe(60);
  });

  it('reads array items with truncated indexes (null for an empty array, as observed on AWS)', () => {
    expect(run('States.ArrayGetItem($.inputArray, 1.2)')).toBe(2);
    expect(run('States.ArrayGetItem($.a, 999)', { a: [] })).toBeNull();
  });

  it('hashes non-string data by its JSON text and known digests of hello', () => {
    expect(run("States.Hash('hello', 'MD5')")).toBe('5d41402abc4b2a76b9719d911017c592');
    expect(run("States.Hash('hello', 'SHA-1')")).toBe('aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d');
    expect(run("States.Hash('🚀', 'SHA-256')")).toBe('ebbc0b2870eb323f2b6cffa5c493ceef81ae7eb36afc73d4e0367301631daec5');
    expect(run("States.Hash(123, 'MD5')")).toBe(run("States.Hash('123', 'MD5')"));
  });

  it('splits on newlines and drops empty tokens', () => {
    expect(run("States.StringSplit('', ',')")).toEqual([]);
    expect(run("States.StringSplit('abc', '')")).toEqual(['abc']);
    expect(run("States.StringSplit('Hello\nWorld', '\n')")).toEqual(['Hello', 'World']);
    expect(run("States.StringSplit(',a,,b,', ',')")).toEqual(['a', 'b']);
  });

  it('generates v4 UUIDs', () => {
    const a = run('States.UUID()') as string;
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(run('States.UUID()')).not.toBe(a);
  });

  it('handles empty arrays and unicode in Base64', () => {
    expect(run('States.Array()')).toEqual([]);
    expect(run("States.Base64Decode(States.Base64Encode('héllo ✓'))")).toBe('héllo ✓');
  });
});

describe('intrinsics: failures', () => {
  it.each([
    ["States.Format('{} {}', 'a')"],
    ["States.Format('{}', 'a', 'b')"],
    ['States.Format(1)'],
    ["States.StringToJson('not json')"],
    ['States.ArrayPartition($.inputArray, 0)'],
    ['States.ArrayPartition($.name, 2)'],
    ['States.ArrayGetItem($.inputArray, 9)'],
    ['States.ArrayGetItem($.inputArray, -1)'],
    ['States.ArrayLength($.name)'],
    ['States.ArrayRange(1, 2000, 1)'],
    ['States.ArrayRange(1, 5, 0)'],
    ["States.Hash('x', 'SHA-999')"],
    ["States.Hash('x', 'sha-256')"],
    ["States.Hash('x', 123)"],
    ['States.JsonMerge($.json1, $.json2, true)'],
    ['States.JsonMerge($.json1, $.name, false)'],
    ["States.MathAdd('1', 2)"],
    ['States.MathAdd(3000000000, 1)'],
    ['States.StringSplit(1, 2)'],
    ["States.Base64Decode('%%%')"],
    ['States.ArrayLength()'],
    ['States.UUID(1)'],
    ['States.NoSuchFunction(1)'],
    ["States.Format('\\n {}', 'x')"],
    ['States.ArrayPartition($.inputArray, 0.6)'],
    ['States.ArrayRange(1, 10, 0.49)'],
    ['States.ArrayRange(1, 1001, 1)'],
    ['States.MathAdd(2147483647, 1)'],
    ['States.MathAdd(true, 1)'],
    ['States.MathRandom(1, 1)'],
    ['States.MathRandom(10, 5)'],
    ['States.MathRandom(1.4, 1.6)'],
    ["States.MathRandom(1, 10, 'seed')"],
    ["States.Format('Hello {', $.name)"],
    ["States.Format('}')"],
    ["States.Format('Hello {{}}', $.name)"],
    ["States.Format($.t, 'x')"],
  ])('%s fails with States.Runtime', (expr) => {
    const e = failure(expr, { ...input, t: '{ {}' });
    expect(e.error).toBe('States.Runtime');
    const fn = /^States\.[A-Za-z0-9]+/.exec(expr)![0];
    if (fn !== 'States.NoSuchFunction' && !expr.includes("\\n")) expect(e.cause).toBe(`Invalid arguments in ${fn}`);
  });

  it('parses JSON scalars and treats blank strings as null in StringToJson', () => {
    for (const [text, value] of [['null', null], ['-0', -0], ['1.1', 1.1], ['true', true], ['"HelloWorld"', 'HelloWorld'], ['[1, 2, "HelloWorld"]', [1, 2, 'HelloWorld']], ['', null], [' ', null]] as const) {
      expect(run('States.StringToJson($.s)', { s: text })).toEqual(value);
    }
    expect(run('States.JsonToString($.v)', { v: { Arg1: 1, Arg2: [] } })).toBe('{"Arg1":1,"Arg2":[]}');
    expect(run('States.JsonToString($.v)', { v: null })).toBe('null');
  });

  it('accepts unescaped braces outside States.Format', () => {
    expect(run("States.StringToJson('{\"a\": 1}')")).toEqual({ a: 1 });
  });

  it('rejects inputs longer than 10,000 characters', () => {
    expect(failure('States.Base64Encode($.s)', { s: 'a'.repeat(10_001) }).cause).toBe('Invalid arguments in States.Base64Encode');
    expect(run('States.Base64Encode($.s)', { s: 'a'.repeat(10_000) })).toHaveLength(13_336);
  });
});

describe('parseIntrinsic and checkIntrinsic', () => {
  it('recognises intrinsic calls', () => {
    expect(isIntrinsic("States.Format('x')")).toBe(true);
    expect(isIntrinsic('$.a')).toBe(false);
    expect(isIntrinsic('States.Format')).toBe(false);
    expect(isIntrinsic(3)).toBe(false);
  });

  it('parses path arguments containing brackets, filters and commas', () => {
    const call = parseIntrinsic("States.Array($.a[?(@.b > 1)], $['x,y'], $$.Map.Item.Value, $var[0])");
    expect(call.args).toEqual([
      { kind: 'path', path: '$.a[?(@.b > 1)]' },
      { kind: 'path', path: "$['x,y']" },
      { kind: 'path', path: '$$.Map.Item.Value' },
      { kind: 'path', path: '$var[0]' },
    ]);
  });

  it('reports static problems', () => {
    expect(checkIntrinsic("States.Format('{}', $.a)")).toBeUndefined();
    expect(checkIntrinsic("States.Format('{} {}', $.a)")).toMatch(/placeholder/);
    expect(checkIntrinsic('States.Nope()')).toMatch(/Unsupported/);
    expect(checkIntrinsic('States.ArrayLength($.a, $.b)')).toMatch(/expected 1/);
    expect(checkIntrinsic("States.Array('unterminated)")).toMatch(/unterminated/);
    expect(checkIntrinsic('States.Array(1) trailing')).toMatch(/unexpected/);
  });
});
