import { StatesError } from '../errors/statesError';
import type { StatesEngine } from '../engine/statesEngine';
import type { Json, JsonObject } from '../engine/types';
import type { TaskRequest } from './taskTypes';

type Call = (parameters: JsonObject, request: TaskRequest) => Promise<Json> | Json;

/** Local stand-ins for the AWS integrations Forkcast's workflows use. */
export interface LocalIntegrations {
  putEvents?: Call;
  dynamodbGetItem?: Call;
  dynamodbPutItem?: Call;
  dynamodbUpdateItem?: Call;
  /** Defaults to starting the execution on the same engine. */
  startExecution?: Call;
}

/** Binds `events:putEvents`, `dynamodb:getItem|putItem|updateItem` and `states:startExecution`. */
export function bindLocalIntegrations(engine: StatesEngine, local: LocalIntegrations): void {
  const bind = (integration: string, call: Call | undefined) => {
    if (!call) return;
    engine.tasks.registerIntegration(integration, async (req) => call((req.parameters ?? {}) as JsonObject, req));
  };
  bind('events:putEvents', local.putEvents);
  bind('dynamodb:getItem', local.dynamodbGetItem);
  bind('dynamodb:putItem', local.dynamodbPutItem);
  bind('dynamodb:updateItem', local.dynamodbUpdateItem);
  engine.tasks.registerIntegration('states:startExecution', async (req) => {
    const params = (req.parameters ?? {}) as JsonObject;
    if (local.startExecution) return local.startExecution(params, req);
    return startChildExecution(engine, params, req);
  });
}

async function startChildExecution(engine: StatesEngine, params: JsonObject, req: TaskRequest): Promise<Json> {
  const input = typeof params.Input === 'string' ? (JSON.parse(params.Input) as Json) : (params.Input ?? {});
  const child = engine.startExecution({
    stateMachineArn: params.StateMachineArn as string,
    name: params.Name as string | undefined,
    input,
  });
  if (req.pattern !== 'sync') return { ExecutionArn: child.arn, StartDate: child.startDate };
  const outcome = await child.done;
  const v2 = req.fullResource.endsWith('.sync:2');
  const description: JsonObject = {
    ExecutionArn: child.arn,
    StateMachineArn: child.stateMachineArn,
    Name: child.name,
    Status: outcome.status,
    StartDate: child.startDate,
    StopDate: child.stopDate ?? null,
    Input: v2 ? input : JSON.stringify(input),
  };
  if (outcome.status !== 'SUCCEEDED') {
    throw new StatesError('States.TaskFailed', JSON.stringify({ ...description, Error: outcome.error, Cause: outcome.cause }));
  }
  description.Output = v2 ? (outcome.output ?? null) : JSON.stringify(outcome.output ?? null);
  return description;
}
