import { describe, expect, it } from 'vitest';
import { compilePattern } from './compilePattern';
import { matchesPattern } from './matchesPattern';
import { PatternSet } from './patternSet';

/** pattern and event as JSON text, so number spellings reach the matcher untouched */
const m = (pattern: string, event: string) => matchesPattern(pattern, event);

const ec2Event = {
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '111122223333',
  time: '2017-12-22T18:43:48Z',
  region: 'us-west-1',
  resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
  detail: { 'instance-id': 'i-1234567890abcdef0', state: 'terminated' },
};

describe('exact values', () => {
  it('matches the documented EC2 termination pattern and ignores fields it does not name', () => {
    const pattern = {
      source: ['aws.ec2'],
      'detail-type': ['EC2 Instance State-change Notification'],
      detail: { state: ['terminated'] },
    };
    expect(matchesPattern(pattern, ec2Event)).toBe(true);
    expect(matchesPattern({ ...pattern, detail: { state: ['running'] } }, ec2Event)).toBe(false);
  });

  it('any value in the pattern array may match', () => {
    expect(m('{"source":["aws.ec2","aws.fargate"]}', '{"source":"aws.fargate"}')).toBe(true);
    expect(m('{"source":["aws.ec2","aws.fargate"]}', '{"source":"aws.s3"}')).toBe(false);
  });

  it('requires every named field, with the same nesting', () => {
    expect(m('{"detail":{"state":["x"]}}', '{"state":"x"}')).toBe(false);
    expect(m('{"a":["x"],"b":["y"]}', '{"a":"x"}')).toBe(false);
  });

  it('compares strings exactly, without case folding', () => {
    expect(m('{"a":["Alice"]}', '{"a":"alice"}')).toBe(false);
  });

  it('compares numbers by value, whatever their spelling', () => {
    expect(m('{"x":[300]}', '{"x":3.0e2}')).toBe(true);
    expect(m('{"x":[300]}', '{"x":300.0}')).toBe(true);
    expect(m('{"x":[3.018e2]}', '{"x":301.8}')).toBe(true);
    expect(m('{"x":[300]}', '{"x":301}')).toBe(false);
  });

  it('compares numbers too large to represent exactly by spelling only', () => {
    expect(m('{"account":[123456789012345678901]}', '{"account":123456789012345678901}')).toBe(true);
    expect(m('{"account":[123456789012345678901]}', '{"account":123456789012345678902}')).toBe(false);
  });

  it('does not confuse a number with the string of its digits', () => {
    expect(m('{"x":[5]}', '{"x":"5"}')).toBe(false);
    expect(m('{"x":["5"]}', '{"x":5}')).toBe(false);
  });

  it('matches booleans and null only by type and value', () => {
    expect(m('{"b":[true]}', '{"b":true}')).toBe(true);
    expect(m('{"b":[true]}', '{"b":"true"}')).toBe(false);
    expect(m('{"r":[null]}', '{"r":null}')).toBe(true);
    expect(m('{"r":[null]}', '{"r":"null"}')).toBe(false);
  });

  it('keeps null and the empty string apart', () => {
    expect(m('{"v":[""]}', '{"v":""}')).toBe(true);
    expect(m('{"v":[""]}', '{"v":null}')).toBe(false);
    expect(m('{"v":[null]}', '{"v":""}')).toBe(false);
  });

  it('uses the last occurrence of a repeated key, as the docs say', () => {
    const p = '{"detail":{"location":[{"prefix":"us-"}],"location":[{"anything-but":"us-east"}]}}';
    expect(m(p, '{"detail":{"location":"eu-west"}}')).toBe(true);
    expect(m(p, '{"detail":{"location":"us-east"}}')).toBe(false);
  });

  it('accepts parsed objects as well as JSON text', () => {
    expect(matchesPattern({ a: [1] }, { a: 1 })).toBe(true);
    expect(matchesPattern('{"a":[1]}', { a: 1.0 })).toBe(true);
  });
});

