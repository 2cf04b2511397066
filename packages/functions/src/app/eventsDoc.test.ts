import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogJsonSchema, eventCatalog } from '@forkcast/events';
import { contexts } from './contexts';
import { catalogSchemaPath, renderEventsDoc } from './eventsDoc';

describe('EVENTS.md', () => {
  it('is what `npm run -s events:doc` writes now (regenerate it when this fails)', () => {
    const committed = readFileSync(new URL('../../../../EVENTS.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderEventsDoc());
    const schema = readFileSync(new URL(`../../../../${catalogSchemaPath}`, import.meta.url), 'utf8');
    expect(JSON.parse(schema)).toEqual(catalogJsonSchema(eventCatalog));
  });

  it('names only catalog types as emitted, and an emitter for every type', () => {
    const known = new Set(eventCatalog.types.map((t) => t.type));
    const emitted = contexts.flatMap((c) => [...c.routes.flatMap((r) => r.emits ?? []), ...c.workflows.flatMap((w) => w.emits ?? []), ...(c.emitters ?? []).flatMap((e) => e.emits)]);
    expect(emitted.filter((t) => !known.has(t))).toEqual([]);
    expect([...known].filter((t) => !emitted.includes(t))).toEqual([]);
  });

  it('describes every field of every latest schema', () => {
    const doc = renderEventsDoc();
    const undescribed = doc.split('\n').filter((line) => /^\| `[^`]+` \|/.test(line) && line.endsWith('|  |'));
    expect(undescribed).toEqual([]);
  });
});
