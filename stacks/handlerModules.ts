import { routes, subscriptions, workflows } from '@forkcast/functions';

/** Handler modules the stacks deploy that no table row names (S3 trigger, log stream publisher). */
export const infrastructureHandlerModules = ['imports/importFromS3', 'bus/publishLogStream'] as const;

/**
 * Every handler module the stacks deploy, relative to packages/functions/src, derived from the
 * tables (routes, projection and policy subscriptions, workflow substitutions) plus the modules
 * above: one Lambda each. (The lead's packages/functions/src/app/handlerModules.ts is the same list
 * for the bundle test; reconcile to one.)
 */
export function handlerModules(): string[] {
  return [...new Set([
    ...routes.map((r) => r.handler),
    ...subscriptions.flatMap((s) => (s.target.kind === 'workflow' ? [] : [s.target.handler])),
    ...workflows.flatMap((w) => Object.values(w.substitutions)),
    ...infrastructureHandlerModules,
  ])].sort();
}