describe('arrays in events', () => {
  it('matches when the pattern and event arrays intersect', () => {
    const p = '{"resources":["arn:1","arn:2"]}';
    expect(m(p, '{"resources":["arn:9","arn:2"]}')).toBe(true);
    expect(m(p, '{"resources":["arn:9"]}')).toBe(false);
    expect(m(p, '{"resources":[]}')).toBe(false);
  });

  it('takes every field of a pattern from the same array element', () => {
    const p = '{"people":{"first":["Paul"],"last":["McCartney"]}}';
    const consistent = '{"people":[{"first":"John","last":"Lennon"},{"first":"Paul","last":"McCartney"}]}';
    const mixed = '{"people":[{"first":"Paul","last":"Lennon"},{"first":"John","last":"McCartney"}]}';
    expect(m(p, consistent)).toBe(true);
    expect(m(p, mixed)).toBe(false);
  });

  it('keeps elements of nested arrays consistent at every level', () => {
    const p = '{"songs":{"name":["A"],"writers":{"first":["Paul"]}}}';
    expect(m(p, '{"songs":[{"name":"A","writers":[{"first":"Paul"}]},{"name":"B","writers":[]}]}')).toBe(true);
    expect(m(p, '{"songs":[{"name":"A","writers":[{"first":"John"}]},{"name":"B","writers":[{"first":"Paul"}]}]}')).toBe(
      false,
    );
  });

  it('lets fields from unrelated arrays combine freely', () => {
    expect(m('{"a":{"x":["1"]},"b":{"y":["2"]}}', '{"a":[{"x":"0"},{"x":"1"}],"b":[{"y":"2"}]}')).toBe(true);
  });

  it('matches values inside arrays of arrays', () => {
    expect(m('{"a":[3]}', '{"a":[[1,2],[3]]}')).toBe(true);
  });
});

describe('nested objects and dotted paths', () => {
  it('matches nested fields at any depth', () => {
    expect(m('{"a":{"b":{"c":["d"]}}}', '{"a":{"b":{"c":"d","e":1}}}')).toBe(true);
  });

  it('does not match a value pattern against an object', () => {
    expect(m('{"a":["x"]}', '{"a":{"b":"x"}}')).toBe(false);
  });
});

describe('prefix', () => {
  it('matches string values by their beginning', () => {
    expect(m('{"time":[{"prefix":"2017-10-02"}]}', '{"time":"2017-10-02T18:43:48Z"}')).toBe(true);
    expect(m('{"time":[{"prefix":"2017-10-02"}]}', '{"time":"2017-10-03T00:00:00Z"}')).toBe(false);
  });

  it('never matches numbers, booleans or null', () => {
    expect(m('{"n":[{"prefix":"1"}]}', '{"n":123}')).toBe(false);
    expect(m('{"n":[{"prefix":"nu"}]}', '{"n":null}')).toBe(false);
  });

  it('with equals-ignore-case ignores case in the prefix', () => {
    const p = '{"a":[{"prefix":{"equals-ignore-case":"eU-"}}]}';
    expect(m(p, '{"a":"Eu-west-1"}')).toBe(true);
    expect(m(p, '{"a":"us-east-1"}')).toBe(false);
  });

  it('an empty prefix matches any string', () => {
    expect(m('{"a":[{"prefix":""}]}', '{"a":"anything"}')).toBe(true);
  });
});

describe('suffix', () => {
  it('matches string values by their end', () => {
    expect(m('{"FileName":[{"suffix":".png"}]}', '{"FileName":"cat.png"}')).toBe(true);
    expect(m('{"FileName":[{"suffix":".png"}]}', '{"FileName":"cat.PNG"}')).toBe(false);
  });

  it('with equals-ignore-case ignores case in the suffix', () => {
    expect(m('{"FileName":[{"suffix":{"equals-ignore-case":".png"}}]}', '{"FileName":"cat.PnG"}')).toBe(true);
    expect(m('{"FileName":[{"suffix":{"equals-ignore-case":".png"}}]}', '{"FileName":"png.jpg"}')).toBe(false);
  });
});

