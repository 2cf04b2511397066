import { routes } from './routeTable';
import { schedules } from './scheduleTable';
import { subscriptions } from './subscriptionTable';
import { workflows } from './workflowTable';

/** What a Lambda function is for: the table row it comes from. */
export type HandlerKind = 'route' | 'subscription' | 'workflow-task' | 'schedule' | 'trigger';

export interface HandlerModuleRow {
  /** Module path relative to packages/functions/src, without extension. */
  module: string;
  kind: HandlerKind;
}

/**
 * Functions that no table row names: the imports bucket's S3 trigger (Storage), the log stream's
 * publisher (Bus) and the Cognito post-confirmation trigger that registers diners (Api).
 */
export const infrastructureHandlerModules = ['imports/importFromS3', 'bus/publishLogStream', 'diners/registerDinerOnSignUp'] as const;
const triggers = infrastructureHandlerModules;

/**
 * Every Lambda handler module, derived from the tables (route rows, projection and policy
 * subscriptions, workflow substitutions, schedules) plus the bucket trigger: one function, one bundle each.
 */
export function handlerModules(): HandlerModuleRow[] {
  const rows: HandlerModuleRow[] = [
    ...routes.map((r) => ({ module: r.handler, kind: 'route' as const })),
    ...subscriptions.flatMap((s) => (s.target.kind === 'workflow' ? [] : [{ module: s.target.handler, kind: 'subscription' as const }])),
    ...workflows.flatMap((w) => Object.values(w.substitutions).map((module) => ({ module, kind: 'workflow-task' as const }))),
    ...schedules.map((s) => ({ module: s.handler, kind: 'schedule' as const })),
    ...triggers.map((module) => ({ module, kind: 'trigger' as const })),
  ];
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.module) && seen.add(r.module));
}
