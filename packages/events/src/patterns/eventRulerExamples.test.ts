import { describe, expect, it } from 'vitest';
import { matchesPattern } from './matchesPattern';
import { validatePattern } from './validatePattern';

/**
 * Examples restated from aws/event-ruler's own unit tests and README (the engine behind EventBridge),
 * written here as data: pattern and event are JSON text so number spellings reach the matcher as
 * written. Each group names the upstream test it comes from. Only the JSON rule language with
 * array-consistent matching (what EventBridge uses) is covered, not Ruler's Java-only APIs.
 */
interface MatchExample {
  pattern: string;
  event: string;
  expected: boolean;
}

const runMatches = (examples: MatchExample[]) =>
  it.each(examples)('$pattern vs $event -> $expected', ({ pattern, event, expected }) => {
    expect(matchesPattern(pattern, event)).toBe(expected);
  });

/** One pattern against several events. */
const events = (pattern: string, cases: [string, boolean][]): MatchExample[] =>
  cases.map(([event, expected]) => ({ pattern, event, expected }));

/** Several patterns against one event. */
const patterns = (event: string, cases: [string, boolean][]): MatchExample[] =>
  cases.map(([pattern, expected]) => ({ pattern, event, expected }));

const README_EVENT = JSON.stringify({
  version: '0',
  id: 'ddddd4-aaaa-7777-4444-345dd43cc333',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '012345679012',
  time: '2017-10-02T16:24:49Z',
  region: 'us-east-1',
  resources: ['arn:aws:ec2:us-east-1:012345679012:instance/i-000000aaaaaa00000'],
  detail: {
    'c.count': 5,
    'd.count': 3,
    'x.limit': 301.8,
    'source-ip': '10.0.0.33',
    'instance-id': 'i-000000aaaaaa00000',
    state: 'running',
  },
});

const IMAGE_EVENT = `{
  "Image": {
    "Width": 800, "Height": 600, "Title": "View from 15th Floor",
    "Thumbnail": { "Url": "http://www.example.com/image/481989943", "Height": 125, "Width": 100 },
    "Animated": false,
    "IDs": [116, 943, 234, 38793]
  }
}`;

const EMPLOYEES_EVENT = `{
  "employees": [
    [
      { "firstName": "John", "lastName": "Doe", "ids": [1234, 1000, 9999] },
      { "firstName": "Anna", "lastName": "Smith" }
    ],
    [ { "firstName": "Peter", "lastName": "Jones", "ids": [] } ]
  ]
}`;