describe('equals-ignore-case', () => {
  it('matches the documented detail-type regardless of case', () => {
    const p = '{"detail-type":[{"equals-ignore-case":"ec2 instance state-change notification"}]}';
    expect(matchesPattern(p, ec2Event)).toBe(true);
  });

  it('still requires the whole value', () => {
    expect(m('{"a":[{"equals-ignore-case":"abc"}]}', '{"a":"ABCD"}')).toBe(false);
  });

  it('folds non-ASCII letters, including ones whose upper case is longer', () => {
    expect(m('{"a":[{"equals-ignore-case":"émile"}]}', '{"a":"ÉMILE"}')).toBe(true);
    expect(m('{"a":[{"equals-ignore-case":"straße"}]}', '{"a":"STRASSE"}')).toBe(true);
    expect(m('{"a":[{"equals-ignore-case":"straße"}]}', '{"a":"Straße"}')).toBe(true);
    expect(m('{"a":[{"equals-ignore-case":"ⱥ"}]}', '{"a":"Ⱥ"}')).toBe(true);
  });

  it('accepts only the lower- or upper-case form of each pattern character', () => {
    // title-case ǅ is neither its own lower (ǆ) nor upper (Ǆ) form
    expect(m('{"a":[{"equals-ignore-case":"ǅ"}]}', '{"a":"ǆ"}')).toBe(true);
    expect(m('{"a":[{"equals-ignore-case":"ǅ"}]}', '{"a":"ǅ"}')).toBe(false);
  });
});

describe('wildcard', () => {
  it('matches any run of characters, including none', () => {
    const p = '{"key":[{"wildcard":"dir/*.png"}]}';
    expect(m(p, '{"key":"dir/a.png"}')).toBe(true);
    expect(m(p, '{"key":"dir/.png"}')).toBe(true);
    expect(m(p, '{"key":"dir/a.jpg"}')).toBe(false);
  });

  it('handles several wildcards and overlapping segments', () => {
    const p = '{"a":[{"wildcard":"*ab*ab*"}]}';
    expect(m(p, '{"a":"abab"}')).toBe(true);
    expect(m(p, '{"a":"xaby"}')).toBe(false);
    expect(m('{"a":[{"wildcard":"a*a"}]}', '{"a":"a"}')).toBe(false);
  });

  it('treats escaped stars and backslashes literally', () => {
    expect(m('{"a":[{"wildcard":"a\\\\*b"}]}', '{"a":"a*b"}')).toBe(true);
    expect(m('{"a":[{"wildcard":"a\\\\*b"}]}', '{"a":"axb"}')).toBe(false);
    expect(m('{"a":[{"wildcard":"a\\\\\\\\*"}]}', '{"a":"a\\\\xyz"}')).toBe(true);
  });

  it('without a star is an exact match, and never matches non-strings', () => {
    expect(m('{"a":[{"wildcard":"abc"}]}', '{"a":"abc"}')).toBe(true);
    expect(m('{"a":[{"wildcard":"*"}]}', '{"a":5}')).toBe(false);
  });
});

