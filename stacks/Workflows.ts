import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { NagSuppressions } from 'cdk-nag';
import { workflows, type HandlerNeeds } from '@forkcast/functions';
import { type Function, type StackContext } from 'sst/constructs';
import { useProject } from 'sst/project.js';
import { functionIdOf, functionsSrc, handlerFunction } from './functions/handlerFunction';
import { storageNeedResources } from './functions/storageNeedResources';
import { retainsData } from './retainsData';
import { substitutionNames, taskCalls } from './workflows/taskResources';

/** The log-delivery actions Step Functions needs on its role to write to CloudWatch Logs. */
export const logDeliveryActions = [
  'logs:CreateLogDelivery', 'logs:GetLogDelivery', 'logs:UpdateLogDelivery', 'logs:DeleteLogDelivery',
  'logs:ListLogDeliveries', 'logs:PutResourcePolicy', 'logs:DescribeResourcePolicies', 'logs:DescribeLogGroups',
];

/**
 * One state machine per row of the workflow table: its ASL file as the definition, each
 * `${Substitution}` bound to the function built from the row's handler module, and a role allowed
 * to invoke exactly the functions its Task states call.
 */
export function Workflows({ stack, app }: StackContext) {
  const retained = retainsData(app.stage);
  const resources = storageNeedResources(app.stage);
  const root = useProject().paths.root;

  // A handler module used by several workflows is one function, with the union of its needs.
  const modules = new Map<string, { needs: Set<string>; workflows: string[] }>();
  for (const wf of workflows) {
    for (const [name, module] of Object.entries(wf.substitutions)) {
      const entry = modules.get(module) ?? { needs: new Set(), workflows: [] };
      for (const need of wf.needs?.[name] ?? []) entry.needs.add(need);
      entry.workflows.push(wf.name);
      modules.set(module, entry);
    }
  }
  const functions = new Map<string, Function>();
  for (const [module, { needs, workflows: usedBy }] of modules) {
    const { fn } = handlerFunction(stack, functionIdOf(module), {
      handler: module,
      needs: [...needs] as unknown as HandlerNeeds,
      resources,
      description: `Task of ${usedBy.join(', ')} (${module})`,
    });
    functions.set(module, fn);
  }

  const stateMachines: Record<string, StateMachine> = {};
  for (const wf of workflows) {
    const text = readFileSync(path.join(root, functionsSrc, wf.file), 'utf8');
    const mentioned = substitutionNames(text);
    const unbound = mentioned.filter((n) => !(n in wf.substitutions));
    if (unbound.length > 0) throw new Error(`${wf.file} uses unbound substitutions ${unbound.join(', ')}`);
    const id = functionIdOf(wf.name);
    const express = wf.type === 'EXPRESS';

    const role = new Role(stack, `${id}Role`, {
      assumedBy: new ServicePrincipal('states.amazonaws.com'),
      description: `Runs the ${wf.name} state machine`,
    });
    const invoked = new Set<string>();
    for (const call of taskCalls(JSON.parse(text))) {
      if (call.functions.length === 0) {
        throw new Error(`${wf.file}: state "${call.state}" calls ${call.resource}, which stacks/Workflows.ts has no IAM mapping for`);
      }
      for (const f of call.functions) invoked.add(f);
    }
    const invokedArns = [...invoked].sort().map((name) => functions.get(wf.substitutions[name]!)!.functionArn);
    if (invokedArns.length > 0) role.addToPolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: invokedArns }));

    // Standard executions keep their full history in Step Functions for 90 days, so logs add only
    // errors (cheap, and no copy of inputs). Express executions have no history: every event is logged.
    const logGroup = new LogGroup(stack, `${id}Logs`, {
      logGroupName: `/aws/vendedlogs/states/${app.stage}-${app.name}-${wf.name}`,
      retention: retained ? RetentionDays.THREE_MONTHS : RetentionDays.ONE_WEEK,
      removalPolicy: retained ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    const machine = new StateMachine(stack, id, {
      stateMachineName: `${app.stage}-${app.name}-${wf.name}`,
      stateMachineType: express ? StateMachineType.EXPRESS : StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromString(text),
      definitionSubstitutions: Object.fromEntries(
        Object.entries(wf.substitutions).map(([name, module]) => [name, functions.get(module)!.functionArn]),
      ),
      role,
      // Inputs are bus events that may carry personal data in `data`: never copied into logs.
      logs: { destination: logGroup, level: express ? LogLevel.ALL : LogLevel.ERROR, includeExecutionData: false },
      tracingEnabled: false,
    });
    stateMachines[wf.name] = machine;

    NagSuppressions.addResourceSuppressions(machine, [
      ...(express ? [] : [{
        id: 'AwsSolutions-SF1',
        reason: 'A Standard execution keeps its whole history in Step Functions for 90 days; logging ALL would pay twice for it.',
      }]),
      { id: 'AwsSolutions-SF2', reason: 'X-Ray is off project-wide (sst.config.ts): it needs a wildcard grant and costs per trace.' },
    ]);
    NagSuppressions.addResourceSuppressions(role, [{
      id: 'AwsSolutions-IAM5',
      reason: 'CloudWatch Logs delivery APIs have no resource-level permissions; AWS requires Resource * for them (Step Functions logging).',
      appliesTo: ['Resource::*'],
    }], true);
  }

  stack.addOutputs(Object.fromEntries(Object.entries(stateMachines).map(([name, m]) => [`${functionIdOf(name)}StateMachine`, m.stateMachineArn])));
  return { stateMachines, workflowFunctions: functions };
}