describe('RulerTest (Ruler.matchesRule, which compiles a Machine)', () => {
  describe('WHEN_RulesFromReadmeAreTried_THEN_TheyWork', () => {
    runMatches(
      patterns(README_EVENT, [
        ['{"detail-type":["EC2 Instance State-change Notification"],"resources":["arn:aws:ec2:us-east-1:012345679012:instance/i-000000aaaaaa00000"],"detail":{"state":["initializing","running"]}}', true],
        ['{"time":[{"prefix":"2017-10-02"}],"detail":{"state":[{"anything-but":"initializing"}]}}', true],
        ['{"detail":{"source-ip":[{"cidr":"10.0.0.0/24"}],"c.count":[{"numeric":[">",0,"<=",5]}],"d.count":[{"numeric":["<",10]}],"x.limit":[{"numeric":["=",3.018e2]}]}}', true],
        ['{"detail":{"state":[{"anything-but":{"prefix":"init"}}]}}', true],
        ['{"detail":{"source-ip":[{"cidr":"10.0.0.0/8"}]}}', true],
        ['{"time":[{"prefix":"2017-10-02"}],"detail":{"state":[{"suffix":"ing"}]}}', true],
        ['{"detail":{"instance-id":[{"anything-but":{"suffix":"1234"}}]}}', true],
      ]),
    );
  });

  describe('WHEN_WeWriteRulesToMatchVariousFieldCombos_THEN_TheyWork', () => {
    runMatches(
      patterns(IMAGE_EVENT, [
        ['{"Image":{"Width":[800],"Thumbnail":{"Height":[125,300]}}}', true],
        ['{"Image":{"Thumbnail":{"Url":[{"prefix":"http"}]}}}', true],
        ['{"Image":{"Width":[{"numeric":["<",1000]}],"Height":[{"numeric":["<=",600]}],"Title":[{"anything-but":"View from 15th Flood"}],"Thumbnail":{"Url":[{"prefix":"http"}],"Height":[{"numeric":[">",124,"<",126]}],"Width":[{"numeric":[">=",99.999,"<=",100]}]},"Animated":[false]}}', true],
        ['{"Image":{"Width":[{"numeric":["<",800]}]}}', false],
        ['{"Image":{"Height":[{"numeric":["<",599]}]}}', false],
        ['{"Image":{"Title":[{"anything-but":"View from 15th Floor"}]}}', false],
        ['{"Image":{"Thumbnail":{"Url":[{"prefix":"https"}]}}}', false],
        ['{"Image":{"Thumbnail":{"Height":[{"numeric":[">",124,"<",125]}]}}}', false],
        ['{"Image":{"Thumbnail":{"Width":[{"numeric":[">=",100.00001,"<=",1001]}]}}}', false],
        ['{"Image":{"Animated":[true]}}', false],
        ['{"Image":{"IDs":[943]}}', true],
      ]),
    );
  });

  describe('WHEN_JSONContainsArrays_THEN_RulerNoCompileMatchesWork', () => {
    runMatches(
      patterns(EMPLOYEES_EVENT, [
        ['{"employees":{"firstName":["Anna"]}}', true],
        ['{"employees":{"firstName":["John"],"ids":[1000]}}', true],
        // Anna's element has no ids at all, so exists:false holds within her element
        ['{"employees":{"firstName":["Anna"],"ids":[{"exists":false}]}}', true],
        ['{"employees":{"firstName":["Alice"]}}', false],
        // Anna and Jones are in different elements: array consistency refuses the mix
        ['{"employees":{"firstName":["Anna"],"lastName":["Jones"]}}', false],
        ['{"employees":{"firstName":["Alice"],"lastName":["Bob"]}}', false],
        ['{"a":["b"]}', false],
        ['{"employees":["b"]}', false],
        ['{"employees":{"firstName":["Anna"],"ids":[1000]}}', false],
        ['{"employees":{"firstName":["Anna"],"ids":[{"exists":true}]}}', false],
      ]),
    );
  });

  describe('WHEN_WeTryToMatchExistsRules_THEN_TheyWork', () => {
    const rules = ['{"a":[{"exists":true}]}', '{"b":[{"exists":false}]}', '{"x":[{"exists":true}]}', '{"x":[{"exists":false}]}'];
    runMatches([
      ...events(rules[0]!, [['{"a":1}', true], ['{"b":2}', false], ['{"x":"X"}', false]]),
      ...events(rules[1]!, [['{"a":1}', true], ['{"b":2}', false], ['{"x":"X"}', true]]),
      ...events(rules[2]!, [['{"a":1}', false], ['{"b":2}', false], ['{"x":"X"}', true]]),
      ...events(rules[3]!, [['{"a":1}', true], ['{"b":2}', true], ['{"x":"X"}', false]]),
    ]);
  });

  describe('WHEN_WeTryReallySimpleRules_THEN_TheyWork', () => {
    runMatches([
      { pattern: '{"a":[1]}', event: '{"a":1}', expected: true },
      { pattern: '{"b":[2]}', event: '{"b":2}', expected: true },
      { pattern: '{"x":["X"]}', event: '{"x":"X"}', expected: true },
      { pattern: '{"a":[1]}', event: '{"x":true}', expected: false },
      { pattern: '{"x":["X"]}', event: '{"x":true}', expected: false },
    ]);
  });

  describe('WHEN_WeTryAnythingButRules_THEN_Theywork', () => {
    const rule = `{
      "a": [ { "anything-but": [ "dad0","dad1","dad2" ] } ],
      "b": [ { "anything-but": [ 111, 222, 333 ] } ],
      "c": [ { "anything-but": "zdd" } ],
      "d": [ { "anything-but": 444 } ],
      "z": [ { "numeric": [ ">", 0, "<", 1 ] } ],
      "w": [ { "anything-but": { "prefix": "zax" } } ],
      "n": [ { "anything-but": { "suffix": "ing" } } ],
      "o": [ { "anything-but": {"equals-ignore-case": "CamelCase" } } ],
      "p": [ { "anything-but": {"equals-ignore-case": ["CamelCase", "AbC"] } } ]
    }`;
    const base = { a: 'child1', b: '444', c: 'child1', d: 123, w: 'xaz', z: 0.001, n: 'nomatch', o: 'nomatch', p: 'nomatch' };
    const ev = (over: Record<string, unknown>) => JSON.stringify({ ...base, ...over });
    runMatches(
      events(rule, [
        // a number-excluding list lets a string through, and vice versa
        [ev({}), true],
        [ev({ a: 'dad789', b: 789, c: 'zdd' }), false],
        [ev({ a: 'dad789', b: 789, z: 1.01 }), false],
        [ev({ a: 'dad1', b: 345 }), false],
        [ev({ a: 'abc', b: 111 }), false],
        [ev({ a: 'dad1', b: 333 }), false],
        [ev({ a: 'abc', b: 0, d: 444, z: 0.999999 }), false],
        [ev({ w: 'zaxonie' }), false],
        [ev({ n: 'matching' }), false],
        [ev({ o: 'camelcase' }), false],
        [ev({ p: 'abc' }), false],
      ]),
    );
  });

  describe('WHEN_WeTryEqualsIgnoreCaseRules_THEN_TheyWork', () => {
    runMatches(
      events('{"a":[{"equals-ignore-case":"aBc"}],"b":[{"equals-ignore-case":"Def"}],"c":[{"equals-ignore-case":"xyZ"}]}', [
        ['{"a":"ABC","b":"defx","c":"xYz","d":"rst"}', false],
        ['{"a":"ABC","c":"xYz","d":"rst"}', false],
        ['{"a":"ABC","b":"xYz","c":"def","d":"rst"}', false],
        ['{"a":"ABC","b":"def","c":"xYz","d":"rst"}', true],
      ]),
    );
  });

  describe('WHEN_WeTryWildcardRules_THEN_TheyWork', () => {
    runMatches(
      events('{"a":[{"wildcard":"*bc"}],"b":[{"wildcard":"d*f"}],"c":[{"wildcard":"xy*"}],"d":[{"wildcard":"xy*"}]}', [
        ['{"a":"abcbc","b":"deeeefx","c":"xy","d":"xyzzz"}', false],
        ['{"a":"abcbc","b":"deeeef","d":"xyzzz"}', false],
        ['{"a":"abcbc","b":"xy","c":"deeeef","d":"xyzzz"}', false],
        ['{"a":"abcbc","b":"deeeef","c":"xy","d":"xyzzz"}', true],
      ]),
    );
  });
});