describe('anything-but', () => {
  it('excludes a single string or number', () => {
    expect(m('{"detail":{"state":[{"anything-but":"initializing"}]}}', '{"detail":{"state":"running"}}')).toBe(true);
    expect(m('{"detail":{"state":[{"anything-but":"initializing"}]}}', '{"detail":{"state":"initializing"}}')).toBe(
      false,
    );
    expect(m('{"x":[{"anything-but":123}]}', '{"x":1.23e2}')).toBe(false);
    expect(m('{"x":[{"anything-but":123}]}', '{"x":124}')).toBe(true);
  });

  it('excludes lists of strings or numbers', () => {
    const strings = '{"state":[{"anything-but":["stopped","overloaded"]}]}';
    expect(m(strings, '{"state":"stopped"}')).toBe(false);
    expect(m(strings, '{"state":"ok"}')).toBe(true);
    const numbers = '{"x":[{"anything-but":[100,200,300]}]}';
    expect(m(numbers, '{"x":200}')).toBe(false);
    expect(m(numbers, '{"x":250}')).toBe(true);
  });

  it('requires the field to exist', () => {
    expect(m('{"state":[{"anything-but":"x"}]}', '{"other":"y"}')).toBe(false);
  });

  it('is satisfied by values of another type', () => {
    expect(m('{"x":[{"anything-but":"5"}]}', '{"x":5}')).toBe(true);
    expect(m('{"x":[{"anything-but":[5]}]}', '{"x":"5"}')).toBe(true);
  });

  it('on an event array, matches when any element is not excluded', () => {
    expect(m('{"tags":[{"anything-but":"a"}]}', '{"tags":["a","b"]}')).toBe(true);
    expect(m('{"tags":[{"anything-but":"a"}]}', '{"tags":["a","a"]}')).toBe(false);
  });

  it('with prefix, suffix and wildcard excludes what they would match', () => {
    expect(m('{"s":[{"anything-but":{"prefix":"init"}}]}', '{"s":"initializing"}')).toBe(false);
    expect(m('{"s":[{"anything-but":{"prefix":"init"}}]}', '{"s":"running"}')).toBe(true);
    expect(m('{"f":[{"anything-but":{"suffix":[".png",".jpg"]}}]}', '{"f":"a.jpg"}')).toBe(false);
    expect(m('{"f":[{"anything-but":{"suffix":[".png",".jpg"]}}]}', '{"f":"a.gif"}')).toBe(true);
    expect(m('{"k":[{"anything-but":{"wildcard":["*/tmp/*","*.log"]}}]}', '{"k":"a/tmp/b"}')).toBe(false);
    expect(m('{"k":[{"anything-but":{"wildcard":["*/tmp/*","*.log"]}}]}', '{"k":"a/b"}')).toBe(true);
  });

  it('with equals-ignore-case excludes any casing of the values', () => {
    const p = '{"a":[{"anything-but":{"equals-ignore-case":["yes","please"]}}]}';
    expect(m(p, '{"a":"YeS"}')).toBe(false);
    expect(m(p, '{"a":"no"}')).toBe(true);
  });
});

describe('numeric', () => {
  it('matches the documented ranges and equality', () => {
    const p =
      '{"detail":{"c-count":[{"numeric":[">",0,"<=",5]}],"d-count":[{"numeric":["<",10]}],"x-limit":[{"numeric":["=",3.018e2]}]}}';
    expect(m(p, '{"detail":{"c-count":5,"d-count":9.99,"x-limit":301.8}}')).toBe(true);
    expect(m(p, '{"detail":{"c-count":0,"d-count":9,"x-limit":301.8}}')).toBe(false);
    expect(m(p, '{"detail":{"c-count":1,"d-count":10,"x-limit":301.8}}')).toBe(false);
    expect(m(p, '{"detail":{"c-count":1,"d-count":1,"x-limit":301.80001}}')).toBe(false);
  });

  it('respects open and closed bounds', () => {
    expect(m('{"x":[{"numeric":[">=",1,"<",2]}]}', '{"x":1}')).toBe(true);
    expect(m('{"x":[{"numeric":[">=",1,"<",2]}]}', '{"x":2}')).toBe(false);
    expect(m('{"x":[{"numeric":[">",1,"<=",2]}]}', '{"x":1}')).toBe(false);
    expect(m('{"x":[{"numeric":[">",1,"<=",2]}]}', '{"x":2}')).toBe(true);
  });

  it('compares tiny and large numbers in any spelling', () => {
    expect(m('{"a":[{"numeric":[">=",2.0e-6,"<=",4.0e-6]}]}', '{"a":3E-6}')).toBe(true);
    expect(m('{"a":[{"numeric":[">=",2.0e-6,"<=",4.0e-6]}]}', '{"a":1.9999999e-6}')).toBe(false);
    expect(m('{"t":[{"numeric":["<=",1628872008]}]}', '{"t":1.628872008E9}')).toBe(true);
    expect(m('{"n":[{"numeric":["<",0]}]}', '{"n":-5e9}')).toBe(true);
  });

  it('ignores strings that look like numbers and numbers it cannot compare', () => {
    expect(m('{"x":[{"numeric":[">",0]}]}', '{"x":"5"}')).toBe(false);
    expect(m('{"x":[{"numeric":[">",0]}]}', '{"x":1.00000000000000000001}')).toBe(false);
  });

  it('matches any element of an event array', () => {
    expect(m('{"x":[{"numeric":[">",10]}]}', '{"x":[1,2,30]}')).toBe(true);
  });
});

