import { describe, expect, it } from 'vitest';
import { compilePattern } from './compilePattern';
import { PatternError } from './patternError';
import { validatePattern } from './validatePattern';

const errorOf = (pattern: unknown) => {
  const v = validatePattern(pattern);
  return v.valid ? undefined : v.error;
};

describe('validatePattern: structure', () => {
  it('accepts the documented patterns', () => {
    for (const p of [
      '{"source":["aws.ec2"],"detail":{"state":["terminated"]}}',
      '{"detail":{"c-count":[{"numeric":[">",0,"<=",5]}],"x-limit":[{"numeric":["=",3.018e2]}]}}',
      '{"detail":{"$or":[{"c-count":[{"numeric":[">",0]}]},{"d-count":[{"numeric":["<",10]}]}]}}',
      '{"UserID":[null],"LastName":[""],"x":[true]}',
    ]) {
      expect(validatePattern(p)).toEqual({ valid: true });
    }
  });

  it.each([
    ['[]', 'Filter is not an object'],
    ['{}', 'Empty objects are not allowed'],
    ['{"a":{}}', 'Empty objects are not allowed'],
    ['{"a":"x"}', '"a" must be an object or an array'],
    ['{"a":[]}', 'Empty arrays are not allowed'],
    ['{"a":[["x"]]}', 'Match value must be String, number, true, false, or null'],
    ['{"a":[{}]}', 'Match expression name not found'],
    ['{"a":[{"regex":"x"}]}', 'Unrecognized match type regex'],
    ['{"a":["x"', 'Invalid JSON'],
  ])('%s is refused: %s', (pattern, message) => {
    expect(errorOf(pattern)).toContain(message);
  });

  it('compilePattern throws a PatternError with the same message', () => {
    expect(() => compilePattern('{"a":[]}')).toThrow(PatternError);
    expect(() => compilePattern('{"a":[]}')).toThrow('Empty arrays are not allowed');
  });

  it('accepts parsed objects and refuses values that are not JSON', () => {
    expect(validatePattern({ a: ['x'] })).toEqual({ valid: true });
    expect(errorOf({ a: [Number.NaN] })).toContain('Invalid JSON');
  });
});

describe('validatePattern: $or', () => {
  it.each([
    ['{"$or":{"a":["x"]}}', 'It must be an Array followed with $or.'],
    ['{"$or":[{"a":["x"]}]}', 'There must have at least 2 Objects in $or relationship.'],
    ['{"$or":[{"a":["x"]},"b"]}', 'Only JSON object is allowed in array of $or relationship.'],
    ['{"$or":[{"numeric":["x"]},{"b":["y"]}]}', 'numeric is Ruler reserved fieldName which cannot be used inside $or.'],
  ])('%s is refused', (pattern, message) => {
    expect(errorOf(pattern)).toBe(message);
  });

  it('refuses more than 1000 combinations, as the docs say', () => {
    const or10 = (k: string) => `"$or":[${Array.from({ length: 10 }, (_, i) => `{"${k}${i}":["x"]}`).join(',')}]`;
    const thousand = `{"a":{${or10('a')}},"b":{${or10('b')}},"c":{${or10('c')}}}`;
    expect(validatePattern(thousand)).toEqual({ valid: true });
    const more = `{"a":{${or10('a')}},"b":{${or10('b')}},"c":{${or10('c')}},"$or":[{"d":["1"]},{"e":["2"]}]}`;
    expect(errorOf(more)).toContain('1000');
  });
});

describe('validatePattern: operators', () => {
  it.each([
    ['{"a":[{"prefix":3}]}', 'prefix match pattern must be a string'],
    ['{"a":[{"prefix":"x","suffix":"y"}]}', 'Only one key allowed in match expression'],
    ['{"a":[{"prefix":{"wildcard":"x"}}]}', 'Unsupported prefix pattern: wildcard'],
    ['{"a":[{"suffix":{"equals-ignore-case":5}}]}', 'equals-ignore-case match pattern must be a string'],
    ['{"a":[{"equals-ignore-case":["x"]}]}', 'equals-ignore-case match pattern must be a string'],
    ['{"a":[{"exists":"true"}]}', 'exists match pattern must be either true or false.'],
    ['{"a":[{"exactly":1}]}', 'exact match pattern must be a string'],
    ['{"a":[{"wildcard":"a**b"}]}', 'Consecutive wildcard characters at pos 2'],
    ['{"a":[{"wildcard":"a\\\\b"}]}', 'Invalid escape character at pos 2'],
    ['{"a":[{"wildcard":"é**"}]}', 'Consecutive wildcard characters at pos 3'],
  ])('%s: %s', (pattern, message) => {
    expect(errorOf(pattern)).toBe(message);
  });

  it('accepts escaped wildcards and a lone star', () => {
    expect(validatePattern('{"a":[{"wildcard":"a\\\\**"}]}')).toEqual({ valid: true });
    expect(validatePattern('{"a":[{"wildcard":"*"}]}')).toEqual({ valid: true });
  });
});

