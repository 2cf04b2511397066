import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, moduleGraph } from './moduleGraph';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

describe('the module graph of packages/*/src', () => {
  const graph = moduleGraph(root);

  it('covers every package and resolves workspace imports to their sources', () => {
    const files = [...graph.keys()];
    for (const pkg of ['events', 'core', 'functions', 'states', 'local']) expect(files.some((f) => f.startsWith(`packages/${pkg}/src/`)), pkg).toBe(true);
    expect(graph.get('packages/functions/src/restaurants/listRestaurant.ts')).toEqual(expect.arrayContaining(['packages/core/src/index.ts', 'packages/functions/src/http/httpHandler.ts']));
  });

  it('has no import cycle other than through type-only imports', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const cyclic = new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']], ['d.ts', ['a.ts']], ['e.ts', ['e.ts']]]);
    expect(importCycles(cyclic)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
  });
});