describe('exists', () => {
  it('true matches any present leaf, including null and empty strings', () => {
    expect(m('{"detail":{"state":[{"exists":true}]}}', '{"detail":{"state":"pending"}}')).toBe(true);
    expect(m('{"a":[{"exists":true}]}', '{"a":null}')).toBe(true);
    expect(m('{"a":[{"exists":true}]}', '{"a":""}')).toBe(true);
  });

  it('true does not match a missing field, an object, or an empty array (leaves only)', () => {
    expect(m('{"detail":{"state":[{"exists":true}]}}', '{"detail":{"c-count":{"c1":100}}}')).toBe(false);
    expect(m('{"detail":{"c-count":[{"exists":true}]}}', '{"detail":{"c-count":{"c1":100}}}')).toBe(false);
    expect(m('{"a":[{"exists":true}]}', '{"a":[]}')).toBe(false);
  });

  it('false matches a missing field but not a null one', () => {
    expect(m('{"a":[{"exists":false}]}', '{"b":1}')).toBe(true);
    expect(m('{"a":[{"exists":false}]}', '{"a":null}')).toBe(false);
    expect(m('{"a":[{"exists":false}]}', '{"a":[]}')).toBe(true);
  });

  it('false is judged within the array elements chosen for the fields that sort before it', () => {
    // the engine walks fields in path order: "items.type" is chosen first, then "items.zprice" is
    // looked for only in that element
    const p = '{"items":{"type":["book"],"zprice":[{"exists":false}]}}';
    expect(m(p, '{"items":[{"type":"book"},{"type":"pen","zprice":2}]}')).toBe(true);
    expect(m(p, '{"items":[{"type":"book","zprice":3}]}')).toBe(false);
  });

  it('false on a field that sorts first is judged against the whole event, as the engine does', () => {
    const p = '{"items":{"type":["book"],"price":[{"exists":false}]}}';
    expect(m(p, '{"items":[{"type":"book"},{"type":"pen","price":2}]}')).toBe(false);
    expect(m(p, '{"items":[{"type":"book"},{"type":"pen"}]}')).toBe(true);
  });

  it('false combined with a value lets either satisfy the field', () => {
    const p = '{"color":[{"anything-but":["purple"]},{"exists":false}]}';
    expect(m(p, '{"x":1}')).toBe(true);
    expect(m(p, '{"color":"blue"}')).toBe(true);
    expect(m(p, '{"color":"purple"}')).toBe(false);
  });

  it('works on leaves only: an object at the path counts as absent', () => {
    // so excluding replayed events needs the leaf meta.replay.id, not meta.replay
    const onIntermediate = { meta: { replay: [{ exists: false }] } };
    const onLeaf = { meta: { replay: { id: [{ exists: false }] } } };
    const replayed = { meta: { replay: { id: 'r1' } } };
    const live = { meta: { actor: { id: 'u1' } } };
    expect(matchesPattern(onIntermediate, replayed)).toBe(true);
    expect(matchesPattern(onLeaf, replayed)).toBe(false);
    expect(matchesPattern(onLeaf, live)).toBe(true);
  });
});