describe('validatePattern: numeric', () => {
  it.each([
    ['{"x":[{"numeric":"> 1"}]}', 'Value of numeric must be an array.'],
    ['{"x":[{"numeric":[]}]}', 'Invalid member in numeric match: ]'],
    ['{"x":[{"numeric":["!=",1]}]}', 'Unrecognized numeric range operator: !='],
    ['{"x":[{"numeric":["=","1"]}]}', 'Value of equals must be numeric'],
    ['{"x":[{"numeric":["<",1,">",0]}]}', 'Too many elements in numeric expression'],
    ['{"x":[{"numeric":[">",0,">",5]}]}', 'Bad numeric range operator: >'],
    ['{"x":[{"numeric":[">",5,"<",5]}]}', 'Bottom must be less than top'],
    ['{"x":[{"numeric":[">=",6,"<=",5]}]}', 'Bottom must be less than top'],
    ['{"x":[{"numeric":[">",0,"<",5,"x"]}]}', 'Too many terms in numeric range expression'],
    ['{"x":[{"numeric":["=",2e400]}]}', 'Cannot compare number : 2e400'],
    ['{"x":[{"numeric":["=",1e-400]}]}', 'Cannot compare number : 1e-400'],
    ['{"x":[{"numeric":["=",1.00000000000000000001]}]}', 'Cannot compare number : 1.00000000000000000001'],
    ['{"x":[{"numeric":[">",0]},"y"],"z":[{"numeric":["<",1],"k":1}]}', 'Too many elements in numeric expression'],
  ])('%s: %s', (pattern, message) => {
    expect(errorOf(pattern)).toBe(message);
  });

  it('accepts numbers beyond ±5e9 and subnormal ones that a double holds exactly', () => {
    expect(validatePattern('{"x":[{"numeric":[">",-1e15,"<",1e300]}]}')).toEqual({ valid: true });
    expect(validatePattern('{"x":[{"numeric":["=",1E-320]}]}')).toEqual({ valid: true });
  });

  it('an exact number that cannot be compared is still a valid exact value', () => {
    expect(validatePattern('{"account":[123456789012345678901234567890]}')).toEqual({ valid: true });
  });
});

describe('validatePattern: anything-but', () => {
  it.each([
    ['{"a":[{"anything-but":["x",1]}]}', 'Inside anything but list, either all values are number or string, mixed type is not supported'],
    ['{"a":[{"anything-but":[]}]}', 'Inside anything but list, either all values are number or string, mixed type is not supported'],
    ['{"a":[{"anything-but":[null]}]}', 'Inside anything but list, start|null|boolean is not supported.'],
    ['{"a":[{"anything-but":true}]}', 'Value of anything-but must be an array or single string/number value.'],
    ['{"a":[{"anything-but":{"numeric":[">",1]}}]}', 'Unsupported anything-but pattern: numeric'],
    ['{"a":[{"anything-but":{}}]}', 'Anything-But expression name not found'],
    ['{"a":[{"anything-but":{"prefix":""}}]}', 'Null prefix/suffix not allowed'],
    ['{"a":[{"anything-but":{"suffix":[1]}}]}', 'prefix/suffix match pattern must be a string'],
    ['{"a":[{"anything-but":{"wildcard":"a**"}}]}', 'Consecutive wildcard characters at pos 2'],
    ['{"a":[{"anything-but":{"equals-ignore-case":[1]}}]}', 'Inside anything-but/ignore-case list, number|start|null|boolean is not supported.'],
    ['{"a":[{"anything-but":"x","prefix":"y"}]}', 'Too many elements in numeric expression'],
  ])('%s: %s', (pattern, message) => {
    expect(errorOf(pattern)).toBe(message);
  });

  it('accepts prefix, suffix, wildcard and equals-ignore-case forms with single values or lists', () => {
    for (const p of [
      '{"a":[{"anything-but":{"prefix":"init"}}]}',
      '{"a":[{"anything-but":{"suffix":["a","b"]}}]}',
      '{"a":[{"anything-but":{"wildcard":["*a","b*"]}}]}',
      '{"a":[{"anything-but":{"equals-ignore-case":""}}]}',
    ]) {
      expect(validatePattern(p)).toEqual({ valid: true });
    }
  });
});

describe('validatePattern: cidr', () => {
  it.each([
    ['{"a":[{"cidr":"10.0.0.0"}]}', "Malformed CIDR, one '/' required"],
    ['{"a":[{"cidr":"10.0.0.0/x"}]}', 'Malformed CIDR, mask bits must be an integer'],
    ['{"a":[{"cidr":"10.0.0.0/-1"}]}', 'Malformed CIDR, mask bits must not be negative'],
    ['{"a":[{"cidr":"10.0.0.0/32"}]}', 'IPv4 mask bits must be < 32'],
    ['{"a":[{"cidr":"::/128"}]}', 'IPv6 mask bits must be < 128'],
    ['{"a":[{"cidr":"10.0.0.256/8"}]}', 'Invalid IP address: 10.0.0.256'],
    ['{"a":[{"cidr":"example.com/8"}]}', 'Nonstandard IP address: example.com'],
    ['{"a":[{"cidr":5}]}', 'prefix match pattern must be a string'],
  ])('%s: %s', (pattern, message) => {
    expect(errorOf(pattern)).toBe(message);
  });

  it('accepts IPv4 and IPv6 blocks', () => {
    expect(validatePattern('{"a":[{"cidr":"10.0.0.0/31"}]}')).toEqual({ valid: true });
    expect(validatePattern('{"a":[{"cidr":"2001:db8::/32"}]}')).toEqual({ valid: true });
  });
});
