import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogJsonSchema, eventCatalog } from '@forkcast/events';
import { contexts } from './contexts';
import { catalogSchemaPath, renderEventsDoc } from './eventsDoc';

/** Catalog types no route, workflow, policy or trigger appends yet. */

describe('EVENTS.md', () => {
  it('is what `npm run -s events:doc` writes now (regenerate it when this fails)', () => {
    const committed = readFileSync(new URL('../../../../EVENTS.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderEventsDoc());
    const schema = readFileSync(new URL(`../../../../${catalogSchemaPath}`, import.meta.url), 'utf8');
    expect(JSON.parse(schema)).toEqual(catalogJsonSchema(eventCatalog));
  });

  it('names an emitter for every type', () => {
    const emitted = new Set<string>(contexts.flatMap((c) => [
      ...c.routes.flatMap((r) => r.emits ?? []),
      ...c.workflows.flatMap((w) => w.emits ?? []),
      ...c.subscriptions.flatMap((s) => (s.target.kind === 'policy' ? s.target.emits ?? [] : [])),
      ...(c.schedules ?? []).flatMap((s) => s.emits ?? []),
      ...(c.emitters ?? []).flatMap((e) => e.emits),
    ]));
    const unemitted = eventCatalog.types.map((t) => t.type).filter((t) => !emitted.has(t));
    expect(unemitted).toEqual([]);
  });

  it('describes every field of every latest schema', () => {
    const doc = renderEventsDoc();
    const undescribed = doc.split('\n').filter((line) => /^\| `[^`]+` \|/.test(line) && line.endsWith('|  |'));
    expect(undescribed).toEqual([]);
  });
});