describe('cidr', () => {
  it('matches IPv4 addresses inside the block, boundaries included', () => {
    const p = '{"ip":[{"cidr":"10.0.0.0/24"}]}';
    expect(m(p, '{"ip":"10.0.0.0"}')).toBe(true);
    expect(m(p, '{"ip":"10.0.0.255"}')).toBe(true);
    expect(m(p, '{"ip":"10.0.1.0"}')).toBe(false);
    expect(m(p, '{"ip":"9.255.255.255"}')).toBe(false);
  });

  it('uses the network of an address with host bits set', () => {
    expect(m('{"ip":[{"cidr":"10.0.0.77/24"}]}', '{"ip":"10.0.0.1"}')).toBe(true);
  });

  it('matches IPv6 in compressed, expanded and mixed-case forms', () => {
    const p = '{"ip":[{"cidr":"2001:db8::/32"}]}';
    expect(m(p, '{"ip":"2001:db8::1"}')).toBe(true);
    expect(m(p, '{"ip":"2001:0DB8:0000:0000:0000:0000:0000:ffff"}')).toBe(true);
    expect(m(p, '{"ip":"2001:db9::1"}')).toBe(false);
  });

  it('does not match across address families or non-addresses', () => {
    expect(m('{"ip":[{"cidr":"0.0.0.0/0"}]}', '{"ip":"::1"}')).toBe(false);
    expect(m('{"ip":[{"cidr":"0.0.0.0/0"}]}', '{"ip":"not an ip"}')).toBe(false);
    expect(m('{"ip":[{"cidr":"0.0.0.0/0"}]}', '{"ip":"1.2.3.256"}')).toBe(false);
  });

  it('treats an IPv4-mapped IPv6 address as IPv4', () => {
    expect(m('{"ip":[{"cidr":"10.0.0.0/8"}]}', '{"ip":"::ffff:a00:1"}')).toBe(true);
  });

  it('makes an exact IP value match any spelling of the same address', () => {
    expect(m('{"ip":["2001:db8::1"]}', '{"ip":"2001:DB8:0:0:0:0:0:1"}')).toBe(true);
    expect(m('{"ip":["10.0.0.1"]}', '{"ip":"10.0.0.2"}')).toBe(false);
  });
});

describe('$or', () => {
  const p =
    '{"detail":{"$or":[{"c-count":[{"numeric":[">",0,"<=",5]}]},{"d-count":[{"numeric":["<",10]}]},{"x-limit":[{"numeric":["=",3.018e2]}]}]}}';

  it('matches when any alternative matches', () => {
    expect(m(p, '{"detail":{"d-count":3}}')).toBe(true);
    expect(m(p, '{"detail":{"x-limit":301.8}}')).toBe(true);
    expect(m(p, '{"detail":{"c-count":9,"d-count":11}}')).toBe(false);
  });

  it('combines with fields outside it (AND) and nests', () => {
    const nested =
      '{"source":["s"],"$or":[{"a":["1"]},{"b":["2"],"$or":[{"c":["3"]},{"d":["4"]}]}]}';
    expect(m(nested, '{"source":"s","a":"1"}')).toBe(true);
    expect(m(nested, '{"source":"s","b":"2","d":"4"}')).toBe(true);
    expect(m(nested, '{"source":"s","b":"2"}')).toBe(false);
    expect(m(nested, '{"source":"t","a":"1"}')).toBe(false);
  });

  it('lets an alternative override a field named before the $or', () => {
    const override = '{"name":["a","b"],"$or":[{"name":[{"anything-but":"a"}]},{"condition":["x"]}]}';
    expect(m(override, '{"name":"c"}')).toBe(true);
    expect(m(override, '{"name":"a","condition":"x"}')).toBe(true);
    expect(m(override, '{"name":"a"}')).toBe(false);
  });
});

describe('compiled patterns and sets', () => {
  it('a compiled pattern gives the same answer as one-off matching', () => {
    const pattern = '{"a":[{"prefix":"x"}],"b":[{"numeric":[">",1]}]}';
    const compiled = compilePattern(pattern);
    for (const event of ['{"a":"xy","b":2}', '{"a":"xy","b":1}', '{"a":"y","b":2}']) {
      expect(compiled.matches(event)).toBe(m(pattern, event));
    }
  });

  it('a PatternSet returns the ids of every matching pattern, in order', () => {
    const set = new PatternSet()
      .add('restaurants', { source: ['forkcast.restaurants'] })
      .add('reviews', { source: ['forkcast.reviews'] })
      .add('live', { meta: { replay: { id: [{ exists: false }] } } })
      .add('all-submitted', { 'detail-type': [{ suffix: 'Submitted' }] });
    expect(set.matchAll({ source: 'forkcast.reviews', 'detail-type': 'ReviewSubmitted', meta: {} })).toEqual([
      'reviews',
      'live',
      'all-submitted',
    ]);
    expect(set.matchAll('{"source":"forkcast.restaurants","meta":{"replay":{"id":"r"}}}')).toEqual(['restaurants']);
  });

  it('rejects an event that is not a JSON object', () => {
    expect(() => matchesPattern({ a: ['x'] }, '[1]')).toThrow('Event must be a JSON object');
  });
});
