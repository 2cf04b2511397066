import { describe, expect, it } from 'vitest';
import { testEngine } from '../engine/testSupport';
import { substituteDefinition } from '../engine/substituteDefinition';
import { bindLocalIntegrations } from './localIntegrations';
import type { JsonObject, StateMachineDefinition } from '../engine/types';

describe('local integrations', () => {
  it('binds putEvents and dynamodb to local functions and runs child executions with startExecution.sync:2', async () => {
    const child: StateMachineDefinition = { StartAt: 'Score', States: { Score: { Type: 'Pass', Parameters: { 'score.$': 'States.MathAdd($.base, 1)' }, End: true } } };
    const parent = substituteDefinition(
      {
        StartAt: 'Load',
        States: {
          Load: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:getItem', Parameters: { TableName: '${Table}', 'Key.$': '$.key' }, ResultPath: '$.item', Next: 'Child' },
          Child: {
            Type: 'Task',
            Resource: 'arn:aws:states:::states:startExecution.sync:2',
            Parameters: { StateMachineArn: '${ChildArn}', 'Input.$': '$.item.Item' },
            ResultSelector: { 'score.$': '$.Output.score' },
            ResultPath: '$.child',
            Next: 'Publish',
          },
          Publish: { Type: 'Task', Resource: 'arn:aws:states:::events:putEvents', Parameters: { Entries: [{ 'Detail.$': '$.child' }] }, End: true },
        },
      } as StateMachineDefinition,
      { Table: 'Views', ChildArn: 'arn:aws:states:us-east-1:111111111111:stateMachine:test-child' },
    );
    const t = testEngine(parent);
    t.engine.createStateMachine('test-child', child);
    const published: JsonObject[] = [];
    const reads: JsonObject[] = [];
    bindLocalIntegrations(t.engine, {
      dynamodbGetItem: (p) => {
        reads.push(p);
        return { Item: { base: 41 } };
      },
      putEvents: (p) => {
        published.push(p);
        return { FailedEntryCount: 0, Entries: [{ EventId: 'e1' }] };
      },
    });
    const exec = t.engine.startExecution({ stateMachineArn: t.machine.arn, input: { key: { pk: 'r-1' } } });
    await t.clock.runUntil(() => exec.finished);
    expect(exec.status).toBe('SUCCEEDED');
    expect(reads).toEqual([{ TableName: 'Views', Key: { pk: 'r-1' } }]);
    expect(published).toEqual([{ Entries: [{ Detail: { score: 42 } }] }]);
    expect(t.engine.listExecutions()).toHaveLength(2);
  });
});
