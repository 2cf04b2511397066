import { InvalidToken, SendTaskFailureCommand, SendTaskSuccessCommand, SFNClient, TaskTimedOut } from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { SfnWorkflows } from './sfnWorkflows';
import { TaskTokenGoneError } from './workflows';

const sfn = mockClient(SFNClient);
beforeEach(() => sfn.reset());

describe('SfnWorkflows', () => {
  it('sends task success with the output as JSON text', async () => {
    sfn.on(SendTaskSuccessCommand).resolves({});
    await new SfnWorkflows(new SFNClient({ region: 'eu-west-1' })).sendTaskSuccess('token-1', { status: 'completed' });
    expect(sfn.commandCalls(SendTaskSuccessCommand).map((c) => c.args[0].input)).toEqual([{ taskToken: 'token-1', output: '{"status":"completed"}' }]);
  });

  it('sends task failure, cut to the lengths Step Functions accepts', async () => {
    sfn.on(SendTaskFailureCommand).resolves({});
    await new SfnWorkflows(new SFNClient({ region: 'eu-west-1' })).sendTaskFailure('token-2', 'E'.repeat(300), 'because');
    const [call] = sfn.commandCalls(SendTaskFailureCommand);
    expect(call!.args[0].input).toEqual({ taskToken: 'token-2', error: 'E'.repeat(256), cause: 'because' });
  });

  it('reports a token whose task is gone as TaskTokenGoneError, and other failures as they are', async () => {
    const workflows = new SfnWorkflows(new SFNClient({ region: 'eu-west-1' }));
    sfn.on(SendTaskSuccessCommand).rejectsOnce(new TaskTimedOut({ message: 'Task Timed Out', $metadata: {} }))
      .rejectsOnce(new InvalidToken({ message: 'Invalid token', $metadata: {} }))
      .rejectsOnce(new Error('throttled'));
    await expect(workflows.sendTaskSuccess('t', {})).rejects.toBeInstanceOf(TaskTokenGoneError);
    await expect(workflows.sendTaskSuccess('t', {})).rejects.toBeInstanceOf(TaskTokenGoneError);
    await expect(workflows.sendTaskSuccess('t', {})).rejects.toThrow('throttled');
  });
});
