import type { Context } from 'aws-lambda';
import type { HandlerRef } from './workflow';

export type WorkflowLambdaHandler = (event: never, context: Context) => unknown;

/**
 * Imports a handler the workflow table names (the local runtime binds substitutions to these), on
 * first use, so a runtime whose workflows never reach a Task does not load its modules.
 */
export async function loadWorkflowHandler(ref: HandlerRef): Promise<WorkflowLambdaHandler> {
  const module = (await import(/* @vite-ignore */ new URL(`../${ref.module}.ts`, import.meta.url).href)) as Record<string, unknown>;
  const handler = module[ref.export];
  if (typeof handler !== 'function') throw new Error(`${ref.module} has no exported function ${ref.export}`);
  return handler as WorkflowLambdaHandler;
}