const SONGS_EVENT = `{
  "Year": 1966,
  "Genres": [ { "Pop": true }, { "Classical": false } ],
  "Songs": [
    { "Name": "Paperback Writer",
      "Writers": [ { "First": "John", "Last": "Lennon" }, { "First": "Paul", "Last": "McCartney" } ] },
    { "Name": "Paint It Black",
      "Writers": [ { "First": "Mick", "Last": "Jagger" }, { "First": "Keith", "Last": "Richards" } ] }
  ]
}`;

describe('ACMachineTest (rulesForJSONEvent, array-consistent)', () => {
  describe('songsACTest', () => {
    runMatches(
      patterns(SONGS_EVENT, [
        ['{"Year":[1966],"Songs":{"Name":["Paperback Writer"],"Writers":{"First":["Paul"],"Last":["McCartney"]}}}', true],
        ['{"Genres":{"Pop":[true]},"Songs":{"Name":["Paint It Black"]}}', true],
        ['{"Year":[1966],"Songs":{"Name":["Paint It Black"]}}', true],
        ['{"Year":[1966],"Songs":{"Name":["Paperback Writer"],"Writers":{"First":["Mick"]}}}', false],
        ['{"Songs":{"Writers":{"First":["Mick"],"Last":["McCartney"]}}}', false],
        ['{"Genres":{"Pop":[true]},"Songs":{"Writers":{"First":["Mick"],"Last":["McCartney"]}}}', false],
      ]),
    );
  });

  describe('intensitiesACTest: a repeated key overrides, and scalars in nested arrays', () => {
    runMatches([
      {
        pattern: '{"lines":{"points":[287.48116291799363],"points":{"pp":["index0"]}}}',
        event: '{"lines":[{"intensities":[[0.5]],"points":[[[{"pp":"index0"},483.3474497412421,287.48116291799363],[{"pp":"index1"},489.9999497412421,299.99996291799363]]]}]}',
        expected: true,
      },
    ]);
  });

  describe('testPrefixMatching / OneRuleMadeByTwoConditions / deleteRule', () => {
    runMatches([
      ...events('{"a":[{"prefix":"zoo"}]}', [['{"a":"zookeeper"}', true], ['{"a":"zoo"}', true]]),
      ...events('{"b":[{"prefix":"child"}]}', [['{"b":"childlike"}', true], ['{"b":"childish"}', true], ['{"b":"childhood"}', true]]),
      ...patterns('{"a":"albert"}', [['{"a":[{"prefix":"al"}]}', true], ['{"a":["albert"]}', true]]),
      ...events('{"A":["on"],"C":["on"],"D":["off"]}', [
        ['{"A":"on","C":"on","D":"off"}', true],
        ['{"A":"on","B":"on","C":"on","D":"on"}', false],
        ['{"A":"on","B":"on","C":"on","D":"off"}', true],
      ]),
      ...events('{"foo":{"bar":["ab","cd"]}}', [
        ['{"foo":{"bar":"ab"}}', true],
        ['{"foo":{"bar":"cd"}}', true],
        ['{"foo":{"bar":["ab","cd"]}}', true],
      ]),
      ...events('{"geometry":{"type":["Polygon"]},"properties":{"FROM_ST":["2521"]}}', [
        ['{"geometry":{"coordinates":[-122.4286089609642,37.795818585593523],"type":"Polygon"},"properties":{"FROM_ST":"2521","TO_ST":"2521"}}', true],
      ]),
    ]);
  });

  describe('testNumericMatch', () => {
    runMatches([
      {
        pattern: '{"a":[{"numeric":["=",0]}],"b":[{"numeric":["<",0]}],"c":[{"numeric":["<=",0]}],"x":[{"numeric":[">",0]}],"y":[{"numeric":[">=",0]}],"z":[{"numeric":[">",0,"<",1]}]}',
        event: '{"a":[0],"b":[-0.1],"c":[0],"x":[1],"y":[0],"z":[0.1]}',
        expected: true,
      },
    ]);
  });

  describe('testAnythingButDeletion: excluded numbers do not exclude their digit strings', () => {
    runMatches(
      events('{"a":[{"anything-but":["dad0","dad1","dad2"]}],"b":[{"anything-but":[111,222,333]}],"c":[{"anything-but":"dad0"}],"d":[{"anything-but":111}],"z":[{"numeric":[">",0,"<",1]}]}', [
        ['{"a":"child1","b":"444","c":"child1","d":"444","z":0.001}', true],
        ['{"a":"dad4","b":444,"c":"child1","d":"444","z":0.001}', true],
      ]),
    );
  });

  describe('testAnythingButSuffix', () => {
    runMatches(
      events('{"a":[{"anything-but":{"suffix":"$"}}]}', [
        ['{"a":"value$"}', false],
        ['{"a":"notvalue"}', true],
        ['{"a":"$notvalue"}', true],
      ]),
    );
  });

  describe('testACWithExistFalseRule: exists:false is judged within the chosen array element', () => {
    const rule = (leaf: string) =>
      `{"requestContext":{"taskInstances":{"taskInstanceState":["ACTIVE"],"provider":{"id":["XXXXXXXXXXXX"]},"resources":{"additionalContext":{"capabilityInterfaces":{"${leaf}":[{"exists":false}]}}}}}}`;
    const task = (state: string, id: string, iface?: string) => ({
      taskInstanceId: 'id1',
      taskInstanceState: state,
      provider: { id, type: 'XXXXXXXX' },
      resources: [
        {
          legacyFocusCategory: 'XXXXXFocus',
          endpointIdentifier: { type: 'XXXIdentifier', MaskedNumber: 'XXXXXXXXXX' },
          ...(iface === undefined ? {} : { additionalContext: { capabilityInterfaces: [{ interfaceName: iface }] } }),
        },
      ],
    });
    const event1 = JSON.stringify({ requestContext: { taskInstances: [task('ACTIVE', 'XXXXXXXXXXXX'), task('InACTIVE', 'SomeRandom', 'Dummy.DummyDumDum')] } });
    const event2 = JSON.stringify({ requestContext: { taskInstances: [task('ACTIVE', 'XXXXXXXXXXXX', 'XXXX.XXXXXXXXXXXXXX'), task('InACTIVE', 'SomeRandom', 'XXXX.XXXXXXXXXXXXXX')] } });
    runMatches([
      { pattern: rule('interfaceName'), event: event1, expected: true },
      { pattern: rule('abc'), event: event1, expected: true },
      { pattern: rule('interfaceName'), event: event2, expected: false },
      { pattern: rule('abc'), event: event2, expected: true },
    ]);
  });
});

