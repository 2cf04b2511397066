import type { ForkcastEventType } from '@forkcast/events';
import type { HandlerNeeds } from '../app/handlerNeeds';

/**
 * One row of a context's workflows: an ASL file and what its `${Name}` DefinitionSubstitutions
 * stand for. The Workflows stack passes each handler's function ARN under that name; the local
 * runtime binds the same names to the handlers in-process.
 */
export interface Workflow {
  /** The state machine's name (kebab-case), also its file's stem. */
  name: string;
  /** ASL file relative to packages/functions/src, e.g. `imports/import-follow-up.asl.json`. */
  file: string;
  /** STANDARD where a person waits (or the run may exceed Express' 5 minutes), EXPRESS otherwise. */
  type: 'STANDARD' | 'EXPRESS';
  description: string;
  /** Substitution name → handler module (relative to packages/functions/src, no extension). */
  substitutions: Record<string, string>;
  /** What each substitution's handler reaches on AWS (app/handlerNeeds.ts), by substitution name. */
  needs?: Record<string, HandlerNeeds>;
  /** Event types its task handlers append (EVENTS.md lists the workflow as their emitter). */
  emits?: readonly ForkcastEventType[];
}
