import { describe, expect, it } from 'vitest';
import type { EventBridgeEvent } from '@forkcast/events';
import { VirtualClock } from '@forkcast/states';
import { createWorkflowHost } from './createWorkflowHost';
import { startWorkflowFromBus } from './startWorkflowFromBus';

const definition = { StartAt: 'Keep the event', States: { 'Keep the event': { Type: 'Pass', End: true } } };

describe('workflow targets of the bus', () => {
  it('start an execution of the named workflow with the event as input, and refuse a mismatched target', async () => {
    const host = createWorkflowHost({
      workflows: [{ name: 'greet', file: 'workflows/greet.asl.json', type: 'EXPRESS', description: 'test', substitutions: {} }],
      readDefinition: async () => structuredClone(definition),
      loadHandler: async () => () => null,
      clock: new VirtualClock(),
    });
    await host.start();
    const start = startWorkflowFromBus(host);
    const event = { id: 'e-1', 'detail-type': 'RestaurantListed', detail: { id: 'x' } } as unknown as EventBridgeEvent;
    await start({ kind: 'workflow', name: 'greet', definition: 'workflows/greet.asl.json' }, event);
    await start({ kind: 'workflow', name: 'greet', definition: 'workflows/greet.asl.json' }, event);
    const started = host.listExecutions({ workflow: 'greet' });
    expect(started).toHaveLength(2);
    expect(JSON.parse(host.describeExecution(started[0]!.name).input)).toEqual(event);
    await expect(start({ kind: 'workflow', name: 'greet', definition: 'workflows/other.asl.json' }, event)).rejects.toThrow(/names workflows\/other/);
    await expect(start({ kind: 'workflow', name: 'nope', definition: 'workflows/nope.asl.json' }, event)).rejects.toThrow(/not in the workflow table/);
    await host.stop();
  });
});
