import { describe, expect, it } from 'vitest';
import { StatesEngine } from './statesEngine';

/**
 * A function called with `.waitForTaskToken` may send the token's answer itself before it returns
 * (e.g. when it finds the work already done): on AWS the token is valid as soon as the task hands
 * it out, so the task succeeds with that answer.
 */
describe('a task token answered during the call that handed it out', () => {
  it('completes the task with that answer', async () => {
    const engine = new StatesEngine({ accountId: '123456789012' });
    engine.tasks.registerFunction('answer-at-once', async (event) => {
      engine.sendTaskSuccess((event as { token: string }).token, JSON.stringify({ answered: 'inside the call' }));
      return { returned: true };
    });
    engine.createStateMachine('self-answer', {
      QueryLanguage: 'JSONata',
      StartAt: 'Ask and answer',
      States: {
        'Ask and answer': {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
          Arguments: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:answer-at-once', Payload: { token: '{% $states.context.Task.Token %}' } },
          End: true,
        },
      },
    });
    const execution = engine.startExecution({ stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:self-answer', input: {} });
    const outcome = await execution.done;
    expect(outcome.status).toBe('SUCCEEDED');
    expect(JSON.parse((execution.history.at(-1)!.executionSucceededEventDetails as { output: string }).output)).toEqual({ answered: 'inside the call' });
    expect(execution.history.map((e) => e.type)).toEqual(expect.arrayContaining(['TaskScheduled', 'TaskStarted', 'TaskSubmitted', 'TaskSucceeded']));
  });
});
