import type { Workflow } from '@forkcast/functions';

/** For tests of the host: one Task that hands its token to a function and waits for a person's answer. */
export const approvalWorkflow: Workflow = {
  name: 'approval',
  file: 'approval.asl.json',
  type: 'STANDARD',
  description: 'test',
  substitutions: { AskFunctionArn: 'approvals/ask' },
};

export const approvalDefinition = {
  QueryLanguage: 'JSONata',
  StartAt: 'Ask staff to approve',
  States: {
    'Ask staff to approve': {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Arguments: { FunctionName: '${AskFunctionArn}', Payload: { token: '{% $states.context.Task.Token %}', item: '{% $states.input.item %}' } },
      Output: '{% {"item": $states.input.item, "decision": $states.result} %}',
      End: true,
    },
  },
};