describe('correctness-cases.json (StructuredFinder vs ACFinder agreement cases)', () => {
  const both = '{"d":{"a":[{"exists":true}],"b":[{"exists":true}]}}';
  runMatches([
    ...events(both, [
      ['{"d":{"a":1,"b":2}}', true],
      ['{"d":{"a":1}}', false],
      ['{"d":[{"a":1,"b":2}]}', true],
      ['{"d":[{"a":1},{"b":2}]}', false],
      ['{"d":[{"a":1},{"b":2},{"a":3,"b":4}]}', true],
    ]),
    ...events('{"d":{"a":[{"exists":true}],"b":[{"exists":true}],"c":[{"exists":true}]}}', [
      ['{"d":[{"a":1,"b":2,"c":3}]}', true],
      ['{"d":[{"a":1},{"b":2},{"c":3}]}', false],
    ]),
    ...events('{"d":{"name":[{"prefix":"al"}],"status":[{"exists":true}]}}', [
      ['{"d":[{"name":"alice","status":"ok"}]}', true],
      ['{"d":[{"name":"alice"},{"status":"ok"}]}', false],
    ]),
    ...events('{"u":{"t":{"k":["color"],"v":["blue"]}}}', [
      ['{"u":[{"t":[{"k":"color","v":"blue"}]}]}', true],
      ['{"u":[{"t":[{"k":"color"},{"v":"blue"}]}]}', false],
    ]),
    ...events('{"d":{"name":[{"exists":true}],"info":{"x":["1"]}}}', [
      ['{"d":[{"name":"alice"},{"info":{"x":"1"}}]}', false],
      ['{"d":[{"name":"alice","info":{"x":"1"}}]}', true],
    ]),
    ...events('{"d":{"a":[{"exists":true}],"b":[{"exists":false}]}}', [
      ['{"d":[{"a":1}]}', true],
      ['{"d":[{"a":1,"b":2}]}', false],
    ]),
    { pattern: '{"d":{"a":[{"exists":true}]}}', event: '{}', expected: false },
    { pattern: '{"d":{"a":[{"exists":true}]}}', event: '{"d":[]}', expected: false },
    { pattern: '{"d":{"a":["target"],"b":["found"]}}', event: '{"d":[{"a":"x"},{"a":"y"},{"a":"target","b":"found"},{"a":"z"}]}', expected: true },
    { pattern: '{"i":{"p":[{"numeric":[">",0,"<",100]}],"n":[{"exists":true}]}}', event: '{"i":[{"n":"w","p":50},{"n":"g","p":200}]}', expected: true },
    { pattern: '{"u":{"s":[{"anything-but":"banned"}],"n":[{"exists":true}]}}', event: '{"u":[{"n":"alice","s":"banned"},{"n":"bob","s":"active"}]}', expected: true },
    { pattern: '{"d":{"tags":[{"anything-but":"banned"}],"type":[{"exists":true}]}}', event: '{"d":{"tags":["banned","ok"],"type":"x"}}', expected: true },
    { pattern: '{"d":{"vals":[{"numeric":[">",0,"<",10]}],"type":[{"exists":true}]}}', event: '{"d":{"vals":[100,5,200],"type":"ok"}}', expected: true },
    { pattern: '{"d":{"name":[{"exists":true}],"type":[{"exists":true}]}}', event: '{"d":{"name":[],"type":"x"}}', expected: false },
    { pattern: '{"tags":["superadmin"]}', event: '{"tags":["user","admin"]}', expected: false },
    { pattern: '{"users":{"name":[{"exists":true}],"email":[{"exists":true}]},"tags":["admin"]}', event: '{"users":[{"name":"alice"},{"email":"b@x"}],"tags":["admin"]}', expected: false },
    { pattern: '{"detail":{"email":[{"exists":true}],"name":[{"exists":true}]}}', event: '{"detail":[{"email":"a@x"},{"email":"b@x"},{"email":"c@x"},{"email":"d@x"},{"email":"e@x","name":"eve"}]}', expected: true },
    { pattern: '{"d":{"name":[{"suffix":"ice"}],"type":[{"exists":true}]}}', event: '{"d":[{"name":"alice"},{"type":"user"}]}', expected: false },
  ]);
});

