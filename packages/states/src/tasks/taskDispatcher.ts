import { StatesError } from '../errors/statesError';
import type { Json } from '../engine/types';
import { lambdaInvokeHandler } from './lambdaInvoke';
import { LambdaFunctionError, type LambdaContext, type LambdaFunction, type TaskHandler } from './taskTypes';
import { pythonJsonDumps } from './pythonJson';

/**
 * Where Task states' resources are bound: Lambda functions by name, and integrations
 * (`events:putEvents`, `dynamodb:getItem`, `states:startExecution`, ...) by `service:action`.
 * `lambda:invoke` is built in on top of the registered functions.
 */
export class TaskDispatcher {
  private readonly functions = new Map<string, LambdaFunction>();
  private readonly handlers = new Map<string, TaskHandler>();

  constructor() {
    this.handlers.set('lambda:invoke', lambdaInvokeHandler(this));
  }

  registerFunction(name: string, fn: LambdaFunction): this {
    this.functions.set(name, fn);
    return this;
  }

  registerIntegration(integration: string, handler: TaskHandler): this {
    this.handlers.set(integration, handler);
    return this;
  }

  handler(integration: string): TaskHandler | undefined {
    return this.handlers.get(integration);
  }

  /** Resolves a function name, partial ARN or full ARN (with optional qualifier) to its name. */
  static functionName(ref: string): string {
    const m = /^(?:arn:[^:]+:lambda:[^:]*:[^:]*:function:|[0-9]{12}:function:)?([^:]+)(?::[^:]+)?$/.exec(ref);
    return m ? m[1] : ref;
  }

  /**
   * Invokes a function the way a plain Lambda ARN Task does: the result, or a StatesError whose
   * error is the function's errorType and whose cause is the runtime's JSON error document.
   */
  async invokeFunction(ref: string, event: Json, context: Omit<LambdaContext, 'functionName'>, region: string, accountId: string, compactCause: boolean): Promise<Json> {
    const name = TaskDispatcher.functionName(ref);
    const fn = this.functions.get(name);
    if (!fn) {
      throw new StatesError(
        'Lambda.ResourceNotFoundException',
        `Function not found: arn:aws:lambda:${region}:${accountId}:function:${name}:$LATEST (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: ${crypto.randomUUID()}; Proxy: null)`,
      );
    }
    try {
      return await fn(event, { ...context, functionName: name });
    } catch (e) {
      if (e instanceof StatesError) throw e;
      const err = e instanceof LambdaFunctionError ? e : new LambdaFunctionError((e as Error)?.name ?? 'Error', (e as Error)?.message ?? String(e));
      const doc = { errorMessage: err.errorMessage, errorType: err.errorType, requestId: crypto.randomUUID(), stackTrace: err.stackTrace };
      throw new StatesError(err.errorType, compactCause ? JSON.stringify(doc) : pythonJsonDumps(doc));
    }
  }
}