describe('JsonRuleCompilerTest (matching)', () => {
  describe('testBigNumbers / testVariantForms', () => {
    runMatches([
      { pattern: '{"account":[123456789012]}', event: '{"account":123456789012}', expected: true },
      ...patterns('{"a":133.3,"b":"192.0.2.0"}', [
        ['{"a":[133.3]}', true],
        ['{"a":[{"numeric":[">",120,"<=",140]}]}', true],
        ['{"b":["192.0.2.0"]}', true],
        ['{"b":[{"cidr":"192.0.2.0/24"}]}', true],
      ]),
    ]);
  });

  describe('testWithRuleOverride: a later key replaces an earlier one in its $or branch', () => {
    runMatches(
      events('{"name":["a","b"],"$or":[{"name":[{"anything-but":"a"}]},{"condition1":["x"]}]}', [
        ['{"name":"a","condition1":"x"}', true],
        ['{"name":"c"}', true],
      ]),
    );
  });

  describe('testBasicFunctionOfOrRelationshipRules', () => {
    const event = `{
      "detail": {
        "detail-type": "EC2 Instance State-change Notification",
        "resources": "arn:aws:ec2:us-east-1:123456789012:instance/i-000000aaaaaa00000",
        "info": { "state-status": "running", "state-count": { "count": 100 } },
        "c-count": 1, "d-count": 8
      },
      "news": { "newsProviders": "p1", "newCondition1": "news111", "newCondition2": "news222" }
    }`;
    runMatches(
      patterns(event, [
        ['{"detail":{"$or":[{"c-count":[{"numeric":[">",0,"<=",5]}]},{"d-count":[{"numeric":["<",10]}]},{"x-limit":[{"numeric":["=",3.018e2]}]}]}}', true],
        ['{"detail":{"detail-type":["EC2 Instance State-change Notification"],"resources":["arn:aws:ec2:us-east-1:123456789012:instance/i-000000aaaaaa00000"],"info":{"state-status":["initializing","running"],"state-count":{"count":[100]}},"$or":[{"c-count":[{"numeric":[">",0,"<=",5]}]},{"d-count":[{"numeric":["<",10]}]},{"x-limit":[{"numeric":["=",3.018e2]}]}]},"news":{"newsProviders":["p1","p2"],"$or":[{"newCondition1":["news111"]},{"newCondition2":["news222"]}]}}', true],
      ]),
    );
  });
});

describe('JsonRuleCompilerTest (which rules compile)', () => {
  const accepts = (list: string[]) =>
    it.each(list)('accepts %s', (pattern) => {
      expect(validatePattern(pattern)).toEqual({ valid: true });
    });
  const refuses = (list: string[]) =>
    it.each(list)('refuses %s', (pattern) => {
      expect(validatePattern(pattern).valid).toBe(false);
    });

  describe('testCompile', () => {
    accepts([
      '{"a":[1]}',
      '{"a":[{"prefix":"child"}]}',
      '{"a":[{"suffix":"child"}]}',
      '{"a":[{"prefix":{"equals-ignore-case":"child"}}]}',
      '{"a":[{"suffix":{"equals-ignore-case":"child"}}]}',
      '{"a":[{"anything-but":"child"}]}',
      '{"a":[{"anything-but":["child0","child1","child2"]}]}',
      '{"a":[{"anything-but":[111,222,333]}]}',
      '{"a":[{"anything-but":111}]}',
      '{"a":[{"anything-but":{"prefix":"foo"}}]}',
      '{"a":[{"anything-but":{"prefix":["abc","123"]}}]}',
      '{"a":[{"anything-but":{"suffix":"foo"}}]}',
      '{"a":[{"anything-but":{"suffix":["abc","123"]}}]}',
      '{"a":[{"anything-but":{"equals-ignore-case":"rule"}}]}',
      '{"a":[{"anything-but":{"equals-ignore-case":""}}]}',
      '{"a":[{"anything-but":{"equals-ignore-case":["abc","123"]}}]}',
      '{"a":[{"anything-but":{"equals-ignore-case":["abc",""]}}]}',
      '{"a":[{"anything-but":{"wildcard":"foo*bar"}}]}',
      '{"a":[{"anything-but":{"wildcard":""}}]}',
      '{"a":[{"anything-but":{"wildcard":["foo*bar","*foobar*"]}}]}',
      '{"a":[{"anything-but":{"wildcard":["foo*bar",""]}}]}',
      '{"a":[{"exactly":"child"}]}',
      '{"a":[{"exists":true}]}',
      '{"a":[{"exists":false}]}',
      '{"a":[{"cidr":"10.0.0.0/8"}]}',
      '{"a":[{"equals-ignore-case":"abc"}]}',
      '{"a":[{"wildcard":"a*b*c"}]}',
      '{"resources":["r1","r2"]}',
      '{"detail-getType":["ec2/spot-bid-matched"],"detail":{"state":["in-service","dead"]}}',
    ]);
    refuses([
      '[1,2,3]',
      '{"a":1}',
      '{"a":[{"x":2}]}',
      '{"foo":{}}',
      '{"foo":[]}',
      '{"a":[{"exactly":33}]}',
      '{"a":[{"prefix":"child","foo":[]}]}',
      '{"a":[{"prefix":3}]}',
      '{"a":[{"prefix":[1, 2 3]}]}',
      '{"a":[{"suffix":"child","foo":[]}]}',
      '{"a":[{"suffix":3}]}',
      '{"a":[{"foo":"child"}]}',
      '{"a":[{"cidr":"foo"}]}',
      '{"a":[{"anything-but":"child","foo":[]}]}',
      '{"a":[{"anything-but":[1, 2 3]}]}',
      '{"a":[{"anything-but":["child0",111,"child2"]}]}',
      '{"a":[{"anything-but":{"foo":3}}]}',
      '{"a":[{"anything-but":{"prefix":27}}]}',
      '{"a":[{"anything-but":{"prefix":""}}]}',
      '{"a":[{"anything-but":{"prefix":"foo","a":1}}]}',
      '{"a":[{"anything-but":{"prefix":"foo"},"x":1}]}',
      '{"a":[{"anything-but":{"prefix":["1",""]}}]}',
      '{"a":[{"anything-but":{"prefix":[1,2,3]}}]}',
      '{"a":[{"anything-but":{"suffix":27}}]}',
      '{"a":[{"anything-but":{"suffix":""}}]}',
      '{"a":[{"anything-but":{"suffix":"foo","a":1}}]}',
      '{"a":[{"anything-but":{"suffix":"foo"},"x":1}]}',
      '{"a":[{"anything-but":{"suffix":["1",""]}}]}',
      '{"a":[{"anything-but":{"suffix":[1,2,3]}}]}',
      '{"a":[{"anything-but":{"equals-ignore-case":[1,2,3]}}]}',
      '{"a":[{"anything-but":{"wildcard":27}}]}',
      '{"a":[{"anything-but":{"wildcard":"foo","a":1}}]}',
      '{"a":[{"anything-but":{"wildcard":"foo"},"x":1}]}',
      '{"a":[{"anything-but":{"wildcard":"foo**bar"}}]}',
      '{"a":[{"anything-but":{"wildcard":"foo*bar\\\\"}}]}',
      '{"a":[{"anything-but":{"wildcard":["1","foo**bar"]}}]}',
      '{"a":[{"anything-but":{"wildcard":[1,2,3]}}]}',
      '{"a":[{"equals-ignore-case":5}]}',
      '{"a":[{"equals-ignore-case":["abc"]}]}',
      '{"a":[{"prefix":{"invalid-expression":["abc"]}}]}',
      '{"a":[{"prefix":{"equals-ignore-case":5}}]}',
      '{"a":[{"prefix":{"equals-ignore-case":["abc"]}}]}',
      '{"a":[{"prefix":{"equals-ignore-case":"abc","test":"def"}}]}',
      '{"a":[{"prefix":{"equals-ignore-case":"abc"},"test":"def"}]}',
      '{"a":[{"suffix":{"invalid-expression":["abc"]}}]}',
      '{"a":[{"suffix":{"equals-ignore-case":5}}]}',
      '{"a":[{"suffix":{"equals-ignore-case":"abc","test":"def"}}]}',
      '{"a":[{"suffix":{"equals-ignore-case":"abc"},"test":"def"}]}',
      '{"a":[{"wildcard":5}]}',
      '{"a":[{"wildcard":["abc"]}]}',
    ]);
  });

  describe('testNumericExpressions', () => {
    const numeric = (body: string) => `{"x":[{"numeric":${body}}]}`;
    accepts(
      ['"="', '"<"', '">"', '"<="', '">="']
        .flatMap((op) => ['3.8', '0.000033', '-4e-6', '55555', '1E-320'].map((n) => `[${op}, ${n}]`))
        .concat(['[">", 0, "<", 1]', '[">=", 0, "<", 1]', '[">", 0, "<=", 1]', '[">=", 0, "<=", 1]'])
        .map(numeric),
    );
    refuses(
      ['"="', '"<"', '">="', '"<="']
        .flatMap((op) => ['true', '2.0e422', '"-4e-6"'].map((v) => `[${op}, ${v}]`).concat(`[${op}]`))
        .concat(['["=", 1E309]', '["=", 1E-325]', '["<>", 1, ">", 0]', '["==", 1, ">", 0]', '["<", 1, ">", 0]'])
        .concat(['[">", 1, "<", 1]', '[">", 30, "<", 1]', '[">", 1, "<", 30, false]'])
        .map(numeric),
    );
  });

  describe('testExistsExpression', () => {
    accepts(['{"x":[{"exists": true }]}', '{"x":[{"exists":  false }]}']);
    refuses(['{"x":[{"exists":"badString"}]}', '{"x":[{"exists":"= abc"}]}', '{"x":[{"exists":true, "extraKey": "extraValue"}]}']);
  });

  describe('testWildcardConsecutiveWildcards / testWildcardInvalidEscapeCharacter', () => {
    it('names the position of the second star, counted in the quoted value', () => {
      expect(validatePattern('{"key":[{"wildcard":"abc**def"}]}')).toEqual({
        valid: false,
        error: 'Consecutive wildcard characters at pos 4',
      });
    });
    refuses(['{"key":[{"wildcard":"a*c\\def"}]}']);
  });

  describe('testWithRuleOverride: repeated paths compile (the later one wins)', () => {
    accepts([
      '{"name":["a","b"],"$or":[{"name":[{"anything-but":"a"}]},{"condition1":["x"]}]}',
      '{"source":["aws.sns"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["s3.amazonaws.com"],"eventSource":["sns.amazonaws.com"]}}',
    ]);
  });

  describe('testOrFieldCanKeepWorkingInLegacyRuleCompiler: "$or" is never a plain field name', () => {
    refuses([
      '{"$or":[{"cidr":"10.0.0.0/24"}]}',
      '{"source":["aws.cloudwatch"],"$or":{"metricType":["MetricType"],"namespace":["AWS/EC2","AWS/ES"]}}',
      '{"$or":[{"numeric":123},{"prefix":"abc"}]}',
    ]);
  });
});
